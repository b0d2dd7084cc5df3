import { stepStage } from './stages.js';
import type { Stage } from '../../contracts/opportunities.js';

/** The minimal shape of a keyboard event these helpers read (DOM KeyboardEvent and React's both fit). */
export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey?: boolean;
}

/** Where a key press on a focused board card should move it, or null when the key is not a move. */
export function boardMoveTarget(stage: Stage, e: KeyLike): Stage | null {
  if (e.ctrlKey || e.metaKey) return null;
  const back = e.key === '[' || (e.altKey && e.key === 'ArrowLeft');
  const forward = e.key === ']' || (e.altKey && e.key === 'ArrowRight');
  if (back) return stepStage(stage, -1);
  if (forward) return stepStage(stage, 1);
  return null;
}

/** App-wide shortcut actions. */
export type ShortcutAction = 'new' | 'dashboard' | 'board' | 'list' | 'settings' | 'help';

/** Key sequences for the shortcuts dialog and the matcher, in one place. */
export const SHORTCUTS: readonly { keys: string[]; action: ShortcutAction; label: string }[] = [
  { keys: ['n'], action: 'new', label: 'New opportunity' },
  { keys: ['g', 'd'], action: 'dashboard', label: 'Go to the dashboard' },
  { keys: ['g', 'b'], action: 'board', label: 'Go to the board' },
  { keys: ['g', 'l'], action: 'list', label: 'Go to the opportunity list' },
  { keys: ['g', 's'], action: 'settings', label: 'Go to settings' },
  { keys: ['?'], action: 'help', label: 'Show these shortcuts' },
];

/** True when the key press happens while the user types, so single-letter shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as { tagName?: unknown }).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable === true) return true;
  const editable = el.getAttribute('contenteditable');
  return editable === '' || editable === 'true' || editable === 'plaintext-only';
}

/**
 * Feeds one key into the shortcut matcher. `pending` is the prefix typed so far ('' or 'g');
 * returns the action to run (if any) and the new prefix.
 */
export function matchShortcut(pending: string, e: KeyLike): { action: ShortcutAction | null; pending: string } {
  if (e.ctrlKey || e.metaKey || e.altKey) return { action: null, pending: '' };
  const seq = pending ? [pending, e.key] : [e.key];
  const exact = SHORTCUTS.find((s) => s.keys.length === seq.length && s.keys.every((k, i) => k === seq[i]));
  if (exact) return { action: exact.action, pending: '' };
  const prefix = SHORTCUTS.some((s) => s.keys.length > seq.length && s.keys.every((k, i) => i >= seq.length || k === seq[i]));
  return { action: null, pending: prefix ? seq.join('') : '' };
}
