import { describe, expect, it } from 'vitest';
import {
  conversationChanges,
  conversationStart,
  draftFromInterview,
  draftFromInvitation,
  emptyDraft,
  formField,
  interviewBody,
  interviewChanges,
  matchPerson,
  nextConversation,
  overrunMinutes,
  rowKey,
} from './form-model.js';
import type { ConversationDraft, InterviewDraft } from './form-model.js';
import type { Conversation, Interview } from '../../../contracts/interviews.js';

const DANA = '0190a000-0000-7000-8000-0000000000d1';
const SAM = '0190a000-0000-7000-8000-0000000000d2';
const people = [
  { id: DANA, name: 'Dana Ruiz' },
  { id: SAM, name: 'Samuel Lee' },
];

function row(over: Partial<ConversationDraft> = {}): ConversationDraft {
  return { key: rowKey(), id: null, time: '10:00', durationMinutes: '45', topic: '', personIds: [], newNames: [], ...over };
}

function draft(over: Partial<InterviewDraft> = {}): InterviewDraft {
  return {
    kind: 'onsite',
    title: 'Final round',
    date: '2026-03-03',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    durationMinutes: '120',
    location: 'Harbour St 12',
    conversations: [],
    ...over,
  };
}

describe('emptyDraft', () => {
  it('starts tomorrow at 10:00 in the user’s zone', () => {
    // 23:30 UTC on 2 March is already 3 March in Tokyo, so tomorrow there is 4 March.
    const d = emptyDraft('Asia/Tokyo', Date.parse('2026-03-02T23:30:00Z'));
    expect(d).toMatchObject({ date: '2026-03-04', time: '10:00', timeZone: 'Asia/Tokyo', durationMinutes: '60', conversations: [] });
  });
});

