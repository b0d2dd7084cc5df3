import type { BackupPreview } from '../../../contracts/backup.js';

/** A table name in words: `interview_notes` → "interview notes". */
export function kindInWords(table: string): string {
  return table.replace(/_/g, ' ');
}

/** What a backup holds, in words: the kinds it has rows of, largest first ("3 opportunities, 1 offer…"). */
export function previewSummary(preview: Pick<BackupPreview, 'counts' | 'total'>): string {
  if (preview.total === 0) return 'It is empty.';
  const parts = Object.entries(preview.counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([table, n]) => `${n} ${kindInWords(table)}`);
  return `${preview.total} items: ${parts.join(', ')}.`;
}

/** A file size for people: "840 KB", "2.4 MB". */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The words to type before "delete everything" (the API's ERASE_CONFIRMATION, kept here so the page needs no zod). */
export const ERASE_CONFIRMATION_TEXT = 'delete everything';
