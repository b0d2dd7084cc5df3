import type { Selectable } from 'kysely';
import { getPrompt } from '../../../core/library/prompts/index.js';
import type { Concern, InterviewKind, Person, PreparedAnswer, Story } from '../../../core/followup/types.js';
import { requireOwned } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { Database } from '../../db/schema.js';
import { findOpportunity, type OpportunityWithEmployer } from '../opportunities/repository.js';
import { toHousekeeping } from './agenda-data.js';

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

/** The opportunity the actor owns, or a 404. */
export async function ownedOpportunity(ctx: Ctx, id: string): Promise<OpportunityWithEmployer> {
  return requireOwned(ctx.actor, await findOpportunity(ctx.db, id), 'Opportunity');
}

/** Loads one opportunity's interviews, people, housekeeping, follow-up state, concerns, notes, stories and answers. */
export async function loadOpportunityFollowUpData(ctx: Ctx, opportunityId: string): Promise<OpportunityFollowUpData> {
  const opportunity = await ownedOpportunity(ctx, opportunityId);
  const owner = ctx.actor.userId;
  const db = ctx.db.kysely;
  const ofOpportunity = db.selectFrom('interviews').select('id').where('opportunity_id', '=', opportunityId).where('deleted_at', 'is', null);
  const [interviews, conversations, participants, hk, rows, concerns, notes, stories, answers] = await Promise.all([
    db
      .selectFrom('interviews')
      .select(['id', 'kind', 'title', 'starts_at', 'time_zone', 'duration_minutes'])
      .where('opportunity_id', '=', opportunityId)
      .where('owner_id', '=', owner)
      .where('deleted_at', 'is', null)
      .orderBy('starts_at')
      .orderBy('id')
      .execute(),
    db.selectFrom('conversations').select(['id', 'interview_id', 'starts_at', 'duration_minutes', 'topic']).where('interview_id', 'in', ofOpportunity).orderBy('position').orderBy('starts_at').execute(),
    db
      .selectFrom('conversation_people as cp')
      .innerJoin('conversations as c', 'c.id', 'cp.conversation_id')
      .innerJoin('people as p', 'p.id', 'cp.person_id')
      .select(['cp.conversation_id', 'p.id', 'p.name', 'p.title', 'p.email', 'p.phone'])
      .where('c.interview_id', 'in', ofOpportunity)
      .orderBy('cp.position')
      .execute(),
    db.selectFrom('housekeeping').selectAll().where('opportunity_id', '=', opportunityId).executeTakeFirst(),
    db.selectFrom('follow_ups').selectAll().where('opportunity_id', '=', opportunityId).where('owner_id', '=', owner).execute(),
    db
      .selectFrom('concerns')
      .select(['id', 'interview_id', 'raised_by_person_id', 'text', 'status', 'how_addressed', 'reply_reference', 'reply_line'])
      .where('opportunity_id', '=', opportunityId)
      .where('owner_id', '=', owner)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('interview_notes')
      .select(['interview_id', 'conversation_id', 'text', 'marker'])
      .where('interview_id', 'in', ofOpportunity)
      .where('deleted_at', 'is', null)
      .orderBy('written_at')
      .orderBy('id')
      .execute(),
    db.selectFrom('stories').selectAll().where('owner_id', '=', owner).orderBy('created_at').orderBy('id').execute(),
    db
      .selectFrom('answers as a')
      .innerJoin('answer_versions as v', 'v.answer_id', 'a.id')
      .whereRef('v.number', '=', (eb) => eb.selectFrom('answer_versions as lv').select((e) => e.fn.max('lv.number').as('n')).whereRef('lv.answer_id', '=', 'a.id'))
      .select(['a.id', 'a.prompt_id', 'v.text'])
      .where('a.owner_id', '=', owner)
      .where((eb) => eb.or([eb('a.opportunity_id', 'is', null), eb('a.opportunity_id', '=', opportunityId)]))
      .orderBy('a.updated_at', 'desc')
      .execute(),
  ]);

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
    const best = await db.selectFrom('people').select(['id', 'name', 'title', 'email', 'phone', 'owner_id']).where('id', '=', housekeeping.bestContactPersonId).executeTakeFirst();
    if (best && best.owner_id === owner) people.set(best.id, { id: best.id, name: best.name, title: best.title, email: best.email, phone: best.phone });
  }

  const loaded = new Map<string, LoadedInterview>(
    interviews.map((iv) => [
      iv.id,
      { id: iv.id, kind: iv.kind as InterviewKind, title: iv.title, start: iv.starts_at, timeZone: iv.time_zone, durationMinutes: iv.duration_minutes, conversations: [] },
    ]),
  );
  for (const c of conversations) {
    loaded.get(c.interview_id)?.conversations.push({ id: c.id, interviewId: c.interview_id, start: c.starts_at, durationMinutes: c.duration_minutes, personIds: byConversation.get(c.id) ?? [], topic: c.topic });
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
