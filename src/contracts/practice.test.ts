import { describe, expect, it } from 'vitest';
import type { FindingCode, Severity } from '../core/coach/types.js';
import { AnalyzeRequest, CreateRehearsal, countFindings, scoreFindings } from './practice.js';

const f = (code: FindingCode, severity: Severity) => ({ code, severity });

describe('scoreFindings', () => {
  it('gives 100 to an answer with nothing to fix', () => {
    expect(scoreFindings([])).toBe(100);
  });

  it('charges each code once at its worst severity: problem 30, warning 12, info 4', () => {
    expect(scoreFindings([f('employer-negativity', 'problem')])).toBe(70);
    expect(scoreFindings([f('too-long', 'warning')])).toBe(88);
    expect(scoreFindings([f('hedging', 'info')])).toBe(96);
    expect(scoreFindings([f('hedging', 'info'), f('hedging', 'warning')])).toBe(100 - 12 - 2);
  });

  it('adds 2 per repeat of a code, at most 8, so ten fillers do not sink the score alone', () => {
    const fillers = Array.from({ length: 10 }, () => f('filler-words', 'problem'));
    expect(scoreFindings(fillers)).toBe(100 - 30 - 8);
  });

  it('never goes below 0', () => {
    const all: FindingCode[] = ['employer-negativity', 'bad-language', 'too-long', 'off-topic', 'no-specifics'];
    expect(scoreFindings(all.map((c) => f(c, 'problem')))).toBe(0);
  });
});

describe('countFindings', () => {
  it('counts by code and omits codes with none', () => {
    expect(countFindings([f('hedging', 'info'), f('hedging', 'warning'), f('too-short', 'warning')])).toEqual({
      hedging: 2,
      'too-short': 1,
    });
  });
});

describe('practice contracts', () => {
  it('refuses audio in a rehearsal: only text reaches the server', () => {
    const result = CreateRehearsal.safeParse({
      promptId: 'five-years',
      answerText: 'x',
      durationSeconds: 3,
      selfRating: 3,
      audio: 'UklGRg==',
    });
    expect(result.success).toBe(false);
  });

  it('accepts an analyze request with only an answer', () => {
    expect(AnalyzeRequest.parse({ answer: 'Hello' })).toEqual({ answer: 'Hello' });
  });
});
