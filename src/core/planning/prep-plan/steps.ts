import type { PlanPrepInput, PrepMode } from './types.js';

/** A step the plan may include, before it gets a time. */
export interface CandidateStep {
  key: string;
  title: string;
  reason: string;
  /** Higher first: what helps most in the interview when time is short. */
  value: number;
  minMinutes: number;
  idealMinutes: number;
  promptIds?: string[];
  /** Place in the last slot before the interview (checks that should be fresh). */
  late?: boolean;
  /** Must land in a later slot than this step (spaced repetition). */
  after?: string;
  /** How many slots later than `after` (default 1). */
  gap?: number;
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

function listOf(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  const more = items.length > max ? ` and ${items.length - max} more` : '';
  return `${shown.join(', ')}${more}`;
}

const PER_MODE = {
  hours: { perGap: 10, researchMax: 40, perPerson: 5, questions: 15, prompts: 2, perPrompt: 6, rounds: 1 },
  day: { perGap: 15, researchMax: 90, perPerson: 10, questions: 25, prompts: 3, perPrompt: 8, rounds: 1 },
  week: { perGap: 25, researchMax: 120, perPerson: 20, questions: 40, prompts: 5, perPrompt: 8, rounds: 3 },
} as const;

/** The research step: gaps first, a thin dossier second, a light refresh otherwise. */
function researchStep(input: PlanPrepInput, mode: PrepMode): CandidateStep {
  const m = PER_MODE[mode];
  const gaps = input.research.gapTopics.filter((t) => t.trim());
  if (gaps.length > 0 || input.research.factCount < 5) {
    const reason =
      gaps.length > 0
        ? `Your research still has gaps (${listOf(gaps)}); interviewers notice when you know their business, and it keeps you from asking what a search would answer.`
        : `Only ${input.research.factCount} facts are saved about the employer; learn what they do, for whom, and what is new there.`;
    const ideal = clamp(m.perGap * Math.max(gaps.length, 2), 20, m.researchMax);
    return {
      key: 'research',
      title: mode === 'week' ? 'Research the employer in depth' : 'Fill the research gaps',
      reason,
      value: 90,
      minMinutes: 15,
      idealMinutes: ideal,
    };
  }
  return {
    key: 'research',
    title: 'Reread your research',
    reason: 'Your dossier has no open gaps; a quick reread brings the facts to the front of your mind.',
    value: 45,
    minMinutes: 5,
    idealMinutes: mode === 'hours' ? 10 : 20,
  };
}

function rehearsalSteps(input: PlanPrepInput, mode: PrepMode): CandidateStep[] {
  const m = PER_MODE[mode];
  const weakest = [...input.weakestPrompts].sort((a, b) => a.score - b.score).slice(0, m.prompts);
  const steps: CandidateStep[] = [];
  for (let round = 1; round <= m.rounds; round++) {
    const key = round === 1 ? 'rehearse' : `rehearse-${round}`;
    if (weakest.length === 0) {
      steps.push({
        key,
        title: round === 1 ? 'Rehearse your opening answers aloud' : `Rehearsal round ${round}`,
        reason: 'No answers are scored yet; say your introduction and why you want this role out loud until they flow.',
        value: 60 - round * 5,
        minMinutes: 8,
        idealMinutes: mode === 'week' ? 25 : 15,
        ...(round > 1 ? { after: round === 2 ? 'rehearse' : `rehearse-${round - 1}`, gap: 2 } : {}),
      });
      continue;
    }
    steps.push({
      key,
      title: round === 1 ? 'Rehearse your weakest answers aloud' : `Rehearsal round ${round}`,
      reason:
        round === 1
          ? `These scored lowest: ${listOf(weakest.map((w) => `"${w.text}" (${Math.round(w.score)})`))}. Saying them aloud, timed, is the fastest way to improve them.`
          : 'Spacing rehearsals over days makes the answers stick without sounding memorised.',
      value: 60 - round * 5,
      minMinutes: Math.min(6, m.perPrompt),
      idealMinutes: m.perPrompt * weakest.length,
      promptIds: weakest.map((w) => w.id),
      ...(round > 1 ? { after: round === 2 ? 'rehearse' : `rehearse-${round - 1}`, gap: 2 } : {}),
    });
  }
  return steps;
}

function logisticsSteps(input: PlanPrepInput, mode: PrepMode): CandidateStep[] {
  const { kind, placeOrLink, tested } = input.logistics;
  const steps: CandidateStep[] = [];
  const what = kind === 'onsite' ? 'address and who to ask for' : kind === 'video' ? 'meeting link' : 'number and who calls whom';
  if (!placeOrLink?.trim()) {
    steps.push({
      key: 'logistics-confirm',
      title: `Confirm the ${what}`,
      reason: `You do not have the ${what} yet; everything else is wasted if you cannot get there on time.`,
      value: 100,
      minMinutes: 5,
      idealMinutes: 10,
    });
  }
  if (!tested) {
    const title =
      kind === 'onsite'
        ? 'Plan the route and timing'
        : kind === 'video'
          ? 'Test camera, microphone and link'
          : 'Check phone, signal and a quiet room';
    const reason =
      kind === 'onsite'
        ? 'Knowing the route, the travel time and a backup removes the biggest day-of stress.'
        : kind === 'video'
          ? 'A quick test now avoids losing the first minutes to sound or camera trouble.'
          : 'A charged phone, good signal and a quiet room let you focus on the conversation.';
    steps.push({
      key: 'logistics-test',
      title,
      reason,
      value: 50,
      minMinutes: 5,
      idealMinutes: kind === 'onsite' ? 15 : 10,
      late: mode === 'day',
    });
  }
  return steps;
}

/** Every step worth doing for this interview, with its value and size for the mode. */
export function candidateSteps(input: PlanPrepInput, mode: PrepMode): CandidateStep[] {
  const m = PER_MODE[mode];
  const steps: CandidateStep[] = [...logisticsSteps(input, mode), researchStep(input, mode)];
  const unknown = input.interviewers.filter((p) => !p.researched).map((p) => p.name);
  if (unknown.length > 0) {
    steps.push({
      key: 'interviewers',
      title: 'Look up your interviewers',
      reason: `You have not looked into ${listOf(unknown)} yet; knowing their roles and background helps you pitch answers and questions to each person.`,
      value: 80,
      minMinutes: 5,
      idealMinutes: clamp(m.perPerson * unknown.length, 5, mode === 'week' ? 60 : 30),
    });
  }
  const { count, assignedAll } = input.questionPlan;
  if (count < 3 || !assignedAll) {
    steps.push({
      key: 'questions',
      title: 'Finish your question plan',
      reason:
        count < 3
          ? `Your plan has ${count} question${count === 1 ? '' : 's'}; aim for three to five, two or three per interviewer, different for each person.`
          : 'Some interviewers have no questions assigned; give each person two or three of their own.',
      value: 70,
      minMinutes: 10,
      idealMinutes: m.questions,
    });
  } else {
    steps.push({
      key: 'questions',
      title: 'Review your question plan',
      reason: 'Your questions are ready; read them once so they come naturally.',
      value: 35,
      minMinutes: 5,
      idealMinutes: 5,
    });
  }
  steps.push(...rehearsalSteps(input, mode));
  if (mode === 'week') {
    steps.push({
      key: 'mock',
      title: 'Run a full mock interview',
      reason: 'A timed run-through, ideally with a friend, shows how the answers hold up together and under mild pressure.',
      value: 42,
      minMinutes: 30,
      idealMinutes: 45,
      after: 'rehearse-2',
    });
  }
  if (!input.hasBrief) {
    steps.push({
      key: 'brief',
      title: 'Make your one-page brief',
      reason: 'One page with names, key facts, your stories and your questions is what you will glance at on the day.',
      value: 40,
      minMinutes: 5,
      idealMinutes: mode === 'hours' ? 5 : 10,
    });
  }
  if (mode !== 'hours') {
    steps.push({
      key: 'review',
      title: 'Skim your brief',
      reason: 'A last light pass over names, facts and your opening lines, without cramming.',
      value: 30,
      minMinutes: 5,
      idealMinutes: 10,
      late: true,
    });
  }
  return steps.sort((a, b) => b.value - a.value);
}
