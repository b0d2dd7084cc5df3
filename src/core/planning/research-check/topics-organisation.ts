// Public-fact topic families about the organisation itself: its size, places, history, leaders and money.
// Listed in their order of precedence by topics.ts.
import { DET, ORG, ORG_POSS, WHO, re, type PublicTopic } from './topic-parts.js';

/** How big the organisation is: head count, "a large or a small company". */
export const SIZE: PublicTopic = {
  topic: 'size',
  label: 'how big the organisation is',
  patterns: [
    re(
      `how many (?:full[- ]time )?(?:employees|staff|people|folks|staff members|workers|engineers|developers|team members|members of staff|personnel|associates|nurses|teachers|doctors)(?: (?:do|does|did) ${WHO} (?:have|employ)| (?:work|are working|are employed) (?:at|for|in|here|there)| (?:are|is) there (?:at|in) ${ORG}| work here| does ${ORG} (?:have|employ))`,
    ),
    re(`how many people (?:do|does) ${WHO} (?:have|employ)`),
    re(`how (?:big|large|small) (?:is|are) (?:${WHO}|${ORG}|the company)\\b`),
    re(`how (?:big|large|small) (?:${WHO}|${ORG}) (?:is|are)\\b`),
    re(
      `\\b(?:small|large|big|medium|mid-?sized)(?:-sized)? or (?:a )?(?:small|large|big|medium|mid-?sized)(?:-sized)? (?:company|firm|business|organi[sz]ation|employer|startup|player)\\b`,
    ),
    re(
      `\\b(?:head ?count|number of (?:employees|staff|people employed|workers)|company size|size of ${ORG}|${ORG_POSS} size|workforce size|(?:employee|staff|people) (?:count|numbers)|size of (?:the|your) workforce)\\b`,
    ),
    re(`how many (?:employees|staff|people) (?:are there|in total|worldwide|globally|overall)`),
    re(
      `^how many (?:employees|staff|workers|engineers|developers|people|consultants|lawyers|nurses|teachers|scientists)\\b(?! (?:would|will|do i|on|in the (?:team|group)|report))`,
    ),
    re(
      `(?:is|are) ${WHO} (?:a |an )?(?:large|big|small|mid-?sized|medium-?sized|global|multinational|small-?sized|large-?sized|fortune 500) (?:company|business|organi[sz]ation|firm|employer|corporation|enterprise|startup)`,
    ),
    re(
      `(?:is|are) (?:this|it) (?:a |an )?(?:large|big|small|mid-?sized|medium-?sized|global|multinational) (?:company|business|organi[sz]ation|firm|corporation|enterprise|startup)`,
    ),
  ],
};

/** Where it is based and has offices. */
export const LOCATIONS: PublicTopic = {
  topic: 'locations',
  label: 'where the organisation is based and has offices',
  patterns: [
    re(`where (?:is|are) ${WHO} (?:headquartered|based|located|head-?quartered)`),
    re(`(?:is|are) ${WHO} (?:headquartered|based|located|registered|incorporated) (?:in|out of|near)\\b`),
    re(
      `(?:is|are) ${WHO} (?:an? )?(?:international|global|worldwide|multinational|local|regional|national|nationwide)(?: (?:company|business|firm|brand|player|organi[sz]ation))?\\??$`,
    ),
    re(
      `where(?:'s| is| are) ${DET} (?:main )?(?:home base|base|headquarters|head ?quarters|hq|head office|main office|main site|main campus|offices|locations|sites|stores|branches|factories|factory|plants?|warehouses?|labs?|laboratory|data cent(?:er|re)s?|mills?|mines?|studios?|campus|distribution cent(?:er|re)s?)`,
    ),
    re(
      `(?:what|which|how many) (?:offices|locations|sites|countries|cities|states|regions|markets|stores|branches|campuses|plants|factories|warehouses|clinics|hospitals|restaurants|hubs)(?: (?:do|does|is|are) ${WHO})?(?: (?:have|has|operate|operating|present|located|in|based|sell|serve|work))?`,
    ),
    re(
      `(?:do|does) ${WHO} have (?:an? |any )?(?:offices?|locations?|presence|sites?|stores?|branches?|operations|teams?|staff|employees|a base) (?:in|outside|abroad|overseas|elsewhere|around|across)`,
    ),
    re(`(?:do|does) ${WHO} (?:operate|sell|do business|work) (?:in|outside|abroad|internationally|overseas|globally|across)`),
    re(`where (?:do|does) ${WHO} (?:operate|do business|have (?:offices|locations|staff|sites))`),
    re(`\\b(?:international|global|geographic) (?:presence|footprint|reach)\\b`),
    re(`where (?:are|is) (?:${ORG_POSS} )?(?:headquarters|head office|hq|offices|office locations)`),
    re(
      `\\b(?:headquarters|head ?quarters|head office|\\bhq\\b|international offices|overseas offices|regional offices|global offices|offices (?:abroad|overseas|worldwide|around the world)|office locations)\\b`,
    ),
    re(
      `(?:are there|is there|do you have|does ${ORG} have) (?:any |an? |other )?(?:offices?|locations?|sites?|branches?|stores?|presence|operations) (?:in|outside|abroad|overseas|elsewhere|across|around)`,
    ),
    re(
      `(?:do|does) ${WHO} have (?:any |an? )?(?:international|overseas|foreign|global|other|regional) (?:offices?|locations?|sites?|presence|operations|branches)`,
    ),
  ],
};

