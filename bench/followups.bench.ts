import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Opportunity } from '../src/contracts/opportunities.js';
import { buildAgenda } from '../src/core/followup/agenda.js';
import { uuidv7 } from '../src/core/ids.js';
import { LOCAL_USER_ID, type Ctx } from '../src/server/auth/actor.js';
import { loadAgendaData } from '../src/server/features/followups/agenda-data.js';
import { computeNextActions, nextActionsCacheFor } from '../src/server/features/followups/next-actions.js';
import { createTestApp, type TestApp } from '../test/support/app.js';
import { median, percentile, round, timeRounds } from './harness.js';

setFlagsFromString('--expose-gc');
/** A full garbage collection (V8's `gc`, exposed for this process). */
const collectGarbage = runInNewContext('gc') as () => void;

/** Benchmark name shown by bench/run.ts. */
export const name = 'follow-ups and next actions (issue 7)';

const NOW = new Date('2026-03-20T12:00:00.000Z');
const STAMP = '2026-01-01T00:00:00.000Z';
const ZONE = 'America/New_York';
const DAY_MS = 86_400_000;

/**
 * 1,000 opportunities: a third interviewing, each with one or two interviews (2–3 conversations,
 * 2–3 interviewers, notes, 1–2 concerns, housekeeping, some follow-ups already sent); the rest
 * leads and applications with next actions; a few offers with deadlines.
 */
export async function seed(t: TestApp): Promise<string> {
  const db = t.db.kysely;
  let withInterviews = '';
  for (let i = 0; i < 1000; i++) {
    const interviewing = i % 3 === 0;
    const offer = i % 50 === 1;
    const stage = interviewing ? 'interviewing' : offer ? 'offer' : i % 3 === 1 ? 'applied' : 'lead';
    const due = new Date(NOW.getTime() + ((i % 40) - 15) * DAY_MS).toISOString().slice(0, 10);
    const res = await t.request({
      method: 'POST',
      url: '/api/opportunities',
      payload: {
        employerName: `Employer ${i}`,
        roleTitle: `Role ${i % 17}`,
        stage,
        ...(i % 4 !== 0 && { nextAction: `Step ${i}`, nextActionDue: i % 5 ? due : null }),
      },
    });
    const o = res.json<Opportunity>();
    if (offer) {
      await db
        .insertInto('offers')
        .values({
          id: uuidv7(),
          owner_id: LOCAL_USER_ID,
          opportunity_id: o.id,
          base_pay: 90_000,
          currency: 'EUR',
          pay_period: 'year',
          bonus: '',
          equity: '',
          benefits: '',
          start_date: null,
          location: '',
          remote_policy: null,
          deadline: due,
          status: 'pending',
          notes: '',
          created_at: STAMP,
          updated_at: STAMP,
        })
        .execute();
    }
    if (!interviewing) continue;
    withInterviews ||= o.id;
    const people = Array.from({ length: 2 + (i % 2) }, (_, k) => ({
      id: uuidv7(),
      owner_id: LOCAL_USER_ID,
      employer_id: o.employerId,
      name: `Person ${i}-${k}`,
      title: null,
      role: 'interviewer',
      email: `p${i}-${k}@example.test`,
      phone: null,
      links: '[]',
      background: '',
      in_common: '',
      created_at: STAMP,
      updated_at: STAMP,
    }));
    await db.insertInto('people').values(people).execute();
    for (let r = 0; r < 1 + (i % 2); r++) {
      // Interviews from three weeks ago to next week.
      const start = NOW.getTime() + (((i * 7 + r * 5) % 28) - 21) * DAY_MS + 14 * 3_600_000;
      const iv = uuidv7();
      await db
        .insertInto('interviews')
        .values({
          id: iv,
          owner_id: LOCAL_USER_ID,
          opportunity_id: o.id,
          kind: 'onsite',
          title: `Round ${r + 1}`,
          starts_at: new Date(start).toISOString(),
          time_zone: ZONE,
          duration_minutes: 180,
          location: 'HQ',
          checklist: JSON.stringify([{ id: 'a', label: 'Print the brief', done: r === 0 }]),
          deleted_at: null,
          created_at: STAMP,
          updated_at: STAMP,
        })
        .execute();
      for (const [k, p] of people.entries()) {
        const c = uuidv7();
        await db
          .insertInto('conversations')
          .values({
            id: c,
            owner_id: LOCAL_USER_ID,
            interview_id: iv,
            starts_at: new Date(start + k * 3_600_000).toISOString(),
            duration_minutes: 60,
            topic: '',
            position: k,
            created_at: STAMP,
            updated_at: STAMP,
          })
          .execute();
        await db
          .insertInto('conversation_people')
          .values({ id: uuidv7(), owner_id: LOCAL_USER_ID, conversation_id: c, person_id: p.id, position: 0 })
          .execute();
        await db
          .insertInto('interview_notes')
          .values(
            ['* They are rebuilding onboarding', '! worried about Kubernetes depth', 'Weekly releases with a Friday freeze'].map(
              (text) => ({
                id: uuidv7(),
                owner_id: LOCAL_USER_ID,
                interview_id: iv,
                conversation_id: c,
                text,
                marker: text.startsWith('*') ? 'key' : text.startsWith('!') ? 'concern' : 'plain',
                revision: 1,
                conflict_of: null,
                written_at: STAMP,
                deleted_at: null,
                created_at: STAMP,
                updated_at: STAMP,
              }),
            ),
          )
          .execute();
      }
      await db
        .insertInto('concerns')
        .values(
          Array.from({ length: 1 + (i % 2) }, (_, k) => ({
            id: uuidv7(),
            owner_id: LOCAL_USER_ID,
            opportunity_id: o.id,
            interview_id: iv,
            conversation_id: null,
            note_id: null,
            raised_by_person_id: people[k]!.id,
            text: k ? 'Long commute' : 'Limited Kubernetes depth',
            status: 'open',
            how_addressed: '',
            created_at: STAMP,
            updated_at: STAMP,
          })),
        )
        .execute();
      if (i % 6 === 0) {
        await db
          .insertInto('follow_ups')
          .values({
            id: uuidv7(),
            owner_id: LOCAL_USER_ID,
            opportunity_id: o.id,
            interview_id: iv,
            person_id: people[0]!.id,
            kind: 'thank-you',
            sequence: 0,
            item_key: `thank-you:${iv}:${people[0]!.id}`,
            tone: null,
            subject: null,
            draft: null,
            sent_at: new Date(start + 8 * 3_600_000).toISOString(),
            dismissed_at: null,
            created_at: STAMP,
            updated_at: STAMP,
          })
          .execute();
      }
    }
    await t.request({
      method: 'PUT',
      url: `/api/opportunities/${o.id}/housekeeping`,
      payload: { decisionDate: i % 2 ? '2026-03-27' : null, bestContactPersonId: people[0]!.id, preferredChannel: 'email' },
    });
  }
  return withInterviews;
}

