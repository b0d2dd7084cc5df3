// Who and what a complaint about a job can be aimed at: its people, the place and its conditions
// (with a determiner: "the firm", "our pay"), and a place introduced as where one worked ("at a bank that…").

const alt = (words: string[]): string => words.join('|');

// Who and what a complaint can be aimed at: people and conditions of a job.
const PEOPLE = [
  'boss(?:es)?',
  '(?:head|sous) chef',
  'chef',
  'foreman',
  'matron',
  'dean',
  'head(?:master|mistress)',
  'head of \\w+',
  'chief \\w+',
  '(?:line |general |hiring |product |engineering )?managers?',
  'supervisors?',
  'management',
  'leadership',
  'senior leaders',
  'leaders',
  'directors?',
  'ceo',
  'cto',
  'cfo',
  'founders?',
  'owners?',
  'executives?',
  'execs',
  'hr',
  'team ?leads?',
  'team leaders?',
  'colleagues',
  'co-?workers?',
  'teammates',
  'staff',
  'principal',
  'head ?teacher',
  'partners',
  'higher-ups',
  'higher ups',
  'people (?:there|in charge|above me|upstairs|at the top)',
  'upstairs',
  'senior people',
  'the top',
  'partners',
  'owners?',
  'everyone there',
  'the team',
  'my team',
  'the other (?:guys|devs|engineers|nurses|teachers)',
];
const PLACES = [
  '(?:senior |management |leadership |old |whole )?team',
  'employer',
  'company',
  'firm',
  'organi[sz]ation',
  'business',
  'agency',
  'place',
  'job',
  'workplace',
  'office',
  'department',
  'culture',
  'environment',
  'atmosphere',
  'pay',
  'salary',
  'wages?',
  'hours',
  'shifts?',
  'rota',
  'benefits',
  'raise',
  'bonus',
  'school',
  'hospital',
  'store',
  'shop',
  'restaurant',
  'warehouse',
  'startup',
  'start-up',
  'role',
  'bank',
  'branch',
  'practice',
  'clinic',
  'ward',
  'charity',
  'council',
  'trust',
  'studio',
  'outfit',
  'factory',
  'site',
  'plant',
  'hotel',
  'call cent(?:re|er)',
  'consultancy',
  'branch',
];
// Where the speaker worked, introduced indefinitely: "at a bank that…", "for a company where…".
const WORKED_AT =
  '(?:at|for|with) (?:a|an) (?:\\w+ ){0,2}(?:company|firm|bank|agency|startup|business|organi[sz]ation|place|school|academy|hospital|clinic|practice|employer|consultancy|charity|retailer|call cent(?:re|er)|shop|store|restaurant|warehouse|factory|hotel|council|trust)';
const TARGET = new RegExp(
  `\\b(?:${WORKED_AT}|(?:my|our|the|their|that|this|his|her|previous|last|old|former|current|ex-?)\\s+(?:\\w+\\s+){0,2}(?:${alt(PLACES)})|${alt(PEOPLE)})\\b`,
  'gi',
);
// Pronouns that point back at the workplace once it has been named (or the question is about leaving).
export const PRONOUN = /\b(?:they|them|he|she|it|there|everyone|everybody|nobody|no one)\b/i;

export function findTargets(text: string): Array<{ start: number; end: number; words: string }> {
  const out: Array<{ start: number; end: number; words: string }> = [];
  TARGET.lastIndex = 0;
  for (let m = TARGET.exec(text); m; m = TARGET.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, words: m[0] });
  return out;
}
