import { readFileSync } from 'node:fs';
import { QUESTIONS_TO_ASK } from '../src/core/library/questions-to-ask/index.js';
import type { Fact, Role } from '../src/core/library/questions-to-ask/types.js';
import { distributeQuestions } from '../src/core/planning/question-plan.js';
import { checkQuestion } from '../src/core/planning/research-check/index.js';
import { median, round, timeRounds } from './harness.js';

/** Benchmark name as shown by bench/run.ts. */
export const name = 'questions';

const facts: Fact[] = [
  { id: 'f1', topic: 'locations', statement: 'Opened an office in Lisbon in March 2025.' },
  { id: 'f2', topic: 'size', statement: 'About 1,200 employees across four countries.' },
  { id: 'f3', topic: 'history', statement: 'Founded in 2009 by two former teachers.' },
  { id: 'f4', topic: 'competitors', statement: 'Competes mainly with Globex and Initech.' },
  { id: 'f5', topic: 'funding-and-finances', statement: 'Raised a Series B of 40 million in 2024.' },
];

/** Times the panel planner (6 interviewers, 40 questions) and the research check over 10,000 questions. */
export async function run(): Promise<Record<string, number | string>> {
  const roles: Role[] = ['recruiter', 'hiring-manager', 'peer', 'peer', 'executive', 'hiring-manager'];
  const interviewers = roles.map((role, i) => ({ id: `i${i}`, role }));
  const forty = QUESTIONS_TO_ASK.filter((_, i) => i % 2 === 0).slice(0, 40);
  const planTimes = await timeRounds(() => distributeQuestions({ questions: forty, interviewers }), 31, 5);

  const file = new URL('../test/data/questions/research-check.jsonl', import.meta.url);
  const labelled = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { question: string }).question);
  const tenThousand = Array.from({ length: 10_000 }, (_, i) => labelled[i % labelled.length]!);
  let flagged = 0;
  const checkTimes = await timeRounds(
    () => {
      flagged = 0;
      for (const question of tenThousand) if (checkQuestion({ question, facts }).answerableByResearch) flagged++;
    },
    7,
    2,
  );
  const perQuestion = median(checkTimes) / tenThousand.length;

  return {
    distributePanelOf6With40Ms: round(median(planTimes)),
    distributeBudgetMs: 5,
    checkQuestion10kMs: round(median(checkTimes)),
    checkQuestionPerQuestionMs: round(perQuestion),
    checkQuestionBudgetMs: 0.2,
    flaggedOf10k: flagged,
    labelledQuestions: labelled.length,
  };
}
