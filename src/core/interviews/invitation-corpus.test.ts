import { describe, expect, it } from 'vitest';
import { loadCorpus, measure, summary } from '../../../test/support/invitation-corpus.js';

// The labelled invitations of test/data/invitations were written blind to this parser (see the README there).
// "dev" (001-040) is what the parser was tuned on; "test" (041-060) was only ever measured. The goal is >= 95 % of
// the interviewers found with no non-person names: dev meets it; the held-out part is held to a lower floor (it
// measured 75.9 % before the work on generalising, 85.2 % after), so a regression shows without tuning on it.
describe('invitation corpus: the people, the sender and the meeting details', () => {
  it.each([
    ['dev', 40, 0.95],
    ['test', 20, 0.8],
  ] as const)('%s: finds the interviewers (%s invitations), never a non-person, the sender and the meeting details', (part, count, recall) => {
    const figures = measure(loadCorpus(part));
    console.log(summary(part, figures));
    expect(figures.invitations).toBe(count);
    expect(figures.interviewersFound / figures.interviewers).toBeGreaterThanOrEqual(recall);
    expect(figures.nonPersonNames).toEqual([]);
    expect(figures.sendersFound / figures.senders).toBeGreaterThanOrEqual(0.9);
    expect(figures.senderEmailsFound / figures.senderEmails).toBeGreaterThanOrEqual(0.9);
    expect(figures.senderCalledInterviewer).toBe(0);
    expect(figures.meetingIdsFound / figures.meetingIds).toBeGreaterThanOrEqual(0.9);
    expect(figures.passcodesFound / figures.passcodes).toBeGreaterThanOrEqual(0.8);
  });
});
