// A broad lexicon of how people run down a workplace, grouped by the kind of grievance.
// Each entry is a regex fragment; verbs carry their inflections so unseen tenses still match.
// These fire only when the sentence is about the workplace (see negativity.ts), so general words are safe here.

const v = (stem: string): string => `${stem}(?:s|es|ed|d|ing)?`;
// The people a complaint says were harmed: staff, the team, us.
const STAFF = "(?:the |our |my |its |their |all the |new )?(?:staff|team|people|workers|employees|juniors|graduates|new starters|nurses|teachers|agents|analysts|everyone|us|me)";

// Contempt and hostility: out of place even when the story goes on to a fix.
const CONTEMPT = [
  // incompetence, said with scorn
  'out of (?:his|her|their|its|my) depth', 'asleep at the wheel', 'amateur hour', 'amateurs', 'cowboys?', 'cowboy outfit', 'headless chickens?', 'tin-?pot', 'mickey mouse',
  "couldn't (?:run|organi[sz]e|manage|lead|plan) (?:a|an|their way|his way|her way)", 'let alone', "wouldn't know (?:a|an|good) \\w+ if", 'the (?:emotional intelligence|brains?|charisma|people skills|sense|personality|intelligence|attention span) of (?:a|an)',
  'dinosaurs?', 'dim-witted', 'thick as', 'half-?wits?', 'numpt(?:y|ies)', 'buffoons?', 'muppets?', 'jokers?', 'dunces?', 'imbeciles?', 'nitwits?', 'dimwits?',
  'second-rate', 'third-rate', 'half-baked', 'crummy', 'naff', 'crap(?:py)?', 'shite?', 'lousy', 'vile', 'poisonous', 'venomous', 'rotten', 'sleazy', 'slimy', 'creepy', 'sociopaths?', 'psychopaths?', 'narcissists?', 'narcissistic',
  // hyphenated and figurative put-downs of people
  'yes-m[ae]n', '\\w+-child', 'box-tick(?:er|ers|ing)', 'penny-pinch(?:er|ers|ing)', 'bean[- ]?counters?', 'pen[- ]?pushers?', 'paper[- ]?pushers?', 'pack of \\w+', 'shower of \\w+', 'chancers?', 'charlatans?', 'cowards?', 'cowardly', 'jobsworths?', 'has-beens?', 'know-it-alls?', 'empire-build\\w*', 'brown-nos\\w*', 'suck-ups?', 'bootlick\\w*', 'lackeys?', 'cronies', 'cronyism',
  'walking (?:\\w+ )?(?:disaster|liability|violation|lawsuit|nightmare|red flag)', 'hr (?:violation|nightmare|disaster)', 'to save (?:their|his|her|its) li(?:fe|ves)', 'only (?:adult|grown-up) in the room',
  '(?:ran|run|runs|running) (?:it|things|(?:the|our|my|that) \\w+) like (?:a|an|his|her|their) (?!well|family|tight)\\w+',
  '(?:scream|yell|shout|bellow|rant|rag)\\w* (?:down the phone|across the (?:office|room|floor)|in front of)', 'being (?:shouted|screamed|yelled|sworn|snapped|barked) at', 'fiefdoms?', 'little empires?', 'kingdoms?',
  // traits people are run down for
  'snide', 'smug', 'sneer\\w*', 'catty', 'bitchy', 'mean-spirited', 'callous', 'heartless', 'entitled', 'feckless', 'hapless', 'bumbling', 'shifty', 'devious', 'manipulative', 'small-minded', 'narrow-minded', 'thoughtless', 'tactless', 'domineering', 'bossy', 'grumpy', 'tetchy', 'abrasive', 'caustic', 'snippy', 'chauvinis\\w*', 'misogyn\\w*', 'homophob\\w*', 'bigot\\w*', 'prejudiced', 'ageist',
  // harm done to staff, with the staff as object
  '(?:chew|chews|chewed|chewing) (?:\\w+ )?up', 'spat (?:them|us|people|me) out', 'spit (?:them|us|people|you) out', '(?:gut|guts|gutted|gutting|slash\\w*|axe[ds]?|axing|decimat\\w*|trampl\\w*|steamroll\\w*|bulldoz\\w*) (?:the |our |my |whole |entire )*(?:team|department|staff|research|training|budget|people|workforce|benefits|pay)',
  // hypocrisy and denial
  'head in the sand', 'bury (?:their|his|her) heads?', 'buried (?:their|his|her) heads?', 'turn(?:ed|s|ing)? a blind eye', 'pretend(?:s|ed|ing)? (?:nothing|everything|it)', 'greatest asset', 'say(?:s)? one thing and do(?:es)? another', 'hypocri\\w*',
  // surveillance and control
  'over (?:our|my|people\'s|everyone\'s|your) shoulders?', '(?:log|logs|logged|logging|track\\w*|time[ds]?|timing|count\\w*|monitor\\w*|watch\\w*) (?:our |my |every |each |people\'s |staff )+(?:toilet|loo|bathroom|minute|break|keystroke|email|message|move|call)\\w*', "(?:can't|couldn't|cannot) breathe", 'breathing down (?:our|my|your|everyone\'s) necks?', 'on a short leash', 'iron fist',
  // more put-downs: people as animals, machines or lunatics; conduct as self-serving
  'lunatics?', 'maniacs?', 'nutters?', 'head-?cases?', 'cretins?', 'losers?', 'slobs?', 'vultures?', 'parasites?', 'leeches', 'weasels?', 'ogres?', 'sheep', 'deranged', 'unhinged', 'psycho',
  'predatory', 'unscrupulous', 'underhand(?:ed)?', 'self-serving', 'self-important', 'self-absorbed', 'pompous', 'snobb(?:ish|y)', 'elitist', 'vicious', 'squalid', 'seedy', 'grotty', 'soulless', 'joyless',
  "(?:lift|lifted|lifting) a finger", '(?:zero|no|nil|not an ounce of) (?:empathy|loyalty|integrity|morals|ethics|humanity|compassion|backbone|spine|common sense|manners|people skills|shame)',
  'left (?:us|me|the team|staff|everyone) (?:high and dry|holding the baby|to (?:sink|drown|fend for (?:ourselves|myself|themselves)))', 'carry(?:ing)? the can', 'holding the baby', 'clean(?:ing|ed)? up (?:their|his|her) (?:mess|messes|mistakes)',
  // scapegoating, rigged processes, erratic power
  'fall guy', 'patsy', 'whipping boy', 'stitch-?up', 'stitched (?:me|us|him|her) up', 'set (?:me|us|them|people) up to fail', 'rigged', 'loose cannon', 'on a whim', 'divide and (?:rule|conquer)', '(?:fires?|fired|sacks?|sacked|firing|sacking) (?:people|staff|anyone|folk)',
  '(?:throw|throws|threw|thrown|throwing) (?:\\w+ ){0,2}to the (?:sharks|wolves|lions)', '(?:her|his|their) name on (?:it|my|our)', 'fed (?:me|us|everyone|people) (?:a (?:lot|load|pack|bunch) of |the same )?(?:nonsense|lies|rubbish|a line|bull)', 'moaners?', 'whingers?',
  '(?:lose|loses|lost|losing) (?:their|his|her) (?:heads?|temper|rag|cool) (?:over|about|at|with)', '(?:\\w+-)?sweatshops?', 'hamster wheel', 'treadmill', 'dirt-cheap', 'had (?:my|our) fill', "(?:nobody|no one) (?:dares?|dared) (?:to )?(?:push back|speak up|say)",
  // toxicity and intimidation
  'snakes?', 'snake pit', 'vipers?', "vipers' nest", 'nest of vipers', 'backbit\\w*', 'bad-?mouth\\w*', 'bitch(?:ed|ing|y) about', 'mind games', 'tyrants?', 'tyrann\\w*', 'dictators?', 'dictatorial', 'despots?', 'tantrums?', 'meltdowns?', 'hissy fits?',
  '(?:ran|run|runs|running) (?:the place|it|things|the team|the office|the department) (?:on|by) (?:fear|intimidation|threats)', 'culture of (?:fear|blame|silence|bullying)', 'eggshells', v('tiptoe') + ' around', v('intimidat'), v('gaslight') + '|gaslit', 'bullies',
  v('scapegoat'), '(?:hung|hang|hangs|hanging) (?:me|us|people|staff|them|him|her|everyone) out to dry', '(?:pass|passed|passing|passes) the buck', 'threw (?:\\w+ ){0,2}to the wolves', 'fed (?:me|us) to the wolves',
  "boys' club", 'old boys', 'jobs for the boys', 'golf buddies', 'drinking buddies', 'in-crowd', 'inner circle', '(?:didn\'t|did not|never) get a look in',
  'obsessed with (?:their|his|her) own', 'egos?', 'egotistical', 'egomaniacs?', 'power-?hungry', 'full of (?:themselves|himself|herself)', 'out for (?:themselves|himself|herself|number one)', 'rules (?:didn\'t|did not|don\'t) apply to (?:them|him|her)',
  'never trusted (?:her|him|them|anyone|management|the)', "couldn't trust (?:her|him|them|anyone|management|a word)",
  // not caring
  "(?:didn't|did not|never|wouldn't|couldn't) (?:give|gave) (?:a|two) (?:monkey's|toss|hoot|fig|stuff|damn|hoot|rat's)", "(?:gave|give|gives) (?:a|two) (?:monkey's|toss|hoot)", "couldn't give a", '(?:cared more about|(?:were|was|are|is) more (?:interested in|concerned with|bothered about)) (?:\\w+ ){0,3}than',
  "(?:couldn't|could not|can't|wouldn't|didn't) be bothered", 'never bothered', '(?:was|were|had|completely|totally|mentally) checked out', 'phon(?:ed|ing) it in', 'swann\\w* (?:off|around|about)', 'skiv\\w*', 'freeload\\w*', 'slack(?:ers?|ing|ed)', "(?:never|didn't|did not|wouldn't) pull(?:ed)? (?:their|his|her) weight", 'dead ?wood',
  // exploitation
  v('squeez') + ` (?:${STAFF}|every|the life)`, 'every last drop', 'bled (?:us|me|people|staff) dry', v('milk') + ' (?:us|me|people|staff|everyone)', 'nickel-and-dim\\w*', 'pittance', 'paid (?:next to |almost )?nothing', 'tight as', 'miserly', 'skinflints?', 'scrooge',
  v('dock') + ' (?:\\w+ )?(?:pay|tips|wages|salary|holiday)', 'stole (?:my|our|the) (?:tips|ideas?|work|credit)', v('steal') + ' (?:my|our) (?:ideas?|work|credit)', 'pinch(?:ed|ing)? (?:my|our) (?:ideas?|work)',
  'dogsbody', 'skivv(?:y|ies)', 'grunt work', 'dirty work', v('dump') + ' (?:\\w+ ){0,3}on (?:me|us|the juniors|everyone else)', v('hog'), 'expendable', 'disposable', 'cannon fodder',
  '(?:treat|treats|treated|treating) (?:\\w+ ){0,3}(?:as|like) (?:disposable|expendable|dirt|rubbish|children|kids|slaves|cattle|robots|machines|numbers|cogs?|idiots|furniture|servants|skivvies|second-class|an afterthought|a number|(?:a )?doormats?)',
  'an insult', 'insult(?:ing|ed)? (?:us|me|everyone|people)', 'a slap in the face', 'kick in the teeth',
  // contempt for the whole place
  'pantomime', 'soap opera', 'dumpster fire', 'clown (?:show|car)', 'rabble', 'banana republic', 'mad ?house', 'asylum', 'a war zone', 'sinking ship', 'rats? leaving', 'hell on earth', 'hellish', 'living hell', 'purgatory', 'gulag',
];

