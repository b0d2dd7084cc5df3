import { describe, expect, it } from 'vitest';
import { review } from './coach.js';

const ids = (answer: string, prompt: string): string[] => review({ answer, prompt }).strengths.map((s) => s.id);

const STORY =
  'At my last job our checkout crashed every Friday. I read the logs, found a leaking connection pool and wrote a fix with ' +
  'two tests. I then walked the team through it. After the release the crashes stopped and sign-ups rose by 18 percent in a month.';

describe('what the answer does well', () => {
  it('praises a story that ends on its measured result, with the steps the speaker took', () => {
    const found = ids(STORY, 'Tell me about a time you solved a difficult problem.');
    expect(found).toContain('concrete-result');
    expect(found).toContain('own-actions');
  });

  it('does not say a story ends on a result when it closes on what the speaker wants next', () => {
    const answer =
      'I spent four years at a logistics firm, where I learned a great deal and led two migrations. ' +
      'The company was acquired last spring and my team was merged into the new owner. ' +
      'Now I want to lead a platform team of my own.';
    const found = ids(answer, 'Why did you leave your last job?');
    expect(found).not.toContain('concrete-result');
    expect(found).toContain('clear-reason');
    expect(found).toContain('forward-looking');
  });

  it('does not take a result word early in the answer for the close', () => {
    const answer =
      'We launched the new booking flow in 2023 and I led the design of it. ' +
      'After that the team moved floors and took on another product, with more meetings. ' +
      'These days I spend most of my time reviewing other people’s designs and writing guidelines.';
    expect(ids(answer, 'Tell me about a project you are proud of.')).not.toContain('concrete-result');
  });

  it('gives no praise for a neutral reason when the answer runs down the employer', () => {
    const answer = 'I relocated, but honestly the manager was a bully and the pay was a joke, so I was glad to go.';
    const found = ids(answer, 'Why did you leave your last job?');
    expect(found).not.toContain('clear-reason');
    expect(found).not.toContain('forward-looking');
  });

  it('does not call a reason neutral when it leans on a complaint the coach did not flag', () => {
    const answer =
      "Honestly, where I am now payroll has been late three months out of the last six, and my manager just shrugs. I'm ready for somewhere that pays on time and plans properly.";
    expect(ids(answer, 'Why did you leave your last job?')).not.toContain('clear-reason');
    expect(ids('My contract ended in March and I moved back to Leeds to be near my family.', 'Why did you leave your last job?')).toContain(
      'clear-reason',
    );
  });

  it('says nothing of a fragment too short to judge', () => {
    expect(ids('Relocation.', 'Why did you leave your last job?')).toEqual([]);
  });
});
