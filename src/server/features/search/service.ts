import type { SearchHit } from '../../../contracts/search.js';
import type { Ctx } from '../../auth/actor.js';
import { queryDocuments } from './repository-index.js';
import { snippetParts } from './snippets.js';
import { hitKey, isInterviewKind, placeInterviewHits } from './interview-hits.js';
import { latestOpportunityByEmployer, someOpportunityByPerson } from './repository.js';

/** Extra hits read beyond the limit, standing in for any whose object has gone meanwhile (see interview-hits.ts). */
const SPARE = 10;

/**
 * Full-text search over the actor's opportunities, facts, people, interviews, interview notes and
 * concerns, best first. Facts and people lead to an opportunity of their employer (the most recently
 * changed) so every hit has a page; interviews and notes lead to the interview, concerns to their opportunity.
 */
export async function search(ctx: Ctx, q: string, limit: number): Promise<SearchHit[]> {
  const found = await queryDocuments(ctx.db, ctx.actor.userId, q, limit + SPARE);
  const places = await placeInterviewHits(ctx, found);
  const rows = found.filter((r) => !isInterviewKind(r.kind) || places.has(hitKey(r.kind, r.ref_id))).slice(0, limit);
  const employerIds = [...new Set(rows.filter((r) => !r.opportunity_id && r.employer_id).map((r) => r.employer_id!))];
  const personIds = rows.filter((r) => r.kind === 'person').map((r) => r.ref_id);
  const [byEmployer, byPerson] = await Promise.all([
    latestOpportunityByEmployer(ctx.db, ctx.actor.userId, employerIds),
    someOpportunityByPerson(ctx.db, personIds),
  ]);
  return rows.map((r) => {
    const snippet = snippetParts(r.snippet);
    const place = places.get(hitKey(r.kind, r.ref_id));
    if (place) return { kind: r.kind as SearchHit['kind'], id: r.ref_id, ...place, snippet };
    return {
      kind: r.kind as SearchHit['kind'],
      id: r.ref_id,
      opportunityId: r.opportunity_id ?? byPerson.get(r.ref_id) ?? (r.employer_id ? byEmployer.get(r.employer_id) : undefined) ?? null,
      employerId: r.employer_id,
      title: r.title,
      snippet,
    };
  });
}
