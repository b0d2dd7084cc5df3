/** Research checklist: which things worth knowing about an employer the dossier covers, and which are gaps. */

/** The topics a researched fact can be filed under. */
export const FACT_TOPIC_KEYS = [
  'what-they-do',
  'products-and-services',
  'customers',
  'size',
  'locations',
  'history',
  'leadership',
  'funding-and-finances',
  'competitors',
  'news',
  'culture',
  'values-and-ethics',
  'hiring-process',
  'other',
] as const;

/** One fact topic. */
export type FactTopic = (typeof FACT_TOPIC_KEYS)[number];

/** A topic with its label and a hint on where to look and why it matters (our own words). */
export interface FactTopicInfo {
  topic: FactTopic;
  label: string;
  hint: string;
}

/** Every topic, in the order the checklist shows them. */
export const FACT_TOPICS: readonly FactTopicInfo[] = [
  {
    topic: 'what-they-do',
    label: 'What they do',
    hint: 'Their own site and annual report; you should be able to explain it in two sentences.',
  },
  {
    topic: 'products-and-services',
    label: 'Products and services',
    hint: 'Product pages, demos and reviews; try the product if you can, so you can talk about it.',
  },
  {
    topic: 'customers',
    label: 'Customers',
    hint: 'Case studies and customer logos show who pays them, and what your work would serve.',
  },
  {
    topic: 'size',
    label: 'Size',
    hint: 'Headcount on professional networks or filings; size shapes how broad your role would be.',
  },
  {
    topic: 'locations',
    label: 'Locations',
    hint: 'Offices and where the team sits; it settles commute and time-zone questions early.',
  },
  {
    topic: 'history',
    label: 'History',
    hint: 'The about page and older press; past turns explain much of how they act today.',
  },
  {
    topic: 'leadership',
    label: 'Leadership',
    hint: 'Who runs the company and your department; read their interviews to hear what they value.',
  },
  {
    topic: 'funding-and-finances',
    label: 'Funding and finances',
    hint: 'Filings, funding rounds and earnings calls tell you how secure the job is likely to be.',
  },
  {
    topic: 'competitors',
    label: 'Competitors',
    hint: 'Who they lose deals to and why; it shows you understand their market.',
  },
  {
    topic: 'news',
    label: 'Recent news',
    hint: 'A news search for the past few months, so nothing recent surprises you in the room.',
  },
  {
    topic: 'culture',
    label: 'Culture',
    hint: 'Employee reviews, team blogs and talks show how work really gets done there.',
  },
  {
    topic: 'values-and-ethics',
    label: 'Values and ethics',
    hint: 'Stated values next to lawsuits, complaints and news: check whether they match yours.',
  },
  {
    topic: 'hiring-process',
    label: 'Hiring process',
    hint: 'Ask the recruiter for the steps, and read candidate accounts, so you can prepare for each stage.',
  },
  {
    topic: 'other',
    label: 'Other',
    hint: 'Anything else worth remembering that fits none of the topics above.',
  },
];

const TOPIC_SET: ReadonlySet<string> = new Set(FACT_TOPIC_KEYS);

/** Narrows any string to a topic; unknown topics are filed under `other` rather than lost. */
export function toFactTopic(value: string): FactTopic {
  return TOPIC_SET.has(value) ? (value as FactTopic) : 'other';
}

/** One line of the checklist. */
export interface ChecklistItem {
  topic: FactTopic;
  label: string;
  /** How many facts the dossier has on this topic. */
  known: number;
  /** True when no fact covers this topic; `other` is never a gap. */
  gap: boolean;
  hint: string;
}

/** The checklist for one employer. */
export interface ResearchChecklist {
  items: ChecklistItem[];
  /** Share (0–1) of the topics that can be gaps which have at least one fact. */
  coverage: number;
  /** Number of topics that are gaps. */
  gapCount: number;
}

/** Builds the research checklist from an employer's facts; only each fact's topic matters here. */
export function researchChecklist(facts: readonly { topic: string }[]): ResearchChecklist {
  const counts = new Map<FactTopic, number>();
  for (const f of facts) {
    const topic = toFactTopic(f.topic);
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const items = FACT_TOPICS.map(({ topic, label, hint }) => {
    const known = counts.get(topic) ?? 0;
    return { topic, label, known, gap: topic !== 'other' && known === 0, hint };
  });
  const countable = items.filter((i) => i.topic !== 'other');
  const gapCount = countable.filter((i) => i.gap).length;
  return { items, coverage: (countable.length - gapCount) / countable.length, gapCount };
}
