import { describe, it, expect } from 'vitest';
import { BUILT_IN_PRIORITY_KEYS, PURPOSES, QUESTIONS_TO_ASK, ROLES, questionById } from './index.js';

describe('questions-to-ask library', () => {
  it('holds at least 80 questions', () => {
    expect(QUESTIONS_TO_ASK.length).toBeGreaterThanOrEqual(80);
  });

  it('gives every question a unique kebab-case id', () => {
    const ids = QUESTIONS_TO_ASK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers every purpose with at least five questions', () => {
    for (const purpose of PURPOSES) {
      expect(QUESTIONS_TO_ASK.filter((q) => q.purpose === purpose).length, purpose).toBeGreaterThanOrEqual(5);
    }
  });

  it('lets every role answer many questions', () => {
    for (const role of ROLES) {
      expect(QUESTIONS_TO_ASK.filter((q) => q.roles.includes(role)).length, role).toBeGreaterThanOrEqual(20);
    }
  });

  it('gives every question at least one role and only known roles and priorities', () => {
    for (const q of QUESTIONS_TO_ASK) {
      expect(q.roles.length, q.id).toBeGreaterThan(0);
      for (const r of q.roles) expect(ROLES).toContain(r);
      for (const k of q.informs) expect(BUILT_IN_PRIORITY_KEYS as readonly string[]).toContain(k);
    }
  });

  it('informs every built-in priority from some question', () => {
    for (const key of BUILT_IN_PRIORITY_KEYS) {
      expect(
        QUESTIONS_TO_ASK.some((q) => q.informs.includes(key)),
        key,
      ).toBe(true);
    }
  });

  it('writes questions as questions, with no duplicate wording', () => {
    const texts = QUESTIONS_TO_ASK.map((q) => q.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    for (const q of QUESTIONS_TO_ASK) expect(q.text.trim().endsWith('?'), q.id).toBe(true);
  });

  it('does not reuse the seed article example questions word for word', () => {
    const seed = [
      "what's the best part about working here?",
      'if you could change one thing about this company, what would you change?',
      'where do you see this company in 5 years?',
      'what is a typical day, week, month, or year for the person in this job?',
    ];
    for (const q of QUESTIONS_TO_ASK) expect(seed).not.toContain(q.text.toLowerCase());
  });

  it('finds a question by id and returns undefined for unknown ids', () => {
    expect(questionById('why-role-open')?.purpose).toBe('previous-person');
    expect(questionById('no-such-question')).toBeUndefined();
  });
});