describe('interviewBody', () => {
  it('turns the local date and time in the interview’s zone into a UTC instant, with each conversation', () => {
    const { body, errors } = interviewBody(
      draft({
        conversations: [
          row({ time: '10:00', topic: ' Team fit ', personIds: [DANA] }),
          row({ time: '11:00', durationMinutes: '60', personIds: [SAM] }),
        ],
      }),
    );
    expect(errors).toEqual({});
    expect(body).toEqual({
      kind: 'onsite',
      title: 'Final round',
      startsAt: '2026-03-03T09:00:00.000Z',
      timeZone: 'Europe/Berlin',
      durationMinutes: 120,
      location: 'Harbour St 12',
      conversations: [
        { startsAt: '2026-03-03T09:00:00.000Z', durationMinutes: 45, topic: 'Team fit', personIds: [DANA] },
        { startsAt: '2026-03-03T10:00:00.000Z', durationMinutes: 60, topic: '', personIds: [SAM] },
      ],
    });
  });

  it('leaves conversations out when there are none, so the server makes one for the whole interview', () => {
    expect(interviewBody(draft()).body.conversations).toBeUndefined();
  });

  it('keeps the wall time across a daylight-saving change (summer time in Berlin)', () => {
    expect(interviewBody(draft({ date: '2026-07-01' })).body.startsAt).toBe('2026-07-01T08:00:00.000Z');
  });

  it('names every bad field and conversation field', () => {
    const { errors } = interviewBody(
      draft({
        date: '2026-13-40',
        time: '25:00',
        timeZone: 'Mars/Olympus',
        durationMinutes: '3',
        title: 'x'.repeat(201),
        location: 'y'.repeat(2001),
        conversations: [row({ time: '', durationMinutes: 'abc', topic: 'z'.repeat(201) })],
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(
      [
        'conversations.0.durationMinutes',
        'conversations.0.time',
        'conversations.0.topic',
        'date',
        'durationMinutes',
        'location',
        'time',
        'timeZone',
        'title',
      ].sort(),
    );
  });

  it.each([
    ['4', false],
    ['5', true],
    ['960', true],
    ['961', false],
    ['1.5', false],
    ['-30', false],
  ])('accepts %s minutes: %s', (minutes, ok) => {
    expect('durationMinutes' in interviewBody(draft({ durationMinutes: minutes })).errors).toBe(!ok);
  });

  it('refuses more than 12 people in a conversation, counting names still to be added', () => {
    const ids = Array.from({ length: 11 }, (_, i) => `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`);
    expect(
      interviewBody(draft({ conversations: [row({ personIds: ids, newNames: ['A', 'B'] })] })).errors['conversations.0.personIds'],
    ).toBeDefined();
    expect(interviewBody(draft({ conversations: [row({ personIds: ids, newNames: ['A'] })] })).errors).toEqual({});
  });
});

describe('conversationStart', () => {
  it('is on the interview’s day, or the next day when the interview runs past midnight', () => {
    const d = { date: '2026-03-03', time: '22:00', timeZone: 'UTC', durationMinutes: '180' };
    expect(conversationStart(d, '23:00')).toBe('2026-03-03T23:00:00.000Z');
    expect(conversationStart(d, '00:30')).toBe('2026-03-04T00:30:00.000Z');
  });

  it('keeps a time before the start on the same day when the interview does not pass midnight', () => {
    const d = { date: '2026-03-03', time: '10:00', timeZone: 'UTC', durationMinutes: '60' };
    expect(conversationStart(d, '09:30')).toBe('2026-03-03T09:30:00.000Z');
    expect(conversationStart({ ...d, time: '22:00', durationMinutes: '180' }, '01:30')).toBe('2026-03-03T01:30:00.000Z');
  });

  it('crosses a month end', () => {
    expect(conversationStart({ date: '2026-03-31', time: '23:00', timeZone: 'UTC', durationMinutes: '90' }, '00:15')).toBe(
      '2026-04-01T00:15:00.000Z',
    );
  });
});

const saved: Interview = {
  id: '0190a000-0000-7000-8000-00000000aaaa',
  opportunityId: '0190a000-0000-7000-8000-00000000bbbb',
  employerName: 'Globex',
  roleTitle: 'Engineer',
  kind: 'video',
  title: 'Panel',
  startsAt: '2026-03-03T14:00:00.000Z',
  endsAt: '2026-03-03T15:30:00.000Z',
  timeZone: 'America/New_York',
  durationMinutes: 90,
  location: 'https://meet.example/abc',
  checklist: [],
  conversations: [
    {
      id: '0190a000-0000-7000-8000-0000000000c1',
      interviewId: '0190a000-0000-7000-8000-00000000aaaa',
      startsAt: '2026-03-03T14:00:00.000Z',
      durationMinutes: 45,
      topic: 'Intro',
      personIds: [DANA],
      position: 0,
    },
    {
      id: '0190a000-0000-7000-8000-0000000000c2',
      interviewId: '0190a000-0000-7000-8000-00000000aaaa',
      startsAt: '2026-03-03T14:45:00.000Z',
      durationMinutes: 45,
      topic: '',
      personIds: [SAM],
      position: 1,
    },
  ],
  hasReflection: false,
  openConcerns: 0,
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
};

describe('editing a saved interview', () => {
  it('shows its times in its own zone', () => {
    const d = draftFromInterview(saved);
    expect(d).toMatchObject({ date: '2026-03-03', time: '09:00', timeZone: 'America/New_York', durationMinutes: '90', kind: 'video' });
    expect(d.conversations.map((c) => [c.id, c.time, c.durationMinutes, c.personIds])).toEqual([
      ['0190a000-0000-7000-8000-0000000000c1', '09:00', '45', [DANA]],
      ['0190a000-0000-7000-8000-0000000000c2', '09:45', '45', [SAM]],
    ]);
  });

  it('sends nothing when nothing changed', () => {
    const { body, conversations } = interviewBody(draftFromInterview(saved));
    expect(interviewChanges(saved, body)).toEqual({});
    expect(conversationChanges(saved.conversations, conversations)).toEqual({ create: [], update: [], remove: [] });
  });

  it('sends only what changed, and creates, updates and removes conversations', () => {
    const d = draftFromInterview(saved);
    const [first] = d.conversations as [ConversationDraft, ConversationDraft];
    const edited: InterviewDraft = {
      ...d,
      title: 'Panel day',
      time: '09:30',
      conversations: [
        { ...first, topic: 'Intro and CV', personIds: [DANA, SAM] },
        row({ id: '0190a000-0000-7000-8000-0000000000c3', time: '10:15', durationMinutes: '30' }),
      ],
    };
    const { body, conversations } = interviewBody(edited);
    expect(interviewChanges(saved, body)).toEqual({ title: 'Panel day', startsAt: '2026-03-03T14:30:00.000Z' });
    const plan = conversationChanges(saved.conversations, conversations);
    expect(plan.update).toEqual([{ id: '0190a000-0000-7000-8000-0000000000c1', body: { topic: 'Intro and CV', personIds: [DANA, SAM] } }]);
    expect(plan.create).toEqual([
      {
        index: 1,
        id: '0190a000-0000-7000-8000-0000000000c3',
        startsAt: '2026-03-03T15:15:00.000Z',
        durationMinutes: 30,
        topic: '',
        personIds: [],
      },
    ]);
    expect(plan.remove).toEqual(['0190a000-0000-7000-8000-0000000000c2']);
  });

  it('notices a reordering of interviewers', () => {
    const c = saved.conversations[0] as Conversation;
    const plan = conversationChanges(
      [{ ...c, personIds: [DANA, SAM] }],
      [{ id: c.id, startsAt: c.startsAt, durationMinutes: 45, topic: 'Intro', personIds: [SAM, DANA] }],
    );
    expect(plan.update).toEqual([{ id: c.id, body: { personIds: [SAM, DANA] } }]);
  });
});

describe('matchPerson', () => {
  it.each([
    ['Dana Ruiz', DANA],
    ['dana  ruiz', DANA],
    ['Dana', DANA],
    ['Samuel Lee', SAM],
    ['Sam Lee', null],
    ['Nobody', null],
    ['', null],
  ])('%s → %s', (name, id) => {
    expect(matchPerson(name, people)?.id ?? null).toBe(id);
  });

  it('ignores accents and refuses an ambiguous part of a name', () => {
    expect(matchPerson('Jose', [{ id: 'j', name: 'José Sousa' }])?.id).toBe('j');
    expect(
      matchPerson('Lee', [
        { id: '1', name: 'Ana Lee' },
        { id: '2', name: 'Bo Lee' },
      ]),
    ).toBeNull();
  });
});

describe('draftFromInvitation', () => {
  it('fills the form from what was found, in the invitation’s zone, and keeps unknown names to add', () => {
    const fallback = emptyDraft('Europe/Lisbon', Date.parse('2026-03-01T12:00:00Z'));
    const d = draftFromInvitation(
      {
        kind: 'onsite',
        title: 'On-site interview',
        startsAt: '2026-03-03T15:00:00.000Z',
        timeZone: 'America/New_York',
        durationMinutes: 120,
        location: '1 Main St',
        conversations: [
          {
            startsAt: '2026-03-03T15:00:00.000Z',
            durationMinutes: 60,
            topic: 'Engineering Manager',
            names: ['Dana Ruiz', 'Pat Kim', 'Pat Kim'],
          },
          { startsAt: '2026-03-03T16:00:00.000Z', durationMinutes: 60, topic: '', names: ['Samuel Lee'] },
        ],
        people: [],
      },
      people,
      fallback,
    );
    expect(d).toMatchObject({
      kind: 'onsite',
      date: '2026-03-03',
      time: '10:00',
      timeZone: 'America/New_York',
      durationMinutes: '120',
      location: '1 Main St',
    });
    expect(d.conversations.map((c) => [c.time, c.personIds, c.newNames, c.id])).toEqual([
      ['10:00', [DANA], ['Pat Kim'], null],
      ['11:00', [SAM], [], null],
    ]);
  });

  it('keeps the form’s defaults for what the invitation did not say, and the user’s zone for a bad one', () => {
    const fallback = emptyDraft('Europe/Lisbon', Date.parse('2026-03-01T12:00:00Z'));
    const d = draftFromInvitation({ timeZone: 'Nowhere/Land', conversations: [], people: [] }, people, fallback);
    expect(d).toMatchObject({
      kind: fallback.kind,
      date: fallback.date,
      time: fallback.time,
      timeZone: 'Europe/Lisbon',
      durationMinutes: fallback.durationMinutes,
      title: '',
      location: '',
    });
  });
});

describe('nextConversation', () => {
  it('starts at the interview’s start, then right after the last one, up to 45 minutes or what is left', () => {
    const d = draft({ time: '09:30', durationMinutes: '100' });
    const first = nextConversation(d);
    expect([first.time, first.durationMinutes]).toEqual(['09:30', '45']);
    const second = nextConversation({ ...d, conversations: [first, row({ time: '10:15', durationMinutes: '45' })] });
    expect([second.time, second.durationMinutes]).toEqual(['11:00', '45']);
    const third = nextConversation({ ...d, conversations: [row({ time: '10:30', durationMinutes: '40' })] });
    expect([third.time, third.durationMinutes]).toEqual(['11:10', '45']);
    const fits = nextConversation({ ...d, conversations: [row({ time: '09:30', durationMinutes: '70' })] });
    expect([fits.time, fits.durationMinutes]).toEqual(['10:40', '30']);
  });
});

describe('overrunMinutes', () => {
  it('says how far a conversation runs past the interview’s end', () => {
    const d = draft({ time: '10:00', durationMinutes: '60' });
    expect(overrunMinutes(d, row({ time: '10:30', durationMinutes: '30' }))).toBe(0);
    expect(overrunMinutes(d, row({ time: '10:45', durationMinutes: '30' }))).toBe(15);
    expect(overrunMinutes(d, row({ time: 'nope' }))).toBe(0);
  });
});

describe('formField', () => {
  it.each([
    ['startsAt', 'time'],
    ['timeZone', 'timeZone'],
    ['durationMinutes', 'durationMinutes'],
    ['conversations.1.startsAt', 'conversations.1.time'],
    ['conversations.0.personIds.2', 'conversations.0.personIds'],
    ['checklist.0.label', null],
    [undefined, null],
  ])('%s → %s', (server, form) => {
    expect(formField(server)).toBe(form);
  });
});
