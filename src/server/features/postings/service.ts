import type { CapturePostingRequest, PostingCopy, PostingPreview, SavePostingCopy } from '../../../contracts/postings.js';
import { capturePosting, findDuplicates, parseHtml, sanitizeTree } from '../../../core/capture/index.js';
import { uuidv7 } from '../../../core/ids.js';
import { requireOwned } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { inTransaction } from '../../db/transaction.js';
import * as opportunities from '../opportunities/repository.js';
import { reindexOpportunity } from '../search/documents.js';
import * as repo from './repository.js';

type CopyRow = NonNullable<Awaited<ReturnType<typeof repo.findCopy>>>;

function present(row: CopyRow): PostingCopy {
  return {
    opportunityId: row.opportunity_id,
    capturedAt: row.captured_at,
    sourceUrl: row.source_url,
    postedAt: row.posted_at,
    closesAt: row.closes_at,
    text: row.text,
    html: row.html,
  };
}

/** Reads a posting into fields and names the opportunities it may repeat. Saves nothing. */
export async function previewPosting(ctx: Ctx, input: CapturePostingRequest): Promise<PostingPreview> {
  const result = capturePosting(input);
  const known = await opportunities.listAllOpportunities(ctx.db, ctx.actor.userId);
  const byId = new Map(known.map((o) => [o.id, o]));
  const matches = findDuplicates(
    result.fields,
    known.map((o) => ({ id: o.id, employerName: o.employer_name, roleTitle: o.role_title, sourceUrl: o.source_url })),
  );
  return {
    fields: result.fields,
    sources: result.sources,
    facts: result.facts,
    text: result.text,
    html: result.html,
    duplicates: matches.slice(0, 5).map((m) => {
      const o = byId.get(m.id)!;
      return {
        id: o.id,
        employerName: o.employer_name,
        roleTitle: o.role_title,
        stage: o.stage as PostingPreview['duplicates'][number]['stage'],
        reason: m.reason,
      };
    }),
  };
}

async function requireOpportunity(ctx: Ctx, id: string) {
  return requireOwned(ctx.actor, await opportunities.findOpportunity(ctx.db, id), 'Opportunity');
}

/** The posting copy kept on an opportunity. */
export async function getPostingCopy(ctx: Ctx, opportunityId: string): Promise<PostingCopy | null> {
  await requireOpportunity(ctx, opportunityId);
  const row = await repo.findCopy(ctx.db, opportunityId);
  return row ? present(row) : null;
}

/** Keeps (or replaces) the posting copy; its HTML is sanitised here whatever the client did. */
export async function savePostingCopy(
  ctx: Ctx,
  opportunityId: string,
  input: SavePostingCopy,
): Promise<{ copy: PostingCopy; created: boolean }> {
  await requireOpportunity(ctx, opportunityId);
  const html = input.html?.trim() ? sanitizeTree(parseHtml(input.html).root) || null : null;
  const created = await inTransaction(ctx.db, async (trx) => {
    const isNew = await repo.upsertCopy(trx, {
      id: uuidv7(),
      owner_id: ctx.actor.userId,
      opportunity_id: opportunityId,
      source_url: input.sourceUrl ?? null,
      posted_at: input.postedAt ?? null,
      closes_at: input.closesAt ?? null,
      text: input.text,
      html,
      captured_at: ctx.now().toISOString(),
    });
    await reindexOpportunity(trx, opportunityId);
    return isNew;
  });
  return { copy: present((await repo.findCopy(ctx.db, opportunityId))!), created };
}
