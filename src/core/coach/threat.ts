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
  '(?:boss|manager|supervisor|colleague|co-?worker|team ?lead(?:er)?|director|ceo|owner|customer|client|guy|bloke|idiot|chef|foreman|trainee|intern|kid|woman|man|lady|driver|teacher|nurse|doctor|agent|rep)';
const PRONOUN_OBJECT =
  '(?:him|her|them)(?=\\s*(?:[.,;:!?)\'"—–-]|$)|\\s+(?:in|on|so|and|with|if|when|because|before|until|for|right|myself|one|again|over|across|too|there|at|every|the next|senseless|silly|hard|into|down|out|off|up|around|through|against|by)\\b)';
const PERSON = `(?:${PRONOUN_OBJECT}|someone|somebody|anyone|anybody|everyone|everybody|each other|one another|(?:my|the|our|that|this|a|his|her|their|your) (?:\\w+ )?${ROLE}s?)`;
// Things at hand that get thrown in a rage.
const MISSILE =
  '(?:\\w+ )?(?:chair|stapler|mug|cup|phone|keyboard|laptop|mouse|bottle|file|folder|tray|plate|box|monitor|coffee|drink|pen|book|hole punch|bin)s?\\b';
const VERB =
  '(?:punch(?:ed|es|ing)?|slap(?:ped|s|ping)?|smack(?:ed|s|ing)?|thump(?:ed|s|ing)?|deck(?:ed|ing)?|strangl(?:e|ed|es|ing)|throttl(?:e|ed|es|ing)|chok(?:e|ed|ing)|murder(?:ed|ing)?|kill(?:ed|ing|s)?|stab(?:bed|bing|s)?|shoot(?:ing)?|shot|whack(?:ed|ing)?|wallop(?:ed)?|head-?butt(?:ed|ing)?|hit(?:ting)?|beat(?:en|ing)? up|lamp(?:ed)?|kick(?:ed)?|strike|struck|hurt)';
