import { isHedgedKindOf } from './fillers.js';
import type { Doc } from './text.js';

/** One hedge: its span, the words, and whether it undercuts the speaker on its own. */
export interface HedgeHit {
  start: number;
  end: number;
  words: string;
  strong: boolean;
}

// Phrases that on their own make a claim sound unsure of itself.
const STRONG = [
  /\bi (?:think|thought|guess|suppose),? (?:maybe|perhaps|possibly|probably)\b/gi,
  /\bi (?:guess|suppose)\b/gi,
  /\bi'?m not (?:really |entirely |totally |completely |too |that |so )?sure\b/gi,
  /\bnot (?:really )?sure (?:if|whether|that)\b/gi,
  /\bi don'?t (?:really )?know (?:if|whether|how much|exactly)\b/gi,
  /\b(?:sort|kind) of (?:tried|helped|led|managed|ran|did|made|took|fixed|handled|worked|started|pushed)\b/gi,
  /\b(?:might|may|could) have (?:maybe |possibly )?(?:helped|contributed|made|led|improved|saved)\b/gi,
  /\bi (?:tried|attempted) to (?:maybe|kind of|sort of)\b/gi,
  /\bmore or less\b/gi,
  /\bif that makes (?:any )?sense\b/gi,
  /\bi'?d like to think\b/gi,
  /\bhopefully (?:that|it|i|we) (?:was|were|did|helped|worked)\b/gi,
];
// Softeners that are fine once but add up to an unsure tone.
const WEAK = [
  /\b(?:maybe|perhaps|possibly|probably|somewhat|hopefully|arguably|i feel like|a little bit|kinda|sorta)\b/gi,
  /\bi (?:think|believe)\b/gi,
];

/** Finds hedging phrases; "sort of"/"kind of" count here only when they soften a verb ("sort of tried"). */
export function findHedges(doc: Doc): HedgeHit[] {
  const hits: HedgeHit[] = [];
  const text = doc.text;
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  const normal = text.includes('’') ? text.replace(/’/g, "'") : text;
  for (const list of [STRONG, WEAK]) {
    const strong = list === STRONG;
    for (const re of list) {
      re.lastIndex = 0;
      for (let m = re.exec(normal); m; m = re.exec(normal)) {
        const s = m.index;
        const e = s + m[0].length;
        if (overlaps(s, e)) continue;
        taken.push([s, e]);
        hits.push({ start: s, end: e, words: text.slice(s, e), strong });
      }
    }
  }
  // Keep the tokenizer's view consistent: a bare "kind of"+verb the regex missed still counts.
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if ((t.lower === 'kind' || t.lower === 'sort') && doc.tokens[i + 1]?.lower === 'of' && isHedgedKindOf(doc, i)) {
      const end = doc.tokens[i + 2]!.end;
      if (!overlaps(t.start, end)) {
        taken.push([t.start, end]);
        hits.push({ start: t.start, end, words: text.slice(t.start, end), strong: true });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
