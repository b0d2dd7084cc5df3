import { draftThankYou } from '../src/core/followup/thank-you.js';
import { scheduleFollowUps, type ScheduleFollowUpsInput } from '../src/core/followup/schedule.js';
import { planPrep } from '../src/core/planning/prep-plan/plan.js';
import type { PlanPrepInput } from '../src/core/planning/prep-plan/types.js';
import { median, round, timeRounds } from './harness.js';

export const name = 'followup';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney'];

function opportunity(i: number): ScheduleFollowUpsInput {
  const start = Date.UTC(2026, 2, 1 + (i % 40), 13 + (i % 5));
  const iso = (ms: number) => new Date(ms).toISOString();
  const tz = ZONES[i % ZONES.length]!;
  return {
    interviews: [
      {
        id: `i${i}`,
        kind: 'onsite',
        start: iso(start),
        timeZone: tz,
        durationMinutes: 180,
        conversations: [0, 1, 2].map((c) => ({
          id: `c${i}-${c}`,
          start: iso(start + c * 3_600_000),
          durationMinutes: 60,
          personIds: [`p${i}-${c}`],
        })),
      },
    ],
    housekeeping: {
      decisionDate: i % 2 ? `2026-04-${String(1 + (i % 20)).padStart(2, '0')}` : null,
      bestContactPersonId: `p${i}-0`,
      preferredChannel: 'email',
    },
    people: [0, 1, 2].map((c) => ({ id: `p${i}-${c}`, name: `Person ${c}`, email: `p${c}@x.test` })),
    now: '2026-03-20T12:00:00Z',
    timeZone: tz,
    sent: i % 3 ? [] : [{ kind: 'thank-you', personId: `p${i}-0`, channel: 'email', interviewId: `i${i}`, sentAt: iso(start + 7_200_000) }],
  };
}

const NOTES = [
  '? What does a typical week look like',
  'Mostly pairing, with on-call once a month and a planning day every second Monday',
  '* The team is rebuilding onboarding in Q3 and wants someone to own the metrics',
  'They ship weekly to three regions',
  '! worried about Kubernetes depth',
  '> send my portfolio link',
  ...Array.from({ length: 30 }, (_, k) => `Plain note line number ${k} about the product, the team and the roadmap`),
];

const PREP: PlanPrepInput = {
  now: '2026-03-04T14:00:00Z',
  interviewStart: '2026-03-11T14:00:00Z',
  timeZone: 'America/New_York',
  research: { gapTopics: ['products', 'news', 'competitors'], factCount: 3 },
  interviewers: [{ name: 'Ana', researched: false }],
  questionPlan: { count: 1, assignedAll: false },
  weakestPrompts: Array.from({ length: 20 }, (_, k) => ({ id: `q${k}`, text: `Prompt ${k}`, score: (k * 37) % 100 })),
  logistics: { kind: 'video', placeOrLink: 'x', tested: false },
  hasBrief: false,
};

/** Medians for one thank-you draft, a 1,000-opportunity schedule pass and one prep plan. */
export async function run(): Promise<Record<string, number | string>> {
  const stories = Array.from({ length: 25 }, (_, k) => ({
    id: `s${k}`,
    title: `Story ${k} about delivery`,
    situation: 'A service kept failing at month end.',
    task: 'Make it reliable.',
    action: k === 7 ? 'I led the move of twelve services onto Kubernetes.' : 'I rebuilt the reporting pipeline.',
    result: 'Outages stopped.',
    skills: k === 7 ? ['Kubernetes'] : ['reporting', 'sql'],
    numbers: [],
  }));
  const draftInput = {
    person: { id: 'maria', name: 'Maria Lopez' },
    notes: NOTES,
    concerns: [
      { id: 'c1', text: 'Limited Kubernetes depth', raisedBy: 'maria', status: 'open' as const },
      { id: 'c2', text: 'Long commute', raisedBy: 'maria', status: 'open' as const },
    ],
    stories,
    opportunity: { employerName: 'Acme', roleTitle: 'Platform Engineer' },
    user: { name: 'Sam Doe' },
    tone: 'warm' as const,
    conversationEndsAt: '2026-03-03T15:00:00Z',
  };
  const draftTimes = await timeRounds(() => draftThankYou(draftInput), 200, 20);

  const opportunities = Array.from({ length: 1000 }, (_, i) => opportunity(i));
  // Enough warm-up rounds for the JIT: the server and browser run this code path all day.
  const scheduleTimes = await timeRounds(() => opportunities.map((o) => scheduleFollowUps(o)), 25, 15);
  // CPU time is steadier than wall time on a shared machine.
  const cpuBefore = process.cpuUsage();
  for (let r = 0; r < 10; r++) opportunities.forEach((o) => scheduleFollowUps(o));
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000 / 10;
  // A cold pass: new dates and zones not yet in the offset cache.
  const cold = Array.from({ length: 1000 }, (_, i) => ({
    ...opportunity(i),
    now: '2027-06-01T12:00:00Z',
    interviews: opportunity(i).interviews.map((iv) => ({
      ...iv,
      start: iv.start.replace('2026', '2027'),
      conversations: iv.conversations.map((c) => ({ ...c, start: c.start.replace('2026', '2027') })),
    })),
  }));
  const coldStart = performance.now();
  cold.forEach((o) => scheduleFollowUps(o));
  const coldMs = performance.now() - coldStart;

  const planTimes = await timeRounds(() => planPrep(PREP), 200, 20);
  const planHours = await timeRounds(() => planPrep({ ...PREP, now: '2026-03-11T12:00:00Z' }), 200, 20);

  return {
    draftThankYou_median_ms: round(median(draftTimes)),
    draftThankYou_target_ms: 5,
    scheduleFollowUps_1000_opportunities_median_ms: round(median(scheduleTimes)),
    scheduleFollowUps_1000_best_ms: round(Math.min(...scheduleTimes)),
    scheduleFollowUps_1000_cpu_ms: round(cpuMs),
    scheduleFollowUps_1000_first_pass_ms: round(coldMs),
    scheduleFollowUps_budget_ms: 'part of 20 ms next-actions',
    planPrep_week_median_ms: round(median(planTimes)),
    planPrep_2h_median_ms: round(median(planHours)),
  };
}
