import { describe, expect, it } from 'vitest';
import { backupsToKeep } from './rotation.js';

const at = (iso: string) => ({ takenAt: new Date(iso), name: iso });

describe('backupsToKeep', () => {
  it('keeps the newest backup of each of the last 7 days', () => {
    const items = [];
    for (let d = 1; d <= 9; d++) {
      items.push(at(`2026-03-${String(d).padStart(2, '0')}T08:00:00.000Z`), at(`2026-03-${String(d).padStart(2, '0')}T20:00:00.000Z`));
    }
    const kept = backupsToKeep(items, { daily: 7, weekly: 0 }).map((i) => i.name);
    expect(kept).toEqual(['09', '08', '07', '06', '05', '04', '03'].map((d) => `2026-03-${d}T20:00:00.000Z`));
  });

  it('keeps the newest of each of 4 older weeks (weeks start on Monday) beyond the daily ones', () => {
    // One backup a day for 60 days, ending on Sunday 2026-03-29.
    const items = Array.from({ length: 60 }, (_, i) => at(new Date(Date.UTC(2026, 2, 29) - i * 86_400_000).toISOString()));
    const kept = backupsToKeep(items).map((i) => i.name.slice(0, 10));
    expect(kept.slice(0, 7)).toEqual(['2026-03-29', '2026-03-28', '2026-03-27', '2026-03-26', '2026-03-25', '2026-03-24', '2026-03-23']);
    // Monday 23 March opens the daily week; the weekly ones are the Sundays before it.
    expect(kept.slice(7)).toEqual(['2026-03-22', '2026-03-15', '2026-03-08', '2026-03-01']);
  });

  it('keeps everything while there are few backups', () => {
    const items = [at('2026-03-01T10:00:00.000Z'), at('2026-02-01T10:00:00.000Z')];
    expect(backupsToKeep(items)).toHaveLength(2);
  });
});
