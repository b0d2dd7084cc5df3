import { readPeople, type NamedPerson } from './people-list.js';

// In running prose: "talking to X", "a call with X", "meet X", "joined by X", "your interviewers will be X".
const PROSE_TRIGGER =
  /\b(?:with (?:support|help|assistance) from|with|w\/|meet(?:ing)?\s+with|meet|meeting|to meet|it(?:'ll|'d| will| would) be(?=\s+(?:me|myself)\b)|speak(?:ing)? to|talk(?:ing)? to|chat(?:ting)? to|(?:speak|talk|chat)(?:ing|ting)? with(?! you\b)|(?:your |our )?hosts?(?: for the (?:day|morning|afternoon|visit)| on the day| today)? (?:is|are|will be)|(?:te|le|les|os) entrevistar(?:á|án|a|an)|(?:te|le|lo|la|les|los) llamar(?:á|án)|vous (?:rencontrerez|serez reçue? par)|entretien avec|(?:llamada|reuni[oó]n|charla|videollamada|conversaci[oó]n|hablar|conversar|platicar) con|(?:chamada|conversa|reunião|falar) com|(?:appel|réunion|rendez-vous|échange) avec|(?:gespräch|interview|telefonat|termin|videocall) mit|dabei (?:sind|ist|sein werden|wird)|(?:conduzid|realizad|conducid)[oa]s? (?:pel[oa]s?|por)|se (?:suma|une|sumar[aá]|unir[aá])n?(?: (?!con\b)[a-záéíóúñ]+){0,2}|interviewed (?:first |initially |then |also |afterwards )?by|you(?:'ll| will)(?: be)? see(?:ing)?|(?:the |other )?members(?: of the (?:panel|committee))? (?:will be|are|include)|joined(?: [^.;,:]{1,40}?)? by|hear from|introduce you to|(?:panel(?:ists)?|committee|jury|(?:interview|selection) board)\s+(?:(?:[^.;:!?]|:(?=\d)){1,40}?\s)?(?:will\s+)?(?:be|is|are|include|includes|consists? of|consisting of|composed of|comprising|comprises?|be made up of|made up of)(?:\s+of)?|interviewers?(?:\s+(?:[^.;:!?,]|:(?=\d)){1,40}?)?\s+(?:is|are|will be)|(?:person|people|colleagues?|ones?)\s+(?:interviewing|meeting|speaking (?:with|to)|talking (?:with|to))\s+you(?:\s+(?:[^.;:!?,]|:(?=\d)){1,40}?)?\s+(?:is|are|will be)|hiring manager (?:for (?:this|the) (?:role|position|vacancy|job|post) )?(?:is|will be)|interviewer\(s\) will be|(?:led|conducted|hosted|run|taken|facilitated|chaired|attended|observed|assessed|evaluated) (?:first |jointly |also )?by|alongside|together with|accompanied by|supported by|assisted by|shadowed by|present(?:ing)? (?:[^.,;:]{1,30}? )?to|(?:joining(?: (?:us|you|the (?:call|interview|panel|meeting|session)))?|sitting in(?: on (?:the|your) (?:call|interview|panel|meeting|session))?|(?:interviewing|speaking (?:with|to)|talking (?:with|to)|meeting) you|on the (?:panel|call)|also present|attending|in the room|with you|present)(?:\s+(?:from|on)\s+(?:our|the company's|the)\s+(?:side|end))?(?:\s+(?:[^.;:!?,\s]|:(?=\d))(?:[^.;:!?,]|:(?=\d)){0,40}?)?\s*(?:will be|are|is|:))\s+(?:both\s+)?/gi;
// "with" names people only near words about meeting ("I'll run it with X" after the round is named): not "experience with Apache Kafka".
const WITH_CONTEXT =
  /\b(?:meet(?:ing|s)?|interview(?:s|ing)?|calls?|chat(?:ting|s)?|speak(?:ing)?|talk(?:ing|s)?|conversations?|sessions?|panel|join(?:ing|ed|s)?|screen(?:ing)?|video|phone|round|discussion|sit down|coffee|lunch|pair(?:ing)?|walk-?through|presentation|q&a|catch-?up|wrap-?up|close-?out|intro(?:duction)?|debrief|tour|loop|exercise|design|case|minutes?|mins?|hours?|hr|time|slot|followed|then|first|next|afternoon|morning|rest|scheduled|booked|confirmed|set up|arranged|1:1|one-to-one|one-on-one|1-on-1|face-to-face|appointment|connect|sync|confirm(?:ing|ed)?|(?:run|running|do|doing|lead|leading|host|hosting|take|taking) (?:it|this|that)|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\d{1,2}[:.]\d{2})\b(?:[^.;]|\.(?=\d)){0,60}$/i;
