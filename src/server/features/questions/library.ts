import type { CreateQuestion, LibraryQuestion, UpdateQuestion } from '../../../contracts/questions.js';
import { uuidv7 } from '../../../core/ids.js';
import {
  QUESTIONS_TO_ASK,
  ROLES,
  questionById,
  type Purpose,
  type Question,
  type Role,
} from '../../../core/library/questions-to-ask/index.js';
import { claimClientId, requireOwned } from '../../auth/access.js';
import type { Ctx } from '../../auth/actor.js';
import { AppError, notFound } from '../../errors.js';
import {
  deleteUserQuestion,
  findEditOf,
  findUserQuestion,
  insertEditOf,
  insertUserQuestion,
  listUserQuestions,
  updateUserQuestion,
  type UserQuestionRow,
} from './repository.js';

const parseList = (json: string): string[] => JSON.parse(json) as string[];

/** Maps a user row to the library question it shows (an edited built-in keeps the built-in id). */
function presentRow(row: UserQuestionRow): LibraryQuestion {
  const original = row.based_on ? questionById(row.based_on) : undefined;
  return {
    id: original ? original.id : row.id,
    text: row.text,
    purpose: row.purpose as Purpose,
    roles: parseList(row.roles) as Role[],
    informs: parseList(row.informs),
    source: original ? 'edited' : 'own',
    basedOn: original ? original.id : null,
    originalText: original ? original.text : null,
  };
}

function presentBuiltIn(q: Question): LibraryQuestion {
  return {
    id: q.id,
    text: q.text,
    purpose: q.purpose,
    roles: [...q.roles],
    informs: [...q.informs],
    source: 'built-in',
    basedOn: null,
    originalText: null,
  };
}

/** A library question as the core planners take it. */
export function asCoreQuestion(q: LibraryQuestion): Question {
  return { id: q.id, text: q.text, purpose: q.purpose, roles: q.roles, informs: q.informs };
}

/** The user's library: built-ins in their order (the user's text where they edited one), then their own questions. */
export async function listLibrary(ctx: Ctx, filter: { purpose?: Purpose; role?: Role } = {}): Promise<LibraryQuestion[]> {
  const rows = await listUserQuestions(ctx.db, ctx.actor.userId);
  const edits = new Map<string, UserQuestionRow>();
  const own: LibraryQuestion[] = [];
  for (const row of rows) {
    if (row.based_on && questionById(row.based_on)) edits.set(row.based_on, row);
    else own.push(presentRow(row));
  }
  const all = [
    ...QUESTIONS_TO_ASK.map((q) => {
      const edit = edits.get(q.id);
      return edit ? presentRow(edit) : presentBuiltIn(q);
    }),
    ...own,
  ];
  return all.filter((q) => (!filter.purpose || q.purpose === filter.purpose) && (!filter.role || q.roles.includes(filter.role)));
}

async function findEdit(ctx: Ctx, builtInId: string): Promise<UserQuestionRow | undefined> {
  return findEditOf(ctx.db, ctx.actor.userId, builtInId);
}

async function loadOwn(ctx: Ctx, id: string): Promise<UserQuestionRow> {
  return requireOwned(ctx.actor, await findUserQuestion(ctx.db, id), 'Question');
}

/** Adds the user's own question. Idempotent on a client-supplied id. */
export async function createQuestion(ctx: Ctx, input: CreateQuestion): Promise<{ question: LibraryQuestion; created: boolean }> {
  const id = input.id ?? uuidv7();
  if (await claimClientId(ctx, 'user_questions', id)) return { question: presentRow(await loadOwn(ctx, id)), created: false };
  const now = ctx.now().toISOString();
  await insertUserQuestion(ctx.db, {
    id,
    owner_id: ctx.actor.userId,
    based_on: null,
    text: input.text,
    purpose: input.purpose ?? 'day-to-day',
    roles: JSON.stringify(input.roles ?? [...ROLES]),
    informs: JSON.stringify(input.informs ?? []),
    created_at: now,
    updated_at: now,
  });
  return { question: presentRow(await loadOwn(ctx, id)), created: true };
}

function changes(input: UpdateQuestion) {
  return {
    ...(input.text !== undefined && { text: input.text }),
    ...(input.purpose !== undefined && { purpose: input.purpose }),
    ...(input.roles !== undefined && { roles: JSON.stringify(input.roles) }),
    ...(input.informs !== undefined && { informs: JSON.stringify(input.informs) }),
  };
}

/** Edits a question. On a built-in id the edit is stored as the user's own copy; the built-in itself never changes. */
export async function updateQuestion(ctx: Ctx, id: string, input: UpdateQuestion): Promise<LibraryQuestion> {
  const now = ctx.now().toISOString();
  const builtIn = questionById(id);
  if (builtIn) {
    const edit = await findEdit(ctx, id);
    if (edit) {
      await updateUserQuestion(ctx.db, edit.id, { ...changes(input), updated_at: now });
    } else {
      // Two concurrent first edits: the later one updates the copy the first made.
      await insertEditOf(
        ctx.db,
        {
          id: uuidv7(),
          owner_id: ctx.actor.userId,
          based_on: id,
          text: input.text ?? builtIn.text,
          purpose: input.purpose ?? builtIn.purpose,
          roles: JSON.stringify(input.roles ?? builtIn.roles),
          informs: JSON.stringify(input.informs ?? builtIn.informs),
          created_at: now,
          updated_at: now,
        },
        { ...changes(input), updated_at: now },
      );
    }
    const saved = await findEdit(ctx, id);
    if (!saved) throw notFound('Question');
    return presentRow(saved);
  }
  await loadOwn(ctx, id);
  await updateUserQuestion(ctx.db, id, { ...changes(input), updated_at: now });
  return presentRow(await loadOwn(ctx, id));
}

/** Deletes the user's own question, or their edit of a built-in (which then shows its built-in text again). */
export async function deleteQuestion(ctx: Ctx, id: string): Promise<void> {
  if (questionById(id)) {
    const edit = await findEdit(ctx, id);
    if (!edit) throw new AppError('not-found', 'This built-in question has no edit to remove');
    await deleteUserQuestion(ctx.db, edit.id);
    return;
  }
  await loadOwn(ctx, id);
  await deleteUserQuestion(ctx.db, id);
}
