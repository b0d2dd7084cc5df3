import type { Prompt } from './types.js';

const STORY = { min: 60, max: 90 };
const STAR_PITFALLS = ['No result at the end', 'Saying "we" throughout so your part is invisible', 'Too much scene-setting'];

function story(id: string, text: string, intent: string, pitfalls: string[], keywords: string[]): Prompt {
  return { id, text, category: 'behavioural', behavioural: true, intent, targetSeconds: STORY, pitfalls: [...pitfalls, ...STAR_PITFALLS], keywords };
}

const CONFLICT = ['conflict', 'disagree', 'argument', 'tension', 'clash', 'differ', 'point of view', 'compromise', 'resolve', 'frustrat', 'pushback', 'common ground', 'talk'];
const FAILURE = ['fail', 'mistake', 'wrong', 'missed', 'error', 'setback', 'lesson', 'learn', 'late', 'fix', 'own', 'regret'];
const LEAD = ['lead', 'led', 'team', 'manage', 'mentor', 'delegat', 'guide', 'motivat', 'ownership', 'took charge', 'organis', 'organiz', 'decid'];
const TEAM = ['team', 'together', 'collaborat', 'colleague', 'help', 'support', 'share', 'role', 'member', 'group', 'partner'];
const PRESSURE = ['pressure', 'deadline', 'stress', 'urgent', 'tight', 'prioriti', 'busy', 'workload', 'calm', 'time', 'hours', 'crisis'];
const INFLUENCE = ['influence', 'persuad', 'convinc', 'buy-in', 'stakeholder', 'data', 'case', 'proposal', 'agree', 'won over', 'present', 'argument'];
const CUSTOMER = ['customer', 'client', 'patient', 'user', 'complain', 'angry', 'upset', 'service', 'listen', 'solve', 'satisf'];
const CHANGE = ['change', 'adapt', 'new', 'unexpected', 'shift', 'adjust', 'learn', 'pivot', 'transition', 'uncertain'];

/** Story questions that expect a situation, your actions and a result. */
export const BEHAVIOURAL_PROMPTS: Prompt[] = [
  story('conflict-colleague', 'Tell me about a time you had a conflict with a colleague.', 'How you handle friction: whether you listen, stay calm and find a way forward.', ['Making the colleague the villain'], CONFLICT),
  story('disagree-manager', 'Describe a time you disagreed with your manager.', 'Whether you can push back respectfully and then commit.', ['Showing you were simply right and they were wrong'], CONFLICT),
  story('difficult-coworker', 'Give an example of working with someone who was hard to work with.', 'Empathy and professionalism under strain.', ['Insulting the person', 'No attempt to understand their side'], CONFLICT),
  story('failure', 'Tell me about a time you failed.', 'Honesty, ownership and what you learned.', ['A failure that is really a success', 'Blaming others'], FAILURE),
  story('mistake', 'Describe a mistake you made at work and how you handled it.', 'Whether you own errors, fix them fast and prevent repeats.', ['Hiding the mistake', 'No prevention step'], FAILURE),
  story('missed-deadline', 'Tell me about a deadline you missed.', 'How you plan, warn people early and recover.', ['Blaming the deadline'], [...FAILURE, 'deadline', 'plan', 'warn', 'scope']),
  story('criticism', 'Tell me about a time you received difficult feedback.', 'Whether you can hear criticism and act on it.', ['Arguing with the feedback in the retelling'], ['feedback', 'criticism', 'critic', 'told', 'review', 'improve', 'change', 'listen', 'learn', 'hard', 'difficult']),
  story('leadership', 'Tell me about a time you showed leadership.', 'Whether you take ownership and bring people with you, with or without a title.', ['Confusing leadership with giving orders'], LEAD),
  story('led-without-authority', 'Describe a time you led a piece of work without formal authority.', 'Influence through trust and clarity rather than rank.', ['Claiming authority you did not have'], [...LEAD, ...INFLUENCE]),
  story('teamwork', 'Give me an example of a successful team project you were part of.', 'How you contribute inside a team and what role you naturally take.', ['Only the team\'s story, not yours'], TEAM),
  story('helped-colleague', 'Tell me about a time you helped a colleague who was struggling.', 'Generosity and judgement about when to step in.', ['Making the colleague look bad'], [...TEAM, 'struggl', 'train', 'taught', 'explain']),
  story('under-pressure', 'Tell me about a time you worked under pressure.', 'How you prioritise and keep quality when time is short.', ['Presenting constant overtime as the solution'], PRESSURE),
  story('competing-priorities', 'Describe a time you had several urgent tasks at once.', 'How you decide what comes first and how you tell people.', ['No method, just working harder'], [...PRESSURE, 'first', 'order', 'task', 'urgent', 'important']),
  story('influence', 'Tell me about a time you persuaded someone to change their mind.', 'How you build a case and bring people round.', ['Winning by pulling rank', 'No account of the other view'], INFLUENCE),
  story('sell-idea', 'Describe a time you got buy-in for an idea.', 'Whether you can make a case to the people who decide.', ['An idea with no outcome'], [...INFLUENCE, 'idea', 'pitch', 'approved']),
  story('difficult-customer', 'Tell me about a time you dealt with an unhappy customer.', 'Patience, problem solving and judgement at the front line.', ['Mocking the customer'], CUSTOMER),
  story('adapt-change', 'Describe a time you had to adapt to a big change at work.', 'Flexibility and a constructive attitude to change.', ['Complaining about the change'], CHANGE),
  story('initiative', 'Tell me about a time you took the initiative.', 'Whether you spot problems and act without being asked.', ['Acting without telling anyone'], ['initiative', 'noticed', 'own', 'proactive', 'started', 'idea', 'improve', 'fix', 'asked', 'volunteer', 'spotted']),
  story('learn-quickly', 'Tell me about a time you had to learn something new quickly.', 'How you learn and how fast you become useful.', ['No method, just "I picked it up"'], ['learn', 'new', 'quick', 'fast', 'course', 'read', 'practice', 'practise', 'taught', 'study', 'skill', 'week']),
  story('tough-decision', 'Describe a difficult decision you had to make.', 'How you weigh options and take responsibility.', ['A decision someone else made'], ['decision', 'decid', 'choice', 'chose', 'option', 'weigh', 'trade', 'risk', 'judgement', 'judgment']),
  story('data-decision', 'Tell me about a time you used data to make a decision.', 'Analytical habit and whether numbers change your mind.', ['Data with no decision'], ['data', 'numbers', 'analys', 'analyz', 'metric', 'measure', 'evidence', 'test', 'result', 'decid', 'spreadsheet', 'report']),
  story('ethics', 'Tell me about a time you were asked to do something you thought was wrong.', 'Integrity and how you raise concerns.', ['Self-righteous tone', 'Naming and shaming'], ['wrong', 'ethic', 'right', 'concern', 'raise', 'refus', 'rule', 'policy', 'honest', 'integrity', 'report']),
  story('above-and-beyond', 'Describe a time you went beyond what was expected of you.', 'Commitment and judgement about where extra effort pays off.', ['Glorifying unpaid overtime'], ['beyond', 'extra', 'expected', 'more', 'volunteer', 'own', 'initiative', 'help', 'weekend', 'stay']),
  story('improved-process', 'Tell me about a process you improved.', 'Whether you leave things better than you found them.', ['No before and after'], ['process', 'improve', 'better', 'faster', 'automat', 'simplif', 'change', 'saved', 'reduc', 'step', 'workflow']),
  story('goal-achieved', 'Tell me about a goal you set yourself and reached.', 'Drive and planning.', ['A goal with no measure'], ['goal', 'target', 'aim', 'plan', 'achiev', 'reach', 'hit', 'result', 'progress', 'track']),
  story('ambiguity', 'Describe a time you had to work with unclear instructions.', 'How you create clarity and move forward without full information.', ['Blaming whoever gave the instructions'], ['unclear', 'ambigu', 'vague', 'clarif', 'question', 'assum', 'asked', 'plan', 'figure', 'instruction', 'brief']),
];

