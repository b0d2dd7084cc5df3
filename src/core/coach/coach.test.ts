import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createCoach, FINDING_CODES, FINDING_CODE_LIST } from './index.js';

describe('analyze', () => {
  it('returns metrics at 140 words a minute by default', () => {
    const answer = Array.from({ length: 70 }, () => 'word').join(' ') + '. Second sentence here.';
    const { metrics } = analyze({ answer });
    expect(metrics).toMatchObject({ words: 73, sentences: 2, speakingSeconds: 31.3, fillerCount: 0, fillersPerMinute: 0 });
  });
  it('handles an empty answer without findings', () => {
    expect(analyze({ answer: '' })).toEqual({
      findings: [],
      metrics: { words: 0, sentences: 0, speakingSeconds: 0, fillerCount: 0, fillersPerMinute: 0 },
    });
  });
  it('produces plain JSON that survives a round trip', () => {
    const result = analyze({ prompt: 'Why did you leave?', answer: 'Um, my boss was useless, like, totally. Shit happens.' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.findings.length).toBeGreaterThan(2);
  });
  it('gives the same answer from a fresh coach and the shared one', () => {
    const input = { prompt: 'Tell me about a time you failed.', answer: 'I guess we missed the launch, basically.' };
    expect(createCoach().analyze(input)).toEqual(analyze(input));
  });
  it('explains every finding code in one line', () => {
    expect(FINDING_CODE_LIST).toHaveLength(13);
    for (const code of FINDING_CODE_LIST) expect(FINDING_CODES[code]).toMatch(/^[^\n]{10,}$/);
  });
  it('keeps every span inside the answer and never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.option(fc.string({ maxLength: 80 }), { nil: undefined }), (answer, prompt) => {
        const result = analyze({ answer, prompt });
        for (const f of result.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(answer.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
