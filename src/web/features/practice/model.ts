import type { Prompt, PromptCategory } from '../../../core/library/prompts/index.js';
import type { Answer, Rehearsal } from '../../../contracts/practice.js';

/** Headings of the prompt library, in the order an interview usually runs. */
export const CATEGORY_LABELS: Record<PromptCategory, string> = {
  opener: 'Openers',
  motivation: 'Motivation',
  'why-company': 'Why this company',
  'why-left': 'Why you left',
  strengths: 'Strengths',
  weaknesses: 'Weaknesses',
  behavioural: 'Stories from your experience',
  situational: 'What would you do',
  'career-goals': 'Career goals',
  salary: 'Pay',
  closing: 'Your questions for them',
};

/** One row of the library: the prompt, the user's best-matching answer and the latest rehearsal. */
export interface LibraryRow {
  prompt: Prompt;
  answer: Answer | undefined;
  lastRehearsal: Rehearsal | undefined;
}

/** One heading of the library. */
export interface LibraryGroup {
  category: PromptCategory;
  label: string;
  rows: LibraryRow[];
}

// Lists arrive newest first; the first match is the latest.
function latestBy<T extends { promptId: string; opportunityId: string | null }>(
  items: readonly T[],
  opportunityId: string | null,
): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) {
    if (opportunityId !== null && item.opportunityId !== opportunityId) continue;
    if (!out.has(item.promptId)) out.set(item.promptId, item);
  }
  return out;
}

/**
 * Groups the prompts by category with the answer and latest rehearsal of each. With an opportunity,
 * only what was tailored to it counts; without, any answer counts but a general one wins.
 */
export function libraryGroups(
  prompts: readonly Prompt[],
  answers: readonly Answer[],
  rehearsals: readonly Rehearsal[],
  opportunityId: string | null = null,
): LibraryGroup[] {
  const general = latestBy(
    answers.filter((a) => a.opportunityId === null),
    null,
  );
  const any = latestBy(answers, opportunityId);
  const rehearsed = latestBy(rehearsals, opportunityId);
  const groups = new Map<PromptCategory, LibraryGroup>();
  for (const prompt of prompts) {
    let g = groups.get(prompt.category);
    if (!g) {
      g = { category: prompt.category, label: CATEGORY_LABELS[prompt.category], rows: [] };
      groups.set(prompt.category, g);
    }
    const answer = opportunityId === null ? (general.get(prompt.id) ?? any.get(prompt.id)) : any.get(prompt.id);
    g.rows.push({ prompt, answer, lastRehearsal: rehearsed.get(prompt.id) });
  }
  const order = Object.keys(CATEGORY_LABELS);
  return [...groups.values()].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
}

/** The answer to edit for a prompt: the one tailored to the opportunity, or the general one. */
export function pickAnswer(answers: readonly Answer[], promptId: string, opportunityId: string | null): Answer | undefined {
  return answers.find((a) => a.promptId === promptId && a.opportunityId === opportunityId);
}

/** Splits a comma- or line-separated list typed by the user (skills, numbers) into clean items. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Rehearsal prompt ids from the URL (`a,b,c`), keeping only known prompts and dropping repeats. */
export function parsePromptIds(raw: unknown, known: (id: string) => boolean): string[] {
  if (typeof raw !== 'string') return [];
  return [...new Set(raw.split(',').map((s) => s.trim()))].filter((id) => id && known(id));
}
