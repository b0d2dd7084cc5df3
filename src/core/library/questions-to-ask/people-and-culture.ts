import { questionsFor } from './make.js';
import type { Question } from './types.js';

/** Questions about the people: the team, the manager, and the culture as it is lived, not as it is advertised. */
export const PEOPLE_AND_CULTURE: Question[] = [
  ...questionsFor('team', [
    ['team-shape', 'Who is on the team today, and how do the roles fit together?', ['hiring-manager', 'peer'], ['people-and-manager']],
    ['team-history', 'How has the team changed over the past year or two?', ['hiring-manager', 'peer'], ['stability']],
    ['how-team-collaborates', 'When a piece of work needs several people, how does the team coordinate it?', ['peer'], ['culture']],
    ['team-strengths-and-gaps', 'Where is the team strongest, and which skills is it missing?', ['hiring-manager'], ['growth']],
    [
      'team-relationships',
      'Which other teams does this group depend on most, and how are those relationships?',
      ['peer', 'hiring-manager'],
      ['culture'],
    ],
    ['new-joiner-onboarding', 'How does a newcomer get up to speed on this team?', ['peer', 'recruiter'], ['growth', 'people-and-manager']],
    ['team-turnover', 'Has anyone left the team recently, and what did people make of it?', ['peer'], ['stability', 'people-and-manager']],
    ['team-rituals', 'What regular habits does the team have, such as retros, demos or shared lunches?', ['peer'], ['culture']],
  ]),
  ...questionsFor('manager-and-style', [
    [
      'manager-style-in-own-words',
      'How would you describe the way you manage, and how would your team describe it?',
      ['hiring-manager'],
      ['people-and-manager'],
    ],
    [
      'feedback-habits',
      'How and how often do you give feedback to the people who report to you?',
      ['hiring-manager'],
      ['people-and-manager', 'growth'],
    ],
    ['one-to-ones', 'Do you hold regular one-to-ones, and what usually fills that time?', ['hiring-manager'], ['people-and-manager']],
    [
      'autonomy-level',
      'How much freedom does someone in this role have to decide how the work is done?',
      ['hiring-manager', 'peer'],
      ['people-and-manager', 'culture'],
    ],
    [
      'manager-support-example',
      'Could you tell me about a time you backed someone on your team through a rough patch?',
      ['hiring-manager'],
      ['people-and-manager'],
    ],
    ['what-manager-is-like-to-work-for', 'What is it like to work for the person this role reports to?', ['peer'], ['people-and-manager']],
    [
      'manager-tenure',
      'How long have you led this group, and what brought you to it?',
      ['hiring-manager'],
      ['stability', 'people-and-manager'],
    ],
    [
      'communication-preferences',
      'How do you prefer to hear about problems: straight away, in writing, in our next meeting?',
      ['hiring-manager'],
      ['people-and-manager'],
    ],
  ]),
  ...questionsFor('culture', [
    [
      'why-you-stay',
      'What has kept you here, and what do you enjoy most about the work?',
      ['peer', 'hiring-manager', 'executive', 'recruiter'],
      ['culture'],
    ],
    [
      'how-disagreement-works',
      'When people here disagree about a decision, how does it usually get settled?',
      ['peer', 'hiring-manager'],
      ['culture'],
    ],
    [
      'mistakes-handled',
      'What happens when someone makes a visible mistake?',
      ['peer', 'hiring-manager'],
      ['culture', 'people-and-manager'],
    ],
    [
      'values-in-practice',
      'Can you give me an example of the company choosing its principles over an easy win?',
      ['executive', 'hiring-manager'],
      ['ethics-and-values'],
    ],
    ['who-gets-recognised', 'What kind of work tends to get noticed and rewarded here?', ['peer', 'hiring-manager'], ['culture', 'growth']],
    [
      'flexibility-in-practice',
      'How do people actually handle appointments, family matters or a flexible schedule?',
      ['peer', 'recruiter'],
      ['work-life-balance', 'remote-policy'],
    ],
    ['culture-surprise', 'What surprised you about the culture once you had been here a few months?', ['peer', 'recruiter'], ['culture']],
    [
      'inclusion-in-practice',
      'What does the team do so that quieter or newer voices are heard?',
      ['peer', 'hiring-manager'],
      ['culture', 'ethics-and-values'],
    ],
    [
      'pushing-back',
      'How comfortable do people feel pushing back on a request from leadership?',
      ['peer'],
      ['culture', 'ethics-and-values'],
    ],
  ]),
];
