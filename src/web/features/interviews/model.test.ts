import { describe, expect, it } from 'vitest';
import {
  addItem,
  checklistProgress,
  closingDue,
  conversationTitle,
  joinNames,
  locationLink,
  locationParts,
  namesOf,
  notesLabel,
  questionGroups,
  removeItem,
  renameItem,
  slotIn,
  slotState,
  splitInterviews,
  timeZoneOptions,
  toggleItem,
  whenText,
  zoneLabel,
} from './model.js';
import type { PlanItem } from '../../../contracts/questions.js';

const at = (iso: string) => new Date(iso).getTime();

describe('splitInterviews', () => {
  const items = [
    { id: 'past-old', startsAt: '2026-03-01T09:00:00.000Z', endsAt: '2026-03-01T10:00:00.000Z' },
    { id: 'later', startsAt: '2026-03-20T09:00:00.000Z', endsAt: '2026-03-20T10:00:00.000Z' },
    { id: 'running', startsAt: '2026-03-10T09:30:00.000Z', endsAt: '2026-03-10T12:00:00.000Z' },
    { id: 'past-recent', startsAt: '2026-03-09T09:00:00.000Z', endsAt: '2026-03-09T10:00:00.000Z' },
    { id: 'soon', startsAt: '2026-03-11T09:00:00.000Z', endsAt: '2026-03-11T10:00:00.000Z' },
  ];

  it('puts upcoming (including the one in progress) soonest first, and past ones most recent first', () => {
    const { upcoming, past } = splitInterviews(items, at('2026-03-10T10:00:00Z'));
    expect(upcoming.map((i) => i.id)).toEqual(['running', 'soon', 'later']);
    expect(past.map((i) => i.id)).toEqual(['past-recent', 'past-old']);
  });

  it('counts an interview as past from the minute it ends', () => {
    const { upcoming, past } = splitInterviews(items, at('2026-03-10T12:00:00Z'));
    expect(upcoming.map((i) => i.id)).toEqual(['soon', 'later']);
    expect(past[0]?.id).toBe('running');
  });

  it('copes with an empty list', () => {
    expect(splitInterviews([], 0)).toEqual({ upcoming: [], past: [] });
  });
});

describe('times in zones', () => {
  it('writes a zone as people say it', () => {
    expect(zoneLabel('America/New_York')).toBe('New York time');
    expect(zoneLabel('Europe/Berlin')).toBe('Berlin time');
    expect(zoneLabel('UTC')).toBe('UTC');
  });

  it('shows a slot in the interview’s zone', () => {
    expect(slotIn('2026-03-03T13:00:00.000Z', 90, 'Europe/Berlin', 'en-GB')).toBe('Tue, 3 Mar 2026, 14:00–15:30');
  });

  it('adds the end’s day when a slot runs past midnight', () => {
    expect(slotIn('2026-03-03T22:30:00.000Z', 120, 'UTC', 'en-GB')).toBe('Tue, 3 Mar 2026, 22:30–Wed, 4 Mar 2026, 00:30');
  });

  it('adds the user’s own time when their zone’s clock differs', () => {
    const w = whenText(
      { startsAt: '2026-03-03T13:00:00.000Z', durationMinutes: 60, timeZone: 'Europe/Berlin' },
      'America/New_York',
      'en-GB',
    );
    expect(w.inZone).toBe('Tue, 3 Mar 2026, 14:00–15:00 (Berlin time)');
    expect(w.inUserZone).toBe('Tue, 3 Mar 2026, 08:00–09:00 (New York time)');
  });

  it('says nothing more when the user is in the same zone, or another zone with the same clock', () => {
    const i = { startsAt: '2026-03-03T13:00:00.000Z', durationMinutes: 60, timeZone: 'Europe/Berlin' };
    expect(whenText(i, 'Europe/Berlin', 'en-GB').inUserZone).toBeNull();
    expect(whenText(i, 'Europe/Paris', 'en-GB').inUserZone).toBeNull();
  });

  it('follows daylight saving: the same wall time maps to different UTC offsets in March and April', () => {
    // Berlin switches to summer time on 29 March 2026.
    expect(slotIn('2026-03-27T09:00:00.000Z', 30, 'Europe/Berlin', 'en-GB')).toBe('Fri, 27 Mar 2026, 10:00–10:30');
    expect(slotIn('2026-03-30T08:00:00.000Z', 30, 'Europe/Berlin', 'en-GB')).toBe('Mon, 30 Mar 2026, 10:00–10:30');
  });

  it('lists the user’s zone first among the zone options, once', () => {
    const zones = timeZoneOptions('Europe/Lisbon');
    expect(zones[0]).toBe('Europe/Lisbon');
    expect(zones.filter((z) => z === 'Europe/Lisbon')).toHaveLength(1);
    expect(zones).toContain('America/New_York');
  });
});

