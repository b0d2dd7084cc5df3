import { describe, it, expect } from 'vitest';
import { researchChecklist } from '../../../core/research/index.js';
import { coverageText, defaultTopic, groupFacts, recreateBody, sourceHost, topicLabel } from './model.js';
import type { Fact } from '../../../contracts/research.js';

const fact = (over: Partial<Fact>): Fact => ({
  id: '00000000-0000-7000-8000-000000000001',
  employerId: '00000000-0000-7000-8000-0000000000e1',
  topic: 'culture',
  statement: 'Teams write design notes before building.',
  sourceUrl: null,
  notedOn: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

describe('research model', () => {
  it('groups facts by topic in checklist order and leaves out empty topics', () => {
    const groups = groupFacts([
      fact({ topic: 'news', id: 'a' }),
      fact({ topic: 'what-they-do', id: 'b' }),
      fact({ topic: 'news', id: 'c' }),
    ]);
    expect(groups.map((g) => [g.topic, g.facts.map((f) => f.id)])).toEqual([
      ['what-they-do', ['b']],
      ['news', ['a', 'c']],
    ]);
    expect(groups[1]?.label).toBe('Recent news');
  });

  it('shows the host of a source without www, and nothing for a broken link', () => {
    expect(sourceHost('https://www.example.org/about/team')).toBe('example.org');
    expect(sourceHost('not a url')).toBeNull();
  });

  it('says coverage as topics covered out of the topics that can be gaps', () => {
    const c = researchChecklist([{ topic: 'culture' }, { topic: 'news' }, { topic: 'other' }]);
    expect(coverageText(c)).toBe('2 of 13 topics covered');
  });

  it('starts the add-fact form on the first gap', () => {
    expect(defaultTopic(researchChecklist([]))).toBe('what-they-do');
    expect(defaultTopic(researchChecklist([{ topic: 'what-they-do' }]))).toBe('products-and-services');
    expect(defaultTopic(undefined)).toBe('what-they-do');
  });

  it('brings a deleted fact back with its own id and fields', () => {
    const f = fact({ sourceUrl: 'https://example.org', notedOn: '2026-11-02' });
    expect(recreateBody(f)).toEqual({
      id: f.id,
      topic: 'culture',
      statement: f.statement,
      sourceUrl: 'https://example.org',
      notedOn: '2026-11-02',
    });
  });

  it('labels topics like the checklist and falls back to the key', () => {
    expect(topicLabel('funding-and-finances')).toBe('Funding and finances');
    expect(topicLabel('mystery')).toBe('mystery');
  });
});