/** Next-actions for 1,000 opportunities (endpoint after each kind of change, cached, cold; data load; pure ranking) and the counts badge. Drafting a thank-you is in followup.bench.ts. */
export async function run(): Promise<Record<string, number | string>> {
  const t = await createTestApp('sqlite', { now: () => NOW });
  try {
    const oneWithInterviews = await seed(t);
    const ctx: Ctx = { db: t.db, actor: { userId: LOCAL_USER_ID }, now: () => NOW };

    const db = t.db.kysely;
    const cache = nextActionsCacheFor(ctx);
    const url = (today = '2026-03-20') => `/api/next-actions?timeZone=${encodeURIComponent(ZONE)}&today=${today}`;
    const get = () => t.request({ method: 'GET', url: url() });
    // A different `today` each round: a list of its own, so every request ranks afresh.
    let day = 0;
    const nextDay = () => `2026-${String(4 + (Math.floor(day / 28) % 8)).padStart(2, '0')}-${String(1 + (day++ % 28)).padStart(2, '0')}`;
    /** Times the request that follows `change` (the change itself untimed). */
    const afterChange = async (change: (round: number) => Promise<unknown>, rounds = 40, warmup = 8, path = url()) => {
      const times: number[] = [];
      for (let r = 0; r < rounds + warmup; r++) {
        await change(r);
        const start = performance.now();
        const res = await t.request({ method: 'GET', url: path });
        if (r >= warmup) times.push(performance.now() - start);
        if (res.statusCode !== 200) throw new Error(res.body);
      }
      return times;
    };
    const anOpportunity = (await db.selectFrom('opportunities').select('id').where('stage', '=', 'applied').executeTakeFirstOrThrow()).id;
    const anInterview = (await db.selectFrom('interviews').select('id').orderBy('starts_at', 'desc').executeTakeFirstOrThrow()).id;
    const aFollowUp = (await db.selectFrom('follow_ups').select('id').executeTakeFirstOrThrow()).id;

    // Nothing cached: every part read and the list ranked (the first request for a user after a
    // start). The previous round's parts are collected first (untimed): after a start there is no
    // such garbage, and collecting it would be charged to whichever request came next.
    const cold = await afterChange(() => Promise.resolve((cache.clear(), collectGarbage())));
    // The same without that collection, as a worst case.
    const coldDirty = await afterChange(() => Promise.resolve(cache.clear()));
    const cpuBefore = process.cpuUsage();
    for (let r = 0; r < 20; r++) {
      cache.clear();
      await get();
    }
    const cpu = process.cpuUsage(cpuBefore);
    const coldCpu = (cpu.user + cpu.system) / 1000 / 20;
    // The everyday changes: a next action edited, a thank-you marked sent, an interview moved.
    const nextActionEdited = await afterChange((r) =>
      db
        .updateTable('opportunities')
        .set({ next_action: `Call back ${r}` })
        .where('id', '=', anOpportunity)
        .execute(),
    );
    const markedSent = await afterChange((r) =>
      db
        .updateTable('follow_ups')
        .set({ sent_at: new Date(NOW.getTime() - (r % 5) * 60_000).toISOString() })
        .where('id', '=', aFollowUp)
        .execute(),
    );
    const interviewEdited = await afterChange((r) =>
      db
        .updateTable('interviews')
        .set({ title: `Final round ${r}` })
        .where('id', '=', anInterview)
        .execute(),
    );
    // The same change, asking for the whole list the default page leaves out (500 items).
    const fullList = await afterChange(
      (r) =>
        db
          .updateTable('opportunities')
          .set({ next_action: `Call again ${r}` })
          .where('id', '=', anOpportunity)
          .execute(),
      40,
      8,
      `${url()}&limit=500`,
    );
    // The clock alone moved on (a new day): the data is reused, the list ranked again.
    const clockMoved = await timeRounds(() => t.request({ method: 'GET', url: url(nextDay()) }), 40, 10);
    const sample = (await get()).json<{ items: unknown[] }>();
    const cached = await timeRounds(get, 200, 20);
    const counts = await timeRounds(
      () => t.request({ method: 'GET', url: `/api/next-actions/counts?timeZone=${encodeURIComponent(ZONE)}&today=2026-03-20` }),
      200,
      20,
    );
    const service = await timeRounds(() => computeNextActions(ctx, '2026-03-20', ZONE), 40, 10);
    const load = await timeRounds(() => loadAgendaData(ctx), 40, 10);
    const data = await loadAgendaData(ctx);
    const ranking = await timeRounds(() => buildAgenda({ ...data, now: NOW, today: '2026-03-20', timeZone: ZONE }), 60, 15);
    const dashboard = await timeRounds(
      () => t.request({ method: 'GET', url: url(nextDay()).replace('/api/next-actions', '/api/dashboard') }),
      30,
      5,
    );
    const oneOpportunity = await timeRounds(
      () => t.request({ method: 'GET', url: `/api/opportunities/${oneWithInterviews}/follow-ups?timeZone=${encodeURIComponent(ZONE)}` }),
      60,
      10,
    );

    return {
      next_actions_items: sample.items.length,
      'GET /api/next-actions target ms': 20,
      'GET /api/next-actions after a next action is edited, median ms': round(median(nextActionEdited)),
      'GET /api/next-actions?limit=500 after a next action is edited, median ms': round(median(fullList)),
      'GET /api/next-actions after a thank-you is marked sent, median ms': round(median(markedSent)),
      'GET /api/next-actions after an interview is edited, median ms': round(median(interviewEdited)),
      'GET /api/next-actions after an interview is edited, p95 ms': round(percentile(interviewEdited, 95)),
      'GET /api/next-actions after the clock moves (data reused, list ranked), median ms': round(median(clockMoved)),
      'GET /api/next-actions with nothing cached (first request after a start), median ms': round(median(cold)),
      'GET /api/next-actions with nothing cached, p95 ms': round(percentile(cold, 95)),
      "GET /api/next-actions with nothing cached, the previous round's garbage not collected first, median ms": round(median(coldDirty)),
      'GET /api/next-actions with nothing cached, CPU ms per request': round(coldCpu),
      'GET /api/next-actions cached median ms': round(median(cached)),
      'GET /api/next-actions/counts cached median ms': round(median(counts)),
      'computeNextActions (load + rank, no HTTP) median ms': round(median(service)),
      'load (one query per table) median ms': round(median(load)),
      'buildAgenda pure ranking median ms': round(median(ranking)),
      'GET /api/dashboard uncached median ms': round(median(dashboard)),
      'GET /api/opportunities/:id/follow-ups median ms': round(median(oneOpportunity)),
    };
  } finally {
    await t.close();
  }
}
