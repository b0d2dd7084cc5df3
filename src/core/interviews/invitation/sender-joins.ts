/** Whether the sender of an invitation takes part in the interview, as the text says it. */

// The sender says they take part: "I will call you", "I'll be joining", "you'll meet me and …", "with me".
const SENDER_JOINS =
  /\b(?:I(?:'ll| will| would|'d| am going to|'m going to| shall)\s+(?:also\s+)?(?:call|ring|phone|interview|join|host|lead|run|chair|moderate|facilitate|be (?:interviewing|joining|calling|on the (?:call|panel|line)|in the room|hosting|leading|running|sitting in|part of the panel|your interviewer|with you|there (?:too|as well|for)|present)|pop in|drop in|sit in|say hello at the start)|(?:meet|meeting|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|call|conversation|q&a|session|interview)\s+with\s+(?:me|myself)\b(?!\s+(?:last|earlier|yesterday|before))|\bI(?:'m| am) (?:one of|among|part of) (?:the|your|our)\b[^.!?\n]{0,30}\b(?:interviewers|panel(?:lists)?|people you(?:'ll| will)? (?:meet|be (?:meeting|talking to|speaking (?:with|to))))|\b(?:me|myself)\s+(?:and|\+)\s+\p{Lu}|\b(?:consists? of|consisting of|made up of|compris(?:e|es|ing)|includ(?:e|es|ing)|will be)\s+(?:me|myself)\s*(?:,|and\b|&)|\b(?:and|&)\s+(?:me|myself)\b|\b(?:interviewed|joined) by (?:me|myself)\b|\b(?:then|afterwards|after that|later on|and then) by (?:me|myself)\b|\p{Lu}\p{Ll}+\s+and\s+I\s+will|you(?:'ll| will) (?:meet|speak with|talk to|be speaking with) me\b|\bI(?:'ll| will| can| would|'d| am going to|'m going to)\s+(?:just\s+)?give you a (?:quick\s+)?(?:call|ring|buzz)\b|\b(?:please |you can )?(?:call|ring|phone) me (?:on|at)\b)/iu;
// "I'll call you afterwards for feedback", "I'll ring you on Monday to prepare": a call before or after the interview, not a
// part in it.
const AFTERWARDS =
  /\b(?:call|ring|phone|speak to|talk to|catch up with|get back to) you\s+(?:afterwards|after (?:the|your) (?:interview|call|meeting)|for (?:feedback|a debrief))\b|\b(?:call|ring|phone|speak to|talk to) you\b[^.!?\n]{0,30}?\b(?:to (?:prepare|prep|brief you|go over|run through|talk (?:it )?through)|beforehand|before (?:the|your) (?:interview|call|meeting))\b/i;
const PAST =
  /\b(?:thanks?|thank you)\s+(?:so much\s+|again\s+)?for\b|\blast (?:week|time)\b|\byesterday\b|\bearlier\b|\b(?:following|after) (?:your|our) (?:chat|call|conversation|screen|interview|meeting)/i;

// "If you have a problem joining, call me on …": a contact for trouble, not a part in the interview.
const IF_TROUBLE = /\bif\b[^.]{0,60}\b(?:problem|issue|question|trouble|difficult|delay|late|need)/i;
// "I'm on the invite … but won't stay on the call": the sender says they will not take part.
const WONT_JOIN =
  /\bI(?:'m| am)?\b[^.!?\n]{0,60}\b(?:won't|will not|am not|'m not|do not|don't|can't|cannot|can not|won't be able to|will not be able to)\s+(?:be\s+)?(?:join(?:ing)?|stay(?:ing)?|be (?:on|in|joining|there)|attend(?:ing)?|sit(?:ting)? in|interview(?:ing)? you)\b/i;

/** True when the text says the sender takes part in the interview. */
export function senderJoins(body: string): boolean {
  return body
    .split(/(?<=[.!?])\s+|\n/)
    .some((sentence) => SENDER_JOINS.test(sentence) && !PAST.test(sentence) && !IF_TROUBLE.test(sentence) && !AFTERWARDS.test(sentence));
}

/** True when the sender says they will not take part ("I won't join the call"). */
export function senderStaysOut(body: string): boolean {
  return WONT_JOIN.test(body);
}

// "Looking forward to our call", "we'll speak then", "talk to you on Tuesday": the writer's own conversation.
const OWN_CALL =
  /\b(?:our (?:call|chat|conversation|phone (?:call|screen)|video call)|we(?:'ll| will| can) (?:speak|talk|chat|catch up|have a (?:quick )?(?:call|chat))|(?:speak|talk|chat) (?:to|with) you (?:then|soon|on|at|next))\b/i;

/** True when the writer speaks of the call as their own; counts only when the invitation names nobody else to meet. */
export function ownCall(body: string): boolean {
  return body.split(/(?<=[.!?])\s+|\n/).some((sentence) => OWN_CALL.test(sentence) && !PAST.test(sentence));
}
