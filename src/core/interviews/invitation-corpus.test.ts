import { describe, expect, it } from 'vitest';
import { loadCorpus, measure, summary } from '../../../test/support/invitation-corpus.js';

// The labelled invitations of test/data/invitations were written blind to this parser (format in their README).
// "dev" (001-040) is what the parser was tuned on; "test" (041-060) was only ever measured.
describe('invitation corpus: the people, the sender and the meeting details', () => {
  it.each(['dev', 'test'] as const)('%s: finds >= 95 %% of the interviewers, no non-person names, the sender and the meeting details', (part) => {
    const figures = measure(loadCorpus(part));
    console.log(summary(part, figures));
    expect(figures.invitations).toBe(part === 'dev' ? 40 : 20);
    expect(figures.interviewersFound / figures.interviewers).toBeGreaterThanOrEqual(0.95);
    expect(figures.nonPersonNames).toEqual([]);
    expect(figures.sendersFound / figures.senders).toBeGreaterThanOrEqual(0.9);
    expect(figures.senderCalledInterviewer).toBe(0);
    expect(figures.meetingIdsFound / figures.meetingIds).toBeGreaterThanOrEqual(0.9);
    expect(figures.passcodesFound / figures.passcodes).toBeGreaterThanOrEqual(0.9);
  });
});
