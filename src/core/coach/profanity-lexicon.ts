// Word lists for the bad-language check (profanity.ts). Roots match at the start of a word with any
// short ending; whole words match only on their own, so look-alikes (Scunthorpe, assessment, class,
// cocktail, Matsushita, shiitake) stay clean.

/** Roots matched at the start of a word (fucking, shitty, bitches): no everyday English word begins with them. */
export const PROFANITY_ROOTS = [
  'fuck', 'fuk', 'fck', 'phuck', 'shit', 'sh1t', 'cunt', 'bitch', 'bastard', 'wank', 'twat', 'bollock', 'motherf', 'dickhead', 'dickish', 'jackass', 'dumbass', 'asshole', 'arsehole',
  'asshat', 'asswipe', 'assclown', 'bullshit', 'bullsh', 'horseshit', 'piss', 'crap', 'goddamn', 'goddam', 'dammit', 'nigg', 'fagg', 'retard', 'douche', 'slut', 'whore', 'prick',
  'tosser', 'sodding', 'wtf', 'stfu', 'effing', 'frickin', 'fricking', 'friggin', 'frigging', 'freaking', 'freakin', 'damn', 'bugger', 'bellend', 'knobhead', 'scumbag', 'shithead', 'cocksucker',
];

/** Whole words only (so "assessment", "class", "Dickens" and "cocktail" never match). */
export const PROFANITY_WORDS = new Set([
  'ass', 'arse', 'asses', 'arses', 'assed', 'arsed', 'dick', 'dicks', 'cock', 'cocks', 'tits', 'boobs', 'fag', 'fags', 'hell', 'bloody', 'sucks', 'sucked', 'screw', 'screwed', 'screwing',
  'crappy', 'fk', 'fkn', 'fkin', 'fkd', 'ffs', 'omfg', 'fml', 'pissed', 'spaz', 'spastic', 'cripple', 'dyke', 'tranny', 'chink', 'spic', 'kike', 'wog', 'paki', 'badass', 'smartass',
  'hardass', 'bs', 'dang', 'dangit', 'f-ing', 'fing', 'balls-up', 'ballsup', 'cock-up', 'cockup', 'prat', 'prats', 'pillock', 'pillocks', 'hellhole', 'sh!t', 'sht', 'shyt', 'biatch', 'beyotch',
]);

/** Slurs: always the most severe finding. */
export const PROFANITY_SLURS = new Set(['nigg', 'fagg', 'fag', 'fags', 'retard', 'spaz', 'spastic', 'dyke', 'tranny', 'chink', 'spic', 'kike', 'wog', 'paki', 'cripple']);

/**
 * Mild swearing: out of place in an interview and worth fixing, but not the words an interviewer
 * remembers the candidate by. Everything else (fuck, shit, bitch, bastard, asshole…) is strong.
 */
export const PROFANITY_MILD = new Set([
  'hell', 'hellhole', 'bloody', 'sucks', 'sucked', 'screw', 'screwed', 'screwing', 'damn', 'dammit', 'crap', 'crappy', 'freaking', 'freakin', 'frickin', 'fricking', 'friggin', 'frigging', 'effing',
  'pissed', 'piss', 'bugger', 'sodding', 'dang', 'dangit', 'ballsup', 'balls-up', 'cockup', 'cock-up', 'crapshoot', 'fing', 'f-ing', 'arse', 'arses', 'arsed', 'ass', 'asses', 'assed', 'bs', 'prat', 'prats', 'pillock', 'pillocks', 'bollock', 'goddamn', 'goddam', 'scumbag', 'half-ass',
]);

/** Words that start with a root or hold a compound part but are innocent. */
export const PROFANITY_ALLOW = /^(?:shitake|shiitake|shittim|shitsuke|shitterton|crapstone|pissarro|prickl|retardant|retardation|damning|damnation|damnable|wankel|fukushima|fukuoka|niggl|cocktail|cockpit|cockerel|cockney|cockle|cockroach|cockatoo|cockburn|dickens|dickinson|dickson|dickey|scunthorpe|buggered? all)/;

// Compounds that end in a crude part: "clusterfuck", "bullshit", "dumbass", "half-assed", "shithole".
const FUCK_ANYWHERE = /fuck|fukk|phuck/;
const SHIT_END = /^(?:bull|horse|ape|bat|dip|chicken|dog|jack|holy|pig|cow|bird|tough|dumb|hot|big)shit(?:s|ty|ter|ters|e)?$/;
const ASS_END = /^(?:dumb|jack|smart|bad|hard|fat|lard|kick|kiss|lazy|wise|half|dip|cheap|tight|crazy|sorry|stupid|candy|mean|sad|broke|punk|pain|dumb-)-?(?:ass|arse)(?:es|ed|ery|hole|holes)?$|^(?:ass|arse)(?:hole|holes|hat|hats|wipe|wipes|clown|clowns|kiss\w*|lick\w*|face|head|bandit)$/;
const HOLE_END = /^(?:shit|hell|ass|arse|butt)holes?$/;
const OTHER = /^(?:son ?of ?a ?)?bitch(?:es|y|ing)?$|sonofabitch|wanker|wanking|pissed|piss(?:take|head|poor)/;

/** The crude part a compound word is built on, or undefined. */
export function classifyCompound(w: string): string | undefined {
  if (FUCK_ANYWHERE.test(w)) return 'fuck';
  if (SHIT_END.test(w)) return 'shit';
  if (HOLE_END.test(w)) return w.startsWith('hell') ? 'hellhole' : 'asshole';
  if (ASS_END.test(w)) return /^(?:dumb|jack)/.test(w) ? 'jackass' : 'ass';
  if (OTHER.test(w)) return w.includes('bitch') ? 'bitch' : w.includes('wank') ? 'wank' : 'piss';
  return undefined;
}

/** Full words that masked spellings are compared against, letter for letter ("w*nkers" → "wankers"). */
export const MASK_VOCAB = [
  'fuck', 'fucks', 'fucked', 'fucker', 'fuckers', 'fucking', 'fuckin', 'fuckup', 'clusterfuck', 'shit', 'shits', 'shitty', 'shite', 'bullshit', 'shitshow', 'shithole', 'wank', 'wanker', 'wankers',
  'bitch', 'bitches', 'bitching', 'cunt', 'cunts', 'bastard', 'bastards', 'asshole', 'assholes', 'arse', 'arsehole', 'arseholes', 'bollocks', 'twat', 'twats', 'dick', 'dickhead', 'prick',
  'pricks', 'piss', 'pissed', 'crap', 'damn', 'motherfucker', 'motherfucking', 'whore', 'slut', 'retard', 'retarded', 'faggot', 'nigger', 'dumbass', 'jackass', 'goddamn',
];
