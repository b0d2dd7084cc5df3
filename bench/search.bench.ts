import { LOCAL_USER_ID, type Ctx } from '../src/server/auth/actor.js';
import type { Db } from '../src/server/db/connect.js';
import { inTransaction } from '../src/server/db/transaction.js';
import { search } from '../src/server/features/search/service.js';
import { createTestDb, POSTGRES_FLAVOUR } from '../test/support/db.js';
import { median, percentile, round } from './harness.js';

export const name = 'search (issue 3)';

const OPPORTUNITIES = 1_000;
const FACTS = 20_000;

/** A small deterministic PRNG so every run searches the same data. */
function rng(seed: number) {
  // mulberry32: 32-bit integer arithmetic only, so it never loses precision.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'vun', 'sa', 'dre', 'po', 'lin', 'gar', 'esh', 'tol', 'bri', 'mon', 'sul', 'fey', 'ran', 'dok'];

function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 2);
    words.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

async function seed(db: Db): Promise<string[]> {
  const random = rng(42);
  const words = vocabulary(random, 3_000);
  const sentence = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() ** 2 * words.length)]).join(' ');
  const now = new Date().toISOString();
  await inTransaction(db, async (trx) => {
    const employers = Array.from({ length: 300 }, (_, i) => ({
      id: crypto.randomUUID(),
      owner_id: LOCAL_USER_ID,
      name: `Employer ${i} ${sentence(1)}`,
      name_key: `employer ${i}`,
      created_at: now,
      updated_at: now,
    }));
    for (let i = 0; i < employers.length; i += 200)
      await trx.kysely
        .insertInto('employers')
        .values(employers.slice(i, i + 200))
        .execute();
    const docs: {
      owner_id: string;
      kind: string;
      ref_id: string;
      opportunity_id: string | null;
      employer_id: string;
      title: string;
      body: string;
    }[] = [];
    const opps = Array.from({ length: OPPORTUNITIES }, (_, i) => {
      const employer = employers[i % employers.length]!;
      const row = {
        id: crypto.randomUUID(),
        owner_id: LOCAL_USER_ID,
        employer_id: employer.id,
        role_title: `${sentence(2)} analyst`,
        job_description: sentence(150),
        stage: 'applied',
        stage_changed_at: now,
        created_at: now,
        updated_at: now,
      };
      docs.push({
        owner_id: LOCAL_USER_ID,
        kind: 'opportunity',
        ref_id: row.id,
        opportunity_id: row.id,
        employer_id: employer.id,
        title: `${row.role_title} at ${employer.name}`,
        body: row.job_description,
      });
      return row;
    });
    for (let i = 0; i < opps.length; i += 100)
      await trx.kysely
        .insertInto('opportunities')
        .values(opps.slice(i, i + 100))
        .execute();
    const facts = Array.from({ length: FACTS }, (_, i) => {
      const employer = employers[i % employers.length]!;
      const row = {
        id: crypto.randomUUID(),
        owner_id: LOCAL_USER_ID,
        employer_id: employer.id,
        topic: 'news',
        statement: sentence(25),
        source_url: null,
        noted_on: null,
        created_at: now,
        updated_at: now,
      };
      docs.push({
        owner_id: LOCAL_USER_ID,
        kind: 'fact',
        ref_id: row.id,
        opportunity_id: null,
        employer_id: employer.id,
        title: `${employer.name}: Recent news`,
        body: row.statement,
      });
      return row;
    });
    for (let i = 0; i < facts.length; i += 500)
      await trx.kysely
        .insertInto('facts')
        .values(facts.slice(i, i + 500))
        .execute();
    for (let i = 0; i < docs.length; i += 500)
      await trx.kysely
        .insertInto('search_documents')
        .values(docs.slice(i, i + 500))
        .execute();
  });
  return words;
}

async function measure(db: Db, words: string[]) {
  const ctx: Ctx = { db, actor: { userId: LOCAL_USER_ID }, now: () => new Date() };
  const random = rng(7);
  const queries = Array.from({ length: 300 }, (_, i) => {
    const pick = () => words[Math.floor(random() * 400)]!;
    return i % 3 === 0 ? `${pick()} ${pick()}` : pick();
  });
  for (const q of queries.slice(0, 30)) await search(ctx, q, 20);
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t0 = performance.now();
    hits += (await search(ctx, q, 20)).length;
    times.push(performance.now() - t0);
  }
  return { median: median(times), p95: percentile(times, 95), avgHits: hits / queries.length };
}

export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = { 'data set': `${OPPORTUNITIES} opportunities, ${FACTS} facts` };
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const db = await createTestDb(dialect);
    try {
      const t0 = performance.now();
      const words = await seed(db);
      const seeded = performance.now() - t0;
      const r = await measure(db, words);
      const label = dialect === 'postgres' ? `postgres (${POSTGRES_FLAVOUR})` : 'sqlite';
      out[`${label}: seed + index (s)`] = round(seeded / 1000);
      out[`${label}: search median (ms)`] = round(r.median);
      out[`${label}: search p95 (ms)`] = round(r.p95);
      out[`${label}: hits per query (avg, limit 20)`] = round(r.avgHits);
    } finally {
      await db.close();
    }
  }
  return out;
}
