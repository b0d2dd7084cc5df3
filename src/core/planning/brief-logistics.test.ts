import { describe, expect, it } from 'vitest';
import { dateInWords, interviewLogistics, placeLines } from './brief-logistics.js';

const interview = {
  kind: 'video' as const,
  startsAt: '2026-12-08T13:00:00.000Z',
  timeZone: 'Europe/Berlin',
  durationMinutes: 90,
  location: 'https://zoom.example/j/93418820571 · Meeting ID 934 1882 0571 · Passcode 482913',
  conversations: [
    { startsAt: '2026-12-08T13:00:00.000Z', durationMinutes: 45, topic: 'Team and role', people: [{ name: 'Rita Silva' }] },
    {
      startsAt: '2026-12-08T13:45:00.000Z',
      durationMinutes: 45,
      topic: 'System design',
      people: [{ name: 'Ana Costa' }, { name: 'Joe Park' }],
    },
  ],
};

describe('brief logistics', () => {
  it('gives the time in the reader’s zone and names the interview’s own time when it differs', () => {
    const l = interviewLogistics(interview, 'Europe/Lisbon');
    expect(l.when).toBe('Tuesday 8 December, 13:00–14:30');
    expect(l.zone).toBe('Europe/Lisbon');
    expect(l.elsewhere).toBe('14:00–15:30 in Europe/Berlin');
    expect(l.kind).toBe('Video call');
    expect(l.place).toEqual(['https://zoom.example/j/93418820571', 'Meeting ID 934 1882 0571 · Passcode 482913']);
    expect(l.schedule).toEqual([
      { time: '13:00–13:45', who: 'Rita Silva', topic: 'Team and role' },
      { time: '13:45–14:30', who: 'Ana Costa, Joe Park', topic: 'System design' },
    ]);
  });

  it('uses the interview’s zone when the reader’s is unknown, and leaves out a schedule of one empty conversation', () => {
    const l = interviewLogistics({
      ...interview,
      conversations: [{ startsAt: interview.startsAt, durationMinutes: 90, topic: '', people: [] }],
    });
    expect(l.when).toBe('Tuesday 8 December, 14:00–15:30');
    expect(l.zone).toBe('Europe/Berlin');
    expect(l.elsewhere).toBeNull();
    expect(l.schedule).toEqual([]);
  });

  it('writes dates in words and splits a place over lines', () => {
    expect(dateInWords('2026-12-06')).toBe('6 December 2026');
    expect(placeLines('Rua Augusta 10\n3rd floor, ask at reception')).toEqual(['Rua Augusta 10', '3rd floor, ask at reception']);
  });
});
