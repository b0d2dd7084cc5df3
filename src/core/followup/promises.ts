/**
 * Promises (`>` notes): a checklist item for the user, in their own words, and a neutral line for
 * the draft with a placeholder the linter flags until the user fills it in. The promise's note text
 * never goes into the draft.
 */

/** One kind of thing promised, and how a draft says it. */
interface PromiseKind {
  id: string;
  test: RegExp;
  one: string;
  many: string;
}

const KINDS: readonly PromiseKind[] = [
  {
    id: 'references',
    test: /\brefs?\b|referee|reference/i,
    one: 'here are my references\u2019 contact details: [add contact details]',
    many: 'here are my references\u2019 contact details: [add contact details]',
  },
  {
    id: 'availability',
    test: /availab|\bslots?\b|when I can|schedule a/i,
    one: 'here is my availability: [add times]',
    many: 'here is my availability: [add times]',
  },
  {
    id: 'introduction',
    test: /\bintro|introduc|connect (you|her|him|them)|put .* in touch/i,
    one: 'I am glad to make the introduction I mentioned: [add name]',
    many: 'I am glad to make the introductions I mentioned: [add names]',
  },
  {
    id: 'link',
    test: /link|url|github|arxiv|blog|article|\bpost\b|video|talk|paper|\bpr\b|website|site/i,
    one: 'here is the link I mentioned: [add link]',
    many: 'here are the links I mentioned: [add links]',
  },
  {
    id: 'document',
    test: /cert|card|transcript|record|licen|permit|docs?\b|document|resume|\bcv\b|portfolio|sample|deck|readout|drawing|plan|template|sheet|report|write-?up|recipe|summary|screenshot|pdf|checklist|instrument|copy|file|slides|calculation|comparison|idea|scorecard|notes/i,
    one: 'I have attached the document I mentioned: [attach it, then delete this]',
    many: 'I have attached the documents I mentioned: [attach them, then delete this]',
  },
];
const OTHER: PromiseKind = {
  id: 'other',
  test: /.^/,
  one: 'here is the follow-up I mentioned: [add details]',
  many: 'here are the follow-ups I mentioned: [add details]',
};

/** A promise as the user's to-do, and the kind of line it becomes in a draft. */
export interface PromiseItem {
  /** For the user's checklist (private, never sent): "Attach: link to my Kafka Summit talk". */
  checklist: string;
  kind: string;
}

function kindOf(text: string): PromiseKind {
  return KINDS.find((k) => k.test.test(text)) ?? OTHER;
}

/** The checklist item of one promise note: the user's own words, tidied into a to-do. */
export function promiseItem(text: string): PromiseItem {
  const kind = kindOf(text);
  const what = text
    .trim()
    .replace(/^>\s*/, '')
    .replace(/^(send|email|e-mail|share|forward|mail|give|get|text|dm)\s+/i, '')
    .replace(/^(?:[Hh]er|[Hh]im|[Tt]hem|[A-Z][a-z]+(?=\s+(?:my|the|a|an|our|copy|link)\b))\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const verb = kind.id === 'introduction' ? 'Do' : kind.id === 'document' ? 'Attach' : 'Send';
  return { checklist: `${verb}: ${what || text.trim()}`, kind: kind.id };
}

/** The draft's lines for the promises: one neutral line per kind of thing promised, each with a placeholder. */
export function promiseLines(promises: readonly string[]): string[] {
  const counts = new Map<PromiseKind, number>();
  for (const p of promises) {
    const kind = kindOf(p);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => (n === 1 ? kind.one : kind.many));
}
