import { questionsFor } from './make.js';
import type { Question } from './types.js';

/** Questions about where things are heading: the person's path, the company's course, the hiring decision, the close. */
export const PATH_AND_NEXT_STEPS: Question[] = [
  ...questionsFor('growth', [
    ['next-step-from-role', 'Where do people in this role usually go next?', ['hiring-manager', 'recruiter'], ['growth']],
    [
      'career-path-defined',
      'Is there a mapped path for growth from this position, or is it shaped person by person?',
      ['hiring-manager', 'recruiter'],
      ['growth'],
    ],
    [
      'learning-support',
      'What support is there for learning, such as courses, conferences or time set aside?',
      ['recruiter', 'hiring-manager'],
      ['growth'],
    ],
    [
      'promotion-example',
      'Can you think of someone who grew from a role like this into something bigger? How did it happen?',
      ['hiring-manager', 'executive'],
      ['growth'],
    ],
    ['stretch-opportunities', 'How are stretch assignments handed out?', ['hiring-manager', 'peer'], ['growth']],
    ['skills-to-build', 'Which skills would someone in this role build fastest here?', ['hiring-manager', 'peer'], ['growth']],
    ['internal-moves', 'How common is it for people to move between teams?', ['recruiter', 'peer'], ['growth', 'stability']],
    ['pay-progression', 'How does pay usually move as people grow in the role?', ['recruiter'], ['pay', 'growth']],
  ]),
  ...questionsFor('direction', [
    [
      'company-outlook-personal-view',
      'Where would you personally like to see the company in a few years?',
      ['executive', 'hiring-manager'],
      ['stability'],
    ],
    [
      'team-priorities-next-year',
      "What are the team's top priorities for the coming year?",
      ['hiring-manager', 'executive'],
      ['growth', 'stability'],
    ],
    [
      'how-role-fits-strategy',
      'How does the work of this role connect to the bigger plans of the company?',
      ['executive', 'hiring-manager'],
      ['growth'],
    ],
    [
      'upcoming-changes',
      'Are there changes on the horizon, such as reorganisations, new markets or new tools, that would touch this team?',
      ['executive', 'hiring-manager'],
      ['stability'],
    ],
    ['biggest-bet', 'What is the biggest bet the company is making right now, and how do you feel about it?', ['executive'], ['stability']],
    [
      'growth-plans-for-team',
      'Do you expect the team to grow, shrink or stay the same over the next year?',
      ['hiring-manager', 'executive'],
      ['stability'],
    ],
    ['what-leadership-worries-about', 'What do the leaders here talk about most when they talk about risk?', ['executive'], ['stability']],
    ['ethical-lines', 'Is there work the company has turned down because it did not sit right?', ['executive'], ['ethics-and-values']],
  ]),
  ...questionsFor('decision-process', [
    ['remaining-steps', 'What steps are left in the process after today?', ['recruiter', 'hiring-manager'], []],
    ['decision-timeline', 'When do you expect to reach a decision?', ['recruiter', 'hiring-manager'], []],
    ['who-decides', 'Who will take part in the final decision, and how are their views weighed?', ['recruiter', 'hiring-manager'], []],
    ['candidate-pool', 'How many people are you speaking with for this role?', ['recruiter'], []],
    ['what-matters-most-in-decision', 'What will matter most when you compare the final candidates?', ['hiring-manager', 'recruiter'], []],
    ['salary-range', 'What range has been set for this position, and what does the package include?', ['recruiter'], ['pay']],
    ['start-date', 'If things go well, when would you hope the new person starts?', ['recruiter', 'hiring-manager'], []],
    [
      'stay-in-touch',
      'Who is the best person to follow up with, and how do they like to be contacted?',
      ['recruiter', 'hiring-manager'],
      [],
    ],
  ]),
  ...questionsFor('closing', [
    [
      'any-hesitations',
      'Is there anything in my background that makes you hesitate about me for this role?',
      ['hiring-manager', 'recruiter', 'executive', 'peer'],
      [],
    ],
    [
      'gaps-to-address',
      'Is there something you hoped to hear from me today that I have not covered yet?',
      ['hiring-manager', 'recruiter', 'peer', 'executive'],
      [],
    ],
    ['how-i-compare', 'From what you have seen so far, how do I measure up against what you need?', ['hiring-manager', 'recruiter'], []],
    [
      'anything-to-clarify',
      'Is there any answer I gave today that you would like me to expand on?',
      ['hiring-manager', 'peer', 'executive', 'recruiter'],
      [],
    ],
    ['what-would-convince-you', 'What would you need to see from me to feel confident recommending me?', ['hiring-manager', 'peer'], []],
    ['am-i-a-strong-fit', 'Now that we have talked, do you see me as a strong fit for the team?', ['hiring-manager', 'executive'], []],
    [
      'share-more-material',
      'Is there anything I could send you afterwards, such as work samples or references, that would help?',
      ['recruiter', 'hiring-manager'],
      [],
    ],
  ]),
];