/** When and how it was founded, and how long it has been around. */
export const HISTORY: PublicTopic = {
  topic: 'history',
  label: "the organisation's founding and history",
  patterns: [
    re(
      `when (?:was|were|did) (?:${WHO}|${ORG}|the company)(?: first)? (?:founded|established|started|set up|created|formed|launched|incorporated|begin|start|get started|open|founded)`,
    ),
    re(`(?:what|which) year (?:was|were|did) ${WHO}(?: first)? (?:founded|established|started|set up|created|formed|start|begin|open)`),
    re(`how long (?:has|have) ${WHO} (?:been (?:around|in business|operating|in operation|in existence|trading|open)|existed)`),
    re(`how old is ${WHO}`),
    re(`how many years (?:has|have|did) ${WHO}|(?:years|decades) in business`),
    re(
      `how long (?:has|have) (?:the [a-z]+|you|it|they) been (?:around|in business|operating|in operation|in existence|trading|open|running|going)\\??$`,
    ),
    re(
      `\\b(?:history of ${ORG}|${ORG_POSS} (?:history|origins?|founding story|origin story|background)|company history|founding (?:story|year|date))\\b`,
    ),
    re(`how did ${WHO} (?:get started|start out|come about|begin|come to be)`),
    re(`(?:tell me|can you tell me|could you tell me|talk) (?:a bit |a little |more )?about (?:the )?(?:history|origins?|founding)`),
  ],
};

/** Who leads, founded, owns or sits on the board of it. */
export const LEADERSHIP: PublicTopic = {
  topic: 'leadership',
  label: 'who leads or founded the organisation',
  patterns: [
    re(
      `who (?:is|are|was|were)(?: currently)? (?:${DET} )?(?:current )?(?:ceo|chief [a-z]+ officer|cto|cfo|coo|cmo|president|chair(?:man|woman|person)?|founders?|co-?founders?|owners?|managing (?:director|partners?)|board(?: of directors)?|leadership(?: team)?|executive team|executives|senior leaders|directors|partners|principal|superintendent|head of [a-z]+)\\b`,
    ),
    re(`who (?:founded|started|owns|runs|leads|heads|created|set up|established) (?:${WHO}|${ORG}|the company|it)\\b`),
    re(`who (?:founded|started|created) (?:it|the company|this)`),
    re(
      `\\b(?:(?:the |your )?(?:ceo|founders?|founder's|ceo's|co-?founders?|president's|leadership team's)(?: professional)? (?:background|name|career|previous (?:company|companies|experience)))\\b`,
    ),
    re(`who (?:is|are) (?:in charge|at the top|the boss)(?: (?:of|at) (?:${WHO}|${ORG}|the company)|\\??$)`),
    re(`who (?:sits|is) on (?:the|your) board`),
    re(`(?:who(?:'s| is) the ceo|who runs (?:the )?(?:company|place|show))`),
    re(`how many founders`),
    re(`who (?:heads|heads up|runs|leads|manages|owns|built|controls) (?:${WHO}|${ORG}|the company|it)\\b`),
    re(
      `^(?:who|what)\\b.*\\b(?:ceo|chief executive|founders?|co-?founders?|chair(?:man|woman|person)|board of directors|owners?|executive team|leadership team|managing director|c-suite)\\b`,
    ),
    re(`who(?: is|'s| are| sits) (?:in charge|at the helm|at the top|the head) (?:of|at) (?:${WHO}|${ORG}|the company)`),
    re(`who(?: else)? (?:is|are) on ${DET} (?:leadership|executive|management|senior leadership|founding) team`),
  ],
};

