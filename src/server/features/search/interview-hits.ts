import type { Ctx } from '../../auth/actor.js';
import type { RawHit } from './index-store.js';
import { interviewName } from './interview-documents.js';

/** Where an interview, note or concern hit leads, and what it is called now. */
export interface InterviewHitPlace {
  interviewId: string | null;
  opportunityId: string;
  employerId: string;
  title: string;
}

/** Whether a hit is one of the kinds placed here. */
export function isInterviewKind(kind: string): kind is 'interview' | 'note' | 'concern' {
  return kind === 'interview' || kind === 'note' || kind === 'concern';
}

/** The key of a hit in the map `placeInterviewHits` answers. */
export const hitKey = (kind: string, id: string) => `${kind}:${id}`;

/**
 * Titles and links for interview, note and concern hits, read from the rows as they are now: an interview is
 * called "<its name> at <employer>" (its notes too), a concern by its opportunity ("<role> at <employer>").
 * A hit whose object is gone or hidden (a deleted note, a soft-deleted interview and what was said in it, or
 * anything of a deleted opportunity) has no place and is left out of the results.
 */
export async function placeInterviewHits(ctx: Ctx, rows: RawHit[]): Promise<Map<string, InterviewHitPlace>> {
  const owner = ctx.actor.userId;
  const k = ctx.db.kysely;
  const idsOf = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.ref_id);
  const noteIds = idsOf('note');
  const concernIds = idsOf('concern');
  const notes = noteIds.length
    ? await k.selectFrom('interview_notes').select(['id', 'interview_id']).where('owner_id', '=', owner).where('id', 'in', noteIds).where('deleted_at', 'is', null).execute()
    : [];
  const concerns = concernIds.length
    ? await k
        .selectFrom('concerns as c')
        .innerJoin('opportunities as o', 'o.id', 'c.opportunity_id')
        .innerJoin('employers as e', 'e.id', 'o.employer_id')
        .select(['c.id', 'c.interview_id', 'c.opportunity_id', 'o.role_title', 'o.employer_id', 'e.name as employer'])
        .where('c.owner_id', '=', owner)
        .where('c.id', 'in', concernIds)
        .execute()
    : [];
  const interviewIds = [...new Set([...idsOf('interview'), ...notes.map((n) => n.interview_id), ...concerns.flatMap((c) => (c.interview_id ? [c.interview_id] : []))])];
  const interviews = interviewIds.length
    ? await k
        .selectFrom('interviews as i')
        .innerJoin('opportunities as o', 'o.id', 'i.opportunity_id')
        .innerJoin('employers as e', 'e.id', 'o.employer_id')
        .select(['i.id', 'i.title', 'i.kind', 'i.opportunity_id', 'o.employer_id', 'e.name as employer'])
        .where('i.owner_id', '=', owner)
        .where('i.id', 'in', interviewIds)
        .where('i.deleted_at', 'is', null)
        .execute()
    : [];

  const places = new Map<string, InterviewHitPlace>();
  const byInterview = new Map<string, InterviewHitPlace>();
  for (const i of interviews) {
    const place = { interviewId: i.id, opportunityId: i.opportunity_id, employerId: i.employer_id, title: `${interviewName(i)} at ${i.employer}` };
    byInterview.set(i.id, place);
    places.set(hitKey('interview', i.id), place);
  }
  for (const n of notes) {
    const place = byInterview.get(n.interview_id);
    if (place) places.set(hitKey('note', n.id), place);
  }
  for (const c of concerns) {
    if (c.interview_id && !byInterview.has(c.interview_id)) continue;
    places.set(hitKey('concern', c.id), { interviewId: c.interview_id, opportunityId: c.opportunity_id, employerId: c.employer_id, title: `${c.role_title} at ${c.employer}` });
  }
  return places;
}