// Complaints: understandable, and fine when the speaker goes on to say what they did about it.
const COMPLAINT = [
  // broken promises and empty talk
  'all talk', 'hot air', 'lip service', 'empty promises', 'never (?:delivered|materiali[sz]ed|came through|followed through)', 'never (?:once )?(?:set foot|showed (?:up|(?:his|her|their) face)|turned up|bothered)', 'nothing (?:ever )?(?:changed|happened|came of it|followed)', v('dangl'), '(?:strung|string|strings|stringing) (?:me|us|people) along',
  'went back on', 'moved the goal ?posts', 'broke (?:their|his|her|every) promises?', 'promises? (?:were|was) broken',
  // blame shifting and exclusion
  'pinned on', 'pin(?:s|ned|ning)? the blame', 'takes? every win', 'frozen out', 'froze (?:me|us|them|people|her|him) out', 'freez(?:e|es|ing) (?:me|us|people|them) out', 'shut out', 'cold[- ]should\\w*', 'left out of',
  // decline and churn
  '(?:went|gone|going|turned|turning) (?:sour|south|to pot|to the dogs|to hell|rotten|toxic)', 'revolving door', 'churn(?:ing)? through', 'everyone (?:good )?(?:was leaving|left|jumped ship)', 'jump(?:ed|ing) ship',
  '(?:nobody|no one|none of them) (?:upstairs |at the top |there |in charge |above me )?(?:cares?|cared|listens?|bothers?|gives?|gave) ', "(?:couldn't|didn't|don't|doesn't|never) care (?:less|what|about|if|whether|who|how)",
  // empty leadership
  'allergic to (?:decisions|making|change|work|responsibility|feedback|risk|anything)', 'hid(?:e|es|ing)? behind', 'lurch\\w*', 'flavou?r of the (?:month|week)', 'shiny (?:new )?(?:initiatives?|objects?|things?)', 'pet projects?', "(?:couldn't|can't|could not) see (?:past|beyond) (?:their|his|her)",
  'yank\\w* (?:it|them|that) away', 'pulled the rug', 'rug (?:was )?pulled', 'never (?:\\w+ed|spent|invested|paid) a (?:penny|cent|dime)', 'cash cows?', 'scrap(?:e|ing) by', 'inhumane', 'punishing', 'gruell?ing', 'unsustainable', 'unlivable', 'barely (?:livable|enough to live)',
  'coast(?:s|ed|ing)? along', '(?:carry|carried|carrying|carries) (?:them|the team|everyone|the rest|the whole)', 'counting down to (?:their|his|her) (?:pensions?|retirement)', 'clock-watch\\w*',
  // failures of leadership
  'short-sighted', 'complacent', 'disconnected', 'aloof', 'indecisive', 'wishy-washy', 'rudderless', 'directionless', 'leaderless', 'siloed', 'ossified', 'bloated', 'top-heavy', 'rigid', 'paternalistic', 'cult-like', 'dog-eat-dog', 'sink or swim', 'ghost ship', 'ghost town',
  'saw every (?:question|idea|suggestion) as', 'challenge to (?:his|her|their) authority', 'not a clue', 'got lucky', 'pocket(?:ed|s|ing)? the (?:difference|money|profits?|bonus)', 'as optional',
  // promises broken, effort unrewarded
  "promised (?:\\w+ ){0,5}(?:and|but) (?:then )?(?:\\w+ )?(?:forgot|dropped|scrapped|reneged|withdrew|cancelled|pulled|took it back|never)", 'quietly (?:forgot|dropped|scrapped|shelved)', 'just shrugged', 'shrugged (?:it )?off', '(?:sit|sat|sitting|sits) on (?:their|his|her) hands',
  'making (?:other people|them|him|her|the owners?|the partners|shareholders) rich', '(?:trodden|trod|walked|stepped|trampled) (?:on|all over)', 'rubber-?stamp\\w*', 'sulk\\w*', 'loudest voice', 'to breaking point', 'at breaking point',
  // more complaints: conditions, mixed messages, absence
  'draconian', 'archaic', 'antiquated', 'shabby', 'cramped', 'frosty', 'unhealthy', 'disastrous', 'catastrophic', 'horrific', 'nightmarish', 'reckless',
  '(?:un|dis)interested', 'apathetic', 'lacklustre', 'lackluster', 'half-hearted', 'indifferent', 'ineffectual', 'ham-fisted', 'heavy-handed', 'high-handed', 'officious', 'muddled', 'incoherent', 'contradictory', 'inconsistent', 'capricious', 'arbitrary',
  'toxicity', 'chaos', 'dysfunction', 'negligence', 'bureaucracy', 'bullying', 'mixed messages', 'u-turns?', 'flip-flop\\w*', 'excuses', 'overpromis\\w*', 'underdeliver\\w*', 'let (?:us|me|the team|everyone|staff) down', 'let down by',
  '(?:a |the )?(?:total |complete |real |chronic |serious )?lack of (?:support|direction|leadership|respect|communication|investment|training|recognition|care|transparency|accountability|vision|integrity|empathy|trust|clarity|structure|planning|interest|appreciation)',
  '(?:all|only) about (?:the )?(?:money|numbers|profit|targets|margins|metrics|kpis|image|appearances|optics|politics|billable hours)', 'chronically (?:under\\w+|over\\w+)',
  // disorganisation
  'constantly on fire', 'always on fire', 'firefighting', 'fire-fighting', 'all over the (?:shop|place)', 'no plan', 'no strategy', 'no direction', 'made it up as (?:they|he|she|we) went', 'winging it', 'chang\\w* (?:their|his|her) minds? (?:every|constantly|all the time|daily|weekly)',
  'kicked (?:upstairs|into the long grass|down the road)', 'black hole', 'never (?:heard|hear) (?:back|another word|anything)', '(?:kept|keep|keeps|keeping|left|leave|leaves) (?:us|me|everyone|staff|people) in the dark', 'red tape', 'box-ticking', 'tick-box', 'jumping through hoops', 'pointless', 'busywork', 'paperwork for the sake',
  // stagnation and being blocked
  'stuck in (?:a|the) (?:rut|past|\\w+ ages)', 'set in (?:their|his|her) ways', 'behind the curve', 'resistant to (?:any |every )?change', 'afraid of change', v('block') + ' every', '(?:shoot|shoots|shot|shooting) down (?:every|any|all|each)', 'shot down', v('veto') + ' every', v('squash'), v('stonewall'), v('stifl'), v('sideline'), v('undermin'), v('overrul'), 'thought (?:email|the internet|computers|\\w+) was a fad',
  'no (?:way up|room to breathe|say|voice|autonomy|trust|ladder)', 'no chance of (?:promotion|progress\\w*)', 'passed over', 'overlooked', 'sidelined', 'never got (?:a|any) (?:chance|look-in|say|credit|thanks)',
  // being ignored, unappreciated, talked over
  'talked over', '(?:talk|talks|talked|talking) down to', 'spoke down to', 'brushed (?:off|aside)', 'fobbed off', 'ignored', 'unheard', 'invisible', 'undervalued', 'unappreciated', 'unrecogni[sz]ed', 'thankless', 'taken for granted', 'no one (?:listened|cared|noticed)', 'nobody (?:listened|cared|noticed|bothered)',
  // workload and conditions
  'overworked', 'overstretched', 'stretched (?:too |so |really )?thin', 'run ragged', 'unpaid overtime', 'for (?:half|a fraction of) the (?:money|pay|salary)', 'doing (?:her|his|their|two people\'s) jobs? (?:for|as well|on top)', 'no (?:pay rise|raise)', '(?:hadn\'t|haven\'t|never) (?:given|got|had) (?:anyone |us |me )?a (?:pay rise|raise)', 'pay freeze', 'below the minimum', 'zero-hours',
  // gossip and cliques
  v('gossip'), 'gossips', 'cliques?', 'cliquey', 'favourites', 'favorites', "teacher's pets?", 'in-fighting', 'infighting', 'turf wars?', 'bickering', 'squabbl\\w*', 'feuds?', 'backstab\\w*',
  // speaker worn down
  'wore (?:me|us|everyone|people) (?:down|out)', '(?:wear|wears|wearing) (?:you|me|us|people) (?:down|out)', 'ground (?:me|us|people) down', 'grind (?:me|us|you) down', 'end of my tether', 'last straw', 'final straw', 'enough was enough', 'had it up to here', 'up to here with',
  "(?:couldn't|could not|can't|cannot|wouldn't|won't) put up with", 'sick to (?:the back teeth|death)', '(?:was|were|am|\'m) done (?:being|with)', '(?:was|were|am|\'m) so over',
  'a drag', 'soul-sucking', 'mind-numbing', 'tedious', 'monotonous', 'suffocating', 'claustrophobic', 'stressful mess',
  // plain negative evaluations
  'awful', 'terrible', 'horrendous', 'horrid', 'dismal', 'dire', 'shocking', 'woeful', 'pitiful', 'pathetic', 'joke', 'mess', 'shambles', 'fiasco', 'car crash', 'madness', 'bonkers',
  'inept', 'incapable', 'ignorant', 'unqualified', 'clueless', 'arrogant', 'dismissive', 'paranoid', 'moody', 'volatile', 'erratic', 'unpredictable', 'two-faced', 'fake', 'shady', 'dodgy', 'sneaky', 'spineless', 'gutless', 'greedy', 'biased', 'corrupt',
];

