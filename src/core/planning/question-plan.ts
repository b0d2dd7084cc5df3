import type { Purpose, Question, Role } from '../library/questions-to-ask/types.js';

/** One person (or panel seat) the user will talk to. */
export interface PlanInterviewer {
  id: string;
  role: Role;
}

/** A question the user has fixed to one interviewer; the planner never moves it. */
export interface PinnedQuestion {
  interviewerId: string;
  questionId: string;
}

/** Input to {@link distributeQuestions}. */
export interface DistributeQuestionsInput {
  /** Candidate questions in the user's order: earlier means more wanted. */
  questions: readonly Question[];
  interviewers: readonly PlanInterviewer[];
  /** How many questions each interviewer should get; 2–3 by default (the usual advice). */
  perInterviewer?: { min: number; max: number };
  pinned?: readonly PinnedQuestion[];
}

/** Stable codes for what the planner could not do as asked. */
export type PlanWarningCode =
  | 'no-interviewers'
  | 'duplicate-question'
  | 'duplicate-interviewer'
  | 'pin-unknown-question'
  | 'pin-unknown-interviewer'
  | 'pin-duplicate'
  | 'pinned-over-max'
  | 'role-fallback'
  | 'too-few-questions'
  | 'below-minimum';

/** Something the user should know about the plan, in plain words. */
export interface PlanWarning {
  code: PlanWarningCode;
  message: string;
  interviewerId?: string;
  questionId?: string;
}

/** Which questions go to whom. */
export interface QuestionDistribution {
  /** Interviewer id → question ids in asking order (the user's order, closing questions last). */
  assignments: Record<string, string[]>;
  /** Questions not given to anyone, in the user's order. */
  unassigned: string[];
  warnings: PlanWarning[];
}

interface Seat {
  interviewer: PlanInterviewer;
  held: Question[];
  purposes: Set<Purpose>;
}

function bounds(per: DistributeQuestionsInput['perInterviewer']): { min: number; max: number } {
  const min = Math.max(0, Math.floor(per?.min ?? 2));
  return { min, max: Math.max(min, Math.floor(per?.max ?? 3)) };
}

/** The seat's best pick: a purpose it does not have yet, then the user's order. */
function bestPick(seat: Seat, remaining: readonly Question[], suitedOnly: boolean): Question | undefined {
  let best: Question | undefined;
  for (const q of remaining) {
    if (suitedOnly && !q.roles.includes(seat.interviewer.role)) continue;
    if (!best) best = q;
    else if (!seat.purposes.has(q.purpose) && seat.purposes.has(best.purpose)) best = q;
    if (!seat.purposes.has(best.purpose)) break; // `remaining` is in user order: the first fresh purpose wins
  }
  return best;
}

/**
 * Gives each interviewer 2–3 questions (by default) with no question asked twice across a panel: questions go to
 * interviewers whose role suits them, each person gets a spread of purposes, the user's order breaks ties, and
 * pinned questions stay where the user put them. Deterministic: same input, same plan.
 */