describe('slot timing and the closing prompt', () => {
  const c = { startsAt: '2026-03-03T10:00:00.000Z', durationMinutes: 45 };

  it('says where the clock is relative to a slot', () => {
    expect(slotState(c, at('2026-03-03T09:50:00Z'))).toEqual({ phase: 'before', minutesLeft: 55, startsInMinutes: 10 });
    expect(slotState(c, at('2026-03-03T10:30:30Z'))).toEqual({ phase: 'during', minutesLeft: 15, startsInMinutes: 0 });
    expect(slotState(c, at('2026-03-03T10:45:00Z'))).toEqual({ phase: 'after', minutesLeft: 0, startsInMinutes: 0 });
  });

  it.each([
    ['before the slot', '2026-03-03T09:58:00Z', false],
    ['early in the slot', '2026-03-03T10:10:00Z', false],
    ['just over five minutes left', '2026-03-03T10:39:59Z', false],
    ['exactly five minutes left', '2026-03-03T10:40:00Z', true],
    ['one minute left', '2026-03-03T10:44:00Z', true],
    ['the slot is over', '2026-03-03T10:45:00Z', false],
  ])('closing prompt %s → %s', (_label, now, due) => {
    expect(closingDue(c, at(now))).toBe(due);
  });

  it('takes another lead time', () => {
    expect(closingDue(c, at('2026-03-03T10:35:00Z'), 10)).toBe(true);
  });
});

function item(id: string, order: number, interviewerPersonId: string | null, asked = false): PlanItem {
  return {
    id,
    questionId: null,
    text: `Question ${id}`,
    purpose: 'team',
    order,
    interviewerPersonId,
    pinned: false,
    asked,
    answerHeard: '',
    check: { answerableByResearch: false, reason: '' },
  };
}

describe('questionGroups', () => {
  const dana = '0190a000-0000-7000-8000-000000000001';
  const sam = '0190a000-0000-7000-8000-000000000002';
  const gone = '0190a000-0000-7000-8000-000000000003';
  const plan = {
    interviewers: [{ personId: dana }, { personId: sam }],
    items: [item('s1', 2, sam), item('d2', 1, dana), item('u1', 3, null), item('d1', 0, dana), item('g1', 4, gone)],
  };

  it('gives the conversation’s interviewers their questions in plan order, then the unassigned ones', () => {
    const g = questionGroups(plan, [dana]);
    expect(g.theirs.map((i) => i.id)).toEqual(['d1', 'd2']);
    expect(g.unassigned.map((i) => i.id)).toEqual(['u1', 'g1']);
  });

  it('joins the questions of a panel', () => {
    expect(questionGroups(plan, [sam, dana]).theirs.map((i) => i.id)).toEqual(['d1', 'd2', 's1']);
  });

  it('with nobody named, shows only the unassigned ones', () => {
    const g = questionGroups(plan, []);
    expect(g.theirs).toEqual([]);
    expect(g.unassigned.map((i) => i.id)).toEqual(['u1', 'g1']);
  });

  it('counts a question for someone outside the plan as theirs when they are in the conversation', () => {
    expect(questionGroups(plan, [gone]).theirs.map((i) => i.id)).toEqual(['g1']);
    expect(questionGroups(plan, [gone]).unassigned.map((i) => i.id)).toEqual(['u1']);
  });
});

