// What is judged × how it is judged, for the terse way people list what was wrong with a job
// ("Less salary", "No growth", "Appraisal not fair", "Salary always delayed", "Too much politics").
// Aspects people want more of are complaints when absent, low or late; aspects people want less of
// (politics, pressure) are complaints when high — and praise when absent ("No politics").

const GOOD_ASPECT = [
  'salary',
  'salaries',
  'pay',
  'wages?',
  'hikes?',
  'increments?',
  'appraisals?',
  'bonus(?:es)?',
  'incentives?',
  'raises?',
  'pay rises?',
  'growth',
  'career growth',
  'promotions?',
  'career(?: path| progression)?',
  'progression',
  'learning',
  'training',
  'onboarding',
  'induction',
  'recognition',
  'appreciation',
  'transparency',
  'communication',
  'support',
  'job security',
  'security',
  'stability',
  'leaves?',
  'holidays?',
  'work[- ]life balance',
  'wlb',
  'benefits',
  'perks',
  'facilities',
  'infrastructure',
  'equipment',
  'tools',
  'management',
  'leadership',
  'hr',
  'guidance',
  'mentoring',
  'mentorship',
  'feedback',
  'documentation',
  'planning',
  'direction',
  'vision',
  'clarity',
  'structure',
  'process(?:es)?',
  'transport',
  'cab(?: facility)?',
  'opportunit(?:y|ies)',
  'onsite opportunit(?:y|ies)',
  'exposure',
  'work from home',
  'wfh',
  'flexibility',
];
const BAD_ASPECT = [
  'politics',
  'office politics',
  'favou?ritism',
  'pressure',
  'work pressure',
  'workload',
  'work load',
  'micro ?management',
  'layoffs',
  'attrition',
  'bureaucracy',
  'red tape',
  'meetings',
  'overtime',
  'targets',
  'changes(?: in \\w+)?',
  'transfers',
  'reorgani[sz]ations?',
  'restructur(?:es|ing)',
];

const VERY = '(?:very |too |so |really |extremely |quite |pretty |always |often |always been |)';
const BE = '(?:is |are |was |were |has been |have been |remains |)';
// Before a wanted aspect: none, little, poor, slow.
const LOW_PRE =
  '(?:no|zero|nil|less|lesser|low|lower|poor|bad|worst|pathetic|limited|slow|minimal|minimum|meagre|meager|negligible|inadequate|insufficient|delayed|late|irregular|unfair|biased|rigged|delayed|lack of|lack|no proper|not much|hardly any|very less|very low|very poor|very bad|very slow|not enough|outdated|improper|unclear|zero|no real|no clear|no proper)';
// After a wanted aspect: missing, low, late, unfair.
const LOW_POST = `${BE}${VERY}(?:less|low|poor|bad|worst|pathetic|slow|delayed|late|not on time|not timely|irregular|nil|zero|nothing|not there|not fair|unfair|not transparent|biased|a joke|not good|not proper|not given|not provided|not paid|not available|not approved|never given|never paid|on hold|frozen|stuck|missing|non-?existent|below (?:market|average|industry(?: standard)?|par)|not up to the mark|not satisfactory|not supportive|not helpful|useless|horrible|terrible|outdated|uncertain|not guaranteed|unclear)`;
// Before an unwanted aspect: a lot of it.
const HIGH_PRE =
  '(?:too much|too many|lots of|a lot of|heavy|high|huge|hectic|unnecessary|unrealistic|constant|endless|frequent|sudden|extreme|excessive|immense|crazy|insane|dirty|toxic|full of)';
const HIGH_POST = `${BE}${VERY}(?:high|very high|too high|heavy|huge|hectic|unrealistic|insane|crazy|extreme|excessive|everywhere|constant|endless|unbearable|a lot|too much)`;

const alt = (xs: string[]): string => xs.join('|');
// Conditions that are complaints in themselves when listed as what was wrong.
const CONDITIONS = [
  '(?<!\\b(?:i|we) (?:\\w+ ){0,2})long (?:working |work )?hours',
  'not (?:a )?(?:good|great|nice|healthy|safe|fair) (?:place|company|environment|culture|employer|organi[sz]ation|workplace|option)',
  'hectic (?:schedule|work|job|timings?|shifts?|environment|days)',
  'micro ?-?manag\\w*',
  'rotational (?:night )?shifts?',
  'unpaid (?:overtime|extra hours|training)',
  'forced (?:overtime|night shifts?|transfers?|relocation)',
  'no (?:fixed|proper|set) (?:timings?|hours|schedule)',
  'weekend (?:calls|working|work) (?:is |are )?(?:mandatory|compulsory|expected|normal)',
];

/** Aspect × judgement phrases, anywhere in the answer. */
export const ASPECT_JUDGED = new RegExp(
  `\\b(?:${alt(CONDITIONS)}|${LOW_PRE} (?:${alt(GOOD_ASPECT)})|(?:${alt(GOOD_ASPECT)}) ${LOW_POST}|${HIGH_PRE} (?:${alt(BAD_ASPECT)})|(?:${alt(BAD_ASPECT)}) ${HIGH_POST})\\b`,
  'gi',
);
