import { describe, expect, it } from 'vitest';
import { getPrompt } from '../library/prompts/index.js';
import { suggestStories, type Story } from './story-fit.js';

const story = (id: string, overrides: Partial<Story>): Story => ({
  id,
  title: '',
  situation: '',
  task: '',
  action: '',
  result: '',
  skills: [],
  numbers: [],
  ...overrides,
});

const STORIES: Story[] = [
  story('conflict', {
    title: 'Scope clash with design',
    situation: 'A designer and I disagreed about launching without testing.',
    task: 'Agree a plan.',
    action: 'I proposed a two-day test and we found common ground.',
    result: 'Completion rose 12%.',
    skills: ['negotiation', 'user research'],
    numbers: ['12%'],
  }),
  story('outage', {
    title: 'Black Friday outage',
    situation: 'The checkout failed at peak.',
    task: 'Restore sales.',
    action: 'I rolled back the release under pressure and ran the incident call.',
    result: 'Back in 14 minutes.',
    skills: ['incident management', 'SQL'],
    numbers: ['14 minutes'],
  }),
  story('mentor', {
    title: 'Mentoring a new starter',
    situation: 'A graduate joined mid-project.',
    task: 'Get them productive.',
    action: 'I paired with them daily.',
    result: '',
    skills: ['Go'],
    numbers: [],
  }),
];

describe('suggestStories', () => {
  it('ranks the story that fits the question first and says why', () => {
    const ranked = suggestStories({ prompt: getPrompt('conflict-colleague')!, stories: STORIES });
    expect(ranked[0]!.storyId).toBe('conflict');
    expect(ranked[0]!.reasons.join(' ')).toMatch(/Fits the question: .*disagree/);
  });
  it('works with free-text questions', () => {
    const ranked = suggestStories({ prompt: 'Tell me about a time you worked under pressure.', stories: STORIES });
    expect(ranked[0]!.storyId).toBe('outage');
  });
  it('adds weight for skills the job description asks for, whole words only', () => {
    const ranked = suggestStories({
      prompt: 'Tell me about a time you showed leadership.',
      stories: STORIES,
      jobDescription: 'We need strong SQL and incident management; good communication.',
    });
    const outage = ranked.find((r) => r.storyId === 'outage')!;
    expect(outage.reasons).toContain('Shows skills the job asks for: incident management, SQL');
    const mentor = ranked.find((r) => r.storyId === 'mentor')!;
    expect(mentor.reasons.some((r) => r.startsWith('Shows skills'))).toBe(false);
    expect(mentor.reasons).toContain('No result written yet');
  });
  it('returns scores between 0 and 1, best first', () => {
    const ranked = suggestStories({ prompt: 'Tell me about a conflict.', stories: STORIES });
    for (const r of ranked) expect(r.score).toBeGreaterThanOrEqual(0);
    for (const r of ranked) expect(r.score).toBeLessThanOrEqual(1);
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
  });
});