export function distributeQuestions(input: DistributeQuestionsInput): QuestionDistribution {
  const { min, max } = bounds(input.perInterviewer);
  const warnings: PlanWarning[] = [];
  const order = new Map<string, number>();
  const questions: Question[] = [];
  for (const q of input.questions) {
    if (order.has(q.id)) {
      warnings.push({
        code: 'duplicate-question',
        message: `The question "${q.text}" is listed twice; it is planned once.`,
        questionId: q.id,
      });
      continue;
    }
    order.set(q.id, questions.length);
    questions.push(q);
  }
  const seats: Seat[] = [];
  const seatById = new Map<string, Seat>();
  for (const interviewer of input.interviewers) {
    if (seatById.has(interviewer.id)) {
      warnings.push({
        code: 'duplicate-interviewer',
        message: 'An interviewer is listed twice; they are planned once.',
        interviewerId: interviewer.id,
      });
      continue;
    }
    const seat: Seat = { interviewer, held: [], purposes: new Set() };
    seats.push(seat);
    seatById.set(interviewer.id, seat);
  }
  if (seats.length === 0) {
    warnings.push({ code: 'no-interviewers', message: 'Add at least one interviewer to plan questions.' });
    return { assignments: {}, unassigned: questions.map((q) => q.id), warnings };
  }

  const taken = new Set<string>();
  const give = (seat: Seat, q: Question): void => {
    seat.held.push(q);
    seat.purposes.add(q.purpose);
    taken.add(q.id);
  };
  for (const pin of input.pinned ?? []) {
    const seat = seatById.get(pin.interviewerId);
    const q = questions[order.get(pin.questionId) ?? -1];
    if (!seat) {
      warnings.push({
        code: 'pin-unknown-interviewer',
        message: 'A pinned question points at an interviewer who is not in this interview; the pin was skipped.',
        interviewerId: pin.interviewerId,
        questionId: pin.questionId,
      });
    } else if (!q) {
      warnings.push({
        code: 'pin-unknown-question',
        message: 'A pinned question is not among the questions being planned; the pin was skipped.',
        interviewerId: pin.interviewerId,
        questionId: pin.questionId,
      });
    } else if (taken.has(q.id)) {
      warnings.push({
        code: 'pin-duplicate',
        message: `"${q.text}" is pinned more than once; it stays with the first interviewer it was pinned to.`,
        interviewerId: pin.interviewerId,
        questionId: q.id,
      });
    } else {
      give(seat, q);
    }
  }
  for (const seat of seats) {
    if (seat.held.length > max) {
      warnings.push({
        code: 'pinned-over-max',
        message: `${seat.held.length} questions are pinned to one interviewer, more than the ${max} suggested; they were all kept.`,
        interviewerId: seat.interviewer.id,
      });
    }
  }

  const remaining = (): Question[] => questions.filter((q) => !taken.has(q.id));
  const suitedCount = (seat: Seat, pool: readonly Question[]): number => pool.filter((q) => q.roles.includes(seat.interviewer.role)).length;
  // Round by round, the seat with the fewest suitable questions left picks first, so no role is starved.
  const fill = (target: number, suitedOnly: boolean): void => {
    for (;;) {
      const pool = remaining();
      const hungry = seats.filter((s) => s.held.length < target);
      if (pool.length === 0 || hungry.length === 0) return;
      const ranked = hungry.map((seat, i) => ({ seat, i, n: suitedCount(seat, pool) })).sort((a, b) => a.n - b.n || a.i - b.i);
      let progressed = false;
      for (const { seat } of ranked) {
        const pick = bestPick(seat, remaining(), suitedOnly);
        if (!pick) continue;
        if (!pick.roles.includes(seat.interviewer.role)) {
          warnings.push({
            code: 'role-fallback',
            message: `No question left suits a ${seat.interviewer.role}; "${pick.text}" was given to them anyway so they get at least ${min}.`,
            interviewerId: seat.interviewer.id,
            questionId: pick.id,
          });
        }
        give(seat, pick);
        progressed = true;
      }
      if (!progressed) return;
    }
  };
  fill(min, true);
  fill(min, false); // reaching the minimum matters more than a perfect role match
  fill(max, true);

  const shortfall = seats.reduce((n, s) => n + Math.max(0, min - s.held.length), 0);
  if (shortfall > 0) {
    warnings.push({
      code: 'too-few-questions',
      message: `There are not enough questions for ${min} per interviewer; add ${shortfall} more.`,
    });
    for (const seat of seats) {
      if (seat.held.length < min) {
        warnings.push({
          code: 'below-minimum',
          message: `This interviewer has only ${seat.held.length} of ${min} questions.`,
          interviewerId: seat.interviewer.id,
        });
      }
    }
  }

  const rank = (q: Question): number => (q.purpose === 'closing' ? 1e6 : 0) + (order.get(q.id) ?? 0);
  const assignments: Record<string, string[]> = {};
  for (const seat of seats) assignments[seat.interviewer.id] = [...seat.held].sort((a, b) => rank(a) - rank(b)).map((q) => q.id);
  return { assignments, unassigned: remaining().map((q) => q.id), warnings };
}
