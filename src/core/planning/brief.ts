import { dateInWords, type BriefInterview } from './brief-logistics.js';

export type { BriefInterview } from './brief-logistics.js';

/** Everything the one-page interview brief shows, already chosen and ordered by the caller. */
export interface BriefInput {
  employerName: string;
  roleTitle: string;
  location: string | null;
  /** onsite | hybrid | remote, or null when unknown. */
  remotePolicy: string | null;
  /** A few key facts from the dossier: a short label (the topic) and the statement. */
  snapshot: readonly { label: string; statement: string }[];
  people: readonly { name: string; title: string | null; role: string }[];
  talkingPoints: readonly string[];
  /** Questions grouped by interviewer, in plan order; `interviewer` null holds the unassigned ones. */
  questions: readonly { interviewer: { name: string; role: string } | null; items: readonly { text: string; asked: boolean }[] }[];
  closingLine: string;
  /** Housekeeping questions with the answer heard so far (empty when not yet). */
  housekeeping: readonly { text: string; answer: string }[];
  /** The day the brief was made, YYYY-MM-DD (passed in: the core never reads the clock). */
  preparedOn: string;
  /** The interviews still to come (soonest first), in the reader's time zone; empty when none is scheduled. */
  interviews?: readonly BriefInterview[];
}

/** Headings shared by the Markdown and HTML briefs, so both read the same. */
export const BRIEF_SECTIONS = {
  snapshot: 'Employer snapshot',
  people: 'People',
  talkingPoints: 'Talking points',
  questions: 'Questions to ask',
  closing: 'Closing',
  housekeeping: 'Before you leave',
  logistics: 'Logistics',
} as const;

/** Shown under logistics while no interview is scheduled. */
export const LOGISTICS_PENDING = 'No interview scheduled yet: add it on the Interviews tab and its time, place and schedule appear here.';

/** The logistics of each interview as plain lines (a heading line, then details), shared by both renderings. */
export function logisticsLines(i: BriefInterview): { heading: string; details: string[] } {
  return {
    heading: `${i.when} (${i.zone}) · ${i.kind}`,
    details: [
      ...(i.elsewhere ? [`Their time: ${i.elsewhere}`] : []),
      ...i.place,
      ...i.schedule.map((c) => [c.time, c.who, c.topic].filter(Boolean).join(' · ')),
    ],
  };
}

/** The day a brief was prepared, in words ("25 November 2026"). */
export function preparedLine(b: Pick<BriefInput, 'preparedOn'>): string {
  return `Interview brief, prepared ${dateInWords(b.preparedOn)}`;
}

const ROLE_LABELS: Record<string, string> = {
  recruiter: 'recruiter',
  'hiring-manager': 'hiring manager',
  peer: 'peer',
  executive: 'executive',
  interviewer: 'interviewer',
  other: 'other',
};

/** A role key as words ("hiring-manager" → "hiring manager"). */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role.replace(/-/g, ' ');
}

/** Where the work happens, as one line. */
export function workplaceLine(location: string | null, remotePolicy: string | null): string {
  const policy = remotePolicy ? ({ onsite: 'on site', hybrid: 'hybrid', remote: 'remote' }[remotePolicy] ?? remotePolicy) : null;
  if (location && policy) return `${location} (${policy})`;
  return location ?? (policy ? `Work is ${policy}` : 'Location not noted yet');
}

/** Text on one line, with Markdown's special characters at line start made literal. */
function mdLine(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^([#>+-]|\d+\.)(\s)/, '\\$1$2');
}

/** The brief as Markdown, for export. */
export function renderBriefMarkdown(b: BriefInput): string {
  const out: string[] = [`# ${mdLine(b.roleTitle)} at ${mdLine(b.employerName)}`, '', `_${preparedLine(b)}_`, ''];
  const section = (title: string, lines: string[]) => out.push(`## ${title}`, '', ...lines, '');
  section(
    BRIEF_SECTIONS.snapshot,
    b.snapshot.length
      ? b.snapshot.map((f) => `- **${mdLine(f.label)}:** ${mdLine(f.statement)}`)
      : ['- No facts noted yet: research the employer first.'],
  );
  section(
    BRIEF_SECTIONS.people,
    b.people.length
      ? b.people.map((p) => `- ${mdLine(p.name)}${p.title ? `, ${mdLine(p.title)}` : ''} (${roleLabel(p.role)})`)
      : ['- Nobody linked yet.'],
  );
  section(
    BRIEF_SECTIONS.talkingPoints,
    b.talkingPoints.length
      ? b.talkingPoints.map((t, i) => `${i + 1}. ${mdLine(t)}`)
      : ['- Rate your fit and note evidence to get talking points.'],
  );
  const q: string[] = [];
  for (const group of b.questions) {
    q.push(group.interviewer ? `### ${mdLine(group.interviewer.name)} (${roleLabel(group.interviewer.role)})` : '### Not yet assigned', '');
    q.push(...group.items.map((i) => `- [${i.asked ? 'x' : ' '}] ${mdLine(i.text)}`), '');
  }
  section(BRIEF_SECTIONS.questions, q.length ? q.slice(0, -1) : ['- No questions planned yet.']);
  section(BRIEF_SECTIONS.closing, [`> ${mdLine(b.closingLine)}`]);
  section(
    BRIEF_SECTIONS.housekeeping,
    b.housekeeping.map((h) => `- [${h.answer ? 'x' : ' '}] ${mdLine(h.text)}${h.answer ? ` — ${mdLine(h.answer)}` : ''}`),
  );
  const interviews = (b.interviews ?? []).map(logisticsLines);
  section(BRIEF_SECTIONS.logistics, [
    ...(interviews.length
      ? interviews.flatMap((l) => [`- **${mdLine(l.heading)}**`, ...l.details.map((d) => `  - ${mdLine(d)}`)])
      : [`- ${LOGISTICS_PENDING}`]),
    `- Work: ${mdLine(workplaceLine(b.location, b.remotePolicy))}`,
  ]);
  return `${out.join('\n').trimEnd()}\n`;
}