const PHRASES = [
  `${VERB} ${PERSON}(?! (?:a|an) (?:message|email|text|look|note|line|question|quick))`,
  `(?:throw|threw|thrown|throwing|hurl(?:ed|ing)?|chuck(?:ed|ing)?|lob(?:bed)?) (?:my|a|the|his|her|this|that|their|our) (?:\\w+ )?\\w+ (?:at|across the room at) ${PERSON}`,
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
  '(?:lay|laid|put) (?:a finger|hands|my hands) on',
  '(?:burn|burned|burnt|torch|torched) (?:the|this|that|their|his|her) (?:place|office|building|shop|store|warehouse|site|factory) down',
  '(?:bring|brought|bringing) (?:a|my) (?:gun|knife|weapon|bat)',
  '(?:want|wanted|wants|going|about|tempted|ready|close|tried) to (?:hurt|kill|strangle|punch|hit|slap|throttle|smack|murder|stab|choke|deck|attack) ',
  '(?:swing|swung|take a swing|took a swing) at',
  "(?:nearly|almost|close to|could have|could've|wanted to|want to) (?:hit|punch|slap|strangle|kill|deck|smack|thump|throttle|murder)\\w*\\b",
  '(?:grab|grabbed|grabbing) (?:him|her|them|someone|somebody) by the',
  '(?:push|pushed|pushing|shove|shoved|shoving|pin|pinned|slam|slammed) (?:him|her|them|someone|somebody) (?:against|into|over|down|off|to the (?:ground|floor))',
  '(?:physical|fist) ?fights?',
  "(?:he'd|she'd|they'd|he had|she had) better run",
  "(?:slash|slashing|slashed|key|keyed|keying) (?:his|her|their|the \\w+'s) (?:tyres|tires|car)",
  '(?:knew|know) where (?:he|she|they) (?:lived|lives|live)',
  "(?:someone|somebody)(?:'s| is) (?:going|gonna) to get hurt",
  '(?:wanted|want|tempted|felt like|fantasi[sz]ed about) (?:to )?(?:hit|punch|kick|slap|hurt|kill|strangle|throttle|smack|slash)\\w*',
  '(?:threw|throw|throwing|thrown|hurled|chucked) (?:a|my|the|his|her) (?:chair|stapler|mug|cup|phone|keyboard|laptop|mouse|bottle|file|folder|tray|plate|box) (?:at|across)',
  '(?:punch|punched|punching|kick|kicked|kicking|smash|smashed|smashing) (?:a|the|my) (?:wall|door|locker|desk|window|monitor|screen)',
  '(?:got|get|getting|ended up in) (?:into )?(?:a|an) (?:fight|fist ?fight|scuffle|brawl|punch-up|altercation)',
  'punch-ups?',
  '(?:go|went|going|gone) for (?:him|her|them) (?:with|in|when|and|before|right|physically)',
  '(?:lay|laid|laying) into (?:him|her|them)',
  '(?:run|ran) (?:him|her|them) over',
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
  `(?:put|putting|throw|threw|thrown|shove|shoved) ${PERSON} (?:through|out of) (?:the|a) (?:wall|window|floor|door|table|windscreen|windshield)`,
  `(?:drag|dragged|dragging) ${PERSON} (?:outside|out(?: to the| into the)? (?:car ?park|parking lot|yard|alley|back)|round the back|behind the (?:shed|bins|building|warehouse))`,
  '(?:settle|settled|settling|sort|sorted|sorting) (?:it|this|things|that) (?:outside|in the car ?park|the old-fashioned way|with (?:my|our) fists)',
  '(?:beat|beating|batter|battered|battering|thrash|thrashed|pummel(?:l?ed)?) (?:him|her|them)(?: \\w+)? (?:up|outside|senseless|black and blue|to a pulp|unconscious)',
  `(?:get|getting|gets|got|give|giving|gave|deserves?|deserved|earned|earn) (?:(?:him|her|them|${PERSON}) )?(?:a |one )?(?:smack|punch|thump|kick|boot|fist|right hook) (?:in|round|across) the (?:mouth|teeth|gob|jaw|nose|head|chops|ear)`,
  '(?:brick|rock|stone)s? through (?:his|her|their) (?:window|windscreen|windshield)',
  '(?:set|setting|sets|put|putting) (?:the|this|that|his|her|their|our) (?:office|building|place|shop|store|warehouse|house|car|desk) (?:on fire|alight|ablaze)',
  '(?:come|came|coming|go|went|going|turn|turned|turning) (?:back |round |in |up )?(?:in )?with (?:a|my) (?:baseball bat|bat|knife|gun|crowbar|hammer|machete|weapon)',
];
const MORE_ANCHOR =
  /\b(?:thr[eo]w|thrown|hurl|chuck|lob|through|drag|settl|sort|beat|batter|thrash|pummel|smack|punch|thump|kick|boot|fist|hook|brick|rock|stone|fire|alight|ablaze|bat|knife|gun|crowbar|hammer|machete|weapon)/i;
const THREAT = new RegExp(`\\b(?:${PHRASES.join('|')})`, 'gi');
const THREAT_ALL = new RegExp(`\\b(?:${[...PHRASES, ...MORE_PHRASES].join('|')})`, 'gi');
// The violent verb and its object, to widen a match that stopped at the verb ("nearly punched" → "nearly punched him").
const AIMED = new RegExp(`\\b${VERB} ${PERSON}`, 'i');

/** Finds talk of violence or threats towards people at work. */
export function findThreats(text: string): ThreatHit[] {
  const hits: ThreatHit[] = [];
  const re = MORE_ANCHOR.test(text) ? THREAT_ALL : THREAT;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    let end = start + m[0].trimEnd().length;
    const aimed = AIMED.exec(text.slice(start, end + 60));
    if (aimed && aimed.index < end - start) end = Math.max(end, start + aimed.index + aimed[0].length);
    const words = text.slice(start, end);
    if (hits.some((h) => start < h.end && end > h.start)) continue;
    hits.push({ start, end, words });
  }
  return hits;
}
