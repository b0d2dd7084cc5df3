import { describe, expect, it } from 'vitest';
import { currentConversation, sortByStart } from './current.js';

const slot = (id: string, startsAt: string, durationMinutes: number) => ({ id, startsAt, durationMinutes });

// An interview day: 10:00–10:45, 10:45–11:30, a gap, 13:00–13:30 (UTC).
const day = [
  slot('a', '2026-03-03T10:00:00.000Z', 45),
  slot('b', '2026-03-03T10:45:00.000Z', 45),
  slot('c', '2026-03-03T13:00:00.000Z', 30),
];

describe('currentConversation', () => {
  it.each([
    ['before the day: the first, not started', '2026-03-03T09:20:00.000Z', 'a', 'next', 45, 40],
    ['at the first start', '2026-03-03T10:00:00.000Z', 'a', 'in-progress', 45, 0],
    ['in the first, half a minute in', '2026-03-03T10:00:30.000Z', 'a', 'in-progress', 45, 0],
    ['five minutes before the first ends', '2026-03-03T10:40:00.000Z', 'a', 'in-progress', 5, 0],
    ['at the hand-over: the second', '2026-03-03T10:45:00.000Z', 'b', 'in-progress', 45, 0],
    ['in the lunch gap: the next', '2026-03-03T12:00:00.000Z', 'c', 'next', 30, 60],
    ['one second before the last starts', '2026-03-03T12:59:59.000Z', 'c', 'next', 30, 1],
    ['in the last', '2026-03-03T13:29:01.000Z', 'c', 'in-progress', 1, 0],
    ['after the day: the last, ended', '2026-03-03T18:00:00.000Z', 'c', 'ended', 0, 0],
  ])('%s', (_label, now, id, state, minutesLeft, minutesUntilStart) => {
    const current = currentConversation(day, new Date(now));
    expect(current).toMatchObject({ conversation: { id }, state, minutesLeft, minutesUntilStart });
  });

  it('does not care about input order and reports the index in the input', () => {
    const shuffled = [day[2]!, day[0]!, day[1]!];
    expect(currentConversation(shuffled, '2026-03-03T10:50:00.000Z')).toMatchObject({ conversation: { id: 'b' }, index: 2 });
    expect(currentConversation(shuffled, Date.parse('2026-03-03T09:00:00.000Z'))).toMatchObject({ conversation: { id: 'a' }, index: 1 });
  });

  it('picks the one that started last when slots overlap', () => {
    const overlapping = [slot('long', '2026-03-03T10:00:00.000Z', 120), slot('inner', '2026-03-03T10:30:00.000Z', 30)];
    expect(currentConversation(overlapping, '2026-03-03T10:40:00.000Z')).toMatchObject({ conversation: { id: 'inner' }, minutesLeft: 20 });
    expect(currentConversation(overlapping, '2026-03-03T11:10:00.000Z')).toMatchObject({ conversation: { id: 'long' }, minutesLeft: 50 });
  });

  it('answers null for an interview with no conversations', () => {
    expect(currentConversation([], new Date())).toBeNull();
  });

  it('counts real minutes across a daylight-saving change (New York falls back at 02:00 local on 1 Nov 2026)', () => {
    // 01:30 EDT (05:30Z) for 90 minutes ends at 01:00 EST (07:00Z): the wall clock shows less than the time that passes.
    const night = [slot('late', '2026-11-01T05:30:00.000Z', 90)];
    expect(currentConversation(night, '2026-11-01T06:30:00.000Z')).toMatchObject({ state: 'in-progress', minutesLeft: 30 });
    expect(currentConversation(night, '2026-11-01T07:00:00.000Z')).toMatchObject({ state: 'ended', minutesLeft: 0 });
  });
});

describe('sortByStart', () => {
  it('sorts by instant, keeping the given order for ties', () => {
    const tie = [
      slot('x', '2026-03-03T10:00:00.000Z', 30),
      slot('early', '2026-03-03T09:00:00.000Z', 30),
      slot('y', '2026-03-03T10:00:00Z', 30),
    ];
    expect(sortByStart(tie).map((s) => s.id)).toEqual(['early', 'x', 'y']);
  });
});
