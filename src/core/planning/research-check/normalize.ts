/** The placeholder an employer's name is rewritten to, so patterns need not know any name. */
export const ORG = 'the company';

// Capitalised words that are not names of an organisation: titles, acronyms and sentence words.
const NOT_NAMES = new Set([
  'i',
  'ceo',
  'cto',
  'cfo',
  'coo',
  'cmo',
  'cio',
  'cpo',
  'vp',
  'hr',
  'hq',
  'ipo',
  'esg',
  'csr',
  'dei',
  'ai',
  'it',
  'ok',
  'okrs',
  'okr',
  'kpi',
  'kpis',
  'b2b',
  'b2c',
  'saas',
  'us',
  'uk',
  'eu',
  'monday',
  'friday',
  'covid',
  'series',
  'what',
  'who',
  'when',
  'where',
  'how',
  'why',
  'which',
  'is',
  'are',
  'do',
  'does',
  'did',
  'can',
  'could',
  'would',
  'will',
  'the',
  'a',
  'an',
  'and',
  'or',
  'in',
  'on',
  'at',
  'of',
  'for',
  'to',
  'you',
  'your',
  'we',
  'our',
  'my',
  'also',
  'so',
  'ps',
  'btw',
  'b',
  'corp',
  'bonus',
  'quick',
  'question',
  'last',
  'one',
  'and',
  'but',
  'then',
  'if',
  'have',
  'has',
  'any',
  'tell',
]);

// Ways of saying "the employer" that patterns need not tell apart.
const ORG_PHRASE =
  /\b(?:the|your|this|our|ur) (?:company|organi[sz]ation|firm|business|employer|corporation|startup|start-up|enterprise|agency|institution|charity|non-?profit)\b(?! (?:model|models|plan|plans|line|lines|area|areas|unit|units|partners?|development|case|strategy|side|analysts?|school|card|cards|hours|travel|trip|needs|goals?|process|processes|operations|owners?|name|website|law|lawyer|account|accounts|casual|class|major|degree|sense|skills?|acumen))/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// First words of names that are also ordinary words: "General Motors" must not turn "in general" into the company.
const COMMON_FIRST = new Set(
  'the general united first national american british global international new old city royal standard central north south east west great best one open data health home real'.split(
    ' ',
  ),
);

/** The employer's name and its usual short forms ("Acme Corp, Inc." → ["acme corp, inc.", "acme corp", "acme"]). */
function nameVariants(employerName: string): string[] {
  const full = employerName.trim().toLowerCase();
  if (!full) return [];
  let bare = full;
  for (let i = 0; i < 3; i++) {
    bare = bare.replace(/[,.]?\s+(?:inc|ltd|llc|plc|gmbh|corp|corporation|co|company|group|sa|ag|bv|limited|holdings)\.?$/, '').trim();
  }
  const first = bare.split(/\s+/)[0] ?? '';
  const useFirst = first.length > 2 && first !== bare && !COMMON_FIRST.has(first);
  return [...new Set([full, bare, useFirst ? first : ''])].filter((v) => v.length >= 2).sort((a, b) => b.length - a.length);
}

/**
 * Lower-cases a question, turns curly quotes straight, rewrites the employer's name (given, or guessed from
 * capitalised words mid-sentence) to "the company", and collapses white space: patterns then see one shape.
 */
export function normalizeQuestion(text: string, employerName?: string): string {
  let s = text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ');
  if (!employerName)
    s = s.replace(/(?<=[a-z,;:]\s+)((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,2})/g, (m) => {
      const words = m.split(/\s+/);
      return words.every((w) => NOT_NAMES.has(w.toLowerCase().replace(/[.'s]+$/, ''))) ? m : ORG;
    });
  s = s.toLowerCase();
  if (employerName) {
    for (const v of nameVariants(employerName)) {
      s = s.replace(new RegExp(`(?<![\\w])${escapeRegExp(v)}(?![\\w])`, 'g'), ORG);
    }
  }
  return s
    .replace(ORG_PHRASE, ORG)
    .replace(/\b(?:exactly|actually|really|basically|roughly|approximately|precisely|currently) /g, '')
    .replace(/\b(what|who|where|how|when|that|it|there)'s\b/g, '$1 is')
    .replace(/\s+/g, ' ')
    .trim();
}

// "Can I ask…", "I was wondering…": polite wrappers that hide the question's real shape.
const WRAPPER =
  /^(?:(?:so|and|also|ok|okay|hi|hello|right|quick question|one more thing|out of curiosity|just curious|i'm curious|i am curious)[,:!.]? )*(?:(?:can|could|may) i ask|i'd (?:love|like) to (?:know|ask)|i would (?:love|like) to (?:know|ask)|i was wondering|i wonder|do you know|(?:can|could|would) you (?:tell me|let me know|share|say)|tell me)(?: (?:if|whether))? (?=(?:what|who|where|when|which|how|why|is|are|do|does|did|has|have|was|were|the|your|you)\b)/;

// "I read that you opened an office in Lisbon; how will that change the team?": the fact is context, the question
// is the last clause.
const CONTEXT_LEAD =
  /^(?:i (?:know|read|saw|noticed|understand|heard|learned|see|gather)|i've (?:read|seen|heard|noticed|learned)|given|since|now that|with|after|as|knowing|having (?:read|seen))\b[^;?]*?(?:;|:| - |,)\s*(?=(?:what|who|where|when|which|how|why|is|are|do|does|did|has|have|will|would|could|can)\b)/;

/** The part of a normalised question that carries its intent: without polite wrappers or a leading known fact. */
export function questionCore(normalized: string): string {
  return normalized.replace(CONTEXT_LEAD, '').replace(WRAPPER, '');
}

const STOP = new Set(
  (
    'a an the and or of to in on at for with from by about as is are was were be been being do does did have has had ' +
    'you your yours we our us they their them it its this that these those what which who whom whose when where why how ' +
    'can could would will should may might must there here any some more most much many very so than then just also ' +
    'company companys i me my not no yes tell like into over under up out if s'
  ).split(' '),
);

/** Crude stem so "offices"/"office" and "opened"/"opening" meet. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The content words of a text, stemmed, for matching a question against a fact. */
export function contentTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOP.has(raw)) continue;
    out.add(stem(raw));
  }
  return out;
}
