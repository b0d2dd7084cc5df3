import { leadingName, looksLikeName, nameKey } from './names.js';
import { readPeople, type NamedPerson, type ReadOptions } from './people-list.js';
import { stripBullet, tidy } from './text.js';

// A labelled line: "Interview panel: A (Engineering Manager) & B (Staff Engineer)", "Attendees:", "Interviewer(s):".
const LABEL =
  /^\s*(?:your\s+)?(?:interview(?:ing)?\s+panel|panel(?:ists| members)?|(?:required|optional)(?:\s+attendees)?|attendees|observers?|shadow(?:ing)?|note-?takers?|participants|guests|invitees|interviewers?|interviewer\(s\)|who you(?:'ll| will) (?:meet|be meeting|be speaking (?:with|to)|speak (?:with|to)|talk to)|you(?:'ll| will) (?:meet|be meeting|be speaking with|speak with|be talking to)|meeting with|speaking with|with|hosts?|hosted by|organi[sz]ers?|organi[sz]ed by)\s*:\s*(.*)$/i;
// A heading with the people below it ("You will meet:", "Guests").
const HEADING = /(?:\bmeet\b|\bmeeting\b|interviewers?|\bpanel\b|attendees|participants|guests|invitees|speaking (?:with|to)|talking (?:with|to)|who you|people you)/i;
const GUESTS_HEADING = /^\s*(?:guests|attendees|participants|invitees|who)\s*:?\s*$/i;
const ORGANISER_LINE = /^\s*[-–(]*\s*organi[sz]er\s*[)]*\s*$/i;

// In running prose: "talking to X", "a call with X", "meet X", "joined by X".
const PROSE_TRIGGER =
  /\b(?:with|meet|meeting|to meet|speak(?:ing)? to|talk(?:ing)? to|chat(?:ting)? to|interviewed by|joined by|hear from|introduce you to|panel (?:is|will be|of|includes?)|interviewers? (?:is|are|will be)|interviewer\(s\) will be)\s+(?:both\s+)?/gi;
const NOT_HERE = /\b(?:check(?:ing)? in|sign in|ask for|reply to|contact|reach out to|park(?:ing)?|register)\s+with\s*$/i;
// Someone else, another time: "if things go well, you'd meet our founder …", "thanks for speaking with …".
const ELSEWHERE =
  /\b(?:if (?:things|it|all|that|this) go(?:es)? well|if successful|should you (?:progress|move forward)|(?:a |the )?(?:later|next|following|subsequent|final) (?:round|stage)s?\b(?! is| will be today)|the following week|after that|(?:thanks?|thank you)\s+(?:so much\s+|again\s+)?for (?:speaking|talking|chatting|meeting|your time)|last (?:week|time)|yesterday|earlier today|previous(?:ly)?|already (?:met|spoke))/i;
