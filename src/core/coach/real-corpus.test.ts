import { describe, expect, it } from 'vitest';
import { evaluateCorpus, loadCorpus } from '../../../test/support/coach-corpus.js';

const file = (name: string) => new URL(`../../../test/data/coach/${name}`, import.meta.url).pathname;

// Two blind-written corpora of "why I left / what it was like there" statements (review style, spoken,
// non-native English), written from one brief by authors who never saw the detector. The dev part was
// used for tuning and to train the complaint model; the test part was only measured, once, at the end.
// Floors sit just under the measured figures, so a regression fails.
describe('the coach on the blind-written corpora', () => {
  it('dev part (tuned on): negativity, bad language and threats', () => {
    const report = evaluateCorpus(loadCorpus(file('real-dev.jsonl')));
    console.table(report.overall);
    // In-sample for the model (it was trained on this part): 0.861 at 0.003. Cross-validated
    // (scripts/coach-cv.ts, each fifth scored by a model trained without it): 0.742 at 0.026.
    expect(report.overall['employer-negativity']!.recall).toBeGreaterThanOrEqual(0.85);
    expect(report.overall['employer-negativity']!.fpr).toBeLessThanOrEqual(0.01);
    expect(report.overall['bad-language']!.recall).toBeGreaterThanOrEqual(0.98);
    expect(report.overall['bad-language']!.fpr).toBeLessThanOrEqual(0.01);
    expect(report.overall.threat!.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('test part (never tuned on): bad language meets the acceptance; negativity is held at what was measured', () => {
    const report = evaluateCorpus(loadCorpus(file('real-test.jsonl')));
    console.table(report.overall);
    console.table(report.byRegister);
    // Acceptance: bad-language recall >= 0.97 at a false-positive rate <= 0.01 (measured 0.975 at 0.001).
    expect(report.overall['bad-language']!.recall).toBeGreaterThanOrEqual(0.97);
    expect(report.overall['bad-language']!.fpr).toBeLessThanOrEqual(0.01);
    // Acceptance asks negativity recall >= 0.90 at FPR <= 0.03; NOT reached: measured 0.782 at 0.021
    // (precision 0.968). These floors are set at what was achieved (a regression guard), not at the target.
    expect(report.overall['employer-negativity']!.recall).toBeGreaterThanOrEqual(0.77);
    expect(report.overall['employer-negativity']!.fpr).toBeLessThanOrEqual(0.025);
    expect(report.overall['employer-negativity']!.precision).toBeGreaterThanOrEqual(0.96);
    // Threats: measured 0.53 recall at no false positives (no acceptance figure).
    expect(report.overall.threat!.recall).toBeGreaterThanOrEqual(0.5);
    expect(report.overall.threat!.fpr).toBeLessThanOrEqual(0.005);
  });
});
