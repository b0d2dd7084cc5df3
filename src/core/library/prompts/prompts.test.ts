import { describe, expect, it } from 'vitest';
import { getPrompt, PROMPTS, promptsByCategory } from './index.js';

describe('standard prompt library', () => {
  it('has at least 50 prompts with unique slug ids', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(PROMPTS.map((p) => p.id)).size).toBe(PROMPTS.length);
    for (const p of PROMPTS) expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
  it('fills every field of every prompt', () => {
    for (const p of PROMPTS) {
      expect(p.text.length, p.id).toBeGreaterThan(10);
      expect(p.intent.length, p.id).toBeGreaterThan(10);
      expect(p.pitfalls.length, p.id).toBeGreaterThan(0);
      expect(p.keywords.length, p.id).toBeGreaterThanOrEqual(5);
      expect(p.targetSeconds.min, p.id).toBeLessThan(p.targetSeconds.max);
    }
  });
  it('gives story questions the 60–90 second target', () => {
    for (const p of PROMPTS.filter((x) => x.behavioural)) expect(p.targetSeconds, p.id).toEqual({ min: 60, max: 90 });
  });
  it('covers every kind of standard question', () => {
    for (const c of [
      'opener',
      'motivation',
      'why-company',
      'why-left',
      'strengths',
      'weaknesses',
      'behavioural',
      'situational',
      'career-goals',
      'salary',
      'closing',
    ] as const) {
      expect(promptsByCategory(c).length, c).toBeGreaterThan(0);
    }
    for (const theme of ['conflict', 'fail', 'lead', 'team', 'pressure', 'mistake', 'persuad']) {
      expect(
        PROMPTS.some((p) => p.behavioural && p.text.toLowerCase().includes(theme)),
        theme,
      ).toBe(true);
    }
  });
  it('finds prompts by id', () => {
    expect(getPrompt('why-did-you-leave')?.category).toBe('why-left');
    expect(getPrompt('nope')).toBeUndefined();
  });
});
