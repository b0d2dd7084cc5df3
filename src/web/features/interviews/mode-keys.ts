import type { KeyLike } from '../../lib/keys.js';

/** Interview-mode shortcuts, for the on-page list. None is a plain key, since the notes box takes typing. */
export const MODE_SHORTCUTS: readonly { keys: string[]; label: string }[] = [
  { keys: ['Alt', '1…9'], label: 'Switch to conversation 1 to 9' },
  { keys: ['Alt', '0'], label: 'Back to the conversation the clock says' },
  { keys: ['Alt', 'N'], label: 'Go to the notes' },
];

/** What an interview-mode key press asks for: a conversation by 0-based index, the clock's one, the notes, or nothing. */
export function modeKeyAction(
  e: KeyLike & { code?: string },
): { kind: 'conversation'; index: number } | { kind: 'clock' } | { kind: 'notes' } | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  // `code` names the physical key, so Option+1 on a Mac (which types "¡") still counts.
  const digit = /^Digit([0-9])$/.exec(e.code ?? '')?.[1] ?? (/^[0-9]$/.test(e.key) ? e.key : undefined);
  if (digit === '0') return { kind: 'clock' };
  if (digit) return { kind: 'conversation', index: Number(digit) - 1 };
  if (e.code === 'KeyN' || e.key.toLowerCase() === 'n') return { kind: 'notes' };
  return null;
}
