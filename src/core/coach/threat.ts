// Talk of violence against people at work ("I nearly punched him", "I wanted to throw my chair at her"):
// its own finding, because even said as a joke it ends an interview. Violence words aimed at things
// ("kill switch", "hit the target", "shot at the title", "beat the deadline") are not threats.

/** One mention of violence towards a person: the span of the words. */
export interface ThreatHit {
  start: number;
  end: number;
  words: string;
}

// Who the violence is aimed at. "me"/"us" are left out: "the commute was killing me" is an idiom.
const ROLE =
  '(?:boss|manager|supervisor|colleague|co-?worker|team-?mate|team ?lead(?:er)?|shift lead|director|ceo|owner|customer|client|guy|bloke|fella|dude|idiot|moron|clown|jerk|chef|foreman|trainee|intern|kid|woman|man|lady|driver|teacher|nurse|doctor|agent|rep|landlord|recruiter|engineer|developer|dev|analyst|assistant|cashier|receptionist|guard|partner|consultant|contractor|worker|employee|staff|person|people|junior|senior|lad|girl|boy|chap|apprentice|cto|cfo|coo|vp|gm|hod|oga|head chef|sous chef|ops director)';
const PRONOUN_OBJECT =
  '(?:him|her|them)(?=\\s*(?:[.,;:!?)\'"—–-]|$)|\\s+(?:in|on|so|and|with|if|when|because|before|until|till|for|right|myself|one|again|over|across|too|there|at|every|the next|senseless|silly|hard|into|down|out|off|up|around|through|against|by|after|outside|behind|like|back|from|very|badly|properly|good|twice|once|two|three|then|or|but|really|straight|black|while|well)\\b)';
const PERSON = `(?:${PRONOUN_OBJECT}|someone|somebody|anyone|anybody|everyone|everybody|each other|one another|(?:my|the|our|that|this|a|one|his|her|their|your|every|the next|the first) (?:\\w+ )?${ROLE}s?\\b(?!'s? (?:\\w+ )?(?:targets?|deadlines?|numbers?|quotas?|kpis?|goals?|budgets?|requests?|emails?|inbox))|the next one)`;
// Things at hand that get thrown in a rage.
const MISSILE =
  '(?:\\w+ )?(?:chair|stapler|mug|cup|phone|keyboard|laptop|mouse|bottle|file|folder|tray|plate|box|monitor|coffee|drink|pen|book|hole punch|bin)s?\\b';
const VERB =
  '(?:punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|smack(?:ed|s|ing)?|thump(?:ed|s|ing)?|deck(?:ed|ing)?|strangl(?:e|ed|es|ing)|throttl(?:e|ed|es|ing)|chok(?:e|ed|ing)|murder(?:ed|ing)?|kill(?:ed|ing|s)?|stab(?:bed|bing|s)?(?! \\w+ in the back)|shoot(?:ing)?(?! \\w+ down)|shot(?! \\w+ down)|glassed|whack(?:ed|ing)?|wallop(?:ed)?|head-?butt(?:ed|ing)?|shov(?:e|ed|ing)|flatten(?:s|ed|ing)?|hit(?:ting)?(?! them\\b)|beat(?:en|ing)? up|lamp(?:ed|ing)?|kick(?:ed)?|strike|struck|hurt|clobber(?:ed|ing)?|bash(?:ed|ing)?|batter(?:ed|ing)?|pummel(?:l?ed|l?ing)?|sock(?:ed)?|knee(?:d)?|elbow(?:ed)?|kneecap(?:ped)?|bludgeon(?:ed)?|maim(?:ed)?|poison(?:ed|ing)?|smother(?:ed)?|knock(?:ed|ing)? (?:out|down|over)|spat (?:at|on)|spit (?:at|on))';
// Verbs that are violent only when the speaker means to do them to a person ("I'll beat him", "I wanted to push her down the stairs").
const HARM_IF_MEANT =
  '(?:fight|beat|hit|hurt|assault|smash|batter|bash|end|destroy|floor|flatten|shove|strangle|throttle|choke|kill|murder|stab|shoot|punch|slap|smack|thump|deck|kick|headbutt|head-butt|knock out|lamp|injure|wreck|get physical with)';
// The speaker meaning or nearly doing it: "I'll", "I swear I will", "I wanted to", "I was ready to", "I nearly".
const MEANT =
  "(?:i'll|i will|i'd|i would|i'm going to|i'm gonna|i am going to|i was going to|i was gonna|i could have|i could've|i could|i'd have|i would have|i'd like to|i would like to|i'd love to|i would love to|part of me wanted to|i could easily|i could happily|i wanted to|i want to|i want|i wanted|i felt like|i was ready to|i was about to|i was tempted to|i nearly|i almost|i came close to|i swear i(?:'ll| will)?|next time i(?:'ll| will)?|i told (?:him|her|them) i(?:'d| would| will|'ll)|i'm going to|wanted to|want to|tempted to|ready to|about to|itching to|dying to|(?:someone|somebody|one of (?:us|them|the \\w+)|one day (?:someone|somebody)) (?:should|will|'ll|is going to|'s going to|needs to|ought to|might|would))";
// Whose body: "his", "her", "the guy's", "my boss's".
const POSSESSOR = `(?:his|her|their|your|someone's|somebody's|(?:my|the|that|this) (?:\\w+ )?${ROLE}'s|(?:a|an) \\w+'s)`;
const BODY =
  '(?:nose|neck|jaw|face|teeth|arms?|legs?|kneecaps?|knees?|skull|head|ribs?|fingers?|hands?|throat|eye|eyes|lights|wrists?|collar|hair|bones)';
const NOT_MESSAGE =
  '(?! (?:(?:a|an) (?:message|email|text|look|note|line|question|quick)|up\\b|with (?:a|an|the|some|my|our|this|that|his|her) (?:\\w+ )?(?:message|email|text|note|questions?|news|update|request|invoice|bill|deadline|figures|numbers|data|facts|offer|proposal|feedback|reminder|ping|call|idea|plan|task|work|ticket)))';
// Beating a rival, not a person: "beat them in the tender", "kill them with kindness".
const NOT_CONTEST =
  '(?! (?:(?:in|at|on|to) (?:the |a |an |our |their )?(?:\\w+ )?(?:market|sales|numbers|race|pitch|tender|game|match|quiz|competition|final|chess|tennis|squash|golf|pool|darts|bid|league|rankings?|contract|deal|punch|finish|draw|review)|with kindness))';
