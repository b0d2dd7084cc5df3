import type { AnswerDetail, Answer, CreateAnswer, CreateAnswerVersion } from '../../../contracts/practice.js';
import { uuidv7 } from '../../../core/ids.js';
import { claimClientId, requireOwned, requireOwnedOpportunity } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { inTransaction } from '../../db/transaction.js';
import { summarise } from './coach.js';
import { libraryPrompt } from './lookups.js';
import { presentAnswer, presentVersion, type AnswerRow } from './present.js';
import {
  answerVersions,
  deleteAnswerRow,
  findAnswer,
  insertAnswer,
  insertAnswerVersion,
  listAnswersOf,
  nextVersionNumber,
  touchAnswer,
} from './repository.js';

async function load(ctx: Ctx, id: string): Promise<AnswerRow> {
  return requireOwned(ctx.actor, await findAnswer(ctx.db, id), 'Answer');
}

async function insertVersion(
  trx: Db,
  ctx: Ctx,
  answerId: string,
  promptId: string,
  input: { id?: string | undefined; text: string; note?: string | undefined },
  number: number,
  now: string,
) {
  const { score, findingCounts } = summarise(libraryPrompt(promptId), input.text);
  await insertAnswerVersion(trx, {
    id: input.id ?? uuidv7(),
    owner_id: ctx.actor.userId,
    answer_id: answerId,
    number,
    text: input.text,
    note: input.note ?? '',
    score,
    finding_counts: JSON.stringify(findingCounts),
    created_at: now,
  });
}

// A client id already taken: the same object again (a retry), or a conflict when someone else's.
async function existingId(ctx: Ctx, table: 'answers' | 'answer_versions', id: string | undefined): Promise<boolean> {
  return id !== undefined && claimClientId(ctx, table, id);
}

/** One answer with every version, newest first. */
export async function getAnswer(ctx: Ctx, id: string): Promise<AnswerDetail> {
  const answer = presentAnswer(await load(ctx, id));
  const versions = await answerVersions(ctx.db, id);
  return { ...answer, versions: versions.map(presentVersion) };
}

/** The actor's answers, optionally for one prompt and/or one opportunity; most recently edited first. */
export async function listAnswers(
  ctx: Ctx,
  filter: { promptId?: string | undefined; opportunityId?: string | undefined },
): Promise<Answer[]> {
  if (filter.opportunityId) await requireOwnedOpportunity(ctx, filter.opportunityId, 'opportunityId');
  const rows = await listAnswersOf(ctx.db, ctx.actor.userId, filter);
  return rows.map(presentAnswer);
}

/** Writes an answer and its first version, scored by the coach. Idempotent on a client id. */
export async function createAnswer(ctx: Ctx, input: CreateAnswer): Promise<{ answer: AnswerDetail; created: boolean }> {
  const prompt = libraryPrompt(input.promptId);
  if (input.opportunityId) await requireOwnedOpportunity(ctx, input.opportunityId, 'opportunityId');
  if (await existingId(ctx, 'answers', input.id)) return { answer: await getAnswer(ctx, input.id!), created: false };
  await existingId(ctx, 'answer_versions', input.versionId);
  const id = input.id ?? uuidv7();
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    await insertAnswer(trx, {
      id,
      owner_id: ctx.actor.userId,
      prompt_id: prompt.id,
      opportunity_id: input.opportunityId ?? null,
      created_at: now,
      updated_at: now,
    });
    await insertVersion(trx, ctx, id, prompt.id, { id: input.versionId, text: input.text, note: input.note }, 1, now);
  });
  return { answer: await getAnswer(ctx, id), created: true };
}

/** Saves a new version of an answer; every earlier version is kept. Idempotent on a client version id. */
export async function saveAnswerVersion(
  ctx: Ctx,
  answerId: string,
  input: CreateAnswerVersion,
): Promise<{ answer: AnswerDetail; created: boolean }> {
  const answer = await load(ctx, answerId);
  if (input.id) {
    if (await claimClientId(ctx, 'answer_versions', input.id, { within: { column: 'answer_id', parentId: answerId } }))
      return { answer: await getAnswer(ctx, answerId), created: false };
  }
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    // Touching the answer first locks its row (PostgreSQL), so two saves at once number their versions in turn.
    await touchAnswer(trx, answerId, now);
    const number = await nextVersionNumber(trx, answerId);
    await insertVersion(trx, ctx, answerId, answer.prompt_id, input, number, now);
  });
  return { answer: await getAnswer(ctx, answerId), created: true };
}

/** Deletes an answer with all its versions. */
export async function deleteAnswer(ctx: Ctx, id: string): Promise<void> {
  await load(ctx, id);
  await deleteAnswerRow(ctx.db, id);
}