describe('names and labels', () => {
  const people = [
    { id: 'a', name: 'Dana Ruiz' },
    { id: 'b', name: 'Sam Lee' },
    { id: 'c', name: 'Kim Ode' },
  ];

  it('names people in the conversation’s order and skips unknown ids', () => {
    expect(namesOf(['b', 'zz', 'a'], people)).toEqual(['Sam Lee', 'Dana Ruiz']);
  });

  it('joins names the way people write them', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Dana'])).toBe('Dana');
    expect(joinNames(['Dana', 'Sam'])).toBe('Dana and Sam');
    expect(joinNames(['Dana', 'Sam', 'Kim'])).toBe('Dana, Sam and Kim');
  });

  it('labels the notes pane with the interviewers', () => {
    expect(notesLabel(['Dana Ruiz'])).toBe('Notes with Dana Ruiz');
    expect(notesLabel([])).toBe('Notes');
  });

  it('titles a conversation by its people, else its topic, else its place', () => {
    expect(conversationTitle({ topic: 'Design' }, ['Dana'], 0)).toBe('Dana');
    expect(conversationTitle({ topic: ' Design ' }, [], 0)).toBe('Design');
    expect(conversationTitle({ topic: '' }, [], 2)).toBe('Conversation 3');
  });
});

describe('checklist edits', () => {
  const list = [
    { id: 'phone', label: 'Phone on silent', done: false },
    { id: 'cv', label: 'Two copies of the CV', done: true },
  ];

  it('ticks, adds, renames and removes without touching the input', () => {
    const copy = structuredClone(list);
    expect(toggleItem(list, 'phone')[0]?.done).toBe(true);
    expect(addItem(list, '  Arrive early ', 'own-1').at(-1)).toEqual({ id: 'own-1', label: 'Arrive early', done: false });
    expect(addItem(list, '   ', 'own-2')).toHaveLength(2);
    expect(renameItem(list, 'cv', 'Three copies')[1]?.label).toBe('Three copies');
    expect(renameItem(list, 'cv', '  ')[1]?.label).toBe('Two copies of the CV');
    expect(removeItem(list, 'phone').map((i) => i.id)).toEqual(['cv']);
    expect(list).toEqual(copy);
  });

  it('counts progress', () => {
    expect(checklistProgress(list)).toEqual({ done: 1, total: 2 });
    expect(checklistProgress([])).toEqual({ done: 0, total: 0 });
  });
});

describe('locationLink', () => {
  it('links only http and https addresses', () => {
    expect(locationLink('https://meet.example.com/abc-defg')).toBe('https://meet.example.com/abc-defg');
    expect(locationLink(' http://zoom.example/j/123 ')).toBe('http://zoom.example/j/123');
    expect(locationLink('javascript:alert(1)')).toBeNull();
    expect(locationLink('12 Harbour Street, floor 3')).toBeNull();
    expect(locationLink('https://x.example/a b')).toBeNull();
  });
});

describe('locationParts', () => {
  it('splits the link from the meeting details the invitation reader writes after it', () => {
    expect(locationParts('https://zoom.us/j/812 · Meeting ID 812 3456 7890 · Passcode 55aa')).toEqual({
      link: 'https://zoom.us/j/812',
      details: 'Meeting ID 812 3456 7890 · Passcode 55aa',
    });
    expect(locationLink('https://zoom.us/j/812 · Meeting ID 812 3456 7890')).toBe('https://zoom.us/j/812');
    expect(locationParts('12 Harbour Street, floor 3')).toEqual({ link: '12 Harbour Street, floor 3', details: '' });
  });
});
