// What makes a hard thing said about a workplace not a complaint, for the rules (negativity.ts) and the
// complaint model (complaint-model.ts) alike.

// A hard condition limited in time and normal the rest of it ("Long hours during close, normal otherwise",
// "Pressure is high near the tender deadline, after that it is relaxed"), made up for ("…, but they give extra
// leave after, so it is balanced"), or put down to nobody ("it was not personal", "nobody's fault", "it is his
// style", "that's how retail works"): also accepted, in the same sentence or the two after.
export const BOUNDED =
  /\b(?:(?:normal|fine|ok|okay|relaxed|quiet|calm|manageable) otherwise|otherwise (?:normal|fine|ok|okay|nothing|no problem|good|quiet|calm|manageable)|after (?:that|it),? (?:it |things )?(?:is |was |'s |are |were |gets? |got |became |become )?(?:relax\w*|normal|quiet|calm|fine|ok|okay|easier)|that's how (?:\w+ ){0,2}works?|(?:it |so )(?:is |was |it's )?balanced|(?:give|gave|gives|got|get) (?:us |you |me |the team )?(?:extra|more|comp|time|lieu)\w* (?:leave|time|days?|holiday)|(?:it|this|that) (?:was|is)(?: not|n't) (?:personal|about me|aimed at)|nobody'?s fault|no one'?s fault|(?:it|that) (?:is|was|'s) (?:just )?(?:his|her|their) style|(?:he|she|they)(?:'s| is| was| are| were) (?:a )?good (?:person|people|guy|manager|boss)|(?:is|was) (?:the )?(?:same )?policy for everyone)/i;

// "No bonus scheme, salary only", "No company car, but they paid mileage", "no bonus, but pension is there": an
// absence made up for in the same sentence is a fact about the package, not a grievance.
export const COMPENSATED =
  /^[^.!?;]{0,40}?(?:,|\bbut)\s+(?:they |the company |we |you )?(?:(?:paid|pay|give|gave|gives|provided?|provides|covered?|covers|offered|offers?)\b|(?:the )?\w+ (?:is|was|are|were) (?:there|provided|given|paid|covered)\b|\w+ only\b)/i;

// "Some colleagues said leadership doesn't care… I didn't agree": criticism the speaker reports from others
// and then disputes is not the speaker's complaint.
const REPORTED =
  /\b(?:people|colleagues|they|some|many|others|everyone|everybody|the team|the (?:sales|other) \w+|a lot of (?:people|them|us|the \w+(?: \w+)?)|was known as|were known as)\b[^.!?]{0,60}?\b(?:say|says|said|saying|'d say|would say|called|calling|complain(?:ed|ing)?|thought|think|found|known as|vocal)\b[^.!?]*$/i;
const DISPUTED =
  /\bi (?:(?:do|did)(?: not|n't) (?:agree(?! with (?:the|their|his|her|that) (?:decision|plan|change|freeze|move|cut))|think (?:that's|it's|it is|it was|that was|this is) (?:fair|true|right)|buy (?:it|that|the)|see it that way)|(?:found|thought) (?:her|him|them) (?:really |very |quite |actually )?(?:fair|good|great|supportive|reasonable|brilliant))|\b(?:not|isn't|wasn't|is not|was not) fair to say\b/i;

/** True when the text before a judgement reports it from others and the text after disputes it. */
export function disputed(before: string, after: string): boolean {
  return REPORTED.test(before) && DISPUTED.test(after);
}
