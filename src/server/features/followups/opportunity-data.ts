import type { Selectable } from 'kysely';
import { getPrompt } from '../../../core/library/prompts/index.js';
import type { Concern, InterviewKind, Person, PreparedAnswer, Story } from '../../../core/followup/types.js';
import { requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { Database } from '../../db/schema.js';
import type { OpportunityWithEmployer } from '../opportunities/repository.js';
import { toHousekeeping } from './agenda-data.js';
import { findOwnedContact, opportunityFollowUpRows } from './repository.js';

/** A stored follow-up state row. */
export type FollowUpRow = Selectable<Database['follow_ups']>;

/** One conversation with who took part and the notes taken in it. */
export interface LoadedConversation {
  id: string;
  interviewId: string;
  start: string;
  durationMinutes: number;
  personIds: string[];
  /** What the conversation was about (a structured field, e.g. "system design"). */
  topic: string;
}

/** One interview of the opportunity. */
export interface LoadedInterview {
  id: string;
  kind: InterviewKind;
  title: string;
  start: string;
  timeZone: string;
  durationMinutes: number;
  conversations: LoadedConversation[];
}

/** Everything the follow-ups of one opportunity are built from. */
export interface OpportunityFollowUpData {
  opportunity: OpportunityWithEmployer;
  interviews: LoadedInterview[];
  people: Map<string, Person>;
  housekeeping: ReturnType<typeof toHousekeeping> | null;
  rows: FollowUpRow[];
  concerns: (Concern & { interviewId: string | null })[];
  /** Note text by conversation id (`''` for notes of the interview as a whole), with markers restored. */
  notes: Map<string, Map<string, string[]>>;
  stories: Story[];
  answers: PreparedAnswer[];
}

const MARKER_CHAR: Record<string, string> = { question: '?', concern: '!', key: '*', promise: '>' };

/** A stored note as marked lines: the marker goes back in front of the first line when the text lost it. */
function noteLines(text: string, marker: string): string[] {
  const lines = text.split(/\r?\n/);
  const char = MARKER_CHAR[marker];
  if (char && lines[0] !== undefined && !lines[0].trimStart().startsWith(char)) lines[0] = `${char} ${lines[0]}`;
  return lines;
}

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Loads one opportunity's interviews, people, housekeeping, follow-up state, concerns, notes, stories and answers. */
export async function loadOpportunityFollowUpData(ctx: Ctx, opportunityId: string): Promise<OpportunityFollowUpData> {
  const opportunity = await requireOwnedOpportunity(ctx, opportunityId);
  const owner = ctx.actor.userId;
  const [interviews, conversations, participants, hk, rows, concerns, notes, stories, answers] = await opportunityFollowUpRows(
    ctx.db,
    owner,
    opportunityId,
  );
  const people = new Map<string, Person>();
  const byConversation = new Map<string, string[]>();
  for (const p of participants) {
    people.set(p.id, { id: p.id, name: p.name, title: p.title, email: p.email, phone: p.phone });
    const list = byConversation.get(p.conversation_id);
    if (list) list.push(p.id);
    else byConversation.set(p.conversation_id, [p.id]);
  }
  const housekeeping = hk ? toHousekeeping(hk) : null;
  if (housekeeping?.bestContactPersonId && !people.has(housekeeping.bestContactPersonId)) {
    const best = await findOwnedContact(ctx.db, owner, housekeeping.bestContactPersonId);
    if (best) people.set(best.id, { id: best.id, name: best.name, title: best.title, email: best.email, phone: best.phone });
  }

  const loaded = new Map<string, LoadedInterview>(
    interviews.map((iv) => [
      iv.id,
      {
        id: iv.id,
        kind: iv.kind as InterviewKind,
        title: iv.title,
        start: iv.starts_at,
        timeZone: iv.time_zone,
        durationMinutes: iv.duration_minutes,
        conversations: [],
      },
    ]),
  );
  for (const c of conversations) {
    loaded.get(c.interview_id)?.conversations.push({
      id: c.id,
      interviewId: c.interview_id,
      start: c.starts_at,
      durationMinutes: c.duration_minutes,
      personIds: byConversation.get(c.id) ?? [],
      topic: c.topic,
    });
  }

  const noteMap = new Map<string, Map<string, string[]>>();
  for (const n of notes) {
    let perInterview = noteMap.get(n.interview_id);
    if (!perInterview) noteMap.set(n.interview_id, (perInterview = new Map()));
    const key = n.conversation_id ?? '';
    const lines = noteLines(n.text, n.marker);
    const list = perInterview.get(key);
    if (list) list.push(...lines);
    else perInterview.set(key, lines);
  }

  return {
    opportunity,
    interviews: [...loaded.values()],
    people,
    housekeeping,
    rows,
    concerns: concerns.map((c) => ({
      id: c.id,
      interviewId: c.interview_id,
      text: c.text,
      raisedBy: c.raised_by_person_id,
      status: c.status === 'addressed' ? 'addressed' : 'open',
      howAddressed: c.how_addressed,
      replyReference: c.reply_reference,
      replyLine: c.reply_line,
    })),
    notes: noteMap,
    stories: stories.map((s) => ({
      id: s.id,
      title: s.title,
      situation: s.situation,
      task: s.task,
      action: s.action,
      result: s.result,
      skills: parseList(s.skills),
      numbers: parseList(s.numbers),
    })),
    answers: answers.map((a) => ({ id: a.id, promptText: getPrompt(a.prompt_id)?.text ?? '', text: a.text })),
  };
}
