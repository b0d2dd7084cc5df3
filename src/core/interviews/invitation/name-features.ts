/**
 * What the name model reads around a name-shaped stretch: the words just before and after it, the punctuation that sets it
 * off, the label or heading it stands under, the sentence it is in and where the line stands in the message. Of the name
 * itself only its shape (how many words, capitals, how its last word ends), never its words, so what it learns carries
 * over to names it has not seen.
 */
import { isHonorific, isTitleWord, looksLikeTitle } from './names.js';
import type { NameSpan } from './name-spans.js';

const TOKEN = /[\p{L}\p{M}'’]+|\d+|[^\s\p{L}\p{M}\d]/gu;
const tokens = (text: string): string[] => (text.match(TOKEN) ?? []).map((t) => t.toLowerCase().replace(/’/g, "'"));

const BULLET = /^\s*(?:[-*+>•▪◦‣●○■➢➤→·]|\d{1,2}[.)]|\(\d{1,2}\))\s*/;
const SIGN_OFF =
  /^\s*(?:best|regards|kind regards|warm regards|best regards|many thanks|thanks|thank you|cheers|sincerely|yours|talk soon|speak soon|all the best|saludos|cordialement|viele grüße|mit freundlichen grüßen|groeten|atenciosamente|un saludo|cumprimentos|ciao|grazie)\b[^\n]{0,20}$/i;
