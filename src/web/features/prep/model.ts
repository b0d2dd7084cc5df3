import type { PrepStep } from '../../../contracts/prep.js';
import type { DetailTab } from '../search/model.js';

/** Where in Offerbook a step is done: a tab of the opportunity, rehearsal, or the brief. */
export type StepTarget =
  { kind: 'tab'; tab: DetailTab; label: string } | { kind: 'rehearse'; label: string } | { kind: 'brief'; label: string };

/** The place each step of the prep plan is done; rest, sleep and settling in have none. */
export function stepTarget(step: Pick<PrepStep, 'key' | 'kind'>): StepTarget | null {
  if (step.kind !== 'prep') return null;
  const key = step.key;
  if (key === 'research') return { kind: 'tab', tab: 'research', label: 'Open research' };
  if (key === 'interviewers') return { kind: 'tab', tab: 'people', label: 'Open people' };
  if (key === 'questions') return { kind: 'tab', tab: 'questions', label: 'Open questions' };
  if (key.startsWith('logistics')) return { kind: 'tab', tab: 'interviews', label: 'Open the interview' };
  if (key.startsWith('rehearse') || key === 'mock') return { kind: 'rehearse', label: 'Rehearse now' };
  if (key === 'brief' || key === 'review') return { kind: 'brief', label: 'Open the brief' };
  return null;
}

/** An instant as a short local time with the weekday ("Tue 14:30"), in the user's zone. */
export function stepTime(iso: string, timeZone?: string): string {
  return new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
}

/** Minutes as words: "45 min", "2 h", "1 h 30 min". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Steps not yet over at `now` (the dashboard shows what is left). */
export function remainingSteps<T extends Pick<PrepStep, 'startsAt' | 'minutes'>>(steps: readonly T[], now: Date): T[] {
  return steps.filter((s) => Date.parse(s.startsAt) + s.minutes * 60_000 > now.getTime());
}

/** Hours until the interview starts (negative once it has started). */
export function hoursUntil(startsAt: string, now: Date): number {
  return (Date.parse(startsAt) - now.getTime()) / 3_600_000;
}

/** The browser's own IANA zone, sent so the plan keeps preparation out of the user's night. */
export function browserZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
