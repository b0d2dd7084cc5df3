import { describe, expect, it } from 'vitest';
import { getPrompt } from '../library/prompts/index.js';
import { analyze } from './coach.js';
import { draftWhyLeft, WHY_LEFT_FRAMES } from './why-left.js';

const PROMPT = getPrompt('why-did-you-leave')!;
const SLOTS = {
  employer: 'Northwind',
  duration: 'four years',
  didThere: 'running the customer support desk',
  lookingFor: 'a role with more ownership of product decisions',
  place: 'Leeds',
};

describe('draftWhyLeft', () => {
  it('offers at least ten distinct frames with labels', () => {
    expect(WHY_LEFT_FRAMES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(WHY_LEFT_FRAMES.map((f) => f.id)).size).toBe(WHY_LEFT_FRAMES.length);
    for (const f of WHY_LEFT_FRAMES) expect(f.label.length).toBeGreaterThan(3);
  });
  it.each(WHY_LEFT_FRAMES.map((f) => f.id))('drafts a short, clean answer for the %s frame', (frame) => {
    for (const slots of [SLOTS, {}]) {
      const draft = draftWhyLeft({ frame, slots });
      const sentences = draft.split(/(?<=[.!?])\s+/);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(4);
      const { findings, metrics } = analyze({ prompt: PROMPT, answer: draft });
      expect(metrics.speakingSeconds).toBeLessThanOrEqual(45);
      expect(findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
    }
  });
  it('uses the words the user gave', () => {
    const draft = draftWhyLeft({ frame: 'relocation', slots: SLOTS });
    expect(draft).toContain('At Northwind I spent four years running the customer support desk');
    expect(draft).toContain('Leeds');
    expect(draft).toContain('a role with more ownership of product decisions');
  });
  it('rejects an unknown frame', () => {
    expect(() => draftWhyLeft({ frame: 'revenge' as never })).toThrow(/Unknown frame/);
  });
});
