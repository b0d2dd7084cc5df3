import type { Fit, Priority } from '../../../contracts/priorities.js';
import type { LibraryQuestion, PlanInterviewer, PlanItem, PlanWarning, QuestionCheck, QuestionPlan } from '../../../contracts/questions.js';
import type { Purpose, Role } from '../../../core/library/questions-to-ask/types.js';
import { draftClosingLine, HOUSEKEEPING_QUESTIONS } from '../../../core/planning/closing.js';
import { suggestForUnknownPriorities } from '../../../core/planning/priority-questions.js';
import { checkQuestion } from '../../../core/planning/research-check/index.js';
import { asCoreQuestion } from './library.js';
import { contentWords } from '../../../core/followup/text.js';
import type { PlanData } from './plan-data.js';
import type { ItemRow } from './repository-plans.js';

/** What else a plan view needs beyond the stored plan: the user's priorities, the fit and the library. */
export interface PlanExtras {
  priorities: Priority[];
  fit: Fit;
  library: LibraryQuestion[];
  /** The user's story bank: the closing line cites the one closest to the role (never fit notes). */
  stories?: readonly { title: string; skills: readonly string[] }[];
}

/** The interviewer role a person's role suggests (interviewers and others are treated as peers). */
export function defaultInterviewerRole(personRole: string): Role {
  if (personRole === 'recruiter') return 'recruiter';
  if (personRole === 'hiring-manager') return 'hiring-manager';
  return 'peer';
}

/** The plan's interviewers: those the user chose, or the opportunity's people with their suggested roles. */
export function interviewersOf(data: PlanData): PlanInterviewer[] {
  if (data.plan && data.plan.interviewers_set === 1) {
    return data.interviewerRows.map((r) => ({ personId: r.person_id, name: r.name, title: r.title, role: r.role as Role }));
  }
  return data.people.map((p) => ({ personId: p.id, name: p.name, title: p.title, role: defaultInterviewerRole(p.role) }));
}

/** The research check of one question against the employer's dossier. */
export function checkItem(text: string, data: PlanData): QuestionCheck {
  return checkQuestion({ question: text, facts: data.facts, employerName: data.opportunity.employer_name });
}

function presentItem(row: ItemRow, order: number, data: PlanData, known: ReadonlySet<string>): PlanItem {
  const assigned = row.interviewer_person_id !== null && known.has(row.interviewer_person_id) ? row.interviewer_person_id : null;
  return {
    id: row.id,
    questionId: row.question_id,
    text: row.text,
    purpose: row.purpose as Purpose,
    order,
    interviewerPersonId: assigned,
    pinned: row.pinned === 1 && assigned !== null,
    asked: row.asked === 1,
    answerHeard: row.answer_heard,
    check: checkItem(row.text, data),
  };
}

/** What the user should know about the plan as it stands. */
function stateWarnings(interviewers: PlanInterviewer[], items: PlanItem[], rows: ItemRow[]): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (items.length > 0 && interviewers.length === 0) {
    warnings.push({ code: 'no-interviewers', message: 'Add at least one interviewer to plan questions.' });
  }
  const known = new Set(interviewers.map((i) => i.personId));
  for (const row of rows) {
    if (row.interviewer_person_id !== null && !known.has(row.interviewer_person_id)) {
      warnings.push({
        code: 'unknown-interviewer',
        message: `"${row.text}" was assigned to someone no longer in this plan; it is unassigned now.`,
        itemId: row.id,
      });
    }
  }
  if (!items.some((i) => i.interviewerPersonId !== null)) return warnings;
  for (const person of interviewers) {
    const n = items.filter((i) => i.interviewerPersonId === person.personId).length;
    if (n < 2)
      warnings.push({
        code: 'below-minimum',
        message: `${person.name} has ${n} of the 2–3 suggested questions.`,
        interviewerPersonId: person.personId,
      });
    if (n > 3)
      warnings.push({
        code: 'over-max',
        message: `${person.name} has ${n} questions, more than the 2–3 suggested.`,
        interviewerPersonId: person.personId,
      });
  }
  return warnings;
}

/** The story closest to the role and the user's priorities (most shared words; the first written on a tie). */
export function strongestStory(
  stories: readonly { title: string; skills: readonly string[] }[],
  target: string,
): { title: string } | undefined {
  const want = contentWords(target);
  let best: { title: string } | undefined;
  let bestScore = -1;
  for (const s of stories) {
    if (!s.title.trim()) continue;
    let score = 0;
    for (const w of contentWords(`${s.title} ${s.skills.join(' ')}`)) if (want.has(w)) score++;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** The default closing line for the opportunity: its role, employer and the user's strongest story (shareable; fit notes never appear). */
export function defaultClosingLine(data: PlanData, extras: Pick<PlanExtras, 'priorities' | 'stories'>): string {
  const story = strongestStory(extras.stories ?? [], `${data.opportunity.role_title} ${extras.priorities.map((p) => p.name).join(' ')}`);
  return draftClosingLine({
    roleTitle: data.opportunity.role_title,
    employerName: data.opportunity.employer_name,
    strongestEvidence: story ? [{ kind: 'story', title: story.title }] : [],
  });
}

/** Builds the plan view; `extraWarnings` (e.g. from a distribution) come first. */
export function presentPlan(data: PlanData, extras: PlanExtras, extraWarnings: PlanWarning[] = []): QuestionPlan {
  const interviewers = interviewersOf(data);
  const known = new Set(interviewers.map((i) => i.personId));
  const items = data.items.map((row, i) => presentItem(row, i, data, known));
  const planned = new Set(items.map((i) => i.questionId).filter((id): id is string => id !== null));
  const ratings = Object.fromEntries(extras.fit.ratings.map((r) => [r.key, r.rating]));
  const names = new Map(extras.priorities.map((p) => [p.key, p.name]));
  const suggestions = suggestForUnknownPriorities({
    priorities: extras.priorities.map((p) => ({ key: p.key, name: p.name, weight: p.weight })),
    fitRatings: ratings,
    library: extras.library.filter((q) => !planned.has(q.id)).map(asCoreQuestion),
  });
  const seen = new Set<string>();
  const warnings = [...extraWarnings, ...stateWarnings(interviewers, items, data.items)].filter((w) => {
    const key = `${w.code}|${w.interviewerPersonId ?? ''}|${w.itemId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const closing = data.plan?.closing_line ?? null;
  return {
    opportunityId: data.opportunity.id,
    interviewers,
    interviewersSet: data.plan?.interviewers_set === 1,
    items,
    closingLine: closing ?? defaultClosingLine(data, extras),
    closingLineIsDefault: closing === null,
    housekeeping: HOUSEKEEPING_QUESTIONS.map((q) => ({ key: q.key, text: q.text, field: q.field })),
    suggestions: {
      forUnknownPriorities: suggestions.map((s) => ({
        priorityKey: s.priorityKey,
        priorityName: names.get(s.priorityKey) ?? s.priorityKey,
        questions: s.questions.map((q) => ({ id: q.id, text: q.text, purpose: q.purpose, roles: q.roles })),
      })),
    },
    warnings,
  };
}
