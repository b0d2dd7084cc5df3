import { describe, expect, it } from 'vitest';
import { ERASE_CONFIRMATION } from '../../../contracts/backup.js';
import { ERASE_CONFIRMATION_TEXT, previewSummary, sizeInWords } from './data-words.js';

describe('backup wording', () => {
  it('lists the kinds a backup holds, largest first, leaving out empty ones', () => {
    expect(previewSummary({ total: 5, counts: { opportunities: 1, interview_notes: 3, offers: 0, employers: 1 } })).toBe(
      '5 items: 3 interview notes, 1 employers, 1 opportunities.',
    );
    expect(previewSummary({ total: 0, counts: { opportunities: 0 } })).toBe('It is empty.');
  });

  it('says sizes in bytes, KB or MB', () => {
    expect(sizeInWords(500)).toBe('500 bytes');
    expect(sizeInWords(860_000)).toBe('840 KB');
    expect(sizeInWords(2_500_000)).toBe('2.4 MB');
  });

  it('asks for the same words the API checks', () => {
    expect(ERASE_CONFIRMATION_TEXT).toBe(ERASE_CONFIRMATION);
  });
});
