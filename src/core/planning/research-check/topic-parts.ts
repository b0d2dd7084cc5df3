import type { FactTopic } from '../../library/questions-to-ask/types.js';

// What the topic families of topics-*.ts are written with: building blocks, matched against normalised text (lower
// case, employer name → "the company"), and the shape of a family.
// normalizeQuestion has already rewritten "your firm", "this organisation", the employer's name… to "the company",
// which keeps these patterns small: V8 compiles each on first use, and size drives that cost.
export const ORG = '(?:the company|the group)';
export const ORG_POSS = "(?:your|its|their|the company's)";
export const WHO = `(?:you|you guys|you all|${ORG}|it|they)`;
export const DET = `(?:${ORG_POSS}|the)`;
export const ADJ =
  '(?:(?:main|biggest|largest|key|major|primary|principal|core|top|closest|direct|target|typical|ideal|current|most important|best known|flagship|leading|notable|chief|other|new|recent|latest) )*';

/** One pattern of a topic family, from its source. */
export function re(source: string): RegExp {
  return new RegExp(source);
}

/** A family of question intents that a search or the employer's own pages answer. */
export interface PublicTopic {
  topic: FactTopic;
  /** Plain words for reasons ("how big the company is"). */
  label: string;
  patterns: RegExp[];
}
