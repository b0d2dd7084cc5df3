// Questions about leaving a job or about a workplace: every sentence of the answer is then about the workplace.

const WHY_LEFT =
  /\bwhy (?:did|are|do|have|would) you (?:\w+ )?(?:leave|leaving|left|quit|move on|moving on|looking)|reasons? for (?:leaving|moving)|leav(?:e|ing) your (?:last|current|previous)|why (?:are you|you're) (?:on the market|looking)|\bwhy (?:the|this) (?:change|move|switch)\b|hand(?:ed|ing)? in (?:your|the) notice|\bwhy (?:were|was) you only there\b|\bso many (?:moves|changes|jobs)\b|\b(?:why|what(?:'s| is| has)? (?:prompt\w*|made you|makes you|led you|behind|driving))\b[^?]*\b(?:move on|moving on|the move|a move|a change|the change|leav(?:e|ing)|left|quit|chang(?:e|ing) (?:jobs?|roles?)|switch\w*|start(?:ed)? looking)\b|\bresign(?:ed|ing)?\b|\breasons? for (?:the |a |job )?change\b|\bwhy (?:do )?(?:you )?want to (?:move|change)\b|^\s*why now\b/i;

const WORKPLACE_QUESTION =
  /\b(?:culture|team|appraisal|performance review|manager|boss|employer|colleague|co-?worker|supervisor|company|organi[sz]ation|workplace|director|team lead|last job|previous job|current job|last role|previous role|work environment|working environment|that job|(?:last|previous|old) (?:place|employer|company|firm)|job security|salary (?:and|&) benefits|skill development|onboarding|induction|(?:were|was) you trained|the training|work-?life balance|the hours|typical (?:day|week) in your|(?:the|that|your (?:last|current|previous)) (?:job|role|position)|treated there)s?\b/i;

/** True when a question asks about a workplace or its people, so every sentence of the answer is about them. */
export function isWorkplaceQuestion(text: string): boolean {
  return WHY_LEFT.test(text) || WORKPLACE_QUESTION.test(text);
}

/** True when a prompt's text asks why the speaker left or is leaving a job. */
export function isWhyLeftText(text: string): boolean {
  return WHY_LEFT.test(text);
}
