// Public-fact topic families about the organisation's business: its competitors, customers, products and what it
// does. Listed in their order of precedence by topics.ts.
import { ADJ, DET, ORG, ORG_POSS, WHO, re, type PublicTopic } from './topic-parts.js';

/** Its competitors and market position. */
export const COMPETITORS: PublicTopic = {
  topic: 'competitors',
  label: "the organisation's competitors and market position",
  patterns: [
    re(
      `(?:who|what|which companies|which firms) (?:are|is) ${DET} ${ADJ}(?:competitors?|competition|rivals?|competing (?:companies|firms|products))`,
    ),
    re(
      `who (?:do|does) ${WHO} (?:compete (?:with|against)|see as (?:your|its|their) (?:main |biggest )?(?:competitors?|rivals?|competition))`,
    ),
    re(
      `\\b(?:${ORG_POSS} )?(?:competitors|competitive landscape|market share|market position|market leader|competition)\\b.*\\?|\\bwho (?:else )?(?:is|are) in (?:this|the|your) (?:space|market)`,
    ),
    re(`(?:how|what) (?:do|does) ${WHO} (?:differ|differentiate|distinguish (?:itself|yourselves|yourself)|stand out|compare)\\b`),
    re(
      `what (?:makes|sets) (?:you|${ORG}|the company|your (?:product|products|service|services|offering)|it) (?:different|apart|unique|stand out)`,
    ),
    re(`\\b(?:compared? (?:to|with)|versus|vs\\.?) (?:your |its |the )?(?:competitors|competition|rivals|other companies)`),
    re(`\\b(?:competitors?|competition|rivals?|compete|competing)\\b`),
    re(`who else (?:is|operates|works|plays) in (?:this|the|your) (?:space|market|industry|sector|field)`),
    re(`who else (?:offers|sells|makes|does|provides|builds|supplies|produces)\\b`),
    re(
      `\\b(?:(?:are|is) (?:you|the company|it) up against|(?:same|similar) (?:thing|things|work|products?|services?) as (?:you|the company)|similar (?:companies|firms|businesses)|alternatives to (?:you|the company|your))\\b|other (?:companies|firms|businesses|players|brands) (?:do|offer|make|sell|provide)`,
    ),
    re(
      `\\b(?:other |main |biggest |key )?players in (?:the|your|this|its) (?:industry|market|space|sector|field)\\b|\\bdifferentiat\\w*|\\b(?:sets?|sets) (?:you|it|them|the company|${ORG}) apart\\b`,
    ),
    re(
      `\\b(?:position|standing|ranking|rank|place) in (?:the|its|your) (?:market|industry|sector|field)\\b|\\bmarket (?:leader|position|share|ranking)\\b`,
    ),
  ],
};

