import type { Fact, FactTopic } from '../../library/questions-to-ask/types.js';

// What to ask once the public fact is known: how it reaches this role and team.
const FOLLOW_ON: Record<FactTopic, string> = {
  'what-they-do': 'how does the work of this team feed into that?',
  'products-and-services': "how much of this role's work touches that, and what is hardest about it?",
  customers: 'how close does this role get to those customers, and what do they push the team for most?',
  size: 'how does that size shape the way this team works and makes decisions?',
  locations: 'how does that change where and how this team works?',
  history: 'how much of that story still shapes the way things are done here?',
  leadership: 'how has that shown up in the priorities of this team?',
  'funding-and-finances': 'how does that shape what this team can take on over the next year?',
  competitors: 'where does this team feel that competition most in its own work?',
  news: 'how is that changing the work of this team?',
  culture: 'what does that look like on an ordinary week in this team?',
  'values-and-ethics': 'can you tell me about a time that was tested here, and what the team did?',
  'hiring-process': 'what would you most like to learn about me in the steps that remain?',
  other: 'how does that affect the work of this team?',
};

// Without a fact: a reframe that shows research was done and asks for the insider view instead.
const REFRAME: Record<FactTopic, string> = {
  'what-they-do': 'Having read what you do, which part of the business does this team serve most directly?',
  'products-and-services': 'I have looked at your products: which one would this role work on most, and what is hardest about it?',
  customers: 'I read about the customers you serve: how much contact does this role have with them, and what do they ask for most?',
  size: 'Having seen how big the company is, how does that size show up in how quickly this team can get things done?',
  locations: 'I saw where your offices are: how does the team work across sites, and where would this role sit?',
  history: 'Knowing a little of your history, which early habits still shape how the team works today?',
  leadership: 'I read about your leadership team: how visible are they to this team, and how do their priorities reach it?',
  'funding-and-finances': 'Having read about your finances, how do they shape what this team can take on this year?',
  competitors: 'I have looked at your competitors: where does this team feel that competition most in its own work?',
  news: 'I read the recent news about you: how is it changing the work of this team?',
  culture: 'What does the culture look like on an ordinary week in this team?',
  'values-and-ethics': 'I read your stated values: can you tell me about a time one of them was tested, and what the team did?',
  'hiring-process': 'What would you most like to learn about me in the steps that remain?',
  other: 'Having read about this, how does it affect the work of this team?',
};

const LEADING_LOWER = /^(?:The|It|Its|They|Their|This|These|A|An|In|On|Since|Over|Last|Recently|Our|Both|All|Most|Some)\b/;

// Dossier notes often drop the subject ("Opened an office in Lisbon"); these verbs then get "you" in front.
const THIRD_PERSON: Record<string, string> = {
  has: 'have', is: 'are', was: 'were', does: 'do', employs: 'employ', serves: 'serve', sells: 'sell', makes: 'make',
  operates: 'operate', runs: 'run', builds: 'build', offers: 'offer', provides: 'provide', owns: 'own', works: 'work',
  competes: 'compete', manufactures: 'manufacture', develops: 'develop', designs: 'design', focuses: 'focus',
  specialises: 'specialise', specializes: 'specialize', plans: 'plan', supplies: 'supply', produces: 'produce',
  partners: 'partner', sponsors: 'sponsor', supports: 'support', holds: 'hold', reports: 'report',
};
const IRREGULAR_PAST = new Set(
  'began became grew won made bought sold built took left went got raised hit saw ran set cut lost spun wrote held led rose fell'.split(' '),
);

/** Turns a dossier statement into a clause that reads well after "I read that". */
function asClause(statement: string): string {
  const s = statement.trim().replace(/[.!\s]+$/, '');
  const first = /^([A-Z][a-z]+)\b(\s+[a-z0-9$£€])?/.exec(s);
  if (first?.[1] && first[2]) {
    const word = first[1].toLowerCase();
    const rest = s.slice(first[1].length);
    if (THIRD_PERSON[word]) return `you ${THIRD_PERSON[word]}${rest}`;
    if (IRREGULAR_PAST.has(word) || (word.endsWith('ed') && word.length > 3)) return `you ${word}${rest}`;
  }
  return LEADING_LOWER.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** A deeper question built on what the user already knows from the dossier. */
export function deeperFromFact(fact: Fact): string {
  return `I read that ${asClause(fact.statement)} — ${FOLLOW_ON[fact.topic]}`;
}

/** A deeper reframe for a topic when the dossier holds no fact to build on. */
export function deeperForTopic(topic: FactTopic): string {
  return REFRAME[topic];
}