/** Hypothetical questions: what would you do; no past story required. */
export const SITUATIONAL_PROMPTS: Prompt[] = [
  { id: 'situational-missed-target', text: 'What would you do if you realised a project was going to miss its deadline?', category: 'situational', behavioural: false, intent: 'Judgement: early warning, options and trade-offs.', targetSeconds: { min: 45, max: 90 }, pitfalls: ['Hiding the problem until the end', 'Only working longer hours'], keywords: ['deadline', 'tell', 'warn', 'early', 'scope', 'option', 'priorit', 'stakeholder', 'plan', 'manager', 'late'] },
  { id: 'situational-colleague-not-pulling-weight', text: 'How would you handle a teammate who is not doing their share?', category: 'situational', behavioural: false, intent: 'Whether you address issues directly and fairly before escalating.', targetSeconds: { min: 45, max: 90 }, pitfalls: ['Going straight to the manager', 'Gossiping'], keywords: ['teammate', 'colleague', 'talk', 'conversation', 'understand', 'share', 'workload', 'support', 'manager', 'private'] },
  { id: 'situational-first-90-days', text: 'What would you focus on in your first three months here?', category: 'situational', behavioural: false, intent: 'How you learn an organisation and where you would add value first.', targetSeconds: { min: 60, max: 120 }, pitfalls: ['Promising to change everything', 'No listening phase'], keywords: ['first', 'month', 'weeks', 'learn', 'listen', 'meet', 'understand', 'team', 'goal', 'quick win', 'plan'] },
  { id: 'situational-disagree-decision', text: 'What would you do if your manager made a decision you strongly disagreed with?', category: 'situational', behavioural: false, intent: 'Respectful dissent and the ability to commit once decided.', targetSeconds: { min: 45, max: 90 }, pitfalls: ['Going around the manager', 'Silent resentment'], keywords: ['disagree', 'manager', 'decision', 'concern', 'understand', 'raise', 'data', 'commit', 'private', 'talk'] },
  { id: 'situational-angry-client', text: 'How would you calm down a client who is shouting at you?', category: 'situational', behavioural: false, intent: 'Composure and service under stress.', targetSeconds: { min: 45, max: 90 }, pitfalls: ['Arguing back', 'Promising what you cannot deliver'], keywords: ['client', 'customer', 'listen', 'calm', 'acknowledg', 'understand', 'solution', 'apolog', 'follow', 'angry'] },
  { id: 'situational-ethics', text: 'What would you do if you saw a colleague breaking a safety rule?', category: 'situational', behavioural: false, intent: 'Integrity and judgement about when to speak up.', targetSeconds: { min: 30, max: 75 }, pitfalls: ['Ignoring it', 'Public confrontation'], keywords: ['safety', 'rule', 'colleague', 'speak', 'report', 'policy', 'risk', 'manager', 'talk', 'raise'] },
  { id: 'situational-too-much-work', text: 'What would you do if you were given more work than you could finish?', category: 'situational', behavioural: false, intent: 'Prioritisation and honest communication about capacity.', targetSeconds: { min: 45, max: 90 }, pitfalls: ['Quietly working all night', 'Refusing outright'], keywords: ['priorit', 'manager', 'deadline', 'workload', 'talk', 'ask', 'important', 'urgent', 'delegate', 'plan', 'capacity'] },
];