/** Who its customers are. */
export const CUSTOMERS: PublicTopic = {
  topic: 'customers',
  label: "who the organisation's customers are",
  patterns: [
    re(
      `who (?:are|is) ${DET} ${ADJ}(?:customers?|clients?|users?|customer base|client base|audience|target (?:market|audience|customers?)|buyers?|consumers?|patients|students|members|partners|accounts|market)\\b`,
    ),
    re(
      `how many (?:customers|clients|users|active users|subscribers|members|patients|students|accounts|downloads)(?: (?:do|does) ${WHO} have| (?:use|uses|buy)|\\?| in total| worldwide)`,
    ),
    re(
      `(?:what|which) (?:kinds? of |types? of |sort of |sorts of )?(?:${ADJ})?(?:customers|clients|users|industries|sectors|markets|businesses|companies|organi[sz]ations) (?:do|does) ${WHO} (?:serve|sell to|work with|have|target|support|supply|deal with|focus on)`,
    ),
    re(`who (?:buys|uses|pays for) ${DET} (?:products?|services?|software|platform|app|tools?)`),
    re(`who (?:do|does) ${WHO} (?:sell to|serve|work with|target|cater to|build for|supply)\\b(?! (?:most|day|on the team|internally))`),
    re(
      `(?:which|what) (?:(?:big|large|well-known|famous|major|notable|household|other) )*(?:brands|companies|businesses|organi[sz]ations|clients|customers|retailers|banks|hospitals|schools|governments) (?:use|uses|buy|buys|work with|rely on|partner with|are (?:customers|clients))`,
    ),
    re(
      `who (?:typically |usually |mostly |mainly |generally )?(?:buys?|purchases?|uses?|pays) (?:from|for) (?:you|${ORG}|the company|it)\\b`,
    ),
    re(
      `(?:which|what) (?:(?:big|large|well-known|famous|major|notable|household|other|key|main) )*(?:clients|customers|brands|companies|accounts|partners) (?:have|has|do|does|did) ${WHO} (?:worked with|work with|served|serve|had|have|sold to|supplied|won|signed|landed)`,
    ),
    re(
      `\\b(?:${ORG_POSS} )?(?:customer base|client base|client list|client roster|customer list|target market|notable clients|key accounts|biggest clients|largest customers)\\b`,
    ),
    re(
      `(?:do|does) ${WHO} (?:work with|sell to|serve|supply) (?:any |large |small |big |government|public|enterprise|consumers|businesses|hospitals|schools|banks|retailers)`,
    ),
    re(`how many (?:customers|clients|users|subscribers|members|patients|students|accounts|downloads|installs|visitors)\\b`),
    re(
      `(?:sell|market|cater|sell mainly|sell mostly|sell primarily) (?:mainly |mostly |primarily )?to (?:businesses|consumers|enterprises|companies|individuals|governments)\\b|\\bb2b or b2c\\b|\\b(?:businesses|consumers) or (?:businesses|consumers)\\b`,
    ),
    re(
      `(?:what|which) (?:kinds?|types?|sorts?) of (?:customers|clients|users|companies|businesses|organi[sz]ations)\\b.*\\b(?:serve|work with|sell to|have|target|buy)`,
    ),
    re(`who (?:are|is) ${DET} ${ADJ}(?:typical |ideal )?(?:customers?|clients?|users?)\\b`),
    re(`(?:what|who) is (?:the |your |${DET} )?(?:ideal|typical|target) (?:customer|client|user|buyer)\\b`),
  ],
};

/** What it sells or makes. */
export const PRODUCTS_AND_SERVICES: PublicTopic = {
  topic: 'products-and-services',
  label: "the organisation's products and services",
  patterns: [
    re(
      `(?:what|which) (?:${ADJ})?(?:products?|services?|solutions?|offerings?|brands?|product lines?|apps?|platforms?|tools?|software|programs?|programmes?|courses?|titles?|games?|drugs?|medicines?|devices?) (?:do|does|did|are|is) ${WHO} (?:offer|sell|make|build|provide|produce|have|develop|known for|best known for|manufacture|ship|market|run|publish|release|deliver)`,
    ),
    re(`what (?:do|does) ${WHO} (?:sell|make|manufacture|produce|build|offer|provide|develop|supply|design|publish)\\b`),
    re(
      `(?:do|does) ${WHO} (?:make|sell|build|offer|produce|provide|develop|manufacture|design) (?:mainly |mostly |only |just )?(?:[a-z-]+ ){0,2}(?:products?|services?|software|hardware|goods|devices|apps?|equipment|food|clothing|parts|machines|vehicles|medicines|drugs)\\b`,
    ),
    re(
      `(?:what|which) (?:is|are) ${DET} ${ADJ}(?:products?|services?|solutions?|offerings?|product lines?|product portfolio|portfolio|product range|brands?|apps?|platforms?|pipeline)\\b`,
    ),
    re(
      `(?:tell me|can you tell me|could you tell me|talk|explain) (?:a bit |a little |more )?about (?:${DET} )?(?:products?|services?|solutions?|offerings?|product line|portfolio)\\b`,
    ),
    re(`(?:what|which) (?:products?|services?) (?:are|is) ${DET} (?:best known|known|famous) for`),
    re(`what is ${DET} (?:product|service|app|platform|software)\\b(?! (?:team|roadmap|strategy|vision|process))`),
    re(`how many (?:products|services|brands|apps|titles|product lines)`),
    re(
      `what (?:does|do) ${DET} (?:main |core |flagship )?(?:product|products|service|services|app|software|platform|tool|solution) (?:actually |really |exactly )?do(?:\\?|$| exactly|,)`,
    ),
    re(
      `(?:describe|explain|tell me about|walk me through) ${DET} (?:product|service|solution)s? (?:offering|range|line|portfolio|suite|lineup)`,
    ),
    re(`\\bwhat (?:products?|services?|solutions?) (?:do|does) ${WHO}\\b`),
    re(
      `(?:what|which) (?:kinds?|types?|sorts?) of (?:products|services|software|solutions|goods|apps|games|devices|drugs|tools|equipment|programs|programmes)\\b(?! (?:would|will|do i|does the team|would i))`,
    ),
    re(`what is the (?:main |one |primary )?thing (?:that )?${WHO} (?:sells?|makes?|offers?|provides?|builds?|produces?|does|do)\\b`),
    re(`(?:what|which) (?:is|are) ${DET} ${ADJ}(?:product|service|app|platform)s? called`),
    re(
      `\\b(?:main|key|core|flagship|best[- ]known|leading|best[- ]selling|principal) (?:products?|services?|offerings?|brands?|solutions?|apps?|titles?)\\b`,
    ),
  ],
};

