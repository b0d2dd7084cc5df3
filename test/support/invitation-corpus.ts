import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInvitation, type InvitationDraft } from '../../src/core/interviews/invitation.js';

/** The labels of one invitation of the corpus (test/data/invitations, written blind to the parser). */
export interface InvitationLabels {
  kind: 'phone' | 'video' | 'onsite';
  employer: string;
  sender: { name: string | null; title: string | null; email: string | null } | null;
  senderInterviews: boolean;
  people: { name: string; title: string | null; role: 'interviewer' | 'recruiter' | 'organiser' }[];
  meeting: { id: string | null; passcode: string | null; dialIn: string | null };
  notPeople: string[];
}

export interface LabelledInvitation {
  id: string;
  text: string;
  labels: InvitationLabels;
}

/** The parts of the corpus: dev (tuned on), test (read once, tuned on since), val (chooses the name model's settings), the blind test parts. */
export const CORPUS_PARTS = ['dev', 'test', 'val', 'test-2', 'test-3', 'test-4', 'test-5', 'test-6'] as const;
export type CorpusPart = (typeof CORPUS_PARTS)[number];
/** Parts only measured, by counts: nobody reads their files or their misses. */
export const BLIND_PARTS: ReadonlySet<CorpusPart> = new Set(['val', 'test-2', 'test-3', 'test-4', 'test-5', 'test-6']);

/**
 * The invitations of one part of the corpus, in file order; `ids` keeps those numbered within a range (dev 140-179
 * arrived as one fresh batch).
 */
export function loadCorpus(part: CorpusPart, ids?: { from: number; to: number }): LabelledInvitation[] {
  const dir = join(import.meta.dirname, '..', 'data', 'invitations', part);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .filter((f) => !ids || (Number(f.slice(0, 3)) >= ids.from && Number(f.slice(0, 3)) <= ids.to))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      return {
        id,
        text: readFileSync(join(dir, f), 'utf8'),
        labels: JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as InvitationLabels,
      };
    });
}

