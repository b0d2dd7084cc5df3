// Public-fact topic families about what the organisation publishes and what is published about it: its values,
// its news and its own pages. Listed in their order of precedence by topics.ts.
import { ADJ, DET, ORG, WHO, re, type PublicTopic } from './topic-parts.js';

/** Its stated mission, vision, values and commitments. */
export const VALUES_AND_ETHICS: PublicTopic = {
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
};

/** Recent news: acquisitions, launches, awards, expansions. */
export const NEWS: PublicTopic = {
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
};

/** Its public pages (website, LinkedIn, careers page). */
export const PUBLIC_PAGES: PublicTopic = {
  topic: 'other',
  label: "the organisation's public pages",
  patterns: [
    re(
      `(?:what|where)(?: is|'s| are| can i find)? ${DET} (?:website|web site|web address|url|homepage|home page|linkedin page|careers page|social media)`,
    ),
  ],
};