/** Contempt for the workplace or its people, matched anywhere the sentence is about the workplace. */
export const CONTEMPT_RE = new RegExp(`\\b(?:${CONTEMPT.join('|')})\\b`, 'gi');
/** Milder complaints about the workplace, dropped when the speaker goes on to handle them. */
export const COMPLAINT_RE = new RegExp(`\\b(?:${COMPLAINT.join('|')})\\b`, 'gi');

// Things people complain about that are not the employer: weather, travel, tools, the city, customers.
/** Non-workplace subjects: a judgement about these is not a complaint about the employer. */
export const NOT_WORKPLACE_WORDS = /\b(?:weather|rain|snow|wind|winters?|summers?|heat|cold snap|traffic|commute|roads?|ring road|motorway|trains?|buses|tube|strikes?|airline|flights?|luggage|parking|rent|flat|house|city|town|london|printer|laptop|software|system|tool|tools|code|codebase|app|website|database|server|spreadsheet|process|workflow|project|deadline|launch|migration|rollout|audit|competitors?|competition|market|economy|customers?|clients?|patients|weekend|holiday|exam board|syllabus|government|council|pandemic|virus|lockdown)\b/i;
/** A non-workplace noun that is itself the subject of a judgement ("the software was…"). */
export const NOT_WORKPLACE_SUBJECT = new RegExp(`${NOT_WORKPLACE_WORDS.source}[^,;.]{0,30}?\\b(?:was|were|is|are|has been|had been|could be|made)\\b`, 'i');
