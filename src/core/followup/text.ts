/** Small text helpers shared by the drafts: they keep the user's own words, only tidied. */

const LOWERABLE = new Set([
  'a',
  'an',
  'the',
  'their',
  'our',
  'your',
  'my',
  'his',
  'her',
  'its',
  'it',
  'they',
  'we',
  'you',
  'i\u2019d',
  'how',
  'what',
  'why',
  'when',
  'where',
  'who',
  'which',
  'there',
  'this',
  'that',
  'these',
  'those',
  'team',
  'teams',
  'new',
  'most',
  'more',
  'plans',
  'plan',
  'some',
  'no',
  'not',
  'lack',
  'limited',
  'worried',
  'concerned',
  'unsure',
  'too',
  'only',
  'little',
  'few',
  'hiring',
  'growth',
  'next',
  'every',
  'each',
  'long',
  'short',
  'salary',
  'pay',
  'commute',
  'relocation',
  'lacks',
  'needs',
  'may',
  'might',
  'could',
  'seems',
  'gap',
  'current',
  'previous',
  'recent',
  'industry',
  'domain',
  'experience',
  'years',
  'overqualified',
  'availability',
  'notice',
  'start',
  'travel',
  'remote',
  'location',
  'leadership',
  'management',
  'technical',
  'communication',
  'customers',
  'clients',
  'product',
  'company',
  'strong',
  'big',
  'small',
  'fast',
  'slow',
  'mostly',
  'usually',
  'about',
  'around',
  'roughly',
  'lots',
  'plenty',
  'yes',
  'mainly',
  'half',
  'two',
  'three',
  'has',
  'have',
  "hasn't",
  "haven't",
  'is',
  "isn't",
  'was',
  'does',
  "doesn't",
  'did',
  "didn't",
  "can't",
  'cannot',
  'wants',
  'unclear',
  'whether',
  'if',
  'possible',
  'potential',
  'possibly',
  'maybe',
  'perhaps',
  'missing',
]);

/** The first word of a name, for informal greetings. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** Trims whitespace and trailing sentence punctuation. */
export function stripEnd(text: string): string {
  return text.trim().replace(/[\s.;,:!]+$/u, '');
}

/** Lower-cases the first letter when the first word is an ordinary word (never a name or acronym). */
export function lowerFirst(text: string): string {
  const first = text.split(/\s+/)[0] ?? '';
  const verbLike = /^[A-Z][a-z]{2,}(ed|ing)$/.test(first);
  return (LOWERABLE.has(first.toLowerCase().replace(/\u2019/g, "'")) || verbLike) && first !== 'I'
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** Shortens to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}\u2026`;
}

/** The first sentence of a text (or all of it when there is no sentence end), clipped. */
export function firstSentence(text: string, max = 180): string {
  const t = text.trim();
  const match = /^(.+?[.!?])(\s|$)/su.exec(t);
  return clip(match ? match[1]! : t, max);
}

/** Ensures a sentence ends with punctuation. */
export function endSentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?\u2026]$/u.test(t) ? t : `${t}.`;
}

/** Upper-cases the first letter. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'that',
  'this',
  'have',
  'has',
  'had',
  'was',
  'were',
  'are',
  'not',
  'but',
  'you',
  'your',
  'our',
  'their',
  'they',
  'them',
  'from',
  'about',
  'into',
  'some',
  'any',
  'too',
  'very',
  'much',
  'many',
  'more',
  'less',
  'enough',
  'bit',
  'little',
  'lack',
  'limited',
  'worried',
  'concern',
  'concerned',
  'unsure',
  'whether',
  'would',
  'could',
  'should',
  'might',
  'will',
  'can',
  'been',
  'being',
  'than',
  'then',
  'what',
  'how',
  'his',
  'her',
  'she',
  'him',
  'who',
  'why',
  'when',
  'where',
  'which',
  'also',
  'just',
  'only',
  'really',
  'there',
  'experience',
  'candidate',
  'role',
  'job',
  'work',
  'worked',
  'working',
  'doe',
  'did',
  'done',
  'yet',
  'i\u2019m',
]);

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Content words of a text, lower-cased and crudely stemmed, for overlap matching. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}+#.]+/gu) ?? []) {
    const w = raw.replace(/^[.]+|[.]+$/g, '');
    if (w.length < 2 || STOP.has(w)) continue;
    if (w.length < 3 && !/[+#]/.test(w) && !/^[a-z]{2}$/.test(w)) continue;
    const stemmed = stem(w);
    if (!STOP.has(stemmed)) words.add(stemmed);
  }
  return words;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar date (`YYYY-MM-DD`) as people write it: "18 December"; other text is returned as is. */
export function spokenDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month}` : date;
}
