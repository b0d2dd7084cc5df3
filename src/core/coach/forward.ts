// The speaker says what they want next ("Now I want to lead a team", "I'm ready for a bigger scope"): the one rule for
// a forward-looking close, used for the "Looks forward" strength and to tell such a close from an outcome (star.ts).
export const LOOKS_FORWARD =
  /\b(?:(?:i(?:'m| am)?|i'd|now i(?:'m)?) (?:now |really |am )?(?:want|wanted|looking for|keen|excited|ready|hoping|aiming|like|love)\b|next step|next role|the chance to|opportunity to|(?:want|hope|plan|keen|ready|looking) to (?:grow|build|lead|learn|take on|move into|develop|work|bring|use|focus|own|manage|specialise|specialize)|(?:looking|ready|keen) for (?:a|more|the|bigger|new))/i;
