import { describe, it, expect } from 'vitest';
import { QUESTIONS_TO_ASK } from '../library/questions-to-ask/index.js';
import { suggestForUnknownPriorities, templatedQuestion } from './priority-questions.js';

const library = QUESTIONS_TO_ASK;

describe('suggestForUnknownPriorities', () => {
  it('suggests questions only for unknown priorities with weight, heaviest first', () => {
    const result = suggestForUnknownPriorities({
      priorities: [
        { key: 'pay', name: 'Pay', weight: 2 },
        { key: 'growth', name: 'Growth', weight: 5 },
        { key: 'culture', name: 'Culture', weight: 3 },
        { key: 'stability', name: 'Stability', weight: 0 },
      ],
      fitRatings: { pay: 'unknown', culture: 'good' },
      library,
    });
    expect(result.map((r) => r.priorityKey)).toEqual(['growth', 'pay']);
  });

  it('gives one to three library questions that inform the priority', () => {
    const [growth] = suggestForUnknownPriorities({ priorities: [{ key: 'growth', name: 'Growth', weight: 1 }], fitRatings: {}, library });
    expect(growth!.questions.length).toBeGreaterThanOrEqual(1);
    expect(growth!.questions.length).toBeLessThanOrEqual(3);
    for (const q of growth!.questions) expect(q.informs).toContain('growth');
  });

  it('prefers questions of different purposes for one priority', () => {
    const [growth] = suggestForUnknownPriorities({ priorities: [{ key: 'growth', name: 'Growth', weight: 1 }], fitRatings: {}, library });
    const purposes = growth!.questions.map((q) => q.purpose);
    expect(new Set(purposes).size).toBe(purposes.length);
  });

  it('avoids suggesting the same question for two priorities when there are alternatives', () => {
    const result = suggestForUnknownPriorities({
      priorities: [
        { key: 'work-life-balance', name: 'Balance', weight: 3 },
        { key: 'remote-policy', name: 'Remote', weight: 2 },
      ],
      fitRatings: {},
      library,
    });
    const ids = result.flatMap((r) => r.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('templates a question from the name of a custom priority', () => {
    const [custom] = suggestForUnknownPriorities({
      priorities: [{ key: 'dog-friendly', name: 'Dog-friendly office', weight: 4 }],
      fitRatings: { 'dog-friendly': 'unknown' },
      library,
    });
    expect(custom!.priorityKey).toBe('dog-friendly');
    expect(custom!.questions[0]!.text).toContain('dog-friendly office');
    expect(custom!.questions[0]!.informs).toEqual(['dog-friendly']);
  });

  it('adds library questions to a custom priority whose name hints at a built-in one', () => {
    const [custom] = suggestForUnknownPriorities({
      priorities: [{ key: 'salary-growth', name: 'Salary progression', weight: 4 }],
      fitRatings: {},
      library,
    });
    expect(custom!.questions.length).toBeGreaterThan(1);
    expect(custom!.questions.slice(1).every((q) => q.informs.includes('pay'))).toBe(true);
  });

  it('keeps acronyms in templated questions', () => {
    expect(templatedQuestion('ai', 'AI ethics').text).toContain('AI ethics');
    expect(templatedQuestion('x', 'Mentoring').text).toContain('When it comes to mentoring,');
  });
});
