import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { QUESTIONS_TO_ASK } from '../../library/questions-to-ask/index.js';
import type { Fact } from '../../library/questions-to-ask/types.js';
import { checkQuestion, warmUpResearchCheck } from './index.js';

interface Labelled {
  question: string;
  answerable: boolean;
}

const labelled: Labelled[] = readFileSync(new URL('../../../../test/data/questions/research-check.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Labelled);

const lisbon: Fact = {
  id: 'f1',
  topic: 'locations',
  statement: 'The company opened an office in Lisbon in March 2025.',
  sourceUrl: 'https://example.com/news',
};
const headcount: Fact = { id: 'f2', topic: 'size', statement: 'About 1,200 employees across four countries.' };
const founded: Fact = { id: 'f3', topic: 'history', statement: 'Founded in 2009 by two former teachers.' };
const culture: Fact = { id: 'f4', topic: 'culture', statement: 'Staff describe a writing-first culture.' };
const dossier = [culture, lisbon, headcount, founded];

describe('checkQuestion on the labelled set', () => {
  it('has a large, balanced labelled set', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(200);
    const share = labelled.filter((r) => r.answerable).length / labelled.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });

  it('reaches precision and recall floors of 0.95', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const row of labelled) {
      const flagged = checkQuestion({ question: row.question }).answerableByResearch;
      if (flagged && row.answerable) tp++;
      else if (flagged) {
        fp++;
        misses.push(`false alarm: ${row.question}`);
      } else if (row.answerable) {
        fn++;
        misses.push(`missed: ${row.question}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect(precision, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('checkQuestion', () => {
  it.each([
    ['How many employees do you have?', 'size'],
    ['How big is the company?', 'size'],
    ['Where are you headquartered?', 'locations'],
    ['When was the company founded?', 'history'],
    ['Who founded the company?', 'leadership'],
    ['Are you publicly traded?', 'funding-and-finances'],
    ['Who are your main customers?', 'customers'],
    ['What does your company do?', 'what-they-do'],
    ['What products do you sell?', 'products-and-services'],
    ['Who are your competitors?', 'competitors'],
    ['What is your mission?', 'values-and-ethics'],
    ['Have you made any acquisitions recently?', 'news'],
  ])('flags "%s" as public (%s)', (question, topic) => {
    const result = checkQuestion({ question });
    expect(result.answerableByResearch).toBe(true);
    expect(result.topic).toBe(topic);
  });

  it.each([
    'Where do you see this company in 5 years?',
    'What does a typical day look like for this role?',
    'How do people disagree here?',
    'What happened to the previous person in this role?',
    'What does success look like after 90 days?',
    'Why is the role open?',
    'What do you like about working here?',
    'What would you change about the company?',
    'Who makes the final hiring decision?',
    'What is the career path from this position?',
    'How does the team use the mission in its daily work?',
    'How will the new Lisbon office change this team?',
  ])('leaves the insider question "%s" alone', (question) => {
    const result = checkQuestion({ question });
    expect(result.answerableByResearch).toBe(false);
    expect(result.reason.length).toBeGreaterThan(20);
    expect(result.fact).toBeUndefined();
    expect(result.deeper).toBeUndefined();
  });

  it('never flags a question from the built-in library', () => {
    const flagged = QUESTIONS_TO_ASK.filter((q) => checkQuestion({ question: q.text }).answerableByResearch).map((q) => q.id);
    expect(flagged).toEqual([]);
  });

  it("reads the employer's name as the company", () => {
    expect(checkQuestion({ question: 'When was Acme founded?', employerName: 'Acme Corp, Inc.' }).topic).toBe('history');
    expect(checkQuestion({ question: 'How many people work at Acme Corp?', employerName: 'Acme Corp' }).topic).toBe('size');
    expect(checkQuestion({ question: 'What does Globex do?' }).topic).toBe('what-they-do');
  });

  it('names the dossier fact that answers the question and builds a deeper question on it', () => {
    const result = checkQuestion({ question: 'Do you have an office in Lisbon?', facts: dossier });
    expect(result.answerableByResearch).toBe(true);
    expect(result.fact).toEqual(lisbon);
    expect(result.reason).toContain('opened an office in Lisbon');
    expect(result.deeper).toBe('How does this team work with colleagues in Lisbon, and where would this role sit?');
  });

  it('prefers the fact of the same topic over unrelated ones', () => {
    expect(checkQuestion({ question: 'How many people work here?', facts: dossier }).fact?.id).toBe('f2');
    expect(checkQuestion({ question: 'When was the company founded?', facts: dossier }).fact?.id).toBe('f3');
  });

  it('offers a generic deeper reframe for the topic when no fact answers it', () => {
    const result = checkQuestion({ question: 'Who are your competitors?', facts: [culture] });
    expect(result.fact).toBeUndefined();
    expect(result.deeper).toMatch(/competi/);
    expect(result.reason).toMatch(/search/);
  });

  it('flags a question whose key words a dossier fact covers even without a known phrasing', () => {
    const result = checkQuestion({ question: 'Lisbon office opened in March?', facts: dossier });
    expect(result.answerableByResearch).toBe(true);
    expect(result.fact?.id).toBe('f1');
  });

  it('catches public subjects named in unusual phrasings, but not how-questions about them', () => {
    expect(checkQuestion({ question: 'When did the current CEO join?' }).topic).toBe('leadership');
    expect(checkQuestion({ question: 'Do you have shareholders?' }).topic).toBe('funding-and-finances');
    expect(checkQuestion({ question: 'How do salespeople here find new clients?' }).answerableByResearch).toBe(false);
    expect(checkQuestion({ question: 'Which of the company products do you use yourself?' }).answerableByResearch).toBe(false);
  });

  it('gives a subject to dossier notes that start with a verb', () => {
    const note: Fact = { id: 'n', topic: 'funding-and-finances', statement: 'Raised a Series B in 2024.' };
    expect(checkQuestion({ question: 'How much funding have you raised?', facts: [note] }).deeper).toBe(
      'How does the Series B round shape what this team can take on over the next year?',
    );
    const serves: Fact = { id: 's', topic: 'customers', statement: 'Serves 300 hospitals in Europe' };
    expect(checkQuestion({ question: 'Who are your customers?', facts: [serves] }).deeper).toBe(
      'Building on what I read about your customers: how close does this role get to those customers, and what do they push the team for most?',
    );
  });

  it('looks past polite wrappers and a leading known fact to the question itself', () => {
    expect(checkQuestion({ question: 'Can I ask what your annual revenue is?' }).topic).toBe('funding-and-finances');
    expect(checkQuestion({ question: "I'd love to know who founded the company." }).topic).toBe('leadership');
    expect(
      checkQuestion({ question: 'I know the company was founded in 2010; what has stayed the same since then?' }).answerableByResearch,
    ).toBe(false);
    expect(checkQuestion({ question: 'With so many offices, where is the headquarters?' }).topic).toBe('locations');
  });

  it('writes grammatical questions from the fact’s gist, never pasting it, with Markdown stripped', () => {
    const founded: Fact = { id: 'h', topic: 'history', statement: 'Founded in **2011** in Utrecht by two nurses' };
    const size: Fact = { id: 's', topic: 'size', statement: 'About 320 employees (LinkedIn, Nov 2026)' };
    expect(checkQuestion({ question: 'When was the company founded?', facts: [founded] }).deeper).toBe(
      'Since the company began in 2011, which early habits still shape how this team works today?',
    );
    expect(checkQuestion({ question: 'How many employees do you have?', facts: [size] }).deeper).toBe(
      'With around 320 people in the company, how does that size shape the way this team works and makes decisions?',
    );
    for (const fact of [founded, size]) {
      const deeper = checkQuestion({ question: 'When was the company founded? How many employees?', facts: [fact] }).deeper ?? '';
      expect(deeper).not.toMatch(/\*|I read that|LinkedIn|two nurses/);
      expect(deeper.endsWith('?')).toBe(true);
    }
  });

  it('does not flag an adopted suggestion again', () => {
    const size: Fact = { id: 's', topic: 'size', statement: 'About 320 employees (LinkedIn, Nov 2026)' };
    const deeper = checkQuestion({ question: 'How big is the company?', facts: [size] }).deeper!;
    expect(checkQuestion({ question: deeper, facts: [size] }).answerableByResearch).toBe(false);
    expect(checkQuestion({ question: ` ${deeper.toLowerCase()} `, facts: [size] }).answerableByResearch).toBe(false);
  });

  it('never flags its own deeper suggestions', () => {
    const samples = [
      'What does your company do?',
      'What products do you sell?',
      'Who are your customers?',
      'How many employees do you have?',
      'Where are your offices?',
      'When was the company founded?',
      'Who is the CEO?',
      'Are you profitable?',
      'Who are your competitors?',
      'What is your mission?',
      'Any recent news?',
      "What is the company's website?",
    ];
    for (const question of samples) {
      for (const facts of [[], dossier]) {
        const { deeper, answerableByResearch } = checkQuestion({ question, facts });
        expect(answerableByResearch, question).toBe(true);
        expect(checkQuestion({ question: deeper!, facts }).answerableByResearch, deeper).toBe(false);
      }
    }
  });

  it('warms up without changing later answers', () => {
    const before = checkQuestion({ question: 'Who are your competitors?' });
    warmUpResearchCheck();
    expect(checkQuestion({ question: 'Who are your competitors?' })).toEqual(before);
  });

  it('returns plain JSON with no undefined keys', () => {
    for (const question of ['Where are you based?', 'How do you give feedback?', '']) {
      const result = checkQuestion({ question, facts: dossier });
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      expect(Object.values(result).every((v) => v !== undefined)).toBe(true);
    }
  });

  it('answers any text, even odd input, with a plain verdict and a reason', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), (question, employerName) => {
        const result = checkQuestion(
          employerName === undefined ? { question, facts: dossier } : { question, facts: dossier, employerName },
        );
        expect(typeof result.answerableByResearch).toBe('boolean');
        expect(result.reason.length).toBeGreaterThan(0);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it('treats an empty question as not answerable', () => {
    expect(checkQuestion({ question: '  ?  ' })).toEqual({ answerableByResearch: false, reason: 'The question is empty.' });
  });
});