const PHRASES = [
  `${VERB} ${PERSON}${NOT_MESSAGE}${NOT_CONTEST}`,
  // Meant or nearly done to a person: "I'll beat him", "I could have killed my manager", "next time I break his face".
  `${MEANT} (?:(?:really|just|actually|honestly|literally|seriously|physically|probably|definitely|gladly|happily) )?(?!hit them\\b)${HARM_IF_MEANT}(?:s|ed|en|ing|ted|ped|med|bed)? (?:(?:the )?(?:hell|crap|shit) out of )?${PERSON}${NOT_MESSAGE}${NOT_CONTEST}(?: (?:outside|up|senseless|in the car ?park))?`,
  // Harm to a body part: "break his arm", "smash the guy's face in", "rearrange his teeth".
  `(?:break|broke|broken|breaking|snap|snapped|smash|smashed|smashing|bust|busted|crack|cracked|cave|caved|bash|bashed|rearrange|rearranged|punch|punched|kick|kicked|knock|knocked|rip|ripped|gouge|gouged|slit|slash|slashed|stamp on|stamped on|stomp on|stomped on|grab|grabbed|grabbing|twist|twisted) ${POSSESSOR} (?:\\w+ )?${BODY}\\b`,
  // Blows and weapons: "threw a punch", "pulled a knife on him", "put him in hospital".
  '(?:threw|throw|throwing|thrown|swung|swing|swinging|landed|land|took) (?:a |the first )?(?:punch|punches|swing|right hook|left hook|headbutt)',
  `(?:pull|pulled|pulling|drew|draw|wave|waved|waving|point|pointed|pointing) (?:a|my|the|his|her) (?:knife|gun|blade|box ?cutter|stanley knife|screwdriver|hammer|bat) (?:on|at)`,
  `(?:put|putting|send|sent|sending|land|landed|landing) ${PERSON} in (?:the |a )?(?:hospital|coma|wheelchair|ground|a&e|an ambulance|intensive care)`,
  "(?:limb from limb|fisticuffs|(?:he|she|you)(?:'s| is|'re| are) (?:a )?dead (?:man|woman|meat))",
  `(?:dared|told|asked|challenged|invited) ${PERSON} to (?:step|come|go) outside`,
  `(?:wait|waited|waiting) for ${PERSON} (?:outside|after (?:work|(?:his|her|their|the) shift)|in the car ?park)`,
  `(?:make|made) ${PERSON} bleed`,
  // A beating promised or given: "give him a slap", "gave him a black eye", "he'll get what's coming to him".
  `(?:(?:give|gave|giving|gives|get|got|getting) (?:him|her|them|${PERSON})|deserve[sd]?(?: (?:him|her|them|${PERSON}))?) (?:a |one |another )?(?:good |proper |real )?(?:slap|smack|punch|thump|kicking|beating|hiding|black eye|thick ear|bloody nose|fat lip|knuckle sandwich|clip round the ear|right hook)(?! on the wrist)`,
  "(?:get|gets|got|getting) what's coming (?:to (?:him|her|them))",
  `(?:threaten|threatened|threatening|threatens) to ${HARM_IF_MEANT}`,
  `(?:lunged|lunge|lunging|charged|flew|flying) at ${PERSON}`,
  '(?:with )?my bare hands',
  '(?:felt|feel|feeling|was|got|get) (?:\\w+ )?(?:murderous|homicidal)',
  '(?:go|went|going|gone) postal',
  '(?:take|took|taking) (?:a|my) (?:baseball bat|bat|hammer|crowbar|knife|golf club|brick|fire extinguisher) to',
  `(?:before|or|nearly|almost) i (?:did|do|end up doing) something (?:to (?:him|her|them|${PERSON}|(?:that|the) \\w+) )?(?:i|that|which|i'd|i would)\\b[^.]{0,40}(?:take back|regret|court|prison|jail|arrested|police)`,
  `(?:throw|threw|thrown|throwing|throws|lob|lobbing|lobbed|hurl|hurling|hurled|chuck|chucking|chucked|fling|flinging|flung) (?:it|them|that|this|things|stuff|tools|something|anything) at (?:${PERSON}|people|staff|colleagues|customers|us)`,
  "(?:he|she|you)(?:'d| would) regret it\\b",
  '(?:keep|keeping|kept) my hands (?:off|to myself)',
  `(?:needs|need|deserves|could do with|(?:is|was) asking for) (?:a |another )?(?:good |proper )?(?:smack|slap|punch|kick|kicking|beating|hiding|thump)\\b`,
  `(?:drag|dragged|dragging|grab|grabbed|grabbing|haul|hauled|pull|pulled) ${PERSON} (?:out )?by (?:his|her|their|the) (?:tie|collar|hair|ears?|neck|throat|shirt|scruff)`,
  '(?:kick|kicked|kicking|smash|smashed|smashing) (?:his|her|their) (?:car|door|van|windscreen|bike|locker)',
  'eat(?:ing)? through a straw',
  `(?:sort|sorts|sorted|sorting) (?:him|her|them|${PERSON}) out (?:in the|outside|round the back|behind|after)`,
  "(?:nobody|no one)(?:'s| has) (?:been |got )?(?:hurt|injured) yet",
  "(?:he|she|you)(?:'ll| will|'s going to|'s gonna| is going to|'re going to| are going to) (?:regret it|be sorry)\\b",
  "(?:he|she|they)(?:'ll| will| won't| will not) (?:not )?know what hit (?:him|her|them)",
  "(?:i'll|i will|i'd|i would|i'm going to|i'm gonna) make (?:him|her|them|you) (?:pay|suffer|bleed)\\b",
  "(?:someone|somebody|he|she|they)(?:'s| is| will|'ll|'s going to| is going to) end up (?:hurt|in (?:the )?hospital|dead|in a body bag)",
  "not responsible for what i(?:'ll| will| might|'d| would) do",
  '(?:slap|slapped|knock|knocked|beat|beating|punch|kick|kicked) some sense into',
  '(?:put|putting|stick|shove|shoved|drive|driving|drove|ram|rammed|ramming) my fist (?:through|in|into)',
  `(?:set|setting|sets) ${PERSON} (?:on fire|alight|ablaze)`,
  `(?:spat|spit|spitting) (?:at |on |in )?(?:${PERSON}|${POSSESSOR} face)`,
  `(?:fight|fought|fighting|scrap|scrapped) (?:with )?${PERSON} (?:outside|in the car ?park|after work|behind the)`,
  '(?:started|start|starting|came out) swinging',
  '(?:raise|raised|raising|lift|lifted) (?:my )?(?:fist|fists|hand) (?:to|at|against)',
  '(?:pull|pulled|drag|dragged|haul|hauled|prise|prised) me off (?:him|her|them)',
  '(?:to|had to|needed to) (?:pull|separate|break|drag) us (?:apart|up)',
  '(?:threw|hurled|flung|thrown|throwing|hurling|flinging) (?:a|my|the|his|her) (?:chair|stapler|keyboard|monitor|mug|laptop|hole punch)',
  `(?:threw|throw|throwing|thrown|flung|fling|chucked|chuck) (?:my |a |the |hot )?(?:\\w+ )?(?:coffee|tea|water|drink|pint) (?:in|at|over) (?:${PERSON}|${POSSESSOR} face)`,
  `(?:physically )?(?:assault|assaulted|assaulting) ${PERSON}`,
  'physically (?:attacked|assaulted|threatened|hurt|restrained|removed|went for)',
  '(?:got|get|gets|getting|became|become|turned|turn) (?:a bit |quite |really |very )?(?:violent|physical)(?! (?:therapy|security|stock|product|inventory))',
  `(?:throw|threw|thrown|throwing|chuck|chucked) ${PERSON} (?:down|off|out of|out|through|across|into) (?:the|a) (?:stairs|window|wall|room|building|roof|bridge|balcony|skip|canal)`,
  `(?:put|stick|stuck|dump|dumped|toss|tossed) ${PERSON} in (?:the|a) (?:skip|bin|dumpster|wheelie bin|river|canal)\\b`,
  '(?:know|knew|i know) where you live',
  '(?:watch|watching) (?:your|his|her|their) backs?(?! for)',
  '(?:better|best) watch (?:yourself|himself|herself|themselves|it)\\b',
  `(?:knock|knocked|knocking) ${PERSON} (?:out|down|flat|senseless|into next week)`,
  `(?:throw|threw|thrown|throwing|flung|fling|hurl(?:ed|ing)?|chuck(?:ed|ing)?|lob(?:bed)?) (?:my|a|the|his|her|this|that|their|our) (?:\\w+ )?\\w+ (?:at|over|across the room at) (?:${PERSON}|${POSSESSOR} (?:head|face))`,
  '(?:came|come|coming|nearly came|almost came) to blows',
  '(?:take|took|taking) (?:him|her|them|it|this) outside',
  "(?:wring|wrung|wringing) (?:his|her|their|someone's|somebody's) necks?",
  "(?:rip|ripped|tear|tore) (?:his|her|their|someone's) (?:head|face|throat)s? (?:off|out)",
  "(?:break|broke|broken|snap|snapped) (?:his|her|their|someone's) (?:nose|neck|legs?|jaw|face|arms?|fingers?)",
  "(?:smash|smashed|punch|punched|kick|kicked) (?:his|her|their|someone's) (?:face|head|teeth)(?: in)?",
  "(?:knock|knocked) (?:his|her|their|someone's) (?:block|teeth|head|lights) (?:off|out|in)",
  "(?:kick|kicked|kicking) (?:his|her|their|someone's) (?:ass|arse|butt|head|teeth)",
  '(?:beat|beating|knock|knocking|slap|slapping) the (?:crap|hell|shit|living daylights|stuffing) out of',
  '(?:get|got|getting) physical',
  '(?:square|squared|squaring) up to',
  '(?:lay|laid|laying|put|putting) (?:a finger|hands|my hands) on',
  '(?:burn|burned|burnt|torch|torched) (?:the|this|that|their|his|her) (?:place|office|building|shop|store|warehouse|site|factory) down',
  '(?:bring|brought|bringing) (?:a|my) (?:gun|knife|weapon|bat)',
  '(?:want|wanted|wants|going|about|tempted|ready|close|tried) to (?:hurt|kill|strangle|punch|hit|slap|throttle|smack|murder|stab|choke|deck|attack)\\b',
  '(?:swing|swung|take a swing|took a swing) at',
  // Not a plan or a project nearly killed ("procurement nearly killed it").
  "(?:nearly|almost|close to|could have|could've|wanted to|want to) (?:hit|punch|slap|strangle|kill|deck|smack|thump|throttle|murder)\\w*\\b(?! (?:it|that|this|them off|off|the (?:\\w+ )?(?:project|idea|deal|plan|launch|bill|budget|proposal|product|initiative|scheme|app))\\b)",
  '(?:grab|grabbed|grabbing) (?:him|her|them|someone|somebody) by the',
  '(?:push|pushed|pushing|shove|shoved|shoving|pin|pinned|slam|slammed) (?:him|her|them|someone|somebody) (?:against|into|over|down|off|to the (?:ground|floor))',
  '(?:physical|fist) ?fights?',
  "(?:he'd|she'd|they'd|he had|she had) better run",
  "(?:slash|slashing|slashed|stab|stabbed|stabbing|key|keyed|keying) (?:his|her|their|the \\w+'s) (?:tyres?|tires?|car)",
  '(?:knew|know) where (?:he|she|they) (?:lived|lives|live)',
  "(?:someone|somebody)(?:'s| is) (?:going|gonna) to get hurt",
  '(?:wanted|want|tempted|felt like|fantasi[sz]ed about) (?:to )?(?:hit|punch|kick|slap|hurt|kill|strangle|throttle|smack|slash)\\w*',
  '(?:threw|throw|throwing|thrown|hurled|chucked) (?:a|my|the|his|her) (?:chair|stapler|mug|cup|phone|keyboard|laptop|mouse|bottle|file|folder|tray|plate|box) (?:at|across)',
  '(?:punch|punched|punching|kick|kicked|kicking|smash|smashed|smashing) (?:a|the|my) (?:wall|door|locker|desk|window|monitor|screen)',
  '(?:got|get|getting|ended up in) (?:into )?(?:a|an) (?:fight|fist ?fight|scuffle|brawl|punch-up|altercation)',
  'punch-ups?',
  '(?:go|went|going|gone) for (?:him|her|them) (?:with|in|when|and|before|right|physically)',
  '(?:lay|laid|laying) into (?:him|her|them)',
  '(?:lay|laid|laying) (?:him|her) out\\b(?! (?:on|in|for|to|a|an|the|some|his|her|my|our|their|flat)\\b)',
  '(?:run|runs|ran|running) (?:him|her|them) over',
  '(?:blow|blew|blowing) (?:the (?:place|office|building) |it |them )up',
  '(?:set|setting) fire to',
  '(?:^|[.!?]\\s+|\\b(?:i|and i|so i)\\s+)(?:threatened|threaten|was threatening) (?:him|her|them|to (?:hit|hurt|punch|kill|beat|smack|slap|break))',
  "(?:i'd|i would|i will|i'll|i was going to) (?:hurt|get) (?:him|her|them)(?! (?:a|an|the|some|to|back|on|in))",
  "(?:(?:he|she|they)(?:'d| had| would) )?(?:better|best) watch (?:his|her|their) backs?",
];
// Rarer shapes, tried only when one of their anchor words is there (keeps the scan cheap on long answers).
const MORE_PHRASES = [
  // A close call or a wish, said of something thrown: "I'd have thrown my chair", "nearly threw the stapler".
  `(?:i'd|i would|i could|i'd have|would've|could've|nearly|almost|about to|close to|came close to) (?:have )?(?:throw|threw|thrown|throwing|hurl(?:ed|ing)?|chuck(?:ed|ing)?|lob(?:bed)?) (?:my|a|the|his|her|this|that) ${MISSILE}`,
  // Violence done to a person through a thing or a place: "put him through the wall", "drag my supervisor out to the car park".
  `(?:put|putting|throw|threw|thrown|shove|shoved) ${PERSON} (?:through|out of|out) (?:the|a) (?:[\\w-]+ ){0,2}(?:wall|window|floor|door|table|windscreen|windshield|partition)`,
  `(?:drag|dragged|dragging) ${PERSON} (?:outside|out(?: to the| into the| the)? (?:car ?park|parking lot|yard|alley|back)|round the back|behind the (?:shed|bins|building|warehouse))`,
  '(?:settle|settled|settling|sort|sorted|sorting) (?:it|this|things|that) (?:outside|in the car ?park|the old-fashioned way|with (?:my|our) fists)',
  '(?:beat|beating|batter|battered|battering|thrash|thrashed|pummel(?:l?ed)?) (?:him|her|them)(?: \\w+)? (?:up|outside|senseless|black and blue|to a pulp|unconscious)',
  `(?:get|getting|gets|got|give|giving|gave|deserves?|deserved|earned|earn) (?:(?:him|her|them|${PERSON}) )?(?:a |one )?(?:smack|punch|thump|kick|boot|fist|right hook) (?:in|round|across) the (?:mouth|teeth|gob|jaw|nose|head|chops|ear)`,
  '(?:brick|rock|stone)s? through (?:his|her|their) (?:window|windscreen|windshield)',
  // Menace: "he's lucky I never caught him after work", "I'll come with my boys", "he won't walk away from it".
  "(?:he's|she's|he is|she is|they're|they are|he was|she was) lucky (?:i|we) (?:never|didn't|did not|wasn't|couldn't) (?:catch|caught|get|got|find|found|see|saw|meet|met)",
  '(?:come|came|coming|go|went|going|turn up|turned up|show up|showed up) (?:back |round |down )?(?:there )?with my (?:boys|lads|mates|brothers|cousins) (?:and|to)',
  "(?:he|she|they) (?:won't|will not|wouldn't|would not) walk away from (?:it|this|that)\\b",
  "(?:you|he|she|they)(?:'ll| will)(?: be)? pick(?:ing)? (?:yourself|himself|herself|themselves) up off the floor",
  '(?:set|setting|sets|put|putting) (?:the|this|that|his|her|their|our) (?:office|building|place|shop|store|warehouse|house|car|desk) (?:on fire|alight|ablaze)',
  '(?:come|came|coming|go|went|going|turn|turned|turning) (?:back |round |in |up )?(?:in )?with (?:a|my) (?:baseball bat|bat|knife|gun|crowbar|hammer|machete|weapon)',
  // Arson, a vehicle, an ambulance, property wrecked, a mouth shut by hand: "I will burn the office", "I'd happily run
  // over with my car", "he'd be going home in an ambulance", "his car wasn't in one piece", "close it with my hand".
  "(?:i'll|i will|i'd|i would|i'm going to|i'm gonna|i swear i'll) (?:\\w+ )?(?:burn|torch)(?: down)? (?:the|this|that|their|his|her) (?:\\w+ )?(?:office|building|place|shop|store|warehouse|site|factory|car|house)",
  `(?:run|ran|running) (?:(?:him|her|them|${PERSON}) )?over with (?:my|the|a|his|her) (?:car|van|truck|lorry|forklift|bus)`,
  '(?:go|going|went|leave|leaving|left|end up|ending up|carried out|come out|coming out)(?: home)? in (?:an ambulance|a body bag|a wheelchair)',
  "(?:his|her|their|your) (?:\\w+ )?(?:car|van|bike|face|windscreen)s? (?:wasn't|won't be|wouldn't be|isn't|was not|will not be|would not be) in one piece",
  '(?:shut|close) (?:it|his mouth|her mouth|your mouth|their mouths?|him up|her up|them up) (?:for (?:you|him|her|them) )?with my (?:hands?|fists?)',
  // Said to the person's face, quoted: "I'll throttle you", "one more time I slap you", "I throw you from the window".
  "(?:i'll|i will|i'd|i would|i could|i could have|i'd have|i'm going to|i'm gonna|or i|and i|then i|time i|i) (?:\\w+ )?(?:punch|slap|smack|strangle|throttle|deck|thump|kill|murder|stab|beat|kick|choke|knock|hit|hurt|throw|clock|lamp)(?:ing)? you\\b(?! (?:up|a|an|the|some|back|with|off|over|out|in|on|to|for|guys|all|know)\\b)",
  // Fists, a face pushed into something, a blow to the face: "teach him a lesson with my fists", "shove his face into the
  // photocopier", "I owe you a punch in the face".
  '(?:him|her|them|you|face|lesson) with (?:my|our) (?:bare )?fists?\\b',
  '(?:shove|shoved|shoving|push|pushed|pushing|stick|stuck|put|putting|ram|rammed|smash|smashed|dunk|dunked) (?:his|her|their|your) (?:face|head) (?:in|into|through|against|down)\\b',
  '(?:a |one )?(?:punch|smack|thump|headbutt) (?:in|to|across) the (?:face|mouth|teeth|head|nose|gob|jaw|chops)',
  // Wished on them: "deserves to be kicked down the ramp", "needs to be slapped".
  '(?:deserves?|deserved|needs?|needed|ought|should|wants?|wanted) (?:to )?(?:be|get|getting) (?:kicked|punched|slapped|smacked|beaten(?: up)?|thumped|decked|strangled|throttled|shot|stabbed|run over|knocked out|lamped)\\b',
  // Their car or house burnt, a tongue cut, a pen through a hand, brothers brought along, a hospital visit.
  "(?:burn|burned|burnt|burning|torch|torched|torching)(?: down)? (?:his|her|their|the \\w+'s|\\w+) (?:car|house|van|flat)\\b",
  '(?:cut|cutting|slit|slitting) (?:his|her|their|your) (?:tongue|throat|fingers?|hands?|face)\\b',
  '(?:stick|stuck|sticking|stab|stabbed|jab|jabbed|put) (?:a|my|the) (?:\\w+ )?(?:pen|pencil|knife|fork|scissors|screwdriver) (?:through|in|into) (?:his|her|their) \\w+',
  'with my (?:boys|lads|mates|brothers|cousins|friends) for (?:him|her|them)\\b',
  "(?:he'd|she'd|he would|she would|they'd|they would) (?:have )?(?:been|be|end up|ended up) in (?:the )?(?:hospital|a&e|casualty)",
  '(?:throw|threw|thrown|throwing|chuck|chucked|chucking) (?:\\w+ ){0,2}(?:coffee|tea|water|drink|pint|chair|stapler|mug|laptop|keyboard|bottle|cup|phone) (?:on|into|at|in) (?:(?:his|her|their|your|the|my) )?(?:\\w+ )?(?:face|head)\\b',
  '(?:picking|pick|pick up) (?:his|her|their|your) teeth (?:up|off)',
  '(?:(?:push|pushed|pushing|shove|shoved|shoving) (?:him|her|them) back|(?:shove|shoved|shoving) (?:him|her|them))(?: so)? hard\\b(?! to\\b)',
  // British "clock" and "lamp" (to hit), only with the person and nothing after that reads as noticing ("clocked him leaving").
  '(?:clock|clocking|clocked|lamp|lamping|lamped|deck|decking) (?:him|her|them|one|the \\w+)(?= *(?:[.,;!?]|$|and\\b|if\\b|who\\b|for\\b|one\\b))',
  '(?:sort|sorted|sorting) (?:him|her|them) out properly',
  '(?:like|love|want|wanted) to run over\\b(?! (?:the|a|an|my|our|time|budget|schedule|it|some|what|this|that|to|things)\\b)',
  '(?:kicked|kick|kicking|thrown|throw|pushed|push|shoved|shove) (?:(?:him|her|them) )?down the (?:\\w+ )?(?:stairs|ramp|steps)',
  '\\band (?:beat|punch|punched|slap|slapped|kick|kicked|strangle|throttle|deck|decked|smack|smacked|thump|thumped) (?:him|her|them)\\b',
];
// Read from a blind-written set of threats (train-blind-n): property of theirs damaged, harm wished on them, urges
// pictured, menace left veiled, and blows given or taken. Their anchor words ("hope", "push", "teach"…) are common,
// so they have their own pre-filter and patterns: a sentence with only such a word runs these, not every phrase.
const MENACE_PHRASES = [
  // Menace left to the imagination: "should be taken out back and dealt with", "he had better bring security",
  // "I will wait for him in the parking and he will see what happen".
  `(?:taken|take|took) (?:${PERSON} )?out (?:the )?back and (?:dealt with|sorted|seen to)`,
  "(?:had |'d )?better bring (?:security|back-?up|a helmet|his mates|friends)",
  `wait for ${PERSON} (?:in|at|outside|after) (?:the )?(?:parking|car park|carpark|gate|shift|work)\\b[^.]{0,40}\\b(?:he|she|they)(?:'ll| will) see`,
  "(?:key|keyed|keying|scratch|scratched|scratching|slash|slashed|trash|trashed|vandali[sz]ed?|puncture[sd]?|made (?:his|her|their) (?:\\w+ )?tyres? puncture) (?:the |his |her |their |(?:the|my) \\w+(?: \\w+)?'s )?(?:\\w+ )?(?:car|bmw|tesla|merc|van|bike|tyres?|tires?)\\b",
  "(?:his|her|their|(?!my\\b)\\w+'s) (?:\\w+ )?(?:car|bmw|tesla|merc|van|bike)s? (?:gets?|got|getting) keyed",
  '(?:let|letting) (?:his|her|their) (?:\\w+ )?(?:tyres|tires) (?:down|out)',
  '(?:smash|smashed|smashing|broke|break|breaking|destroyed) (?:his|her|their) (?:\\w+ )?(?:phone|laptop|glasses|windscreen|windshield|glass|monitor|windows?)\\b',
  "(?:his|her|their) (?:windscreen|windshield|car|windows?) (?:would(?: not|n't) have|wouldn't|would not|won't) (?:survived?|last)",
  '(?:hope|hoping|wish|pray)\\b (?:that )?(?:one day |someday |some day )?(?:(?:he|she|they|him|her|karma|(?:his|her|their) (?:car|bike|van)|(?:my|the|that|his|her) (?:\\w+ )?(?:\\w+ )?(?:boss|manager|supervisor|lead|leader|guy|colleague|director|owner|chef|foreman)) )(?:\\w+ ){0,3}?(?:trips?|falls?|fall|get(?:s)? (?:hit|run over|sick|very sick|hurt|injured|an? accident|accident|keyed|slammed|him)|break(?:s)? (?:his|her|their) \\w+|(?:stay|stays|ends? up) in (?:the )?hospital|drops? dead)\\b',
  "(?:round|around) (?:his|her|their|(?:my|the) \\w+(?: \\w+)?'s) neck",
  '(?:until|till) (?:his|her|their) teeth rattle',
  '(?:lock|locking|locked) (?:him|her|them) in (?:the|a) (?:\\w+ )?(?:freezer|cupboard|cellar|boot|basement)|(?:want|wanted|wanting) to lock in the',
  '(?:push|pushing|pushed|shove|throw|throwing) (?:him|her|them|(?:my|the|our) \\w+(?: \\w+)?) (?:off|from|out of|down) (?:the |a )?(?:\\w+ )?(?:balcony|window|roof|stairs|bridge|fire escape)',
  '(?:coffee|tea|water) (?:right |straight )?(?:into|in|over) (?:his|her|their) (?:lap|face)',
  '(?:dustbin|bin|bucket) on (?:the )?head of',
  "(?:someone|somebody|one of them|one of us)(?: \\w+)? (?:(?:would(?:'ve| have)|was going to) (?:be(?:en)? )?(?:getting )?(?:hurt|hospitali[sz]ed)|(?:will|is going to|'s going to|gonna|would(?:'ve| have)?) (?:be(?:en)? )?(?:getting |get |got )?(?:flattened|decked|floored))\\b",
  '(?:teach|teaching|taught) (?:him|her|them|(?:your|the|that|my|this|our) (?:\\w+ )?\\w+) (?:a |an |the |good |proper )*lesson(?! (?:in|on|about|from)\\b)',
  "lucky (?:i|we) (?:didn't|did not|never|wasn't|am not|'m not) (?:do|did|in)\\b",
  "(?:better|best) hope (?:i|we|he|she|they|our paths) (?:never|don't|do not|won't|will never)",
  "i(?:'ll| will|'m gonna|'m going to|'d| am going to) (?:bury|finish|get|end|destroy|come for) you\\b(?! (?:the|a|an|some|that|this|it|in|on|to|back|with|for)\\b)",
  "i(?:'ll| will| am going to|'m going to|'m gonna) (?:come|go|turn up) to (?:your|his|her|their) (?:house|home|flat)",
  '(?:somewhere|place) (?:with no|without) (?:cctv|cameras|witnesses)|no (?:cameras|cctv|witnesses)\\b',
  '(?:five|ten|two) minutes alone with (?:him|her|them)',
  '(?:needs?|deserves?|deserved|wants?) (?:his|her|their) (?:head|face|teeth) (?:kicked|smashed|caved|knocked|punched) in',
  "(?:he|she|they)(?:'ll| will|'d| would) need (?:a dentist|stitches|an ambulance)",
  '(?:been )?wearing (?:that|the|my|his|her) (?:keyboard|monitor|chair|stapler|laptop|mug|tray)',
  '(?:in|into) (?:a cell|jail|prison) for what',
  '(?:solve|settle|sort) (?:such|this|these|the|it|that)(?: \\w+)? (?:matters?|problems?|things?|\\w+)? ?with (?:a |the )?(?:stick|sticks|fists?|knife|knives|bat)',
  '(?:gave|give|giving|given) (?:(?:him|her|them|my \\w+(?: \\w+)?|the \\w+(?: \\w+)?) )?(?:a |one )?(?:tight |good |proper |hard |big )?(?:headbutt|head-butt|slap|punch|kick|smack|thump|beating)\\b(?! on the wrist)',
  '(?:put|putting|knocked|threw|laid|slap|slapped|punch|punched|smack|smacked|hit|kick|kicked|beat|beaten) (?:him|her|them) (?:on|to) the (?:floor|ground|deck)',
  "(?:he|she|they)(?:'s|'re| is| are) getting (?:a |one )?(?:slap|smack|punch|kicking|beating|hiding|good hiding)\\b",
  "break every (?:finger|bone|tooth) (?:in )?(?:he|she|they)(?:'s|'ve| has| have)",
  `(?:pin|pinned|pinning|push|pushed|pushing|shove|shoved|shoving|slam|slammed) (?:me|${PERSON}) (?:hard )?(?:against|into) (?:the )?(?:\\w+ )?(?:wall|racking|racks|door|lockers?|shelf|shelves|floor)`,
  '(?:push|pushed|shove|shoved) (?:him|her|them|me) and (?:he|she|they|i) (?:fell|fall|falls|hit)',
  '(?:i|and i|so i) (?:beat|punched|slapped|kicked|decked|smacked|thumped|headbutted|battered|floored) (?:him|her|them)\\b(?! (?:at|in|to|on)\\b)',
  '(?:drag|dragged|dragging|pull|pulled) (?:him|her|them) (?:out|over|across|through)\\b[^.]{0,30}\\bby (?:his|her|their|the) \\w+',
  '(?:took|take|grabbed|grab|pulled) (?:the|a|my) (?:knife|blade|machete|bat|hammer|crowbar) and',
  '(?:swung|swing|swinging|threw|throw|throws|throwing|launched|launch|hurl\\w*|lob\\w*|fling|flung|chuck\\w*) (?:\\w+ ){0,2}(?:spanner|pans?|wrench|stapler|laptop|chair|keyboard|mug|knife|knives|plates?|bottle|phone|bin|tools?|one) (?:straight |right )?(?:back )?at (?:him|her|them|me|people|staff|us|(?:his|her|their) (?:head|face)|(?:the|my|our) \\w+)\\b',
  '(?:straight |right )?back at (?:his|her|their) (?:head|face)',
  '(?:threatened|threatening|threaten) to (?:have (?:me|him|her|them) (?:beaten|hurt|killed)|break (?:my|his|her) \\w+)',
  '(?:make sure|see to it|make certain) (?:this|that|the|he|she|they|you)(?: \\w+)? (?:gets?|will get|would get) hurt',
  '(?:take|took) (?:that|the|a|my) \\w+ to (?:your|his|her|their) (?:kneecaps|knees|head|face)',
  // Read from train-blind-p to -u (7 Dec, sixth round): pushing back, grabbing, a head through a wall, a black eye
  // foretold, "I don't know what I will do to him", throwing out by hand.
  '(?:push|pushed|pushing|shove|shoved) (?:him|her|them) back,? (?:very |really |so |even )?hard(?:er)?\\b',
  '(?:grab|grabbed|grabbing|took|seized) (?:him|her|them) by (?:the |his |her |their )?(?:jacket|collar|shirt|throat|neck|hair|scruff)\\b',
  "(?:put|putting|shove|shoving|push|pushing|smash|smashing|ram|ramming|slam|slamming) (?:his|her|their|(?:my|the) \\w+(?: \\w+)?'s) (?:head|face) (?:through|into) (?:the |a )?(?:\\w+ )?(?:whiteboard|wall|window|desk|screen|door|glass|table|monitor|photocopier|printer|locker|counter)",
  "(?:someone|somebody|one of (?:us|them)|he|she|they)(?: \\w+)? (?:would(?:'ve| have)|was going to|will|'ll|is going to|'s going to|gonna|could(?:'ve| have)) (?:be(?:en)? )?(?:ended up|end up|gone home|go home|left|leave) with (?:a |an )?(?:black eye|broken nose|bloody nose|fat lip|split lip|broken jaw)",
  "(?:don't|do not|dont|didn't|did not) know what i(?:'d| would|'ll| will| might| am going to|'m going to) (?:do|have done) to (?:him|her|them|that (?:\\w+ )?(?:man|woman|guy|boss|manager|supervisor))",
  '(?:throw|threw|throwing|drag|dragged|dragging|kick|kicked|haul|hauled|pull|pulled) (?:him|her|them) out\\b[^.]{0,40}\\b(?:with my (?:own |bare )?hands|by (?:the|his|her|their) (?:collar|neck|hair|scruff))',
  '(?:drag|dragged|dragging|haul|hauled|pull|pulled|yank|yanked) (?:him|her|them) out of (?:his|her|their|the) (?:\\w+ )?(?:cab|car|van|truck|lorry|seat)\\b',
  // Rage at the office's things: "kicked the printer across the office", "punched the wall".
  '(?:kicked|kick|kicking|punched|punch|punching|smashed|smash) (?:the|a) (?:\\w+ )?(?:printer|photocopier|bin|locker|monitor|vending machine|filing cabinet) (?:across|over|in|so hard|until)\\b(?: the (?:office|room|floor|corridor|warehouse|kitchen|shop))?|(?:punched|punch|punching) (?:the|a) wall\\b',
  // Read from train-blind-ac to -ai (7 Dec, seventh round): teeth knocked out, his chair kicked over, a lid slammed on his
  // fingers.
  "(?:knock|knocked|knocking|kick|kicked) (?:[\\w'-]+ ){0,2}teeth (?:out|in)\\b",
  '(?:kicked|kick|kicking|threw|throw|throwing) (?:his|her|their) (?:chair|desk|table) (?:over|across)\\b',
  '(?:slam|slamming|slammed) (?:[\\w-]+ ){0,3}(?:shut )?on (?:his|her|their) (?:fingers?|hands?|head)\\b',
  '(?:throw|threw|thrown|throwing|hurl\\w*|flung|fling|chuck\\w*) (?:my |a |the |his |her )?(?:chair|stapler|mug|cup|phone|keyboard|laptop|bottle|tray|plate|monitor|box|clipboard|folder|file|glass|shoe|spanner|bag)\\b[^.]{0,25}\\b(?:near|towards?|past|next to|beside|at) (?:him|her|them|(?:his|her|their) (?:head|face))\\b',
];
const MENACE_ANCHOR =
  /\b(?:key(?:ed|ing)?\b|teeth (?:out|in)\b|scratch|trash|vandali|puncture|tyres?\b|tires?\b|smash|broke (?:his|her|their)|break every|destroyed|windscreen|windshield|hope|hoping|wish|pray|neck|teeth rattle|freezer|cupboard|cellar|basement|balcony|fire escape|lap\b|head of|hurt|hospitali|flattened|decked|floored|teach|taught|lucky (?:i|we)|better hope|best hope|finish you|bury you|get you|end you|destroy you|come for you|to (?:your|his|her|their) (?:house|home|flat)|cctv|cameras|witnesses|alone with|head (?:kicked|smashed|caved|knocked|punched)|dentist|stitches|ambulance|wearing (?:that|the|my|his|her) (?:keyboard|monitor|chair|stapler|laptop|mug|tray)|a cell|jail|prison|with (?:a |the )?(?:sticks?|fists?|knife|knives|bat)\b|knife|machete|hammer|crowbar|headbutt|head-butt|slap|punch|kick|smack|thump|beating|on the (?:floor|ground|deck)|to the (?:floor|ground)|pinn|pin (?:him|her|them|me)|push|shov|slam|(?:beat|battered|floored|decked) (?:him|her|them)|drag|swung|swing|threw|throw|launch|hurl|lob|fling|flung|chuck|threaten|make sure|see to it|kneecaps|(?:grab|grabbed|grabbing|seized|yank|yanked|haul|hauled) (?:him|her|them)\b|black eye|broken nose|bloody nose|fat lip|split lip|broken jaw|know what i(?:'d| would|'ll| will| might| am going to|'m going to) (?:do|have done) to|printer|photocopier|vending machine|filing cabinet|(?:head|face) (?:through|into)|out (?:the )?back and|bring (?:security|back-?up|a helmet|his mates|friends)|wait for)/i;
// Every phrase has one of these words: an answer without any (most answers) is not scanned further.
const ANCHOR =
  /\b(?:(?:lay|laid|laying) (?:him|her) out\b|punch|slap|smack|thump|deck|strangl|throttl|chok|murder|kill|stab|shoot|shot|whack|wallop|head-?butt|shov|hit|beat|batter|thrash|pummel|lamp|kick|boot\b|booted|strike|struck|hurt|clobber|bash|sock|knee|elbow|bludgeon|maim|poison|smother|knock|spat|spit|glass|assault|attack|smash|destroy|floor|flatten|injur|wreck|physical|break|broke|snap|bust|crack|cave|rearrang|rip|tear|tore|gouge|slit|slash|stamp|stomp|grab|twist|thr[eo]w|hurl|flung|fling|chuck|lob\b|lobb|swung|swing|knife|guns?\b|blade|cutter|hammer|crowbar|machete|weapon|bat\b|brick|rocks?\b|stone|hospital|coma|ambulance|limb|fisticuffs|dead\b|outside|car ?park|bleed|hiding|black eye|fist|what's coming|threat|lung|charged at|flew at|flying at|bare hands|murderous|homicidal|postal|where (?:he|she|they|you) live|regret it|be sorry|what hit|make (?:him|her|them|you) (?:pay|suffer)|end (?:him|her|them)|end up|responsible for what|fire|alight|ablaze|fight|fought|scrap|(?:raise|raised|raising|lift|lifted) (?:my )?(?:fist|hand)|me off (?:him|her|them)|(?:pull|separate|break|drag) us|violent|blows|neck|square|hands on|finger on|better run|tyres|tires|key(?:ed)? (?:his|her|their)|drag|wall|window|windscreen|windshield|old-fashioned|(?:lay|laid|laying) into|(?:run|ran) (?:him|her|them) over|blow|blew|watch|wring|wrung|(?:go|went|going|gone) for (?:him|her|them)|after (?:work|(?:his|her|their) shift)|burn|torch|thick ear|bloody nose|fat lip|knuckle|clip round|hook|something|straw|hands off|hands to myself|sort \w+ out|sorts \w+ out|hurt|injured|tie|collar|scruff|after the shift|lucky (?:i|we)|with my (?:boys|lads|mates|brothers|cousins)|walk away from|up off the floor|over with|one piece|with my hand|slam|push|clock|tongue|throat|pen\b|pencil|scissors|teeth|run over|in (?:the|a) (?:skip|bin|dumpster|wheelie bin|river|canal)\b)/i;
// A few phrases a pattern: one pattern of them all grows past the size V8 compiles to machine code, and
// its interpreted scan cost ~50× more per answer.
const chunked = (phrases: readonly string[]): RegExp[] => {
  const out: RegExp[] = [];
  for (let i = 0; i < phrases.length; i += 8) out.push(new RegExp(`\\b(?:${phrases.slice(i, i + 8).join('|')})`, 'gi'));
  return out;
};
const PATTERNS = [...chunked(PHRASES), ...chunked(MORE_PHRASES)];
const MENACE_PATTERNS = chunked(MENACE_PHRASES);
const ALL_PATTERNS = [...PATTERNS, ...MENACE_PATTERNS];
// A sentence with its closing marks and the space after them.
const SENTENCE = /[^.!?\n]+(?:[.!?]+["')\]]*|\n|$)\s*/g;
// The violent verb and its object, to widen a match that stopped at the verb ("nearly punched" → "nearly punched him").
const AIMED = new RegExp(`\\b${VERB} ${PERSON}`, 'i');

const ACCIDENT =
  /\b(?:slipped|fell|tripped|fallen|crashed|had an accident|came off (?:his|her|the) \w+)(?: over| down| off)?(?: \w+){0,4} and\s+$/i;
// "Grabbed him by the arm to stop him falling", "pulled her back from the kerb": a hand laid on someone to keep them safe.
const RESCUE =
  /^[^.!?]{0,40}?\b(?:to (?:stop|keep|save) (?:him|her|them|someone|somebody)(?: from)? (?:falling|fall|slipping|tripping|going over|stepping|being hit|getting hit)|to (?:steady|catch) (?:him|her|them)|(?:just )?(?:before|as) (?:he|she|they) (?:fell|slipped|tripped|went over|stepped)|out of the (?:way|path) of|back from the (?:edge|road|kerb|curb|traffic|platform|machine|forklift))/i;
const EVENT_BEFORE =
  /\b(?:devaluation|inflation|recessions?|downturns?|layoffs?|cuts?|crisis|pandemic|covid|lockdown|restructur\w*|news|announcement|changes?|redundanc\w*|freeze|merger|slowdown|shortage|strike|flood|storm|tax|prices?|rates?|it|this|that)\s+(?:really\s+|badly\s+)?$/i;
const TARGETS = /\b(?:targets?|numbers?|quotas?|kpis?|goals?|deadlines?|figures|milestones?)\b/i;
const DENIED = /(?:\bnot|n't|\bnever|\bno way)\s+(?:\w+\s+)?$/i;
// "Took everything I had not to deck him", "the only reason I didn't punch him": held back, not denied.
const HELD_BACK =
  /(?:(?:everything|all|every ounce of (?:strength|restraint)) (?:i had|i've got|i have|in me)|took (?:a lot|everything|all)|(?:so |really )?hard|tried|trying|try|struggled|restraint) not to\s+$|(?:only reason|lucky) (?:i|we) (?:didn't|did not)\s+$/i;

/** Finds talk of violence or threats towards people at work. */
export function findThreats(text: string): ThreatHit[] {
  const hits: ThreatHit[] = [];
  const found: Array<{ start: number; length: number }> = [];
  if (!ANCHOR.test(text) && !MENACE_ANCHOR.test(text)) return hits;
  // Every phrase holds an anchor word and stays inside one sentence: only the sentences with an anchor are scanned
  // (a long answer has one or two), each from its start so "^" and the end-of-sentence look-aheads read as before.
  for (const sentence of text.matchAll(SENTENCE)) {
    const part = sentence[0];
    const usual = ANCHOR.test(part);
    const menace = MENACE_ANCHOR.test(part);
    if (!usual && !menace) continue;
    const patterns = usual && menace ? ALL_PATTERNS : usual ? PATTERNS : MENACE_PATTERNS;
    const offset = sentence.index;
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(part); m; m = re.exec(part)) {
        // "just as you were about to hit them" in a sentence about targets: the numbers are hit, not a person.
        if (
          TARGETS.test(part) &&
          /\bhit(?:\s*$|\s+(?:them|it|the|their|our|my|your|its|a)\b)/i.test(part.slice(m.index, m.index + m[0].trimEnd().length + 6))
        )
          continue;
        found.push({ start: offset + m.index, length: m[0].trimEnd().length });
      }
    }
  }
  // Leftmost first; at one position, the phrase listed first.
  found.sort((a, b) => a.start - b.start);
  for (const m of found) {
    const start = m.start;
    // "A colleague slipped and broke his wrist": an accident, not a blow.
    if (ACCIDENT.test(text.slice(Math.max(0, start - 40), start))) continue;
    // "Devaluation hit everyone", "the cuts hurt everybody": a blow dealt by events, not a person.
    if (
      /^(?:hit|hits|hurt|hurts|struck|strike)\b/i.test(text.slice(start, start + 7)) &&
      EVENT_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    )
      continue;
    if (RESCUE.test(text.slice(start + m.length, start + m.length + 80))) continue;
    // "I didn't want to hurt him", "I would never hit anyone": violence denied is not a threat.
    const before = text.slice(Math.max(0, start - 20), start);
    if (DENIED.test(before) && !/(?:^|[.!?:]\s*)not\s+$/i.test(before) && !HELD_BACK.test(text.slice(Math.max(0, start - 40), start)))
      continue;
    let end = start + m.length;
    const aimed = AIMED.exec(text.slice(start, end + 60));
    if (aimed && aimed.index < end - start) end = Math.max(end, start + aimed.index + aimed[0].length);
    // Overlapping phrases make one mention, as long as the longest reach ("teach the foreman a lesson with my fists").
    const overlapping = hits.find((h) => start < h.end && end > h.start);
    if (overlapping) {
      if (end > overlapping.end) Object.assign(overlapping, { end, words: text.slice(overlapping.start, end) });
      continue;
    }
    hits.push({ start, end, words: text.slice(start, end) });
  }
  return hits;
}
