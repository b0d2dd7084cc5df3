import { describe, expect, it } from 'vitest';
import { promptKind } from './complaint-features.js';
import { readPrompt } from './prompt-context.js';

const kind = (prompt: string): string => promptKind(readPrompt(prompt));

describe('how a question is read', () => {
  it.each([
    'Why did you leave your last job?',
    'Why did you resign?',
    'Why are you resigning?',
    'What made you start looking?',
    'Why now?',
    'Why do you want to move now?',
    'Reason for job change',
  ])('"%s" asks why the speaker is leaving', (prompt) => {
    expect(kind(prompt)).toBe('leave');
    expect(readPrompt(prompt).target).toEqual({ min: 15, max: 45 });
  });

  it.each([
    'Job security?',
    'How was your onboarding?',
    'What were the hours like?',
    'How were you trained when you joined?',
    'How was the work-life balance?',
    'What was challenging about the job?',
    'What was the hardest part of the job?',
    'Describe a typical day in your current role',
    'Tell me about the working environment at your current garage.',
  ])('"%s" asks about the workplace', (prompt) => {
    expect(kind(prompt)).toBe('workplace');
  });

  it.each(['Tell me about a challenge', 'Describe a challenge you faced.', 'What was the biggest challenge?', 'Tell me about a failure'])(
    '"%s" asks for a story',
    (prompt) => {
      expect(kind(prompt)).toBe('story');
      expect(readPrompt(prompt).behavioural).toBe(true);
    },
  );

  it.each(['Tell me about yourself', 'What are your salary expectations?', 'Why do you want this job?', "What's your biggest weakness?"])(
    '"%s" is another question: a passage must name the workplace to be read as about it',
    (prompt) => {
      expect(kind(prompt)).toBe('other');
    },
  );
});