// "X and Y from our data team will join": people named before what they will do.
const WILL_JOIN =
  /\s*(?:,\s*)?(?:(?:from|of|on|in)\s+(?:our|the)\s+[^,.;]{1,50}?\s*)?,?\s*(?:will|would|'ll|are going to|is going to|may|might|can|could)\s+(?:also\s+|both\s+)?(?:be\s+)?(?:join(?:ing)?|interview(?:ing)?|lead(?:ing)?|run(?:ning)?|conduct(?:ing)?|host(?:ing)?|chair(?:ing)?|sit(?:ting)? in|meet(?:ing)? you|speak(?:ing)? with you|talk(?:ing)? (?:with|to) you|be on the (?:call|panel)|be your interviewers?|take you through)\b/iy;

/** People named in the invitation body (not the schedule, not the signature), each once. */
export function findNamedPeople(lines: readonly string[], skip: ReadonlySet<number>, options: { avoid: readonly string[]; greeted?: string | undefined }): NamedPerson[] {
  const found: NamedPerson[] = [];
  const add = (people: NamedPerson[], opts: { guests?: boolean; keep?: boolean } = {}) => {
    for (const p of people) {
      if (options.greeted && p.name.includes(' ') && p.name.split(' ')[0] === options.greeted && !opts.keep) continue;
      found.push(p);
    }
  };
  const read = (text: string, opts: ReadOptions) => readPeople(text, { avoid: options.avoid, ...opts }).people;
  const listed = new Set<number>();

  for (let i = 0; i < lines.length; i++) {
    if (skip.has(i)) continue;
    const line = lines[i]!;
    const label = LABEL.exec(line);
    if (label && tidy(label[1]!)) {
      const organiser = /organi[sz]/i.test(line.slice(0, line.indexOf(':')));
      add(read(label[1]!, { single: true }).map((p) => (organiser ? { ...p, organiser: true } : p)), { guests: true });
      listed.add(i);
      continue;
    }
    const heading = label || (/:\s*$/.test(line) && HEADING.test(line) && line.length < 90) || GUESTS_HEADING.test(line);
    if (!heading) continue;
    listed.add(i);
    // The lines below: one person each, until a blank line after the list or a line that names nobody.
    let took = 0;
    for (let j = i + 1; j < lines.length && j < i + 25; j++) {
      if (skip.has(j)) break;
      const item = tidy(stripBullet(lines[j]!));
      if (!item) {
        if (took > 0) break;
        continue;
      }
      if (ORGANISER_LINE.test(item)) {
        if (found.length > 0 && took > 0) found[found.length - 1]!.organiser = true;
        listed.add(j);
        continue;
      }
      if (/^[^\s@]+@\S+$/.test(item) || /^(?:view all guest info|\d+ (?:guests?|yes|no|awaiting))/i.test(item)) {
        listed.add(j);
        continue;
      }
      const people = read(item, { single: true });
      if (people.length === 0) break;
      add(people, { guests: true });
      listed.add(j);
      took++;
    }
  }

  // Running prose, a paragraph at a time, sentence by sentence.
  const paragraphs: string[] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    if (skip.has(i) || listed.has(i) || !line.trim()) {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
    } else current.push(line.trim());
  });
  if (current.length) paragraphs.push(current.join(' '));
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.split(/(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Mx|Jr|Sr|vs|\p{Lu}))[.!?]+\s+/u)) {
      if (ELSEWHERE.test(sentence)) continue;
      for (const m of sentence.matchAll(PROSE_TRIGGER)) {
        if (NOT_HERE.test(sentence.slice(0, m.index + m[0].length))) continue;
        const strong = !/^(?:with|meet|meeting|to meet)\b/i.test(m[0]);
        add(read(sentence.slice(m.index + m[0].length), { single: strong }));
      }
      // "You'll meet three members of the team: A, our Validation Manager; B; and C."
      const colon = /\b(?:meet|meeting with|speak(?:ing)? (?:with|to)|talk(?:ing)? (?:with|to)|joined by|interviewed by)\b[^:]{0,100}:\s*/i.exec(sentence);
      if (colon) add(read(sentence.slice(colon.index + colon[0].length), { single: true }));
      // "Priya and Tom from our data team will join": read from each clause start before "will join".
      const clauses = sentence.split(/\s*(?:;|:|,\s*(?:then|and then|while|and|but)\s+|\s(?:then|while|but)\s+)\s*/);
      for (const clause of clauses) {
        const { people, end } = readPeople(clause.replace(/^(?:and|then|also|plus)\s+/i, ''), { single: true, avoid: options.avoid });
        if (people.length === 0) continue;
        const lead = clause.length - clause.replace(/^(?:and|then|also|plus)\s+/i, '').length;
        WILL_JOIN.lastIndex = lead + end;
        if (WILL_JOIN.test(clause)) add(people);
      }
    }
  }
  return merge(found);
}

/** One entry per person: a given name alone ("Minh", "Dagny") joins the full name it belongs to. */
export function merge(people: readonly NamedPerson[]): NamedPerson[] {
  const out: NamedPerson[] = [];
  const full = people.filter((p) => p.name.includes(' '));
  for (const p of [...full, ...people.filter((q) => !q.name.includes(' '))]) {
    const key = nameKey(p.name);
    const same = out.find((o) => {
      const k = nameKey(o.name);
      const [kw, pw] = [k.split(' '), key.split(' ')];
      return k === key || pw.every((w) => kw.includes(w)) || kw.every((w) => pw.includes(w));
    });
    if (!same) {
      out.push({ ...p });
      continue;
    }
    if (p.name.split(' ').length > same.name.split(' ').length) same.name = p.name;
    same.title ??= p.title;
    same.email ??= p.email;
    if (p.organiser) same.organiser = true;
  }
  // Keep the order in which they were first named.
  const first = (p: NamedPerson) => people.findIndex((q) => nameKey(q.name) === nameKey(p.name) || nameKey(p.name).split(' ').includes(nameKey(q.name)));
  return out.sort((a, b) => first(a) - first(b));
}

/** True when a phrase is a person's name as this module reads them (used by the schedule reader too). */
export function isPersonName(text: string, avoid: readonly string[], single = false): boolean {
  const lead = leadingName(text);
  return !!lead && looksLikeName(lead.name, { single, avoid });
}
