import { describe, it, expect } from 'vitest';
import { dropPosition, filterLibrary, groupByInterviewer, housekeepingBody, housekeepingDraft, movePosition } from './model.js';
import type { Housekeeping, LibraryQuestion, PlanItem, QuestionPlan } from '../../../contracts/questions.js';

const A = '00000000-0000-7000-8000-00000000000a';
const B = '00000000-0000-7000-8000-00000000000b';
const GONE = '00000000-0000-7000-8000-0000000000ff';

function item(n: number, who: string | null, order = n): PlanItem {
  return {
    id: `00000000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
    questionId: null,
    text: `Question ${n}`,
    purpose: 'team',
    order,
    interviewerPersonId: who,
    pinned: false,
    asked: false,
    answerHeard: '',
    check: { answerableByResearch: false, reason: '' },
  };
}

const interviewers: QuestionPlan['interviewers'] = [
  { personId: A, name: 'Ana', title: null, role: 'recruiter' },
  { personId: B, name: 'Ben', title: null, role: 'hiring-manager' },
];

describe('groupByInterviewer', () => {
  it('puts items under their interviewer in plan order, then the unassigned and orphaned ones', () => {
    const items = [item(3, A, 3), item(1, B, 1), item(0, A, 0), item(2, null, 2), item(4, GONE, 4)];
    const groups = groupByInterviewer({ interviewers, items });
    expect(groups.map((g) => g.title)).toEqual(['Ana · Recruiter', 'Ben · Hiring manager', 'Not assigned yet']);
    expect(groups[0]?.items.map((i) => i.text)).toEqual(['Question 0', 'Question 3']);
    expect(groups[1]?.items.map((i) => i.text)).toEqual(['Question 1']);
    expect(groups[2]?.items.map((i) => i.text)).toEqual(['Question 2', 'Question 4']);
  });

  it('leaves out the unassigned group when every item has someone', () => {
    const groups = groupByInterviewer({ interviewers, items: [item(0, A), item(1, B)] });
    expect(groups.map((g) => g.personId)).toEqual([A, B]);
  });
});

describe('movePosition', () => {
  const items = [item(0, A, 0), item(1, B, 1), item(2, A, 2), item(3, A, 3)];
  const group = items.filter((i) => i.interviewerPersonId === A);

  it('moves to the plan position of the neighbour inside the same group, skipping other people', () => {
    expect(movePosition({ items }, group, items[2]!.id, -1)).toBe(0);
    expect(movePosition({ items }, group, items[0]!.id, 1)).toBe(2);
  });

  it('is null at either edge of the group', () => {
    expect(movePosition({ items }, group, items[0]!.id, -1)).toBeNull();
    expect(movePosition({ items }, group, items[3]!.id, 1)).toBeNull();
  });
});

describe('dropPosition', () => {
  const items = [item(0, A, 0), item(1, B, 1), item(2, A, 2), item(3, A, 3)];
  const group = items.filter((i) => i.interviewerPersonId === A);

  it("moves a dropped item to the target's plan position, up or down, skipping other people", () => {
    expect(dropPosition({ items }, group, items[3]!.id, items[0]!.id)).toBe(0);
    expect(dropPosition({ items }, group, items[0]!.id, items[3]!.id)).toBe(3);
    expect(dropPosition({ items }, group, items[0]!.id, items[2]!.id)).toBe(2);
  });

  it('is null on itself or across groups', () => {
    expect(dropPosition({ items }, group, items[2]!.id, items[2]!.id)).toBeNull();
    expect(dropPosition({ items }, group, items[1]!.id, items[0]!.id)).toBeNull();
    expect(dropPosition({ items }, group, items[0]!.id, items[1]!.id)).toBeNull();
  });
});

describe('filterLibrary', () => {
  const lib: LibraryQuestion[] = [
    {
      id: 'typical-day',
      text: 'What does a normal week look like?',
      purpose: 'day-to-day',
      roles: ['peer', 'hiring-manager'],
      informs: ['workload'],
      source: 'built-in',
      basedOn: null,
      originalText: null,
    },
    {
      id: 'grow',
      text: 'How have people grown from this role?',
      purpose: 'growth',
      roles: ['hiring-manager'],
      informs: ['growth'],
      source: 'built-in',
      basedOn: null,
      originalText: null,
    },
  ];

  it('matches every typed word in the text or the priorities it informs', () => {
    expect(filterLibrary(lib, { text: 'normal WEEK', purpose: '', role: '' }).map((q) => q.id)).toEqual(['typical-day']);
    expect(filterLibrary(lib, { text: 'workload', purpose: '', role: '' }).map((q) => q.id)).toEqual(['typical-day']);
    expect(filterLibrary(lib, { text: 'week grown', purpose: '', role: '' })).toEqual([]);
  });

  it('filters by purpose and by the role a question suits', () => {
    expect(filterLibrary(lib, { text: '', purpose: 'growth', role: '' }).map((q) => q.id)).toEqual(['grow']);
    expect(filterLibrary(lib, { text: '', purpose: '', role: 'peer' }).map((q) => q.id)).toEqual(['typical-day']);
  });
});

describe('housekeepingBody', () => {
  const saved: Housekeeping = {
    opportunityId: A,
    nextSteps: '',
    decisionDate: null,
    candidateCount: null,
    bestContact: '',
    bestContactPersonId: null,
    preferredChannel: null,
    preferredTiming: '',
    contactEmail: null,
    contactPhone: null,
    updatedAt: null,
  };

  it('turns the form into the API body with nulls for empty optional fields', () => {
    const d = {
      ...housekeepingDraft(saved),
      nextSteps: ' Panel next week ',
      candidateCount: '4',
      preferredChannel: 'email',
      contactEmail: 'ana@example.com',
    };
    const { body, errors } = housekeepingBody(d);
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      nextSteps: 'Panel next week',
      candidateCount: 4,
      preferredChannel: 'email',
      contactEmail: 'ana@example.com',
      decisionDate: null,
      contactPhone: null,
      bestContactPersonId: null,
    });
  });

  it('names each bad field with a message', () => {
    const d = { ...housekeepingDraft(saved), candidateCount: 'three', contactEmail: 'ana@', contactPhone: 'call me' };
    const { errors } = housekeepingBody(d);
    expect(Object.keys(errors).sort()).toEqual(['candidateCount', 'contactEmail', 'contactPhone']);
  });
});