/** What it does, in general: last in the list, the widest family. */
export const WHAT_THEY_DO: PublicTopic = {
  topic: 'what-they-do',
  label: 'what the organisation does',
  patterns: [
    re(
      `what (?:exactly )?(?:do|does|did) (?:${WHO}|${ORG}|the company) (?:actually |really )?(?:do(?:\\?|$| exactly| as a| for a living| precisely|,)|make money|specialize in|specialise in)`,
    ),
    re(`what (?:business|industry|sector|field|line of business|line of work|market|space|niche) (?:is|are) ${WHO} in`),
    re(`what (?:industry|industries|sector|sectors|markets?|field) (?:do|does) ${WHO} (?:operate|work|compete|serve|play)(?: in)?`),
    re(`how (?:do|does) ${WHO} (?:make money|earn (?:money|revenue|its money)|generate revenue|get paid|make (?:its|their|your) money)`),
    re(`\\b(?:${ORG_POSS} |the )?(?:business model|revenue model|core business|line of business|main business|primary business)\\b`),
    re(
      `what (?:kind|type|sort) of (?:company|business|organi[sz]ation|firm|work does ${ORG}|work do you do as a company) (?:is|are) (?:this|it|${ORG}|you)`,
    ),
    re(
      `(?:tell me|can you tell me|could you tell me|talk|explain|give me an overview|an overview)(?: a bit| a little| more| briefly)? (?:about|of) (?:${ORG}|the company|what (?:${WHO}|the company) (?:does|do))\\b(?! (?:culture|team|values))`,
    ),
    re(`what (?:is|'s) (?:the company|${ORG}) (?:all )?about\\??$`),
    re(`what (?:is|are) ${WHO} (?:best |most |mainly |chiefly |primarily )?(?:known|famous|recogni[sz]ed|renowned) for`),
    re(
      `(?:is|are) ${WHO} (?:still )?(?:a |an )?(?:startup|start-up|scale-?up|non-?profit|charity|public sector (?:body|organi[sz]ation)|government (?:agency|body)|cooperative|co-op|consultancy|agency|family business|social enterprise)\\??$`,
    ),
    re(`what (?:does|do) ${WHO} speciali[sz]e in`),
    re(`what (?:does|do) (?:${WHO}|the [a-z]+) (?:mainly |mostly |primarily )?(?:focus|work) on\\??$`),
    re(`what (?:is|are) ${DET} (?:main |core |primary |key |target |biggest )*markets?\\??$`),
    re(
      `what (?:is|'s) ${DET} (?:main |core |primary )?(?:focus|business|line of work|area of business|specialty|speciality|area of expertise)\\??$`,
    ),
    re(`what (?:does|do) ${ORG}(?: exactly| actually| really)? do(?:\\?|$| exactly| as a| for a living| precisely|,)`),
    re(
      `what does (?:your|the) (?:company|organi[sz]ation|firm|business) (?:actually |really |exactly )?do(?:\\?|$| exactly| as a| for a living| precisely|,)`,
    ),
    re(
      `what (?:is it|exactly is it) (?:that )?(?:${WHO}|${ORG}|the company) (?:actually |really |exactly )?(?:does|do)\\b(?! (?:for|to|about|with|when|if))`,
    ),
    re(
      `(?:what|which) (?:market|markets|industry|industries|sector|sectors|space|field|niche) (?:is|are) (?:${WHO}|${ORG}|the company)(?: in| operating in| part of)?\\??$`,
    ),
    re(
      `(?:tell me|know|explain|describe|understand|clarify|ask) (?:a bit |a little |more )?(?:about )?what (?:${WHO}|${ORG}|the company) (?:does|do)(?:\\?|$| exactly| as a| day to day| for a living)`,
    ),
  ],
};
