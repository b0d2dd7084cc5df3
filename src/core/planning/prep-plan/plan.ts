import { isValidTimeZone } from '../../followup/zoned-time.js';
import { candidateSteps, type CandidateStep } from './steps.js';
import type { PlanPrepInput, PrepMode, PrepPlan, PrepStep } from './types.js';
import { awakeSegments, lastNight, weekSessions, type Segment } from './windows.js';

const MIN_MS = 60_000;
/** Up to this much prep time with no night in between, the plan is one compressed block. */
const HOURS_MODE_MAX_MIN = 8 * 60;
/** Below this, the plan is a one-or-two-day pass; above it, it spreads over days. */
const DAY_MODE_MAX_MIN = 60 * 60;

/** Minutes kept free before the start: travel for onsite, setting up for calls. */
export function bufferMinutes(kind: PlanPrepInput['logistics']['kind']): number {
  return kind === 'onsite' ? 60 : 30;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function human(minutes: number): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts = [d ? `${d} day${d > 1 ? 's' : ''}` : '', h ? `${h} h` : '', !d && m ? `${m} min` : ''].filter(Boolean);
  return parts.join(' ') || 'no time';
}

/** Gives every step its minimum in value order while the budget lasts, then tops up towards ideal. */
function allocate(steps: readonly CandidateStep[], budget: number): Map<string, number> {
  let left = budget;
  const size = new Map<string, number>();
  for (const s of steps) {
    if (s.minMinutes <= left) {
      size.set(s.key, s.minMinutes);
      left -= s.minMinutes;
    }
  }
  for (const s of steps) {
    const current = size.get(s.key);
    if (current === undefined) continue;
    const extra = Math.min(s.idealMinutes - current, left);
    size.set(s.key, current + extra);
    left -= extra;
  }
  return size;
}

function segmentsFor(mode: PrepMode, nowMs: number, prepEndMs: number, night: ReturnType<typeof lastNight>, tz: string): Segment[] {
  if (prepEndMs <= nowMs) return [];
  if (mode === 'hours') return [{ startMs: nowMs, endMs: prepEndMs }];
  if (mode === 'week') return weekSessions(nowMs, prepEndMs, tz);
  if (!night) {
    const awake = awakeSegments(nowMs, prepEndMs, tz);
    return awake.length > 0 ? awake : [{ startMs: nowMs, endMs: prepEndMs }];
  }
  const before = awakeSegments(nowMs, Math.min(night.startMs, night.bedMs), tz);
  // Already past bedtime: a short essentials window before sleeping.
  if (night.startMs > night.bedMs) before.push({ startMs: Math.max(nowMs, night.bedMs), endMs: night.startMs });
  return [...before, { startMs: night.endMs, endMs: prepEndMs }].filter((s) => s.endMs - s.startMs >= 5 * MIN_MS);
}

interface Placed {
  step: CandidateStep;
  segment: number;
  startMs: number;
  minutes: number;
}

/**
 * Puts each step, in value order, into the first slot where it fits at full size, else shrinks it
 * into the roomiest allowed slot. `late` steps fill slots from the end, closest to the interview.
 */
function place(
  steps: readonly CandidateStep[],
  size: Map<string, number>,
  segments: readonly Segment[],
): { placed: Placed[]; dropped: string[] } {
  const head = segments.map((s) => s.startMs);
  const tail = segments.map((s) => s.endMs);
  const placed: Placed[] = [];
  const dropped: string[] = [];
  const last = segments.length - 1;
  const room = (i: number): number => Math.floor((tail[i]! - head[i]!) / MIN_MS);
  for (const step of steps) {
    const wanted = size.get(step.key);
    const after = step.after ? placed.find((p) => p.step.key === step.after) : undefined;
    if (wanted === undefined || (step.after && !after)) {
      dropped.push(step.key);
      continue;
    }
    const first = after ? after.segment + (step.gap ?? 1) : 0;
    const order = Array.from({ length: Math.max(0, segments.length - first) }, (_, i) => first + i);
    if (step.late && order.includes(last)) order.unshift(...order.splice(order.indexOf(last), 1));
    const full = order.find((i) => room(i) >= wanted);
    const roomiest = [...order].sort((a, b) => room(b) - room(a))[0];
    const target = full ?? (roomiest !== undefined && room(roomiest) >= step.minMinutes ? roomiest : undefined);
    if (target === undefined) {
      dropped.push(step.key);
      continue;
    }
    const minutes = Math.min(wanted, room(target));
    let startMs: number;
    if (step.late) {
      tail[target] = tail[target]! - minutes * MIN_MS;
      startMs = tail[target]!;
    } else {
      startMs = head[target]!;
      head[target] = head[target]! + minutes * MIN_MS;
    }
    placed.push({ step, segment: target, startMs, minutes });
  }
  return { placed, dropped };
}

