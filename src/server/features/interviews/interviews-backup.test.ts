import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { INTERVIEW_KINDS, type InterviewKind } from '../../../contracts/interviews.js';
import { uuidv7 } from '../../../core/ids.js';
import { PROMPTS } from '../../../core/library/prompts/index.js';
import { LOCAL_USER_ID, type Ctx } from '../../auth/actor.js';
import type { Db } from '../../db/connect.js';
import { BackupError, parseBackup } from '../backup/format.js';
import { exportBackup, importBackup } from '../backup/service.js';
import { createOpportunity } from '../opportunities/service.js';
import { addPerson } from '../people/service.js';
import { createConcern, updateConcern } from './concerns.js';
import { putReflection } from './reflections.js';
import { createInterview, deleteInterview, updateInterview } from './service.js';
import { createTestDb, DIALECTS } from '../../../../test/support/db.js';

const NOW = '2026-03-03T18:00:00.000Z';
const ctxOf = (db: Db): Ctx => ({ db, actor: { userId: LOCAL_USER_ID }, now: () => new Date(NOW) });

interface GeneratedInterview {
  kind: InterviewKind;
  timeZone: string;
  startMinute: number;
  slots: number[];
  ticks: boolean[];
  concerns: { text: string; addressed: boolean }[];
  rating: number | null;
  stumpers: number;
  notes: string[];
  deleted: boolean;
}

const interviewArb: fc.Arbitrary<GeneratedInterview> = fc.record({
  kind: fc.constantFrom(...INTERVIEW_KINDS),
  timeZone: fc.constantFrom('Europe/Lisbon', 'America/New_York', 'Asia/Kolkata', 'UTC', 'Australia/Lord_Howe'),
  startMinute: fc.integer({ min: 0, max: 60 * 24 * 90 }),
  slots: fc.array(fc.integer({ min: 5, max: 120 }), { maxLength: 4 }),
  ticks: fc.array(fc.boolean(), { maxLength: 5 }),
  concerns: fc.array(
    fc.record({ text: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0), addressed: fc.boolean() }),
    { maxLength: 3 },
  ),
  rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  stumpers: fc.integer({ min: 0, max: 3 }),
  notes: fc.array(fc.string({ maxLength: 80 }), { maxLength: 3 }),
  deleted: fc.boolean(),
});

/** Writes generated interviews with every kind of row the interview tables hold. */
async function fill(ctx: Ctx, items: GeneratedInterview[]): Promise<void> {
  const { opportunity } = await createOpportunity(ctx, { employerName: 'Kestrel', roleTitle: 'Analyst' });
  const { person } = await addPerson(ctx, { name: 'Dana Ruiz', role: 'hiring-manager', opportunityIds: [opportunity.id] });
  for (const g of items) {
    const startsAt = new Date(Date.parse('2026-03-01T00:00:00.000Z') + g.startMinute * 60_000).toISOString();
    let at = Date.parse(startsAt);
    const conversations = g.slots.map((minutes, i) => {
      const slot = {
        startsAt: new Date(at).toISOString(),
        durationMinutes: minutes,
        topic: `Slot ${i}`,
        personIds: i % 2 === 0 ? [person.id] : [],
      };
      at += minutes * 60_000;
      return slot;
    });
    const { interview } = await createInterview(ctx, opportunity.id, {
      kind: g.kind,
      startsAt,
      timeZone: g.timeZone,
      durationMinutes: 60,
      title: `${g.kind} round`,
      ...(g.slots.length > 0 && { conversations }),
    });
    await updateInterview(ctx, interview.id, { checklist: interview.checklist.map((item, i) => ({ ...item, done: g.ticks[i] ?? false })) });
    for (const [i, text] of g.notes.entries()) {
      // Notes are written by the notes feature; here straight to the table, with a concern made from a `!` line.
      const noteId = uuidv7();
      const conversationId = interview.conversations[0]?.id ?? null;
      await ctx.db.kysely
        .insertInto('interview_notes')
        .values({
          id: noteId,
          owner_id: LOCAL_USER_ID,
          interview_id: interview.id,
          conversation_id: conversationId,
          text: `! ${text}`,
          marker: 'concern',
          revision: i + 1,
          conflict_of: null,
          written_at: NOW,
          deleted_at: null,
          created_at: NOW,
          updated_at: NOW,
        })
        .execute();
      if (text.trim()) {
        await ctx.db.kysely
          .insertInto('concerns')
          .values({
            id: uuidv7(),
            owner_id: LOCAL_USER_ID,
            opportunity_id: opportunity.id,
            interview_id: interview.id,
            conversation_id: conversationId,
            note_id: noteId,
            raised_by_person_id: person.id,
            text: text.trim(),
            status: 'open',
            how_addressed: '',
            created_at: NOW,
            updated_at: NOW,
          })
          .execute();
      }
    }
    for (const c of g.concerns) {
      const { concern } = await createConcern(ctx, opportunity.id, {
        text: c.text,
        interviewId: interview.id,
        raisedByPersonId: person.id,
      });
      if (c.addressed) await updateConcern(ctx, concern.id, { status: 'addressed', howAddressed: 'Explained with an example.' });
      else
        await updateConcern(ctx, concern.id, {
          replyReference: 'your question about my notice period',
          replyLine: 'I can start within a month',
        });
    }
    await putReflection(ctx, interview.id, {
      rating: g.rating,
      wentWell: 'Rapport',
      toImprove: '',
      signals: 'Asked about start date',
      stumpers: Array.from({ length: g.stumpers }, (_, i) => ({ text: `Question ${i}`, promptId: i % 2 === 0 ? PROMPTS[i]!.id : null })),
    });
    if (g.deleted) await deleteInterview(ctx, interview.id);
  }
}

