import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { QUESTIONS_TO_ASK } from '../library/questions-to-ask/index.js';
import type { Purpose, Question, Role } from '../library/questions-to-ask/types.js';
import { ROLES } from '../library/questions-to-ask/types.js';
import { distributeQuestions } from './question-plan.js';

function q(id: string, roles: Role[], purpose: Purpose = 'team'): Question {
  return { id, text: `Question ${id}?`, purpose, roles, informs: [] };
}

const panel = [
  { id: 'r', role: 'recruiter' as const },
  { id: 'm', role: 'hiring-manager' as const },
  { id: 'p', role: 'peer' as const },
  { id: 'e', role: 'executive' as const },
];

function allAssigned(assignments: Record<string, string[]>): string[] {
  return Object.values(assignments).flat();
}

describe('distributeQuestions', () => {
  it('gives each interviewer of a panel between 2 and 3 questions from the library', () => {
    const plan = distributeQuestions({ questions: QUESTIONS_TO_ASK, interviewers: panel });
    for (const i of panel) {
      expect(plan.assignments[i.id]!.length).toBeGreaterThanOrEqual(2);
      expect(plan.assignments[i.id]!.length).toBeLessThanOrEqual(3);
    }
    expect(plan.warnings).toEqual([]);
  });

  it('never gives the same question to two interviewers', () => {
    const plan = distributeQuestions({ questions: QUESTIONS_TO_ASK, interviewers: panel });
    const ids = allAssigned(plan.assignments);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of plan.unassigned) expect(ids).not.toContain(id);
    expect(ids.length + plan.unassigned.length).toBe(QUESTIONS_TO_ASK.length);
  });

  it('gives each question to an interviewer whose role suits it when possible', () => {
    const plan = distributeQuestions({ questions: QUESTIONS_TO_ASK, interviewers: panel });
    for (const i of panel) {
      for (const id of plan.assignments[i.id]!) {
        expect(QUESTIONS_TO_ASK.find((x) => x.id === id)!.roles).toContain(i.role);
      }
    }
  });

  it('routes a recruiter-only question to the recruiter even when listed first', () => {
    const questions = [q('salary', ['recruiter']), q('a', ['peer']), q('b', ['peer']), q('c', ['recruiter']), q('d', ['peer'], 'culture')];
    const plan = distributeQuestions({
      questions,
      interviewers: [
        { id: 'p', role: 'peer' },
        { id: 'r', role: 'recruiter' },
      ],
    });
    expect(plan.assignments['r']).toEqual(['salary', 'c']);
    expect(plan.assignments['p']).toContain('a');
    expect(plan.assignments['p']).not.toContain('salary');
  });

  it('spreads purposes within one interviewer before repeating one', () => {
    const questions = [
      q('t1', ['peer'], 'team'),
      q('t2', ['peer'], 'team'),
      q('t3', ['peer'], 'team'),
      q('c1', ['peer'], 'culture'),
      q('g1', ['peer'], 'growth'),
    ];
    const plan = distributeQuestions({ questions, interviewers: [{ id: 'p', role: 'peer' }] });
    expect(plan.assignments['p']).toEqual(['t1', 'c1', 'g1']);
  });

  it("keeps the user's order as the tiebreak and puts closing questions last", () => {
    const questions = [q('close', ['peer'], 'closing'), q('x', ['peer'], 'team'), q('y', ['peer'], 'culture')];
    const plan = distributeQuestions({ questions, interviewers: [{ id: 'p', role: 'peer' }] });
    expect(plan.assignments['p']).toEqual(['x', 'y', 'close']);
  });

  it('is deterministic: the same input gives the same plan', () => {
    const a = distributeQuestions({ questions: QUESTIONS_TO_ASK, interviewers: panel });
    const b = distributeQuestions({ questions: QUESTIONS_TO_ASK, interviewers: panel });
    expect(b).toEqual(a);
  });

  it('keeps pinned questions where the user put them, even if the role does not suit', () => {
    const questions = [q('a', ['peer']), q('b', ['peer']), q('c', ['peer']), q('d', ['peer']), q('e', ['peer'])];
    const plan = distributeQuestions({
      questions,
      interviewers: [
        { id: 'p', role: 'peer' },
        { id: 'x', role: 'executive' },
      ],
      pinned: [{ interviewerId: 'x', questionId: 'a' }],
    });
    expect(plan.assignments['x']).toContain('a');
    expect(plan.assignments['p']).not.toContain('a');
  });

  it('keeps all pins even above the maximum and warns', () => {
    const questions = ['a', 'b', 'c', 'd'].map((id) => q(id, ['peer']));
    const plan = distributeQuestions({
      questions,
      interviewers: [{ id: 'p', role: 'peer' }],
      pinned: questions.map((x) => ({ interviewerId: 'p', questionId: x.id })),
    });
    expect(plan.assignments['p']).toEqual(['a', 'b', 'c', 'd']);
    expect(plan.warnings.map((w) => w.code)).toContain('pinned-over-max');
  });

  it('skips pins to unknown questions or interviewers, and a second pin of one question, with warnings', () => {
    const questions = [q('a', ['peer']), q('b', ['peer']), q('c', ['peer']), q('d', ['peer'])];
    const plan = distributeQuestions({
      questions,
      interviewers: [
        { id: 'p', role: 'peer' },
        { id: 'o', role: 'peer' },
      ],
      pinned: [
        { interviewerId: 'nobody', questionId: 'a' },
        { interviewerId: 'p', questionId: 'ghost' },
        { interviewerId: 'p', questionId: 'b' },
        { interviewerId: 'o', questionId: 'b' },
      ],
    });
    expect(plan.warnings.map((w) => w.code)).toEqual(['pin-unknown-interviewer', 'pin-unknown-question', 'pin-duplicate']);
    expect(plan.assignments['p']).toContain('b');
    expect(plan.assignments['o']).not.toContain('b');
  });

  it('falls back to an unsuited question with a warning so each interviewer reaches the minimum', () => {
    const questions = [q('a', ['peer']), q('b', ['peer']), q('c', ['peer']), q('d', ['peer'])];
    const plan = distributeQuestions({
      questions,
      interviewers: [
        { id: 'p', role: 'peer' },
        { id: 'x', role: 'executive' },
      ],
    });
    expect(plan.assignments['x']!.length).toBe(2);
    expect(plan.assignments['p']!.length).toBe(2);
    expect(plan.warnings.filter((w) => w.code === 'role-fallback' && w.interviewerId === 'x')).toHaveLength(2);
  });

  it('warns when there are too few questions for the panel', () => {
    const plan = distributeQuestions({ questions: [q('a', ['peer']), q('b', ['peer']), q('c', ['peer'])], interviewers: panel });
    const codes = plan.warnings.map((w) => w.code);
    expect(codes).toContain('too-few-questions');
    expect(plan.warnings.filter((w) => w.code === 'below-minimum')).toHaveLength(panel.length - 1);
    expect(plan.warnings.find((w) => w.code === 'too-few-questions')!.message).toContain('add 5 more');
    expect(allAssigned(plan.assignments).sort()).toEqual(['a', 'b', 'c']);
  });

  it('returns every question unassigned and a warning when there are no interviewers', () => {
    const plan = distributeQuestions({ questions: [q('a', ['peer'])], interviewers: [] });
    expect(plan.unassigned).toEqual(['a']);
    expect(plan.warnings[0]!.code).toBe('no-interviewers');
  });

  it('respects a custom number per interviewer', () => {
    const plan = distributeQuestions({ questions: QUESTIONS_TO_ASK, interviewers: panel, perInterviewer: { min: 4, max: 5 } });
    for (const i of panel) expect(plan.assignments[i.id]!.length).toBe(5);
  });

  it('holds its rules for any panel drawn from the library (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 6 }),
        fc.shuffledSubarray([...QUESTIONS_TO_ASK], { minLength: 0, maxLength: 40 }),
        (roles, questions) => {
          const interviewers = roles.map((role, i) => ({ id: `i${i}`, role }));
          const plan = distributeQuestions({ questions, interviewers });
          const ids = allAssigned(plan.assignments);
          expect(new Set(ids).size).toBe(ids.length);
          for (const i of interviewers) expect(plan.assignments[i.id]!.length).toBeLessThanOrEqual(3);
          const enough = questions.length >= interviewers.length * 2;
          if (enough) for (const i of interviewers) expect(plan.assignments[i.id]!.length).toBeGreaterThanOrEqual(2);
          else expect(plan.warnings.some((w) => w.code === 'too-few-questions')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