const MODE_NOTE: Record<PrepMode, string> = {
  hours: 'a compressed pass over the essentials, most valuable first',
  day: 'a full pass, with sleep protected',
  week: 'preparation spread over evening sessions, with deeper research and repeated rehearsal',
};

/**
 * A time-boxed prep plan from `now` to the interview: the most valuable preparation first, sized to
 * the time left, never in the last 30–60 minutes, never in the night, with sleep when it matters.
 */
export function planPrep(input: PlanPrepInput): PrepPlan {
  const tz = input.timeZone ?? 'UTC';
  if (!isValidTimeZone(tz)) throw new RangeError(`Unknown time zone: ${tz}`);
  const nowMs = new Date(input.now).getTime();
  const startMs = new Date(input.interviewStart).getTime();
  const minutesAvailable = Math.max(0, Math.floor((startMs - nowMs) / MIN_MS));
  if (minutesAvailable === 0) {
    return {
      minutesAvailable,
      mode: 'hours',
      steps: [],
      dropped: [],
      note: 'The interview has already started; nothing to plan. Good luck.',
    };
  }
  // On very short notice an onsite buffer shrinks towards 30 minutes so the essentials still fit.
  const preferred = bufferMinutes(input.logistics.kind);
  const buffer = Math.min(minutesAvailable, Math.min(preferred, Math.max(30, minutesAvailable - 30)));
  const prepEndMs = startMs - buffer * MIN_MS;
  const night = lastNight(nowMs, prepEndMs, startMs, tz);
  const span = (prepEndMs - nowMs) / MIN_MS;
  const mode: PrepMode = span <= HOURS_MODE_MAX_MIN && !night ? 'hours' : span < DAY_MODE_MAX_MIN ? 'day' : 'week';

  const segments = segmentsFor(mode, nowMs, prepEndMs, night, tz);
  const candidates = candidateSteps(input, mode);
  const budget = segments.reduce((sum, s) => sum + Math.floor((s.endMs - s.startMs) / MIN_MS), 0);
  const { placed, dropped } = place(candidates, allocate(candidates, budget), segments);

  const steps: PrepStep[] = placed.map((p) => ({
    key: p.step.key,
    kind: 'prep',
    title: p.step.title,
    minutes: p.minutes,
    reason: p.step.reason,
    startsAt: iso(p.startMs),
    ...(p.step.promptIds ? { promptIds: p.step.promptIds } : {}),
  }));
  if (mode === 'hours' && segments[0]) {
    const used = placed.reduce((sum, p) => sum + p.minutes, 0);
    const rest = Math.min(30, Math.floor((segments[0].endMs - segments[0].startMs) / MIN_MS) - used);
    if (rest >= 10) {
      steps.push({
        key: 'rest',
        kind: 'rest',
        title: 'Eat, drink water, step away',
        minutes: rest,
        reason: 'A short break before the final stretch keeps you fresh instead of frazzled.',
        startsAt: iso(prepEndMs - rest * MIN_MS),
      });
    }
  }
  if (night && mode !== 'hours') {
    steps.push({
      key: 'sleep',
      kind: 'sleep',
      title: 'Sleep',
      minutes: Math.round((night.endMs - night.startMs) / MIN_MS),
      reason: 'A rested mind recalls facts and stories far better than one more hour of late-night cramming.',
      startsAt: iso(night.startMs),
    });
  }
  const onsite = input.logistics.kind === 'onsite';
  steps.push({
    key: 'settle',
    kind: 'settle',
    title: onsite ? 'Travel and arrive early' : 'Set up and breathe',
    minutes: buffer,
    reason: onsite
      ? 'Keep the last hour for the journey and a few calm minutes before you go in; no new preparation.'
      : 'Keep the last half hour free: water, notes within reach, a quiet room and a few slow breaths.',
    startsAt: iso(prepEndMs),
  });
  steps.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));

  const droppedTitles = dropped.map((k) => candidates.find((c) => c.key === k)?.title ?? k);
  const note =
    `${human(minutesAvailable)} until the interview: ${MODE_NOTE[mode]}.` +
    (droppedTitles.length > 0 ? ` Left out for lack of time: ${droppedTitles.join('; ').toLowerCase()}.` : '');
  return { minutesAvailable, mode, steps, dropped, note };
}