const key = (s: string) =>
  s
    .replace(/^(?:mr|mrs|ms|miss|dr|prof)\.?\s+/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/["“”][^"“”]*["“”]/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The same person: the same name, or one name's words all in the other's (a middle name or nickname left out). */
export function sameName(a: string, b: string): boolean {
  const [x, y] = [key(a), key(b)];
  if (x === y) return true;
  const [xs, ys] = [x.split(' '), y.split(' ')];
  if (xs.length < 2 || ys.length < 2) return false;
  return xs.every((w) => ys.includes(w)) || ys.every((w) => xs.includes(w));
}

const code = (s: string | null | undefined) => (s ?? '').replace(/[\s#]+/g, '').toLowerCase();

/** Counts of one measurement run over a set of invitations. */
export interface CorpusFigures {
  invitations: number;
  interviewers: number;
  interviewersFound: number;
  interviewersInConversation: number;
  people: number;
  peopleFound: number;
  /** Names the parser gave that the labels list as not people (companies, places, weekdays…). */
  nonPersonNames: string[];
  /** Names the parser gave that are neither labelled people nor labelled non-people. */
  otherExtras: string[];
  senders: number;
  sendersFound: number;
  senderEmails: number;
  senderEmailsFound: number;
  senderJoinsRight: number;
  /** A sender given although the labels name none (a calendar paste, a signature without a name). */
  senderInvented: number;
  /** Senders the parser wrongly labelled interviewer although the text does not say they interview. */
  senderCalledInterviewer: number;
  meetingIds: number;
  meetingIdsFound: number;
  passcodes: number;
  passcodesFound: number;
  meetingWrong: string[];
  misses: string[];
}

/** Runs the parser over the invitations and compares with the labels. */
export function measure(items: readonly LabelledInvitation[]): CorpusFigures {
  const f: CorpusFigures = {
    invitations: items.length,
    interviewers: 0,
    interviewersFound: 0,
    interviewersInConversation: 0,
    people: 0,
    peopleFound: 0,
    nonPersonNames: [],
    otherExtras: [],
    senders: 0,
    sendersFound: 0,
    senderEmails: 0,
    senderEmailsFound: 0,
    senderJoinsRight: 0,
    senderInvented: 0,
    senderCalledInterviewer: 0,
    meetingIds: 0,
    meetingIdsFound: 0,
    passcodes: 0,
    passcodesFound: 0,
    meetingWrong: [],
    misses: [],
  };
  for (const { id, text, labels } of items) {
    const { draft }: InvitationDraft = parseInvitation(text, { timeZone: 'Europe/London', now: '2024-01-10T09:00:00Z' });
    const got = draft.people;
    const inConversation = new Set(draft.conversations.flatMap((c) => c.names));
    for (const p of labels.people) {
      const match = got.find((g) => sameName(g.name, p.name));
      f.people++;
      if (match) f.peopleFound++;
      if (p.role !== 'interviewer') continue;
      f.interviewers++;
      if (match) f.interviewersFound++;
      else f.misses.push(`${id}: ${p.name}`);
      if (match && [...inConversation].some((n) => sameName(n, p.name))) f.interviewersInConversation++;
    }
    const known = [...labels.people.map((p) => p.name), ...(labels.sender?.name ? [labels.sender.name] : [])];
    for (const g of got) {
      if (known.some((k) => sameName(k, g.name) || (!g.name.includes(' ') && key(k).split(' ').includes(key(g.name))))) continue;
      const notPerson = labels.notPeople.some((n) => key(n).includes(key(g.name)) || key(g.name).includes(key(n)));
      (notPerson ? f.nonPersonNames : f.otherExtras).push(`${id}: ${g.name}`);
    }
    // A sender labelled without a name (a signature that names nobody) counts as no sender to find.
    if (labels.sender?.name) {
      f.senders++;
      const s = got.find((g) => g.sender);
      if (s && sameName(s.name, labels.sender.name)) {
        f.sendersFound++;
        if (s.interviews === labels.senderInterviews) f.senderJoinsRight++;
        if (!labels.senderInterviews && s.role === 'interviewer') f.senderCalledInterviewer++;
      } else f.misses.push(`${id}: sender ${labels.sender.name} (got ${s?.name ?? 'none'})`);
      if (labels.sender.email) {
        f.senderEmails++;
        if (s && s.email?.toLowerCase() === labels.sender.email.toLowerCase()) f.senderEmailsFound++;
      }
    } else if (got.some((g) => g.sender)) f.senderInvented++;
    const m = draft.meeting ?? {};
    if (labels.meeting.id) {
      f.meetingIds++;
      if (code(m.id) === code(labels.meeting.id)) f.meetingIdsFound++;
      else f.meetingWrong.push(`${id}: id ${labels.meeting.id} (got ${m.id ?? 'none'})`);
    } else if (m.id) f.meetingWrong.push(`${id}: id none (got ${m.id})`);
    if (labels.meeting.passcode) {
      f.passcodes++;
      if (code(m.passcode) === code(labels.meeting.passcode)) f.passcodesFound++;
      else f.meetingWrong.push(`${id}: passcode ${labels.meeting.passcode} (got ${m.passcode ?? 'none'})`);
    } else if (m.passcode) f.meetingWrong.push(`${id}: passcode none (got ${m.passcode})`);
  }
  return f;
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);

/**
 * The figures in a few lines, for the test log and the report. `blind` leaves out which names and codes were wrong,
 * so a part kept for measuring only is never tuned on.
 */
export function summary(name: string, f: CorpusFigures, options: { blind?: boolean } = {}): string {
  if (options.blind) {
    return [
      `${name}: ${f.invitations} invitations (blind: counts only)`,
      `  interviewers found ${f.interviewersFound}/${f.interviewers} (${pct(f.interviewersFound, f.interviewers)}), in a conversation ${f.interviewersInConversation}`,
      `  all labelled people found ${f.peopleFound}/${f.people} (${pct(f.peopleFound, f.people)})`,
      `  non-person names ${f.nonPersonNames.length}, other unlabelled names ${f.otherExtras.length}`,
      `  sender found ${f.sendersFound}/${f.senders}, e-mail ${f.senderEmailsFound}/${f.senderEmails}, takes part right ${f.senderJoinsRight}/${f.sendersFound}, wrongly called interviewer ${f.senderCalledInterviewer}, given where none is labelled ${f.senderInvented}`,
      `  meeting id ${f.meetingIdsFound}/${f.meetingIds}, passcode ${f.passcodesFound}/${f.passcodes}, wrong or extra ${f.meetingWrong.length}`,
    ].join('\n');
  }
  return [
    `${name}: ${f.invitations} invitations`,
    `  interviewers found ${f.interviewersFound}/${f.interviewers} (${pct(f.interviewersFound, f.interviewers)}), in a conversation ${f.interviewersInConversation}`,
    `  all labelled people found ${f.peopleFound}/${f.people} (${pct(f.peopleFound, f.people)})`,
    `  non-person names ${f.nonPersonNames.length}${f.nonPersonNames.length ? `: ${f.nonPersonNames.join('; ')}` : ''}`,
    `  other unlabelled names ${f.otherExtras.length}${f.otherExtras.length ? `: ${f.otherExtras.join('; ')}` : ''}`,
    `  sender found ${f.sendersFound}/${f.senders}, e-mail ${f.senderEmailsFound}/${f.senderEmails}, takes part right ${f.senderJoinsRight}/${f.sendersFound}, wrongly called interviewer ${f.senderCalledInterviewer}, given where none is labelled ${f.senderInvented}`,
    `  meeting id ${f.meetingIdsFound}/${f.meetingIds}, passcode ${f.passcodesFound}/${f.passcodes}${f.meetingWrong.length ? `; wrong: ${f.meetingWrong.join('; ')}` : ''}`,
    ...(f.misses.length ? [`  missed: ${f.misses.join('; ')}`] : []),
  ].join('\n');
}
