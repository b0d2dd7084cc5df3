import type { Ctx } from '../../auth/actor.js';
import type { RawHit } from './repository-index.js';
import { interviewName } from './interview-documents.js';
import { concernsByIds, liveInterviewsByIds, liveNotesByIds } from './repository.js';

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
  const idsOf = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.ref_id);
  const [notes, concerns] = await Promise.all([
    liveNotesByIds(ctx.db, owner, idsOf('note')),
    concernsByIds(ctx.db, owner, idsOf('concern')),
  ]);
  const interviewIds = [
    ...new Set([
      ...idsOf('interview'),
      ...notes.map((n) => n.interview_id),
      ...concerns.flatMap((c) => (c.interview_id ? [c.interview_id] : [])),
    ]),
  ];
  const interviews = await liveInterviewsByIds(ctx.db, owner, interviewIds);

  const places = new Map<string, InterviewHitPlace>();
  const byInterview = new Map<string, InterviewHitPlace>();
  for (const i of interviews) {
    const place = {
      interviewId: i.id,
      opportunityId: i.opportunity_id,
      employerId: i.employer_id,
      title: `${interviewName(i)} at ${i.employer}`,
    };
    byInterview.set(i.id, place);
    places.set(hitKey('interview', i.id), place);
  }
  for (const n of notes) {
    const place = byInterview.get(n.interview_id);
    if (place) places.set(hitKey('note', n.id), place);
  }
  for (const c of concerns) {
    if (c.interview_id && !byInterview.has(c.interview_id)) continue;
    places.set(hitKey('concern', c.id), {
      interviewId: c.interview_id,
      opportunityId: c.opportunity_id,
      employerId: c.employer_id,
      title: `${c.role_title} at ${c.employer}`,
    });
  }
  return places;
}
