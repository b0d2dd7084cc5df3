import { CHANNELS } from '../../../contracts/values.js';
import type {
  Housekeeping,
  InterviewerRole,
  LibraryQuestion,
  PlanItem,
  QuestionPlan,
  QuestionPurpose,
  UpdateHousekeeping,
} from '../../../contracts/questions.js';

/** Interviewer roles as the UI names them. */
export const ROLE_LABELS: Record<InterviewerRole, string> = {
  recruiter: 'Recruiter',
  'hiring-manager': 'Hiring manager',
  peer: 'Peer',
  executive: 'Executive',
};

/** Question purposes as the UI names them. */
export const PURPOSE_LABELS: Record<QuestionPurpose, string> = {
  'day-to-day': 'Day-to-day work',
  success: 'What success looks like',
  team: 'The team',
  'manager-and-style': 'Manager and working style',
  culture: 'Culture',
  growth: 'Growth and career path',
  'previous-person': 'The previous person in the role',
  direction: 'Direction of the company',
  challenges: 'Challenges',
  'decision-process': 'Decision process',
  closing: 'Closing',
};

/** One heading of the plan: an interviewer's questions, or the ones nobody has yet (`personId` null). */
export interface PlanGroup {
  personId: string | null;
  title: string;
  items: PlanItem[];
}

/** The plan's items under each interviewer in the plan's order, then the unassigned ones (items of someone no longer in the plan count as unassigned). */
export function groupByInterviewer(plan: Pick<QuestionPlan, 'interviewers' | 'items'>): PlanGroup[] {
  const sorted = [...plan.items].sort((a, b) => a.order - b.order);
  const known = new Set(plan.interviewers.map((i) => i.personId));
  const groups: PlanGroup[] = plan.interviewers.map((i) => ({
    personId: i.personId,
    title: `${i.name} · ${ROLE_LABELS[i.role]}`,
    items: sorted.filter((it) => it.interviewerPersonId === i.personId),
  }));
  const rest = sorted.filter((it) => it.interviewerPersonId === null || !known.has(it.interviewerPersonId));
  if (rest.length > 0 || groups.length === 0) groups.push({ personId: null, title: 'Not assigned yet', items: rest });
  return groups;
}

/** The 0-based plan position to send so `item` swaps with its neighbour inside its group; null at the edge. */
export function movePosition(
  plan: Pick<QuestionPlan, 'items'>,
  group: readonly PlanItem[],
  itemId: string,
  direction: -1 | 1,
): number | null {
  const at = group.findIndex((i) => i.id === itemId);
  const neighbour = at < 0 ? undefined : group[at + direction];
  if (!neighbour) return null;
  const sorted = [...plan.items].sort((a, b) => a.order - b.order);
  const pos = sorted.findIndex((i) => i.id === neighbour.id);
  return pos < 0 ? null : pos;
}

/**
 * The 0-based plan position to send when `draggedId` is dropped on `targetId` in the same group: the target's
 * place (the server takes the item out and puts it back there, so the target shifts towards where the item was).
 * Null when either is not in the group or both are the same item.
 */
export function dropPosition(
  plan: Pick<QuestionPlan, 'items'>,
  group: readonly PlanItem[],
  draggedId: string,
  targetId: string,
): number | null {
  if (draggedId === targetId || !group.some((i) => i.id === draggedId) || !group.some((i) => i.id === targetId)) return null;
  const sorted = [...plan.items].sort((a, b) => a.order - b.order);
  const pos = sorted.findIndex((i) => i.id === targetId);
  return pos < 0 ? null : pos;
}

/** What the library picker filters by. */
export interface LibraryFilter {
  text: string;
  purpose: QuestionPurpose | '';
  role: InterviewerRole | '';
}

/** Library questions matching every word typed (in the text or the priorities it informs), the purpose and the role. */
export function filterLibrary(items: readonly LibraryQuestion[], f: LibraryFilter): LibraryQuestion[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((q) => {
    if (f.purpose && q.purpose !== f.purpose) return false;
    if (f.role && !q.roles.includes(f.role)) return false;
    const hay = `${q.text} ${q.informs.join(' ')}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Priority keys read as words ("work-life-balance" → "work life balance"). */
export function priorityLabel(key: string): string {
  return key.replace(/-/g, ' ');
}

/** The housekeeping form's text state. */
export interface HousekeepingDraft {
  nextSteps: string;
  decisionDate: string;
  candidateCount: string;
  bestContactPersonId: string;
  bestContact: string;
  preferredChannel: string;
  preferredTiming: string;
  contactEmail: string;
  contactPhone: string;
}

/** Form fields of the housekeeping form. */
export type HousekeepingField = keyof HousekeepingDraft;

/** The form's starting values from what was saved. */
export function housekeepingDraft(h: Housekeeping): HousekeepingDraft {
  return {
    nextSteps: h.nextSteps,
    decisionDate: h.decisionDate ?? '',
    candidateCount: h.candidateCount === null ? '' : String(h.candidateCount),
    bestContactPersonId: h.bestContactPersonId ?? '',
    bestContact: h.bestContact,
    preferredChannel: h.preferredChannel ?? '',
    preferredTiming: h.preferredTiming,
    contactEmail: h.contactEmail ?? '',
    contactPhone: h.contactPhone ?? '',
  };
}

/** Checks the form in the browser (same rules as the API) and builds the PUT body; errors name each field. */
export function housekeepingBody(d: HousekeepingDraft): { body: UpdateHousekeeping; errors: Partial<Record<HousekeepingField, string>> } {
  const errors: Partial<Record<HousekeepingField, string>> = {};
  const count = d.candidateCount.trim();
  if (count && !/^\d+$/.test(count)) errors.candidateCount = 'Enter a whole number, 0 or more.';
  if (d.decisionDate && !/^\d{4}-\d{2}-\d{2}$/.test(d.decisionDate)) errors.decisionDate = 'Enter a date.';
  const email = d.contactEmail.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.contactEmail = 'Enter an email address, like name@example.com.';
  const phone = d.contactPhone.trim();
  if (phone && !/^[+()\d\s./-]*(?:(?:ext|x)\.?\s*\d+)?$/i.test(phone)) errors.contactPhone = 'Use digits, spaces and + - . ( ) only.';
  const channel = CHANNELS.find((c) => c === d.preferredChannel) ?? null;
  const body: UpdateHousekeeping = {
    nextSteps: d.nextSteps.trim(),
    decisionDate: d.decisionDate || null,
    candidateCount: count && !errors.candidateCount ? Number(count) : null,
    bestContactPersonId: d.bestContactPersonId || null,
    bestContact: d.bestContact.trim(),
    preferredChannel: channel,
    preferredTiming: d.preferredTiming.trim(),
    contactEmail: email || null,
    contactPhone: phone || null,
  };
  return { body, errors };
}
