import type { FactTopic } from '../../library/questions-to-ask/types.js';

// Building blocks, matched against normalised text (lower case, employer name → "the company").
// normalizeQuestion has already rewritten "your firm", "this organisation", the employer's name… to "the company",
// which keeps these patterns small: V8 compiles each on first use, and size drives that cost.
const ORG = '(?:the company|the group)';
const ORG_POSS = "(?:your|its|their|the company's)";
const WHO = `(?:you|you guys|you all|${ORG}|it|they)`;
const DET = `(?:${ORG_POSS}|the)`;
const ADJ =
  '(?:(?:main|biggest|largest|key|major|primary|principal|core|top|closest|direct|target|typical|ideal|current|most important|best known|flagship|leading|notable|chief|other|new|recent|latest) )*';

function re(source: string): RegExp {
  return new RegExp(source);
}

/** A family of question intents that a search or the employer's own pages answer. */
export interface PublicTopic {
  topic: FactTopic;
  /** Plain words for reasons ("how big the company is"). */
  label: string;
  patterns: RegExp[];
}

/** Public-fact intents, most specific first: the first family that matches names the topic. */
export const PUBLIC_TOPICS: PublicTopic[] = [
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
    topic: 'values-and-ethics',
    label: "the organisation's stated mission, vision and values",
    patterns: [
      re(
        `what (?:is|are) ${DET} (?:${ADJ})?(?:mission(?: statement)?|vision(?: statement)?|core values|company values|stated values|values|purpose|guiding principles|principles|motto|tagline|slogan|credo|manifesto|code of conduct|code of ethics|sustainability (?:goals|commitments|policy|report|targets)|esg (?:goals|policy|report|commitments|rating)|csr (?:policy|programs?|programmes?|report)|environmental (?:policy|record|goals|commitments)|charitable (?:work|causes|giving)|diversity (?:statistics|report|numbers|goals))\\b`,
      ),
      re(
        `(?:do|does) ${WHO} have (?:an? )?(?:mission statement|vision statement|code of (?:conduct|ethics)|sustainability (?:report|policy|strategy)|esg (?:policy|report|strategy)|csr (?:policy|program|programme)|diversity report|b[- ]?corp|foundation|charity partner)`,
      ),
      re(`(?:is|are) ${WHO} (?:a )?(?:certified )?b[- ]?corp`),
      re(`what (?:does|do) ${WHO} (?:value|stand for|believe in)\\??$`),
      re(
        `\\b(?:give|gives|donate|donates|contribute|contributes) (?:money )?to (?:charity|charities|good causes|the community)|charitable giving|philanthrop`,
      ),
      re(
        `(?:what|which) (?:values|principles|mission|commitments|causes) (?:does|do) ${WHO} (?:publish|promote|list|state|advertise|have|publicly|stand for|believe in|champion|support|hold)`,
      ),
      re(
        `(?:what|which) (?:charities|causes|non-?profits|foundations|community (?:groups|projects|programs|programmes)) (?:does|do|has|have) ${WHO}`,
      ),
      re(
        `\\b(?:diversity|sustainability|esg|impact|csr|transparency|gender pay gap|modern slavery|carbon) (?:and inclusion )?(?:report|reports|statistics|data|figures|disclosures?)\\b`,
      ),
      re(
        `what (?:is|are) the (?:${ADJ})?(?:mission|vision|values|purpose|core values|guiding principles)(?: statement)? (?:of|at|for) (?:the company|${ORG}|it)\\b`,
      ),
      re(`what (?:causes|charities) (?:do|does) ${WHO} (?:support|fund|give to|donate to)`),
      re(`what does ${DET} (?:company )?stand for\\??$`),
      re(
        `\\b(?:position|stance|stand|policy|policies|commitments?|record|track record) on (?:sustainability|climate|the environment|environmental issues|diversity|inclusion|human rights|ethics|carbon|net zero|emissions|privacy|animal testing|fair trade)\\b`,
      ),
      re(
        `(?:tell me|can you tell me|could you tell me|talk|explain) (?:a bit |a little |more )?about (?:${DET} )?(?:mission|vision|values)\\??$`,
      ),
    ],
  },
  {
    topic: 'news',
    label: 'recent news about the organisation',
    patterns: [
      re(
        `\\b(?:any|recent|latest|new|big|major) (?:news|acquisitions?|mergers?|announcements?|press (?:releases?|coverage)|headlines|funding news|partnerships?|product launch(?:es)?|awards?|deals?|layoffs)\\b`,
      ),
      re(
        `(?:have|has|did) ${WHO} (?:recently |ever |just |lately )?(?:acquired?|buy|bought|merged?|been acquired|been bought|announced?|(?:win|won) (?:any )?awards?|made (?:any )?acquisitions?|make (?:any )?acquisitions?|gone through (?:a )?(?:merger|acquisition|layoffs)|had (?:any )?layoffs|been in the news|raised?|released?|launch(?:ed)?|open(?:ed)? (?:(?:a|an|any|new|more|another|other) )*(?:office|offices|store|stores|site|sites|location|locations|plant|plants|branch|branches|hub|hubs))`,
      ),
      re(
        `(?:what|which) (?:companies|firms|businesses|startups) (?:have|has|did) ${WHO} (?:acquire|acquired|buy|bought|merge with|merged with|invest in|invested in|partner with|partnered with)`,
      ),
      re(
        `\\b(?:in the news|press release|news coverage|media coverage|news about|what(?:'s| is| has been) (?:new|happening) (?:at|with) ${WHO}|(?:awards?|recognition) (?:has|have) ${WHO} (?:won|received))\\b`,
      ),
      re(`(?:what|which) awards? (?:has|have|did) ${WHO}`),
      re(`who (?:acquired|bought) ${WHO}`),
      re(
        `\\bin the (?:press|papers|news|media|headlines)\\b|(?:press|news|media) (?:coverage|stories|articles|mentions)|(?:written|reported|said) about ${WHO} (?:recently|lately|in the)`,
      ),
      re(
        `(?:have|has|did) ${WHO} (?:recently |just |lately )?(?:expand|expanded|moved|grown|entered|launched) (?:in)?to (?:(?:any|a|new|other|more|an) )*(?:countries|markets|regions|cities|country|market|region|city|territories)`,
      ),
      re(
        `\\b(?:last|latest|most recent|recent|previous|biggest|largest|major) (?:acquisition|acquisitions|merger|purchase|product launch|launch|release|funding round|announcement|milestones?|achievements?|accomplishments?|press|news|deals?|contracts?|partnerships?|customer wins?)\\b`,
      ),
      re(
        `(?:have|has|did) ${WHO} (?:just |recently |lately )?(?:launch|launched|release|released|announce|announced|unveil|unveiled|ship|shipped) (?:a |any |an )?(?:new )?(?:products?|services?|apps?|features?|platforms?|partnerships?|deals?|plans?|office|offices)`,
      ),
      re(
        `\\b(?:mergers?|acquisitions?) (?:recently|lately|this year|last year)\\b|(?:were|was) there (?:any )?(?:recent )?(?:mergers?|acquisitions?|layoffs|announcements)\\b`,
      ),
    ],
  },
  {
    topic: 'other',
    label: "the organisation's public pages",
    patterns: [
      re(
        `(?:what|where)(?: is|'s| are| can i find)? ${DET} (?:website|web site|web address|url|homepage|home page|linkedin page|careers page|social media)`,
      ),
    ],
  },
  {
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
  },
];
