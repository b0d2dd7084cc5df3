/**
 * What a concern is about, read from the user's shorthand, with a reference to it written to the
 * interviewer ("your question about my experience leading people") and a constructive reply in the
 * user's voice. All wording is Offerbook's own; the concern's note text is never quoted.
 */

import { buildNoteIndex, copiedSpans } from './lint-copy.js';

/** One kind of concern: how to recognise it, refer to it, and answer it. */
export interface ConcernKind {
  id: string;
  test: RegExp;
  /** After "your question about …". */
  about: string;
  reply: string;
  /** The reply for a brief note. */
  short: string;
}

export const CONCERN_KINDS: readonly ConcernKind[] = [
  {
    id: 'authorisation',
    test: /visa|sponsor|work permit|authori[sz]ation|right to work|eu docs/i,
    about: 'my right to work',
    reply: 'My paperwork is in hand and I can share the details whenever it helps, so it will not hold up a start date.',
    short: 'My paperwork is in hand, so it will not hold up a start date.',
  },
  {
    id: 'pay',
    test: /salary|\bpay\b|compensation|\bpackage\b|salary expectation|pay band|\brate\b(?! limit)/i,
    about: 'my expectations on pay',
    reply:
      'I am flexible on the details of the package; the role and the team matter most to me, and I am confident we can agree terms that suit both sides.',
    short: 'I am flexible on the package; the role matters most to me.',
  },
  {
    id: 'commitment',
    test: /overqualif|\bstay|tenure|hopp|\bleft\b|\bleav|jobs in|moved \d|\dx in|long[- ]term|flight risk|commit/i,
    about: 'my career moves and how long I would stay',
    reply: 'This role is where I want to grow next, not a stopgap; I am looking for a place to commit to and build on for years.',
    short: 'I am looking for a place to commit to for years.',
  },
  {
    id: 'gap',
    test: /(career|employment|cv|resume|work) gap|gap (in|on) (my )?(cv|resume|career|employment|20\d\d)|gap year|\bbreak\b|time off|out of work|career change|sabbatical/i,
    about: 'the gap in my career',
    reply: 'The time away was a deliberate choice, I kept my skills current throughout, and I am ready to commit fully now.',
    short: 'The time away was deliberate, and I kept my skills current.',
  },
  {
    id: 'location',
    test: /commut|relocat|location|remote|onsite|on-site|distance|travel/i,
    about: 'the practical side of getting to work',
    reply: 'The practical side is settled on my end: I have planned it through, and it will not affect my availability or focus.',
    short: 'The practical side is settled and will not affect my availability.',
  },
  {
    id: 'leadership',
    test: /\blead\b|leading|manag|\bpeople\b|mentor|direct reports?|team of \d|precept|supervis|crew|apprentice/i,
    about: 'my experience leading people',
    reply:
      'I have guided colleagues and owned outcomes even without the title, and I would bring the same care for people, clear priorities and follow-through to this role.',
    short: 'I have guided colleagues and owned outcomes, even without the title.',
  },
  {
    id: 'credentials',
    test: /\bcert|licen[cs]|\bexam\b|\bcpa\b|\bpe\b|accredit|degree|immuni[sz]ation|registration|credential/i,
    about: 'my certifications',
    reply:
      'I have a clear plan for the credentials the role needs, with dates set, and I am glad to keep you posted as each one comes through.',
    short: 'I have a dated plan for the credentials the role needs.',
  },
  {
    id: 'on-call',
    test: /on-?call|incident|pager|outage/i,
    about: 'my on-call experience',
    reply:
      'I have carried responsibility when things break, and I would learn your runbooks early and pair on the rota before taking it on alone.',
    short: 'I have handled incidents before and would learn your runbooks early.',
  },
  {
    id: 'results',
    test: /\bmiss(ed)?\b|quota|attainment|\btarget\b|\bnumbers\b|\bdeal size|\bACV\b/i,
    about: 'my results',
    reply: 'I know what drove my numbers, good and bad, and I am glad to walk you through exactly what I changed and what it delivered.',
    short: 'I know what drove my numbers and am glad to walk you through them.',
  },
  {
    id: 'pace',
    test: /\bslow|speed|\bpace\b|per hour|deadline|shortcut|tight/i,
    about: 'my pace under pressure',
    reply:
      'Speed comes with practice in a new setting; I set myself clear targets, track them weekly, and ask for feedback early so I get up to pace quickly.',
    short: 'I set myself clear targets and get up to pace quickly.',
  },
  {
    id: 'hours',
    test: /weekend|\bnights?\b|shift|overtime|on-?call|hours|availability|festival/i,
    about: 'the hours the role needs',
    reply: 'I know what the schedule asks of the team, and I am ready to take my full share of it.',
    short: 'I am ready to take my full share of the schedule.',
  },
  {
    id: 'communication',
    test: /communicat|explain|vague|rambl|present|too long|concise|say no|push(ed)? back|stakeholder|synthesis/i,
    about: 'how I communicate',
    reply: 'I took that to heart: I now lead with the point, back it with one example, and check that the other person has what they need.',
    short: 'I now lead with the point and back it with one example.',
  },
  {
    id: 'domain',
    test: /industry|domain|sector|healthcare|finance users|accountants|union|very different|background|consumer|\bB2[BC]\b|private dev/i,
    about: 'my background in this field',
    reply:
      'Coming from a neighbouring field gives me a fresh angle, and I have already started learning this one; I would spend my first weeks listening to colleagues and customers.',
    short: 'I am already learning this field and bring a fresh angle.',
  },
  {
    id: 'experience',
    test: /experien|\bexp\b|never|\bonly\b|little|not much|not really|\bno\b|basics|mostly|thin|light|shallow|depth|\bknow|familiar|\bnew to|haven'?t|fumbl|blank|weak/i,
    about: 'the depth of my experience',
    reply:
      'I pick up new ground quickly and on purpose: I would pair with the people who know it best, follow a written learning plan, and show my progress openly.',
    short: 'I close gaps like this quickly, with a plan and people who know it best.',
  },
];

