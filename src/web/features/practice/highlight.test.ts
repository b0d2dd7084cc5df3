import { describe, it, expect } from 'vitest';
import type { Finding } from '../../../core/coach/index.js';
import { findingsAt, formatSeconds, orderFindings, segmentText, worstSeverity } from './highlight.js';

const f = (code: Finding['code'], start: number, end: number, severity: Finding['severity'] = 'warning'): Finding => ({
  code,
  severity,
  start,
  end,
  message: `m-${code}`,
  suggestion: `s-${code}`,
});

describe('segmentText', () => {
  it('cuts the text at span edges and keeps every character exactly once', () => {
    const text = 'um my boss was an idiot';
    const segs = segmentText(text, [f('filler-words', 0, 2), f('employer-negativity', 3, 23, 'problem')]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.findings.length > 0).map((s) => s.text)).toEqual(['um', 'my boss was an idiot']);
  });

  it('marks overlapping spans with every finding that covers the run', () => {
    const segs = segmentText('so basically I guess it was fine', [f('filler-words', 3, 12), f('hedging', 3, 20)]);
    expect(segs.find((s) => s.text === 'basically')?.findings).toEqual([0, 1]);
    expect(segs.find((s) => s.text === ' I guess')?.findings).toEqual([1]);
  });

  it('does not paint whole-answer findings such as too-short', () => {
    const segs = segmentText('Short.', [f('too-short', 0, 6)]);
    expect(segs).toEqual([{ text: 'Short.', start: 0, end: 6, findings: [] }]);
  });

  it('clamps spans that run past the end of edited text', () => {
    const segs = segmentText('abc', [f('hedging', 1, 10)]);
    expect(segs.map((s) => s.text)).toEqual(['a', 'bc']);
    expect(segs[1]?.findings).toEqual([0]);
  });
});

describe('findingsAt and ordering', () => {
  it('returns the findings under the caret, most serious first', () => {
    const list = [f('filler-words', 0, 5, 'warning'), f('employer-negativity', 0, 12, 'problem'), f('hedging', 20, 25)];
    expect(findingsAt(list, 3, 40).map((x) => x.code)).toEqual(['employer-negativity', 'filler-words']);
    expect(findingsAt(list, 15, 40)).toEqual([]);
  });

  it('orders findings by position, then severity', () => {
    const list = [f('hedging', 9, 12, 'info'), f('filler-words', 0, 2, 'warning'), f('bad-language', 0, 4, 'problem')];
    expect(orderFindings(list).map((x) => x.code)).toEqual(['bad-language', 'filler-words', 'hedging']);
  });

  it('picks the worst severity', () => {
    expect(worstSeverity([f('hedging', 0, 1, 'info'), f('bad-language', 0, 1, 'problem')])).toBe('problem');
    expect(worstSeverity([])).toBe('info');
  });
});

describe('formatSeconds', () => {
  it('formats minutes and zero-padded seconds', () => {
    expect(formatSeconds(65)).toBe('1:05');
    expect(formatSeconds(0.4)).toBe('0:00');
    expect(formatSeconds(-3)).toBe('0:00');
  });
});
