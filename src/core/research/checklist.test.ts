import { describe, it, expect } from 'vitest';
import { FACT_TOPIC_KEYS, FACT_TOPICS, researchChecklist, toFactTopic } from './checklist.js';

describe('researchChecklist', () => {
  it('lists every topic, with all but "other" as gaps when there are no facts', () => {
    const list = researchChecklist([]);
    expect(list.items.map((i) => i.topic)).toEqual([...FACT_TOPIC_KEYS]);
    expect(list.items.filter((i) => i.gap).map((i) => i.topic)).not.toContain('other');
    expect(list.gapCount).toBe(FACT_TOPIC_KEYS.length - 1);
    expect(list.coverage).toBe(0);
  });

  it('counts facts per topic and clears the gap of a covered topic', () => {
    const list = researchChecklist([{ topic: 'news' }, { topic: 'news' }, { topic: 'size' }]);
    const news = list.items.find((i) => i.topic === 'news');
    expect(news).toMatchObject({ known: 2, gap: false });
    expect(list.items.find((i) => i.topic === 'size')?.gap).toBe(false);
    expect(list.items.find((i) => i.topic === 'customers')?.gap).toBe(true);
    expect(list.coverage).toBeCloseTo(2 / 13);
  });

  it('never counts "other" as a gap nor towards coverage', () => {
    const list = researchChecklist([{ topic: 'other' }]);
    expect(list.items.find((i) => i.topic === 'other')).toMatchObject({ known: 1, gap: false });
    expect(list.coverage).toBe(0);
  });

  it('files facts with an unknown topic under "other" instead of dropping them', () => {
    expect(toFactTopic('gossip')).toBe('other');
    expect(researchChecklist([{ topic: 'gossip' }]).items.find((i) => i.topic === 'other')?.known).toBe(1);
  });

  it('reaches full coverage when every topic has a fact', () => {
    const list = researchChecklist(FACT_TOPIC_KEYS.filter((t) => t !== 'other').map((topic) => ({ topic })));
    expect(list.coverage).toBe(1);
    expect(list.gapCount).toBe(0);
  });
});

describe('FACT_TOPICS', () => {
  it('gives every topic a label and a one-line hint', () => {
    expect(FACT_TOPICS.map((t) => t.topic)).toEqual([...FACT_TOPIC_KEYS]);
    for (const t of FACT_TOPICS) {
      expect(t.label.length).toBeGreaterThan(1);
      expect(t.hint.length).toBeGreaterThan(30);
      expect(t.hint).not.toContain('\n');
    }
  });
});