const NOT_HERE =
  /\b(?:check(?:ing)? in|sign in|ask for|reply to|contact|reach out to|park(?:ing)?|register|work(?:ing)?|collaborate|experience)\s+with\s*$/i;
// Someone else, another time: "if things go well, you'd meet our founder …" (the rest of the sentence) and
// "thanks for speaking with …", "whom you met last week" (the clause around the names).
const LATER =
  /\b(?:if (?:things|it|all|that|this) go(?:es)? well|if successful|if it's a (?:match|fit)|should you (?:progress|move forward)|(?:a |the )?(?:later|following|subsequent) (?:round|stage)s?\b|the following week|\b(?:next|second|third|final|later) (?:round|stage|step|interview)s?\b[^.]*\bwould\b)/i;
const BEFORE_NOW =
  /\b(?:(?:thanks?|thank you)\s+(?:so much\s+|again\s+)?for (?:speaking|talking|chatting|meeting|your time)|last (?:week|time)|yesterday|earlier today|already (?:met|spoke)|you (?:met|spoke (?:with|to)))\b/i;
// Someone asked to take part: "has asked Mr Arvind Sharma, Treasury Manager, to join as well".
const ASKED = /\b(?:ask|asks|asked|invite|invites|invited)\s+/gi;
const TO_JOIN =
  /^\s*,?\s*to\s+(?:also\s+)?(?:join|shadow|sit in|attend|take part|be on the (?:call|panel)|pop in|drop in|interview you)\b/i;
const CLAUSE_START = /[,;:–—]\s|\s-\s/g;

/** True when the names read at [from, to) of a sentence are about another time (an earlier call, a later round). */
function elsewhere(sentence: string, from: number, to: number): boolean {
  if (LATER.test(sentence.slice(0, to))) return true;
  let start = 0;
  for (const m of sentence.slice(0, from).matchAll(CLAUSE_START)) start = m.index + m[0].length;
  return BEFORE_NOW.test(sentence.slice(start, Math.min(sentence.length, to + 25)));
}

// "X and Y from our data team will join": people named before what they will do.
const WILL_JOIN =
  /\s*(?:,\s*)?(?:(?:and|&)\s+(?:I|me|myself)\s+)?(?:(?:from|of|on|in)\s+(?:(?:our|the)\s+)?[^,.;]{1,50}?\s*)?,?\s*(?:will|would|'ll|are going to|is going to|may|might|can|could|wants?|is keen|are keen|(?:has|have)\s+asked|asked)\s+(?:also\s+|both\s+)?(?:be\s+)?(?:to\s+)?(?:join(?:ing)?|interview(?:ing)?|lead(?:ing)?|run(?:ning)?|conduct(?:ing)?|host(?:ing)?|chair(?:ing)?|sit(?:ting)? in|meet(?:ing)? (?:with )?you(?!\s+(?:at|in) (?:the )?(?:main )?(?:reception|lobby|entrance|front desk|door|gate))|speak(?:ing)? with you|talk(?:ing)? (?:with|to) you|be on the (?:call|panel|line|interview)|be on (?:the )?speaker(?:phone)?|be (?:there|present|in the room|sitting in)|be your interviewers?|take you through|(?:call|ring|phone) you|give you a (?:quick )?(?:call|ring|buzz|bell)|pair with you|like to (?:meet|speak with|talk (?:to|with)|chat with) you|(?:like|love) (?:to (?:have|set up|schedule|arrange|book) )?an? [^.,;]{0,40}?\b(?:call|chat|conversation|interview|meeting)|(?:hop|jump|dial|drop|pop) (?:on|in)|be the ones? (?:interviewing|meeting|speaking with) you|tak(?:e|ing) (?:it|this|the|your) (?:round|interview|call|session|one)|tak(?:e|ing) it\b)\b/iy;
// What only an interviewer does: "Sebastian Kruger will walk you through the case" (full names only).
const WILL_DO =
  /\s*(?:,\s*)?(?:(?:and|&)\s+(?:I|me|myself)\s+)?(?:(?:from|of|on|in)\s+(?:(?:our|the)\s+)?[^,.;]{1,50}?\s*)?,?\s*(?:will|'ll|would)\s+(?:also\s+|then\s+|first\s+)?(?:walk|talk|take|ask|go|cover|assess|give|focus|discuss|present|open|close|dig|start|begin|kick|finish|wrap|review|explore|share|introduce|show|work|chat|test|evaluate|probe|observe)\b/iy;
// "X and Y are looking forward to meeting you", "Z is the hiring manager", "with Dr. Omar Farouk also attending".
const IS_PANEL =
  /\s*(?:,\s*)?(?:(?:from|of|on|in)\s+(?:our|the)\s+[^,.;]{1,50}?\s*)?,?\s*(?:(?:are|is)\s+(?:both\s+|all\s+)?(?:looking forward|excited|keen|happy|delighted) to (?:meet|speak|talk|chat)|look forward to (?:meeting|speaking|talking|chatting)|(?:is|are|will be)\s+(?:the |your |our )?(?:hiring manager|interviewers?|panel(?:l?ists)?|interview panel)|(?:(?:is|are|will be)\s+)?also\s+(?:attending|joining|present|sitting in|on the (?:call|panel|line)))/iy;
// "Dana Ruiz, Engineering Manager, will be your point of contact and will interview you": what they do, later in the clause.
const AND_WILL =
  /[^.;:!?\n]{0,80}?\s(?:and|but)\s+(?:will|'ll|would)\s+(?:also\s+)?(?:then\s+)?(?:be\s+)?(?:interview(?:ing)? you|join(?:ing)? (?:you|us|the (?:call|interview|panel|session))|meet(?:ing)? (?:with )?you|lead(?:ing)? the (?:interview|session|call|conversation)|be on the (?:call|panel)|be your interviewer)\b/y;
// ", who would very much like to speak with you", ", who'll be interviewing you": a clause saying the person takes part.
const WHO_JOINS =
  /\s*,\s*who(?:'ll|'d|\s+will|\s+would)\s+(?:(?:very much|really|also|personally)\s+)?(?:(?:like|love) to\s+|be\s+)?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|interview(?:ing)?|join(?:ing)?|lead(?:ing)?|call(?:ing)?)\b/iy;
// ", to arrange a telephone interview", "… Ltd. He would like to speak with you": what is done on someone's behalf.
const ARRANGE =
  /^[^.;!?]{0,80}?(?:\bto (?:arrange|schedule|set up|book|invite you)\b|[.]\s+(?:He|She) (?:would|'d) (?:like|love) to (?:speak|meet|talk|chat))/;
// Where a list of people may begin: a capital, or "our"/"the" before a title.
const LIST_START = /(?:^|(?<=[\s(]))(?:\p{Lu}|(?:our|the)\s)/gu;

// "Please ask for Rory McAllister at reception; he'll be interviewing you": the person named just before takes part.
const PRONOUN_JOINS =
  /\b(?:he|she)(?:'ll| will| would|'d| is going to| is)\s+(?:also\s+)?(?:be\s+|(?:like|love) to\s+)?(?:interview(?:ing)?|join(?:ing)?|lead(?:ing)?|run(?:ning)?|conduct(?:ing)?|host(?:ing)?|chair(?:ing)?|meet(?:ing)? (?:with )?you|speak(?:ing)? (?:with|to) you|talk(?:ing)? (?:with|to) you|your interviewer|(?:call|ring|phone)(?:ing)? you|on the (?:call|panel)|sit(?:ting)? in|observ(?:e|ing)|present|in the room)\b/i;

/** The last full name written in a text ("… ask for Rory McAllister at reception; "), or null. */
function lastFullName(text: string, avoid: readonly string[]): NamedPerson | null {
  let last: NamedPerson | null = null;
  for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Lu}/gu)) {
    const { people } = readPeople(text.slice(m.index), { avoid });
    const first = people[0];
    if (first && first.name.includes(' ') && !(last && last.name.endsWith(first.name))) last = first;
  }
  return last;
}

// Where a sentence ends: not after an honorific, an abbreviated given name or an initial ("Mr.", "Md.", "J.").
export const SENTENCE_END =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Mx|Jr|Sr|vs|Smt|Shri|Sri|Engr|Eng|Ing|Lic|Dra|Adv|Capt|Col|Maj|Lt|Cllr|Rev|Hon|Mme|Mlle|Sra|Srta|Dott|Sig|Hr|Fr|Mag|Dhr|Mevr|Ma|Md|Mohd|Muhd|Wm|Geo|Chas|Thos|Jas|Jos|approx|incl|etc|\p{Lu}))[.!?]+\s+/u;

/** The people one paragraph of prose names for this interview. */
export function readProse(paragraph: string, avoid: readonly string[]): NamedPerson[] {
  const out: NamedPerson[] = [];
  let previous = '';
  // "ainsi qu'Amélie de Villeneuve": a French "que" run into the name it comes before.
  const unelided = paragraph.replace(/\b(qu|lorsqu|puisqu|jusqu)['’](?=\p{Lu})/giu, '$1e ');
  for (const sentence of unelided.split(SENTENCE_END)) {
    const pronoun = PRONOUN_JOINS.exec(sentence);
    if (pronoun && !LATER.test(sentence) && !BEFORE_NOW.test(sentence)) {
      const named = lastFullName(`${previous} ${sentence.slice(0, pronoun.index)}`, avoid);
      if (named) out.push({ ...named, interviews: true });
    }
    previous = sentence;
    const take = (at: number, options: { single: boolean }) => {
      const { people, end } = readPeople(sentence.slice(at), { ...options, avoid });
      if (!elsewhere(sentence, at, at + end)) out.push(...people.map((p) => ({ ...p, interviews: true })));
    };
    for (const m of sentence.matchAll(PROSE_TRIGGER)) {
      const before = sentence.slice(0, m.index + m[0].length);
      if (NOT_HERE.test(before)) continue;
      const bare = /^(?:with\b|w\/|meet\b|meeting\b|to meet\b)/i.test(m[0]);
      if (/^(?:with\b|w\/)(?! (?:support|help|assistance) from)/i.test(m[0]) && !WITH_CONTEXT.test(sentence.slice(0, m.index))) continue;
      take(m.index + m[0].length, { single: !bare });
    }
    // "Khalid may ask the CFO, Mr. Tariq Haddad, to join", "I've also asked Deirdre O'Sullivan from our Cork site to join".
    for (const m of sentence.matchAll(ASKED)) {
      const at = m.index + m[0].length;
      const { people, end } = readPeople(sentence.slice(at), { avoid });
      if (people.length > 0 && TO_JOIN.test(sentence.slice(at + end)) && !elsewhere(sentence, at, at + end))
        out.push(...people.map((p) => ({ ...p, interviews: true })));
    }
    // "You'll meet three members of the team: A, our Validation Manager; B; and C."
    // A colon inside a time ("at 10:00") does not open the list.
    const colon =
      /\b(?:meet|meeting with|speak(?:ing)? (?:with|to)|talk(?:ing)? (?:with|to)|joined by|interviewed by|panel|interviewers|conversations|interviews|sessions|calls|chats|consists? of|includes?|comprises?)\b(?:[^:]|:(?=\d)){0,100}(?::|\s-)\s+/i.exec(
        sentence,
      );
    if (colon) take(colon.index + colon[0].length, { single: true });
    // "Kindly note that Mr. Tunde Bakare, our MD, will be joining": the leftmost list that runs up to "will join".
    if (!/\b(?:will|would|'ll|are|is|look|may|might|can|could|wants?|has|have|asked|behalf)\s/i.test(sentence)) continue;
    let after = 0;
    for (const start of sentence.matchAll(LIST_START)) {
      // "the Hiring Committee at Rolls Royce would like to meet you": a name after a preposition is not who will join;
      // a list starts where a run of capitalised words does ("Rolls Royce": not at "Royce").
      const before = sentence.slice(0, start.index);
      if (start.index < after || /\p{Lu}[\p{L}'’-]*\s+$/u.test(before)) continue;
      const preposition = /\b(?:at|in|from|of|for|to|near|by|on|into|about|via)\s+$/i.test(before);
      const piece = sentence.slice(start.index, start.index + 400);
      const { people, end } = readPeople(piece, { single: true, avoid });
      if (people.length === 0) continue;
      // "I'm writing on behalf of Dr A, Director of X, who would like to speak with you": after a preposition, only a
      // clause about someone named with a title says they take part (not "a role at Rolls Royce, who would like to meet you").
      WHO_JOINS.lastIndex = end;
      if (preposition) {
        const titled = people.every((p) => p.name.includes(' ') && p.title);
        // "on behalf of Ms Goh Siew Ling, Head of Treasury, to arrange a telephone interview": the interview is theirs.
        const behalf = /\bon behalf of\s+$/i.test(before) && ARRANGE.test(piece.slice(end));
        if (titled && (WHO_JOINS.test(piece) || behalf) && !elsewhere(sentence, start.index, start.index + end)) {
          out.push(...people.map((p) => ({ ...p, interviews: true })));
          after = start.index + end;
        }
        continue;
      }
      WILL_JOIN.lastIndex = end;
      IS_PANEL.lastIndex = end;
      WILL_DO.lastIndex = end;
      AND_WILL.lastIndex = end;
      const and = AND_WILL.exec(piece);
      // Nobody else named before what they do ("… and Lee Park will interview you" is Lee's).
      const andJoins = !!and && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(and[0]);
      if (
        (WILL_JOIN.test(piece) ||
          IS_PANEL.test(piece) ||
          (WILL_DO.test(piece) && people.every((p) => p.name.includes(' '))) ||
          (andJoins && people.every((p) => p.name.includes(' ')))) &&
        !elsewhere(sentence, start.index, start.index + end)
      ) {
        out.push(...people.map((p) => ({ ...p, interviews: true })));
        after = start.index + end;
      }
    }
  }
  return out;
}
