import { describe, expect, it } from 'vitest';
import { assessPipeline } from './pipeline-health.js';

describe('assessPipeline', () => {
  it('warns while fewer than the target are active and no offer exists', () => {
    const r = assessPipeline({ active: 2, offers: 0 }, 3);
    expect(r.healthy).toBe(false);
    expect(r.message).toMatch(/Only 2 active opportunities\. Add 1 more lead/);
  });

  it('says how to start when nothing is active', () => {
    const r = assessPipeline({ active: 0, offers: 0 }, 3);
    expect(r.healthy).toBe(false);
    expect(r.message).toMatch(/at least 3/);
  });

  it('is healthy at the target', () => {
    expect(assessPipeline({ active: 3, offers: 0 }, 3).healthy).toBe(true);
  });

  it('is healthy with an offer even when the pipeline is thin', () => {
    const r = assessPipeline({ active: 1, offers: 1 }, 3);
    expect(r).toMatchObject({ healthy: true, hasOffer: true });
  });

  it('follows a configured target', () => {
    expect(assessPipeline({ active: 4, offers: 0 }, 5).healthy).toBe(false);
    expect(assessPipeline({ active: 1, offers: 0 }, 1).healthy).toBe(true);
  });
});