describe.each(DIALECTS)('interview tables in a backup on %s', { timeout: 120_000 }, (dialect) => {
  const open: Db[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.close()));
  });
  const fresh = async () => {
    const db = await createTestDb(dialect);
    open.push(db);
    return ctxOf(db);
  };

  it('export → import → export is identical with interviews, conversations, notes, concerns and reflections', async () => {
    const source = await fresh();
    const target = await fresh();
    const empty = await exportBackup(source);
    for (const items of fc.sample(fc.array(interviewArb, { minLength: 1, maxLength: 4 }), { numRuns: 3, seed: 20260303 })) {
      await importBackup(source, empty, { replace: true });
      await fill(source, items);
      const first = await exportBackup(source);
      expect(first.tables.interviews).toHaveLength(items.length);
      expect(first.tables.reflections).toHaveLength(items.length);
      expect(first.tables.conversations).toHaveLength(items.reduce((n, g) => n + Math.max(1, g.slots.length), 0));
      expect(first.tables.interview_notes).toHaveLength(items.reduce((n, g) => n + g.notes.length, 0));
      await importBackup(target, parseBackup(JSON.stringify(first)), { replace: true });
      expect(await exportBackup(target)).toEqual(first);
    }
  });

  it('keeps a fixed set of every row shape, soft-deleted interview included', async () => {
    const source = await fresh();
    await fill(source, [
      {
        kind: 'onsite',
        timeZone: 'Europe/Berlin',
        startMinute: 600,
        slots: [45, 45],
        ticks: [true, false, true],
        concerns: [
          { text: 'Notice period', addressed: true },
          { text: 'Start date', addressed: false },
        ],
        rating: 4,
        stumpers: 2,
        notes: ['No Kubernetes', ''],
        deleted: false,
      },
      {
        kind: 'phone',
        timeZone: 'America/New_York',
        startMinute: 2000,
        slots: [],
        ticks: [],
        concerns: [],
        rating: null,
        stumpers: 0,
        notes: [],
        deleted: true,
      },
    ]);
    const first = await exportBackup(source);
    for (const table of ['interviews', 'conversations', 'conversation_people', 'interview_notes', 'concerns', 'reflections'] as const)
      expect(first.tables[table], table).not.toHaveLength(0);
    expect(first.tables.interviews.filter((i) => i.deleted_at !== null)).toHaveLength(1);
    expect(first.tables.concerns.filter((c) => c.note_id !== null)).toHaveLength(1);
    expect(
      first.tables.concerns.filter(
        (c) => c.reply_line === 'I can start within a month' && c.reply_reference === 'your question about my notice period',
      ),
    ).toHaveLength(1);
    // A file made before 0012_sayable_text has no reply columns: they read as empty.
    const older = {
      ...first,
      tables: { ...first.tables, concerns: first.tables.concerns.map(({ reply_reference: _r, reply_line: _l, ...rest }) => rest) },
    };
    expect(parseBackup(JSON.stringify(older)).tables.concerns.every((c) => c.reply_line === '' && c.reply_reference === '')).toBe(true);
    const target = await fresh();
    await importBackup(target, parseBackup(JSON.stringify(first)), { replace: true });
    expect(await exportBackup(target)).toEqual(first);
  });
});

describe('interview rows in a backup file', () => {
  const interview = {
    id: '01a21475-826b-785a-87b5-cc59b0ad224f',
    opportunity_id: '01a21475-8267-70c5-b9ab-ea22b45dbf7a',
    kind: 'video',
    title: '',
    starts_at: NOW,
    time_zone: 'Europe/Lisbon',
    duration_minutes: 60,
    location: '',
    checklist: '[]',
    deleted_at: null,
    created_at: NOW,
    updated_at: NOW,
  };
  const file = (tables: Record<string, unknown[]>) =>
    JSON.stringify({ format: 'offerbook-backup', version: 1, schemaVersion: '0008_offers', exportedAt: NOW, tables });
  const failure = (tables: Record<string, unknown[]>) => {
    try {
      parseBackup(file(tables));
    } catch (err) {
      expect(err).toBeInstanceOf(BackupError);
      return (err as Error).message;
    }
    throw new Error('expected the file to be refused');
  };

  it('refuses an interview of a missing opportunity, naming the path', () => {
    expect(failure({ interviews: [interview] })).toMatch(
      /^\$\.tables\.interviews\[0\]\.opportunity_id: refers to a missing opportunities row/,
    );
  });

  it.each([
    [{ ...interview, time_zone: 'Mars/Olympus' }, 'time_zone', /IANA time zone/],
    [{ ...interview, checklist: '[{"id":"a","label":"A"}]' }, 'checklist', /a checklist as JSON/],
    [{ ...interview, kind: 'fax' }, 'kind', /./],
    [{ ...interview, duration_minutes: 2 }, 'duration_minutes', /./],
  ])('refuses a malformed interview row (%#)', (row, column, message) => {
    const text = failure({ interviews: [row] });
    expect(text.startsWith(`$.tables.interviews[0].${column}:`)).toBe(true);
    expect(text).toMatch(message);
  });

  it('refuses a reflection whose stumpers are not a list of questions', () => {
    const reflection = {
      id: interview.id,
      interview_id: interview.id,
      rating: 3,
      went_well: '',
      to_improve: '',
      signals: '',
      stumpers: '[{"text":"x"}]',
      created_at: NOW,
      updated_at: NOW,
    };
    expect(failure({ reflections: [reflection] })).toMatch(/reflections\[0\]\.stumpers: must be a list of questions as JSON/);
  });
});
