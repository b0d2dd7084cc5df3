import type { Housekeeping, QuestionPlan } from '../../../contracts/questions.js';
import { FACT_TOPICS } from '../../../core/research/checklist.js';
import type { BriefInput } from '../../../core/planning/brief.js';
import { renderBriefMarkdown } from '../../../core/planning/brief.js';
import { renderBriefHtml } from '../../../core/planning/brief-html.js';
import { dateInWords, interviewLogistics } from '../../../core/planning/brief-logistics.js';
import { isValidTimeZone } from '../../../core/followup/index.js';
import { AppError } from '../../errors.js';
import { loadInterviews } from '../calendar/repository.js';
import type { Ctx } from '../../auth/actor.js';
import { getFit, getPriorities } from '../priorities/service.js';
import { plainLine, talkingPoints, telling } from './evidence.js';
import { getHousekeeping } from './housekeeping.js';
import { listLibrary } from './library.js';
import { loadPlanData, type PlanData } from './plan-data.js';
import type { LinkedPerson } from './repository-plans.js';
import { presentPlan } from './plan-present.js';
import { listStories } from '../practice/stories.js';

const SNAPSHOT_SIZE = 4;
const topicLabel = new Map(FACT_TOPICS.map((t) => [t.topic as string, t.label]));

const CHANNEL_WORDS: Record<string, string> = { email: 'Email', phone: 'Phone', linkedin: 'LinkedIn', other: 'Another way' };

/** The answer known for a housekeeping question, as words ("" while nothing is known). */
function answerOf(h: Housekeeping, field: string, people: readonly LinkedPerson[]): string {
  if (field === 'bestContact') {
    // A best contact chosen from the people answers the question even with no note typed.
    const person = h.bestContactPersonId ? people.find((p) => p.id === h.bestContactPersonId)?.name : undefined;
    const note = h.bestContact.trim();
    return [...new Set([person, note].filter((x): x is string => Boolean(x)))].join(', ');
  }
  if (field === 'decisionDate') return h.decisionDate ? dateInWords(h.decisionDate) : '';
  if (field === 'preferredChannel') return h.preferredChannel ? (CHANNEL_WORDS[h.preferredChannel] ?? h.preferredChannel) : '';
  const value = (h as unknown as Record<string, unknown>)[field];
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** Questions grouped by interviewer in plan order (closing questions last), then the unassigned ones. */
function questionGroups(plan: QuestionPlan): BriefInput['questions'] {
  const ordered = [...plan.items].sort((a, b) => Number(a.purpose === 'closing') - Number(b.purpose === 'closing') || a.order - b.order);
  const groups: { interviewer: { name: string; role: string } | null; items: { text: string; asked: boolean }[] }[] = plan.interviewers.map(
    (i) => ({
      interviewer: { name: i.name, role: i.role },
      items: ordered.filter((q) => q.interviewerPersonId === i.personId).map((q) => ({ text: q.text, asked: q.asked })),
    }),
  );
  const unassigned = ordered.filter((q) => q.interviewerPersonId === null).map((q) => ({ text: q.text, asked: q.asked }));
  return [...groups.filter((g) => g.items.length > 0), ...(unassigned.length ? [{ interviewer: null, items: unassigned }] : [])];
}

/** One fact per topic, most telling topics first. */
function snapshotOf(data: PlanData): BriefInput['snapshot'] {
  const seen = new Set<string>();
  const out: { label: string; statement: string }[] = [];
  for (const f of telling(data.facts)) {
    if (seen.has(f.topic) || out.length >= SNAPSHOT_SIZE) continue;
    seen.add(f.topic);
    out.push({ label: topicLabel.get(f.topic) ?? f.topic, statement: plainLine(f.statement, 180) });
  }
  return out;
}

/**
 * Three talking points: facts not already in the snapshot, topped up from the snapshot, then what draws the user
 * (priority names only). The fit evidence is the user's private note (pay floors, doubts) and never appears.
 */
function pointsBeyond(snapshot: BriefInput['snapshot'], ratings: Parameters<typeof talkingPoints>[0], data: PlanData): string[] {
  const shown = new Set(snapshot.map((s) => s.statement));
  const fresh = data.facts.filter((f) => !shown.has(plainLine(f.statement, 180)));
  return talkingPoints(ratings, [...fresh, ...data.facts.filter((f) => !fresh.includes(f))]);
}

/** Gathers what the one-page brief of an opportunity shows. */
export async function briefInput(ctx: Ctx, opportunityId: string, timeZone?: string): Promise<BriefInput> {
  if (timeZone !== undefined && !isValidTimeZone(timeZone))
    throw new AppError('validation', 'timeZone is not a time zone this system knows', { field: 'timeZone' });
  const data = await loadPlanData(ctx, opportunityId);
  const now = ctx.now().getTime();
  const interviews = (await loadInterviews(ctx.db, ctx.actor.userId, { opportunityIds: [opportunityId] })).filter(
    (i) => Date.parse(i.startsAt) + i.durationMinutes * 60_000 > now,
  );
  const [priorities, fit, library, housekeeping, stories] = await Promise.all([
    getPriorities(ctx),
    getFit(ctx, opportunityId),
    listLibrary(ctx),
    getHousekeeping(ctx, opportunityId),
    listStories(ctx),
  ]);
  const plan = presentPlan(data, { priorities, fit, library, stories });
  const snapshot = snapshotOf(data);
  return {
    employerName: data.opportunity.employer_name,
    roleTitle: data.opportunity.role_title,
    location: data.opportunity.location,
    remotePolicy: data.opportunity.remote_policy,
    snapshot,
    people: data.people.map((p) => ({ name: p.name, title: p.title, role: p.role })),
    talkingPoints: pointsBeyond(snapshot, fit.ratings, data),
    questions: questionGroups(plan),
    closingLine: plan.closingLine,
    housekeeping: plan.housekeeping.map((q) => ({ text: q.text, answer: answerOf(housekeeping, q.field, data.people) })),
    preparedOn: ctx.now().toISOString().slice(0, 10),
    interviews: interviews.map((i) => interviewLogistics(i, timeZone)),
  };
}

/** The brief of an opportunity as Markdown or a standalone HTML page. */
export async function renderBrief(ctx: Ctx, opportunityId: string, format: 'md' | 'html', timeZone?: string): Promise<string> {
  const input = await briefInput(ctx, opportunityId, timeZone);
  return format === 'md' ? renderBriefMarkdown(input) : renderBriefHtml(input);
}