const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hola|bonjour|hallo|olá|ciao|kia ora)\b/i;
const VERBS: Array<[string, RegExp]> = [
  ['meet', /\bmeet(?:s|ing)?\b/i],
  ['speak', /\b(?:speak|talk|chat)\w*\b/i],
  ['join', /\bjoin\w*\b/i],
  ['interview', /\binterview\w*\b/i],
  ['panel', /\bpanel\w*\b/i],
  ['with', /\bwith\b/i],
  ['lead', /\b(?:lead|leads|run|runs|host\w*)\b/i],
  ['send', /\b(?:send|sends|sent|forward\w*|cc'?d?|copied|reach out|contact|questions?)\b/i],
  ['away', /\b(?:out of (?:the )?office|on leave|away|holiday|vacation|replac\w*|instead|unavailable)\b/i],
  ['refer', /\b(?:referr?\w*|recommend\w*|suggested|passed (?:your|on))\b/i],
  ['first', /\bI(?:'m|'ll|'ve)?\b(?!\.)|\b(?:me|my)\b/],
];
const SENTENCE = /[^.!?\n]*(?:[.!?]+|$)/g;

/** The sentence of a line that holds the characters from `start` to `end`. */
function sentenceOf(text: string, start: number, end: number): string {
  for (const m of text.matchAll(SENTENCE)) if (m.index + m[0].length >= end && m.index <= start) return m[0];
  return text;
}

/** What the features of every stretch read from the whole invitation, worked out once. */
export interface NamePage {
  lines: readonly string[];
  whole: string;
  /** The local parts of the e-mail addresses, accents dropped, in small letters ("dana.ruiz druiz"). */
  addresses: string;
  /** For each line, the nearest line above it that is not blank (-1 when none). */
  above: number[];
}

/** Reads an invitation's lines once for the features of all its stretches. */
export function readPage(lines: readonly string[]): NamePage {
  const whole = lines.join('\n');
  const plain = whole
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const addresses = [...plain.matchAll(/([\w.+-]+)@/g)].map((m) => m[1]).join(' ');
  const above: number[] = [];
  let last = -1;
  lines.forEach((line, i) => {
    above.push(last);
    if (line.trim()) last = i;
  });
  return { lines, whole, addresses, above };
}

/** Features of one name-shaped stretch of an invitation. */
export function spanFeatures(page: NamePage, span: NameSpan): string[] {
  const { lines, whole } = page;
  const text = lines[span.line]!;
  const before = text.slice(0, span.start);
  const after = text.slice(span.end);
  const out: string[] = ['bias'];
  const prev = tokens(before).filter((t) => !isHonorific(t));
  const next = tokens(after);
  out.push(
    `p1:${prev.at(-1) ?? '^'}`,
    `p2:${prev.slice(-2).join(' ') || '^'}`,
    `n1:${next[0] ?? '$'}`,
    `n2:${next.slice(0, 2).join(' ') || '$'}`,
  );
  out.push(`p1n1:${prev.at(-1) ?? '^'}|${next[0] ?? '$'}`);
  // "Interviewer: …", "Panel - …": the label of the line.
  const label = /^\s*([^:]{1,40}):/.exec(before);
  if (label) out.push(`label:${tokens(label[1]!).slice(-2).join(' ')}`, 'labelled');
  const bullet = BULLET.test(text);
  if (bullet) out.push('bullet');
  const lead = before.replace(BULLET, '').trim();
  if (!lead) out.push('starts');
  const rest = after.trim();
  if (!lead && !rest) out.push('alone');
  // A title after it ("Dana Ruiz (CFO)", ", Head of Design", "– Staff Engineer") or before it ("Head of IT Ibrahim Musa").
  const titled = /^\s*[,(–—|-]\s*([^,()|;\n]{2,60})/.exec(after);
  if (titled && looksLikeTitle(titled[1]!)) out.push('title-after', `title-after:${after.trimStart()[0]}`);
  const lastWord = before.trim().split(/\s+/).at(-1);
  if (lastWord && isTitleWord(lastWord)) out.push('title-before');
  if (/\bour\s+[\p{L}\s-]{0,30}$/iu.test(before)) out.push('our-before');
  if (/@/.test(text)) out.push('email-line');
  if (/<[^>]*@/.test(after)) out.push('email-after');
  if (/\b(?:organi[sz]er|optional|required)\b/i.test(text)) out.push('guest-mark');
  const sentence = sentenceOf(text, span.start, span.end);
  for (const [name, re] of VERBS) if (re.test(sentence)) out.push(`verb:${name}`);
  if (/\b(?:and|&)\b|,/.test(sentence.replace(text.slice(span.start, span.end), ''))) out.push('listing');
  // Where the line stands: a greeting, the line after a sign-off, the heading above a list.
  if (GREETING.test(text)) out.push('greeting');
  const above = page.above[span.line]! >= 0 ? lines[page.above[span.line]!] : undefined;
  if (above !== undefined && SIGN_OFF.test(above)) out.push('after-sign-off');
  if (above !== undefined && /:\s*$/.test(above)) out.push('under-heading', `heading:${tokens(above).slice(-3, -1).join(' ')}`);
  if (/^\s*(?:from|to|cc|bcc|sent|date|subject)\s*:/i.test(text)) out.push('mail-header');
  const at = span.line / Math.max(1, lines.length - 1);
  out.push(`pos:${at < 0.15 ? 'top' : at > 0.8 ? 'end' : 'mid'}`);
  const words = span.name.split(' ');
  out.push(`words:${Math.min(4, words.length)}`);
  // How the family name ends ("-ez", "-sen", "-ova", "-ton", "-ing"): names and places end differently.
  out.push(`end:${words.at(-1)!.toLowerCase().slice(-3)}`);
  if (/^\s*\p{Lu}/u.test(after)) out.push('capital-after');
  if (/\p{Lu}[\p{L}'’-]*\s*$/u.test(before)) out.push('capital-before');
  // "dana.ruiz@…", "druiz@…": an address made of the name.
  const family = words
    .at(-1)!
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');
  if (family.length > 2 && page.addresses.includes(family)) out.push('in-address');
  if (whole.split(span.name).length > 2) out.push('repeated');
  if (/[A-Z]{3,}/.test(span.name)) out.push('caps');
  if (text.length - text.trimStart().length !== span.start || before.trim()) out.push(`line-len:${text.length > 80 ? 'long' : 'short'}`);
  return out;
}