/** When nothing else fits. */
export const GENERIC_KIND: ConcernKind = {
  id: 'generic',
  test: /.^/,
  about: 'the point you raised',
  reply:
    'I took the point seriously, and my plan is to meet it head-on: ask for early feedback, lean on the team\u2019s experience, and make it a strength within my first months.',
  short: 'I took the point seriously and have a plan to meet it head-on.',
};

// Tool and method names in shorthand: words with two or more capitals (CRRT, HEC-RAS, eBPF, HydroCAD).
const NAMED = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}-]*\p{Lu})[\p{L}][\p{L}\p{N}-]{1,20}(?![\p{L}\p{N}])/gu;
const NOT_NAMES = new Set(['OK', 'ASAP', 'FYI', 'TBD', 'JD', 'HR', 'FTE', 'IMO', 'LOL', 'I', 'US', 'UK', 'EU']);

/** Up to two tool or method names a concern mentions. */
export function namedSkills(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAMED)) {
    const w = m[0].replace(/-+$/, '');
    if (NOT_NAMES.has(w.toUpperCase()) || /^[A-Z]\d|\d[A-Z]?$/.test(w) || /-(only|ish|heavy|based|like)$/i.test(w) || out.includes(w))
      continue;
    out.push(w);
    if (out.length === 2) break;
  }
  return out;
}

/** The kind of a concern, from its shorthand text. */
export function concernKind(text: string): ConcernKind {
  return CONCERN_KINDS.find((k) => k.test.test(text)) ?? GENERIC_KIND;
}

/** How a draft refers to the concern, written to the interviewer: "your question about my experience with CRRT". */
export function concernReference(text: string): string {
  const kind = concernKind(text);
  if (kind.id === 'experience' || kind.id === 'generic') {
    const skills = namedSkills(text);
    const named = `your question about my experience with ${skills.join(' and ')}`;
    // Never five words of the note itself ("asked about my experience with HEC-RAS").
    if (skills.length > 0 && copiedSpans(`Thank you for ${named}; I have`, buildNoteIndex([text])).length === 0) return named;
  }
  return kind.id === 'generic' ? kind.about : `your question about ${kind.about}`;
}
