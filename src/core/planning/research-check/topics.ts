import type { PublicTopic } from './topic-parts.js';
import { COMPETITORS, CUSTOMERS, PRODUCTS_AND_SERVICES, WHAT_THEY_DO } from './topics-business.js';
import { FUNDING_AND_FINANCES, HISTORY, LEADERSHIP, LOCATIONS, SIZE } from './topics-organisation.js';
import { NEWS, PUBLIC_PAGES, VALUES_AND_ETHICS } from './topics-public-face.js';

export type { PublicTopic } from './topic-parts.js';

// The families' patterns are matched against normalised text (see topic-parts.ts for their building blocks). Each
// family lives with its kind: the organisation itself (topics-organisation.ts), its business (topics-business.ts)
// and its public face (topics-public-face.ts).

/** Public-fact intents, most specific first: the first family that matches names the topic. */
export const PUBLIC_TOPICS: PublicTopic[] = [
  SIZE,
  LOCATIONS,
  HISTORY,
  LEADERSHIP,
  FUNDING_AND_FINANCES,
  COMPETITORS,
  CUSTOMERS,
  PRODUCTS_AND_SERVICES,
  VALUES_AND_ETHICS,
  NEWS,
  PUBLIC_PAGES,
  WHAT_THEY_DO,
];