/** How it is funded, owned and doing financially. */
export const FUNDING_AND_FINANCES: PublicTopic = {
  topic: 'funding-and-finances',
  label: 'how the organisation is funded and how it is doing financially',
  patterns: [
    re(
      `\\b(?:are|is) ${WHO} (?:a )?(?:publicly (?:traded|listed|held|owned)|public(?: company)?|privately (?:held|owned)|private(?: company)?|listed|profitable|venture[- ]backed|vc[- ]backed|bootstrapped|self[- ]funded|family[- ]owned|employee[- ]owned|owned by|a subsidiary|part of a (?:larger )?group|making (?:a )?(?:profit|money)|funded|a non-?profit|a not[- ]for[- ]profit|on the stock)`,
    ),
    re(
      `\\b(?:how much|what) (?:money|funding|capital|investment|venture capital)(?: (?:have|has|did) ${WHO} (?:raised?|received|secured|got))?`,
    ),
    re(
      `\\b(?:funding (?:rounds?|stage|history)|series [a-f]\\b|seed round|raised (?:money|capital|funding)|last round|valuation|market cap(?:itali[sz]ation)?|stock (?:price|symbol|ticker|exchange)|share price|ticker|traded on|listed on|go(?:ne|ing)? public|ipo|initial public offering|annual (?:revenue|turnover|report|sales)|revenue|turnover|earnings|profit margins?|profitability|net income|quarterly results|financial (?:results|statements|performance|health|situation|position|standing|state|condition|shape|footing|strength))\\b`,
    ),
    re(
      `who (?:are|is) ${DET} (?:main |major |biggest |lead |key )?(?:investors?|backers?|shareholders?|funders?|owners?|parent company|vcs?|venture capitalists)`,
    ),
    re(`who (?:invested|has invested|funds|finances|backs|owns) (?:in )?${WHO}`),
    re(`(?:what|which) (?:is|are) (?:${DET} )?parent (?:company|organi[sz]ation|group)`),
    re(`how (?:is|are) ${WHO} (?:doing|performing) financially`),
    re(`how (?:is|are) ${WHO} (?:funded|financed)`),
    re(
      `how much (?:is|are) ${WHO} (?:worth|valued at)|\\bnet worth\\b|\\b(?:legal|ownership|corporate|company) (?:structure|form|entity|status)\\b`,
    ),
    re(`how much (?:money |revenue )?(?:did|does|do) ${WHO} (?:make|earn|bring in|turn over|generate|sell)\\b`),
    re(
      `(?:which|what|who) (?:companies|company|firms?|groups?|investors|people|family|families|funds?) (?:owns?|controls?|backs?|funds?|invested in) ${WHO}`,
    ),
    re(`(?:do|does) ${WHO} make (?:a )?(?:profit|money)\\b(?! from)`),
    re(
      `\\b(?:private equity|venture capital|sales figures|(?:funding|investment) round|round of funding|stock market|publicly listed|financials|financial results|balance sheet|net revenue|gross revenue|profit and loss|annual report)\\b`,
    ),
    re(
      `(?:is|are) ${WHO} (?:part of|owned by|a division of|a subsidiary of|backed by) (?:a |an )?(?:larger |bigger |parent )?(?:corporation|company|group|conglomerate|holding|firm|private equity|investors?)`,
    ),
    re(`(?:is|are) ${WHO} (?:making|losing) (?:money|a profit|a loss)`),
    re(
      `(?:is|are|has|have|was|were) ${WHO} (?:ever |always |currently |now |still |yet )?(?:been |become )?(?:profitable|publicly (?:traded|listed)|listed|in profit|cash[- ]flow positive|break[- ]even)`,
    ),
  ],
};
