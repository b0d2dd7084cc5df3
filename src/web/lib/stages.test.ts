import { describe, it, expect } from 'vitest';
import { STAGES as CONTRACT_STAGES, ACTIVE_STAGES as CONTRACT_ACTIVE } from '../../contracts/opportunities.js';
import { ACTIVE_STAGES, STAGES, isStage, stepStage } from './stages.js';

describe('web stages', () => {
  it('mirror the contract in the same order', () => {
    expect([...STAGES]).toEqual([...CONTRACT_STAGES]);
    expect([...ACTIVE_STAGES]).toEqual([...CONTRACT_ACTIVE]);
  });
  it('step along the pipeline and stop at either end', () => {
    expect(stepStage('applied', 1)).toBe('interviewing');
    expect(stepStage('applied', -1)).toBe('lead');
    expect(stepStage('lead', -1)).toBeNull();
    expect(stepStage('withdrawn', 1)).toBeNull();
  });
  it('recognise only real stage names', () => {
    expect(isStage('offer')).toBe(true);
    expect(isStage('Offer')).toBe(false);
    expect(isStage(undefined)).toBe(false);
  });
});
