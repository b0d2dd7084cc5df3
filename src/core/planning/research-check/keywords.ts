import type { FactTopic } from '../../library/questions-to-ask/types.js';

/**
 * The second net: a question that got past the insider guards, matched no known phrasing, and still names a
 * public-fact subject ("When did the current CEO join?", "Do you have shareholders?") is most likely one a search
 * answers. "How do…" and "why…" questions are left alone: they ask about ways and reasons, which are insider.
 */
export const KEYWORD_TOPICS: ReadonlyArray<{ topic: FactTopic; pattern: RegExp }> = [
  { topic: 'competitors', pattern: /\b(?:competitors?|competition|rivals?|competing)\b/ },
  {
    topic: 'leadership',
    pattern:
      /\b(?:ceo|chief executive|chair(?:man|woman|person)|founders?|co-?founders?|board members?|board of directors|the board|executives|key people|leadership team|executive team|owners?|president|managing director|boss of the (?:whole |entire )?company|top management|c-suite)\b/,
  },
  {
    topic: 'history',
    pattern:
      /\b(?:founded|founding|established|history|origins?|pivot(?:ed)?|start(?:ed)? trading|story behind|background on the (?:company|group)|how the company (?:was )?(?:started|began|formed)|years? in business)\b/,
  },
  {
    topic: 'funding-and-finances',
    pattern:
      /\b(?:revenues?|income|turnover|funding|investment|investors?|shareholders?|stockholders?|stock|shares|ipo|valuation|profits?|profitable|annual budget|family[- ](?:run|owned)|financials|financial(?:ly)?|backers?|owned by|privately|publicly)\b/,
  },
  {
    topic: 'locations',
    pattern:
      /\b(?:multinational|global footprint|international presence|countries|headquarter\w*|offices|campus(?:es)?|operate in|based in|presence in|regions)\b/,
  },
  { topic: 'news', pattern: /\b(?:awards?|acquisitions?|acquired|mergers?|announc\w+|press|news|headlines|launched|partnerships?)\b/ },
  { topic: 'values-and-ethics', pattern: /\b(?:mission|vision statement|tagline|slogan|motto|core values|stated values|charitable)\b/ },
  {
    topic: 'customers',
    pattern: /\b(?:customers?|clients?|users|audience|demographics?|customer base|client base|patients|subscribers|downloads)\b/,
  },
  { topic: 'products-and-services', pattern: /\b(?:products?|services|brands|offerings?|portfolio|solutions)\b/ },
  {
    topic: 'what-they-do',
    pattern: /\b(?:sources? of (?:income|revenue)|business units?|divisions|industry|sector|what the company does)\b/,
  },
];

// Shapes that ask how something is done, or about people's dealings, even when they name a public subject.
const NOT_A_LOOKUP =
  /^(?:how (?!many|much|old|long|big|large)|why\b)|\b(?:to (?:attract|win|keep|retain|find|acquire|support|help|grow|get|reach|engage|serve|please|delight|prepare)|(?:attract|win|keep|retain|acquire|support|help|treat|approach|reach|engage|onboard|manage|talk to|interact with|deal with|listen to|meet|work with|hear from|feedback from) (?:new |more |its |our |your |the |their |with )?(?:customers|clients|users|patients)|(?:employees|staff|new hires|people|i) (?:get|receive|own|have)|(?:talk|meet|speak|interact|visit|involved|engage|communicat|listen|spend|mean|react|respond|reward)\w*)\b/;

/** The public topic a question names by keyword, if it has the shape of a lookup. */
export function keywordTopic(text: string): FactTopic | undefined {
  if (NOT_A_LOOKUP.test(text)) return undefined;
  return KEYWORD_TOPICS.find((k) => k.pattern.test(text))?.topic;
}
