/** Priorities: the user's own criteria for deciding whether they want a job, each with a weight. */

/** The keys of the nine built-in criteria; users may add custom ones with any other key. */
export const BUILT_IN_PRIORITY_KEYS = [
  'culture',
  'people-and-manager',
  'ethics-and-values',
  'location-and-commute',
  'remote-policy',
  'pay',
  'growth',
  'work-life-balance',
  'stability',
] as const;

/** One of the built-in criterion keys. */
export type BuiltInPriorityKey = (typeof BUILT_IN_PRIORITY_KEYS)[number];

/** Highest weight a priority can carry; 0 means "does not matter to me" and is ignored. */
export const MAX_PRIORITY_WEIGHT = 5;

/** A criterion that matters to the user, with a weight from 0 (ignore) to 5 (deal-breaker). */
export interface Priority {
  key: string;
  name: string;
  weight: number;
  description?: string;
  /** Only meaningful for `location-and-commute`: the longest one-way commute the user accepts. */
  maxCommuteMinutes?: number;
  /** Only meaningful for `pay`: the lowest yearly pay the user accepts, in their own currency. */
  payFloor?: number;
}

/** The built-in criteria with our own one-line descriptions and a starting weight the user can change. */
export const DEFAULT_PRIORITIES: readonly Priority[] = [
  {
    key: 'culture',
    name: 'Culture',
    weight: 4,
    description: 'How people work together day to day, and whether that style suits you.',
  },
  {
    key: 'people-and-manager',
    name: 'People and manager',
    weight: 5,
    description: 'The person you would report to and the colleagues you would spend your days with.',
  },
  {
    key: 'ethics-and-values',
    name: 'Ethics and values',
    weight: 4,
    description: 'Whether the way the organisation earns its money and treats people sits right with you.',
  },
  {
    key: 'location-and-commute',
    name: 'Location and commute',
    weight: 3,
    description: 'Where the work happens and how long the trip takes on an ordinary morning.',
    maxCommuteMinutes: 45,
  },
  {
    key: 'remote-policy',
    name: 'Remote policy',
    weight: 3,
    description: 'How many days you are expected on site, and how firmly that rule is applied.',
  },
  {
    key: 'pay',
    name: 'Pay',
    weight: 4,
    description: 'Salary, bonus and benefits measured against the least you are willing to accept.',
  },
  {
    key: 'growth',
    name: 'Growth',
    weight: 3,
    description: 'What you would learn, and where people in this role usually go next.',
  },
  {
    key: 'work-life-balance',
    name: 'Work-life balance',
    weight: 3,
    description: 'Typical hours, on-call duty, travel, and whether time off is really taken.',
  },
  {
    key: 'stability',
    name: 'Stability',
    weight: 2,
    description: 'How secure the organisation and this team look over the next couple of years.',
  },
];
