// The constructive continuation: a difficulty followed by the speaker's own fix ("…, so I proposed…")
// is context, not a complaint.
import { isDoing } from './star.js';

// Verbs that end the story at the exit door rather than at a fix (the complaint model's features extend them).
export const EXIT_VERBS: readonly string[] = [
  'left',
  'quit',
  'resigned',
  'walked',
  'got',
  'gave',
  'stopped',
  'refused',
  'complained',
  'handed',
  'started',
  'applied',
  'moved',
];
const EXIT = new Set(EXIT_VERBS);
// "I/we" must open a clause: "so I proposed" is a fix, "every complaint we raised" is not.
const ACTOR_VERB =
  /(?:^\s*|[.,;:!?]\s*|\b(?:so|and|then|but|until|after|because|which is why|instead)\s+)(?:i|we)\s+(?:(?:then|also|quickly|immediately|just|eventually|finally)\s+)?(?:[a-z]+-)?([a-z]+)(?:\s+to\s+([a-z]+))?/gi;

// "I started a wiki", "I got the team to switch": an exit verb with the object of a fix, not of the exit
// ("I started a new job", "I got an offer", "I gave my notice").
const TAKES_OBJECT =
  /^\s+(?:a|an|the|everyone|everybody|people|them|us|weekly|daily|regular)\b(?![^.,;]{0,24}\b(?:job|role|position|offer|notice|interview|new|looking|applying|out)\b)/i;
// "got" is a fix only as "got <people> to <do>" ("I got the complaint on my record" is not).
const GOT_TO = /^\s+(?:the|my|our|everyone|everybody|people|them|us|both)\b[^.,;]{0,30}?\bto\s+[a-z]+/i;
function takesCharge(verb: string, rest: string): boolean {
  if (verb === 'got') return GOT_TO.test(rest);
  return (verb === 'started' || verb === 'gave') && TAKES_OBJECT.test(rest);
}

/** True when the speaker (or the speaker's team) goes on to do something about the difficulty. */
export function handled(after: string): boolean {
  ACTOR_VERB.lastIndex = 0;
  for (let m = ACTOR_VERB.exec(after); m; m = ACTOR_VERB.exec(after)) {
    const verb = m[1]!.toLowerCase();
    const next = m[2]?.toLowerCase();
    if (next && /^(?:leave|quit|go|resign|move|look|walk)$/.test(next)) continue;
    if (isDoing(verb) && (!EXIT.has(verb) || takesCharge(verb, after.slice(m.index + m[0].length)))) return true;
  }
  return false;
}
