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

/** The fact's text without Markdown marks, links or source notes in brackets. */
function plainFact(statement: string): string {
  return statement
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const YEAR = /\b(1[89]\d{2}|20\d{2})\b/;
const HEADCOUNT =
  /(?:about|around|over|nearly|almost|some|~)?\s*(\d[\d,.]*\s?k?\+?)\s*(?:employees|people|staff|FTEs?|workers|colleagues)\b/i;
const MONEY = /(?:[$€£]\s?\d[\d,.]*\s?(?:[kmb]n?|million|billion)?|\bseries [a-f]\b)/i;
// Names: runs of capitalised words (not the first word of the fact, which is capitalised anyway).
const NAME = /(?<=\s)(\p{Lu}[\p{L}&'-]+(?:\s\p{Lu}[\p{L}&'-]+){0,2})/u;
const NOT_NAME =
  /^(CEO|CFO|CTO|COO|The|In|On|At|Since|Nov|Dec|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|January|February|March|April|June|July|August|September|October|November|December|LinkedIn|Glassdoor|Series)$/;

function nameIn(text: string): string | undefined {
  for (const m of text.matchAll(new RegExp(NAME.source, 'gu'))) {
    const name = m[1]!
      .split(' ')
      .filter((w) => !NOT_NAME.test(w))
      .join(' ');
    if (name.length >= 3) return name;
  }
  return undefined;
}

/**
 * A deeper question built on what the user already knows from the dossier: a grammatical question
 * that reflects the fact's gist (a year, a head count, a name, a sum) in our own words, never the
 * fact's text pasted in.
 */
export function deeperFromFact(fact: Fact): string {
  const text = plainFact(fact.statement);
  const year = YEAR.exec(text)?.[1];
  const count = HEADCOUNT.exec(text)?.[1]?.trim().replace(/\+$/, '');
  const money = MONEY.exec(text)?.[0];
  const name = nameIn(text);
  switch (fact.topic) {
    case 'history':
      if (year) return `Since the company began in ${year}, which early habits still shape how this team works today?`;
      break;
    case 'size':
      if (count) return `With around ${count} people in the company, how does that size shape the way this team works and makes decisions?`;
      break;
    case 'locations':
      if (name) return `How does this team work with colleagues in ${name}, and where would this role sit?`;
      break;
    case 'leadership':
      if (name) return `How do ${name}\u2019s priorities show up in the day-to-day work of this team?`;
      break;
    case 'funding-and-finances':
      if (money)
        return `How does the ${/series/i.test(money) ? money.replace(/^s/, 'S') + ' round' : `${money} figure`} shape what this team can take on over the next year?`;
      break;
    case 'competitors':
      if (name) return `Where does this team feel the competition from ${name} most in its own work?`;
      break;
    case 'products-and-services':
      if (name) return `How much of this role\u2019s work touches ${name}, and what is hardest about it?`;
      break;
    case 'news':
      if (name) return `How is the recent news about ${name} changing the work of this team?`;
      break;
    default:
      break;
  }
  return `Building on what I read about ${TOPIC_WORDS[fact.topic]}: ${FOLLOW_ON[fact.topic]}`;
}

// How a question refers to what the user read, per topic.
const TOPIC_WORDS: Record<FactTopic, string> = {
  'what-they-do': 'what you do',
  'products-and-services': 'your products',
  customers: 'your customers',
  size: 'the size of the company',
  locations: 'your offices',
  history: 'your history',
  leadership: 'your leadership',
  'funding-and-finances': 'your finances',
  competitors: 'your competitors',
  news: 'your recent news',
  culture: 'your culture',
  'values-and-ethics': 'your values',
  'hiring-process': 'your hiring process',
  other: 'the company',
};

/** Every deeper question this module can write for these facts: the check never flags one of them once adopted. */
export function deeperForms(facts: readonly Fact[]): string[] {
  return [...facts.map(deeperFromFact), ...Object.values(REFRAME)];
}

/** A deeper reframe for a topic when the dossier holds no fact to build on. */
export function deeperForTopic(topic: FactTopic): string {
  return REFRAME[topic];
}
