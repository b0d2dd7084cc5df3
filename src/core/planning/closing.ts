/** Shareable evidence for the closing line: a story title, or a sentence the user wrote to be said. */
export type ClosingEvidence = { kind: 'story'; title: string } | { kind: 'line'; text: string };

/** Input to {@link draftClosingLine}. */
export interface DraftClosingLineInput {
  roleTitle: string;
  employerName: string;
  /** The user's strongest shareable evidence, strongest first (only the first is used). Never fit notes. */
  strongestEvidence?: readonly ClosingEvidence[];
}

/** The most words a closing line may have: it is said aloud in the last minutes. */
export const CLOSING_LINE_MAX_WORDS = 45;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Plain text: no Markdown marks, note markers or arrows; one line. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/->|=>|→|⇒/g, ' ')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A story title read mid-sentence: no end punctuation, ordinary first word lower-cased, acronyms and names kept. */
function asPhrase(text: string): string {
  const s = plain(text).replace(/[.!?;:,]+$/, '');
  return /^[A-Z][a-z]+\b/.test(s) &&
    /^(The|A|An|My|Our|How|Moving|Leading|Building|Turning|Running|Taking|Making|Cutting|Saving|Rebuilding|Launching|Fixing|Growing|Helping)\b/.test(
      s,
    )
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}

function sentence(text: string): string {
  const s = plain(text);
  if (!s) return '';
  const t = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * A closing line for the end of a conversation, in plain spoken English and at most 45 words: says
 * plainly that the user wants the job, points to their strongest shareable evidence (a story title or
 * a sentence they wrote to be said), then invites any doubt so it can be answered now.
 */
export function draftClosingLine(input: DraftClosingLineInput): string {
  const role = plain(input.roleTitle);
  const employer = plain(input.employerName);
  const target = role ? `the ${role} role${employer ? ` at ${employer}` : ''}` : employer ? `this role at ${employer}` : 'this role';
  const ask = 'Is there anything in my background that gives you pause?';
  const short = 'Is there anything that gives you pause?';
  const want = `Thank you for today. I am even keener on ${target} now, and I would love to work with you.`;
  const evidence = (input.strongestEvidence ?? [])[0];
  const because = evidence
    ? evidence.kind === 'story'
      ? asPhrase(evidence.title)
        ? `My work on ${asPhrase(evidence.title)} is what I would bring.`
        : ''
      : sentence(evidence.text)
    : '';
  const candidates = [
    [want, because, ask],
    [want, because, short],
    [want, ask],
    [want, short],
    [`I would very much like ${target}.`, short],
  ];
  for (const parts of candidates) {
    const line = parts.filter(Boolean).join(' ');
    if (words(line) <= CLOSING_LINE_MAX_WORDS) return line;
  }
  return `I would very much like this role. ${short}`;
}

/** The facts to leave each interview with, and where the housekeeping form files each answer. */
export type HousekeepingField =
  | 'nextSteps'
  | 'decisionDate'
  | 'candidateCount'
  | 'bestContact'
  | 'preferredChannel'
  | 'preferredTiming'
  | 'contactEmail'
  | 'contactPhone';

/** One housekeeping question: a stable key, our wording, and the form field it fills. */
export interface HousekeepingQuestion {
  key: string;
  text: string;
  field: HousekeepingField;
}

/** Housekeeping questions for the end of an interview, in the order they are usually asked. */
export const HOUSEKEEPING_QUESTIONS: readonly HousekeepingQuestion[] = [
  { key: 'next-steps', text: 'What happens next in the process, and who will I meet?', field: 'nextSteps' },
  { key: 'decision-date', text: 'By when are you hoping to make a decision?', field: 'decisionDate' },
  { key: 'candidate-count', text: 'Roughly how many people are you considering for the role?', field: 'candidateCount' },
  { key: 'best-contact', text: 'Who should I keep in touch with while you decide?', field: 'bestContact' },
  { key: 'preferred-channel', text: 'Do they prefer to hear from candidates by email or by phone?', field: 'preferredChannel' },
  {
    key: 'preferred-timing',
    text: 'If I have not heard anything by then, when would be a good time to check in?',
    field: 'preferredTiming',
  },
  { key: 'contact-email', text: 'Which email address is best for reaching them?', field: 'contactEmail' },
  { key: 'contact-phone', text: 'And which phone number, in case a call is easier?', field: 'contactPhone' },
];
