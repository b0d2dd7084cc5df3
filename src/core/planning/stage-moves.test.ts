import { describe, expect, it } from 'vitest';
import { STAGES } from '../../contracts/values.js';
import { stageAfterOffer, stageAfterScheduling } from './stage-moves.js';

describe('stage moves', () => {
  it('moves lead and applied to interviewing when an interview is scheduled, and nothing else', () => {
    expect(Object.fromEntries(STAGES.map((s) => [s, stageAfterScheduling(s)]))).toEqual({
      lead: 'interviewing',
      applied: 'interviewing',
      interviewing: null,
      offer: null,
      accepted: null,
      rejected: null,
      withdrawn: null,
    });
  });

  it('moves every stage before an offer to offer when one is recorded', () => {
    expect(STAGES.filter((s) => stageAfterOffer(s) === 'offer')).toEqual(['lead', 'applied', 'interviewing']);
  });
});
