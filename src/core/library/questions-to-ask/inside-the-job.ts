import { questionsFor } from './make.js';
import type { Question } from './types.js';

/** Questions about the work itself: the rhythm of it, what good looks like, what is hard, who held it before. */
export const INSIDE_THE_JOB: Question[] = [
  ...questionsFor('day-to-day', [
    [
      'walk-through-a-normal-week',
      'Could you walk me through what a normal week looks like for someone in this role?',
      ['hiring-manager', 'peer'],
      ['work-life-balance'],
    ],
    [
      'time-split-across-work',
      'Roughly how is the time split between hands-on work, meetings and coordination?',
      ['peer', 'hiring-manager'],
      ['work-life-balance'],
    ],
    [
      'busiest-time-of-year',
      'Are there seasons or cycles when the workload peaks, and what do those weeks feel like?',
      ['peer', 'hiring-manager'],
      ['work-life-balance'],
    ],
    ['tools-used-daily', 'Which tools and systems would I spend most of my day in?', ['peer'], []],
    [
      'who-i-work-with-most',
      'Outside the immediate team, who would I be working with most often?',
      ['hiring-manager', 'peer'],
      ['people-and-manager'],
    ],
    [
      'where-the-work-happens',
      'How does the team split time between the office, home and travel in practice?',
      ['recruiter', 'hiring-manager', 'peer'],
      ['remote-policy', 'location-and-commute'],
    ],
    [
      'after-hours-expectations',
      'How often does work spill into evenings or weekends, and how is that handled when it does?',
      ['peer', 'hiring-manager'],
      ['work-life-balance'],
    ],
    ['first-project', 'If I started next month, what would probably land on my desk first?', ['hiring-manager'], ['growth']],
    ['meeting-load', 'How many recurring meetings does a typical person on the team carry?', ['peer'], ['work-life-balance', 'culture']],
  ]),
  ...questionsFor('success', [
    [
      'success-after-ninety-days',
      'Three months in, what would have to be true for you to feel this hire was a good call?',
      ['hiring-manager', 'executive'],
      ['people-and-manager'],
    ],
    [
      'success-after-a-year',
      'Looking a year ahead, what would outstanding performance in this role have produced?',
      ['hiring-manager', 'executive'],
      ['growth'],
    ],
    [
      'how-performance-is-measured',
      'How is performance judged here, and who has a say in it?',
      ['hiring-manager', 'recruiter'],
      ['growth', 'pay'],
    ],
    [
      'what-top-performers-do',
      'What sets apart the people who really thrive in this kind of role?',
      ['hiring-manager', 'peer'],
      ['culture'],
    ],
    ['early-win', 'Is there a quick win that would make a real difference for the team early on?', ['hiring-manager'], []],
    [
      'review-cycle',
      'How often are reviews held, and how do they connect to raises or promotions?',
      ['recruiter', 'hiring-manager'],
      ['pay', 'growth'],
    ],
    [
      'signs-of-struggle',
      'When someone in this role is struggling, what do you usually notice first?',
      ['hiring-manager'],
      ['people-and-manager'],
    ],
  ]),
  ...questionsFor('challenges', [
    ['hardest-part-of-role', 'What part of this job do people tend to find hardest?', ['peer', 'hiring-manager'], ['work-life-balance']],
    [
      'biggest-obstacle-now',
      'What is the biggest obstacle standing between the team and its goals right now?',
      ['hiring-manager', 'executive'],
      ['stability'],
    ],
    ['problem-to-solve-first', 'If you could hand me one problem to own on day one, which would it be?', ['hiring-manager'], ['growth']],
    [
      'what-keeps-you-up',
      'What worries you most about the next six months for this group?',
      ['hiring-manager', 'executive'],
      ['stability'],
    ],
    [
      'recent-setback',
      'Could you tell me about a recent project that did not go to plan and what the team took from it?',
      ['peer', 'hiring-manager'],
      ['culture'],
    ],
    [
      'resource-constraints',
      'Where does the team feel most stretched for people, time or budget?',
      ['peer', 'hiring-manager'],
      ['work-life-balance', 'stability'],
    ],
    ['technical-or-process-debt', 'Which old decisions or habits is the team still paying for?', ['peer'], ['culture']],
    [
      'what-you-would-change',
      'If you could fix one thing about how work gets done here, what would it be?',
      ['peer', 'hiring-manager', 'executive'],
      ['culture'],
    ],
  ]),
  ...questionsFor('previous-person', [
    [
      'why-role-open',
      'How did this opening come about: is it a new seat or a replacement?',
      ['recruiter', 'hiring-manager'],
      ['stability'],
    ],
    [
      'where-predecessor-went',
      'What did the person who last held this role move on to, inside or outside the company?',
      ['hiring-manager', 'recruiter'],
      ['growth'],
    ],
    [
      'predecessor-strengths',
      'What did the previous person do well that you would like to keep?',
      ['hiring-manager', 'peer'],
      ['people-and-manager'],
    ],
    [
      'predecessor-gaps',
      'What would you like the next person to do differently from the last one?',
      ['hiring-manager'],
      ['people-and-manager'],
    ],
    ['tenure-in-role', 'How long have people usually stayed in this position?', ['recruiter', 'hiring-manager'], ['stability', 'growth']],
    [
      'how-long-vacant',
      'How long has the seat been empty, and who has been covering the work?',
      ['recruiter', 'peer'],
      ['work-life-balance'],
    ],
    [
      'new-role-origin',
      'If the role is new, what gap or change made the team decide to create it?',
      ['hiring-manager', 'executive'],
      ['stability'],
    ],
  ]),
];
