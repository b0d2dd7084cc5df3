// Facts a posting states about its employer (size, founding, headquarters, funding, benefits),
// offered to the user as research with the posting as the source.

import type { PostingFact } from './types.js';

const PATTERNS: [RegExp, PostingFact['topic'], (m: RegExpExecArray) => string][] = [
  [/\b(?:founded|established|started|since)\s+(?:in\s+)?((?:19|20)\d{2})\b/i, 'history', (m) => `Founded in ${m[1]}`],
  [
    /\b((?:over|more than|nearly|almost|about|around|some)?\s*\d[\d,.]*\+?\s*(?:k\s+)?)(employees|people|team members|staff|colleagues|engineers|professionals|members)\b/i,
    'size',
    (m) => `${m[1]!.trim()} ${m[2]}`.replace(/^\w/, (c) => c.toUpperCase()),
  ],
  [
    /\b(?:headquartered|head office|headquarters|hq|based)\s+(?:is\s+)?(?:in|at)\s+([A-Z][\p{L} .'-]+(?:,\s*[A-Z][\p{L} .'-]+)?)/u,
    'locations',
    (m) => `Headquarters: ${m[1]!.trim().replace(/[.,]$/, '')}`,
  ],
  [
    /\boffices? in\s+((?:[A-Z][\p{L}.'-]+(?:\s[A-Z][\p{L}.'-]+)?(?:,\s*|\s+and\s+)?){2,8})/u,
    'locations',
    (m) => `Offices in ${m[1]!.trim().replace(/[.,]$/, '')}`,
  ],
  [
    /\b(?:raised|secured|closed)\s+(?:an?\s+)?((?:[$€£]\s?\d[\d.,]*\s?(?:m|bn|b|million|billion)?)(?:\s+series\s+[a-f])?[^.\n]{0,60})/i,
    'funding-and-finances',
    (m) => `Raised ${m[1]!.trim().replace(/[.,]$/, '')}`,
  ],
  [/\b(?:backed by|investors include)\s+([^.\n]{3,120})/i, 'funding-and-finances', (m) => `Backed by ${m[1]!.trim()}`],
  [
    /\b(?:publicly traded|listed on the|nasdaq|nyse|ftse|b corp|certified b corporation)\b[^.\n]{0,80}/i,
    'funding-and-finances',
    (m) => m[0].trim(),
  ],
];
const BENEFITS =
  /^(?:#+\s*)?(?:benefits|perks(?: and benefits)?|benefits (?:and|&) perks|what we offer|what(?:'|’)s in it for you|why join us|we offer|our benefits|compensation (?:and|&) benefits)\s*:?$/i;

/** Facts stated in the posting's text; each is a short statement in the posting's words. */
export function factsInText(text: string): PostingFact[] {
  const facts: PostingFact[] = [];
  const body = text.slice(0, 60_000);
  for (const [re, topic, make] of PATTERNS) {
    const m = re.exec(body);
    if (!m) continue;
    facts.push({ topic, statement: make(m) });
  }
  const lines = body.split('\n');
  const at = lines.findIndex((l) => BENEFITS.test(l.trim()));
  if (at >= 0) {
    const items: string[] = [];
    for (const line of lines.slice(at + 1)) {
      const l = line.trim();
      if (l === '' && items.length > 0 && !lines[lines.indexOf(line) + 1]?.trim().startsWith('-')) break;
      if (/^#+\s|^[A-Z][^.]{2,60}:?$/.test(l) && items.length > 0 && !l.startsWith('-')) break;
      if (l.startsWith('- ')) items.push(l.slice(2));
      if (items.length >= 15) break;
    }
    if (items.length > 0) facts.push({ topic: 'culture', statement: `Benefits: ${items.join('; ')}` });
  }
  const seen = new Set<string>();
  return facts.filter((f) => !seen.has(f.statement) && seen.add(f.statement));
}
