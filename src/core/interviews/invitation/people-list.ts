import { cleanName, isCommonWord, isHonorific, isTitleWord, leadingName, looksLikeName, looksLikeTitle, singularTitle } from './names.js';

/** A person named in an invitation, with what the text says about them. */
export interface NamedPerson {
  name: string;
  title?: string;
  email?: string;
  organiser?: boolean;
  /** Named as an interviewer ("Interviewers:", "you will be interviewed by"), whatever the title says. */
  interviews?: boolean;
  /** The line it was read from, when it was a line of its own (a labelled line or a list item). */
  line?: number;
}

export interface ReadOptions {
  /** Accept one given name alone ("Priya"): in lists and labelled lines, not in running prose. */
  single?: boolean;
  /** Phrases that are not people here (the employer). */
  avoid?: readonly string[];
}

// "and" in the languages invitations come in too: "y el Sr. Javier de la Cruz", "und Herr Jonas Becker", "et Mme Claire Petit".
const SEP =
  /^\s*(?:[,;]\s*(?:and|&|y|e|et|und|along with|as well as|together with|ainsi que)\s+|\bainsi que\b|,|;|&|\+|\s\/\s|\||\band\b|\b(?:y|e|et|und)\b(?=\s+\p{Lu}|\s+(?:el|la|le|der|die)\s)|\bas well as\b|\bplus\b|\balong with\b)\s*/iu;
// "both", "also", and the sender naming themself first ("with me and Fernando Costa").
const LEAD_IN =
  /^\s*(?:(?:both|also|either|then|first|followed by|after that|and then|by|together with|alongside|pel[oa]|por)\s+|(?:el|la|le|der|die)\s+(?=(?:Sr|Sra|Srta|Dr|Dra|Lic|Ing|Herr|Frau|Mme|M)\.?\s)|(?:me|myself)\s*(?:,|and|&|\+)\s+|(?:my|our)\s+(?:colleagues?|teammates?)\s+)/i;
// "our founder, Ruth Abrams" / "the team lead, Kofi Mensah" / "the project's lead, who is Dr Lee": a title before the name.
const TITLE_BEFORE = /^(?:(?:our|the|my|their|an?)\s+)?([^,()\n]{2,60}?),\s+(?:who(?:'s|\s+is)\s+)?/i;
// "our Divisional Head, Retail Banking, Mr J. R. Okafor": a title in two parts (a role, then its area), then the name.
const TITLE_BEFORE_TWO = /^(?:(?:our|the|my|their)\s+)?(([^,()\n]{2,60}?),\s+([^,()\n]{2,30}?)),\s+/i;
// "our CTO Sam Altman", "the hiring manager Laura Bianchi": a title in small letters or title words, then the name.
const TITLE_BEFORE_BARE =
  /^(?:[Oo]ur|[Tt]he|[Mm]y|[Tt]heir)\s+((?:(?:\p{Ll}[\p{Ll}-]*|[A-Z]{2,5}|Head|Chief|Senior|Lead|Director|Manager|Engineering|Product|VP)\s+){1,5}?)(?=\p{Lu}\p{Ll})/u;
const PAREN = /^\s*\(([^()]{1,120})\)/;
const ANGLE = /^\s*<([^<>\s]+@[^<>\s]+)>/;
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;
// "our", "the" before the title, in the languages invitations come in too: ", nuestra Gerenta de Operaciones", ", notre DRH".
const TITLE_LEAD =
  /^\s*(?:,|\s[-–—|]\s?|:)\s*(?:(?:who is|who's|currently)\s+)?(?:one of\s+)?(?:(?:our|the|a|an|their|nuestr[oa]|notre|unser(?:e[rn]?)?|nosso|nossa|nostr[oa])\s+)?/i;
const TITLE_STOP = /\s(?:from|at|who|will|working|based|in|on|with|for|joining|leading|to|and will|is|was)\s/i;

/**
 * A title after a name: ", our Head of Design", " – VP Engineering, Payments", ": Staff Engineer". It ends where the
 * list goes on (a semicolon, a bracket, "and" + a name) or the sentence does.
 */
function titleAfter(tail: string, options: ReadOptions): { title: string; used: number } | null {
  const lead = TITLE_LEAD.exec(tail);
  if (!lead || lead[0].trim() === '') return null;
  const rest = tail.slice(lead[0].length);
  // "Sr. Manager – Quality": the full stop of an abbreviation inside a title does not end it.
  let stop = rest.search(/[,;()\n]|(?<!\b(?:Sr|Snr|Jr|Asst|Assoc|Exec|Dir|Mgr|Dept|Sen|Prin|Gen|Mktg|Eng|Ops)|^)\.(?:\s|$)/);
  if (stop < 0) stop = rest.length;
  let title = rest.slice(0, stop);
  const join = /\s(?:and|&|as well as|along with|plus)\s/gi;
  for (const m of title.matchAll(join)) {
    const next = title.slice(m.index + m[0].length);
    const name = leadingName(next);
    // "Harriet Coleman — Regional Sales Director and Ravi Iyer — Key Account Manager": the next name, then its own title.
    const ownTitle = /^\s*[-–—|(]/.test(next.slice(name?.length ?? 0)) && !looksLikeTitle(next.slice(0, name?.length ?? 0));
    if (name && looksLikeName(name.name, options) && (!looksLikeTitle(next) || ownTitle)) {
      title = title.slice(0, m.index);
      break;
    }
  }
  const full = title.length;
  const cut = TITLE_STOP.exec(title);
  if (cut) title = title.slice(0, cut.index);
  title = title.replace(/\s+$/, '');
  // "both Senior Engineers" describes the list, not this person.
  if (!looksLikeTitle(title) || looksLikeName(title, options) || /^(?:both|all|each|who|which|that)\b/i.test(title)) return null;
  // "a Staff Engineer working on PCIe; and …": the words after the title describe the person; the list goes on after them.
  let used = lead[0].length + (cut ? full : title.length);
  // ", Fabric Care" / ", Lithuania" at the end of the item: more of the title, not somebody else.
  const more = /^,\s*([^,;()\n.]{2,40})(?=\s*(?:$|\n|\.(?:\s|$)|\)))/.exec(tail.slice(used));
  const extra = more?.[1]!.trim() ?? '';
  if (
    more &&
    /^\p{Lu}/u.test(extra) &&
    !isHonorific(extra) &&
    extra.split(/\s+/).length <= 4 &&
    !/\b(?:will|would|is|are|be|and|or)\b/i.test(extra) &&
    !(looksLikeName(extra) && !looksLikeTitle(extra))
  ) {
    title = `${title}, ${more[1]!.trim()}`;
    used += more[0].length;
  }
  // "one of our senior engineers": one person's title is singular.
  return { title: singularTitle(title) ?? title.trim(), used };
}

// "(organizer)" in the languages calendars are set in: "Organisateur", "Organizador", "Organisator", "Veranstalter".
const ORGANISER = /^(?:organi[sz]er|organisat(?:eur|rice)|organizador[a]?|organisator(?:in)?|veranstalter(?:in)?|organizzat(?:ore|rice))$/i;
// ", who leads our platform team,": said about the person, passed over (the closing comma stays for the list).
const WHO_CLAUSE = /^\s*,\s*(?:who|whom|whose|who's)\b[^,;.()\n]{1,80},/i;
// "… from the Checkout squad": where the person works, passed over so the list can go on.
const FROM_TEAM =
  /^\s+(?:from|of|on|in)\s+(?:(?:the|our)\s+)?[^,;.()\n]{1,50}?(?=\s*(?:,|;|\.|$|\n|\s(?:and|&)\s|\s(?:will|would|may|might|can|could|are|is|who|to|for|'ll)\b))/i;
// "… from the Checkout & Payments team": a team's name may hold "&" or "and" when a group noun ends it.
const FROM_GROUP =
  /^\s+(?:from|of|on|in)\s+(?:(?:the|our)\s+)?[^,;.()\n]{1,50}?\s(?:team|squad|group|department|dept|unit|division|function|practice|org|organi[sz]ation|tribe|guild|chapter)s?\b/i;
// "… from Marks & Spencer": a firm named for two people is one name, not a list going on after "&".
const FROM_FIRM = /^\s+(?:from|of|at)\s+(?:the\s+)?\p{Lu}[\p{L}'-]*\s+&\s+\p{Lu}[\p{L}'-]*(?=\s*(?:[,;.)]|$|\n))/u;
const MAIL_ITEM = /^\s*<?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?/;
// "Stripe, our payments partner": a title that a company has as well as a person.
const NOT_A_PERSON_TITLE = /\b(?:partner|client|customer|vendor|supplier|provider|platform|tool|product|sponsor|agency|app)s?\b/i;
// Letters after a name for a profession's qualification: "RN", "CA(SA)", ", MRICS", ", CRHA", "PhD".
export const POST_NOMINAL =
  /^,?[^\S\n]+(?:RN|LPN|NP|CA|CPA|CFA|ACA|FCA|ACCA|FCCA|CIMA|CMA|CIA|CISA|MRICS|FRICS|CRHA|CRIA|CPHR|CHRP|CIPD|MCIPD|SHRM-(?:CP|SCP)|PhD|MBA|MSc|BSc|PEng|P\.Eng|CEng|Esq|FRCS|MRCP|RGN)(?:\([A-Z]{2,3}\))?(?=$|[\s,.;:)|–—-])/;
/** "our payments partner", "a platform": a title a company has too; not "Product Lead", which ends in a person's role. */
function companyTitle(title: string): boolean {
  const last = title.trim().split(/\s+/).at(-1)!;
  return NOT_A_PERSON_TITLE.test(title) && !(isTitleWord(last) && !NOT_A_PERSON_TITLE.test(last));
}
const PRONOUNS = /^(?:she|he|they|ze|xe)\s*\/\s*\w+$/i;

/** "Mr J. R. Okafor, and …": a full name (or an honorific and a name) at the start of a text, not a longer proper noun. */
function isPersonName(text: string, options: ReadOptions): boolean {
  const lead = leadingName(text);
  return !!lead && lead.name.includes(' ') && looksLikeName(lead.name, options) && !/^[^\S\n]+\p{Lu}/u.test(text.slice(lead.length));
}

/** "Engineering Manager Sebastian Kruger": the longest run of title words before a full name, shaped like a regex match. */
function titleWordsFirst(text: string): [string, string] | null {
  // "our Creative Director Ollie Fairbairn": "our" and capitalised words before the first title word belong to the title.
  const our = /^(?:our|the|my|their)\s+/i.exec(text)?.[0].length ?? 0;
  const words = [...text.slice(0, 120).matchAll(/\S+\s+/g)].filter((w) => w.index >= our);
  let end = 0;
  let count = 0;
  for (const w of words.slice(0, 6)) {
    const word = w[0].trim();
    // "Keisha Marlowe-Grant, Senior Manager, Internal Audit": a comma ends the words before a name; the name is not after it.
    if (/[,;:]$/.test(word)) break;
    const capital = /^\p{Lu}/u.test(word);
    // "project architect Yuki Nakamura": title words in small letters count too.
    if (isTitleWord(word) && (capital || /^\p{Ll}+$/u.test(word))) {
      count++;
      end = w.index + w[0].length;
    } else if (count > 0 && /^\p{Lu}{2,5}$/u.test(word)) {
      // "Head of IT Ibrahim Musa", "VP EMEA Dana Ruiz": an abbreviation inside the title.
      end = w.index + w[0].length;
    } else if (!(/^(?:of|&)$/.test(word) || (capital && (isCommonWord(word) || (count === 0 && !isHonorific(word)))))) break;
    // "Customer Success Manager Lauren Bell": common capitalised words inside the title are passed over.
  }
  if (count === 0) return null;
  const name = leadingName(text.slice(end));
  return name && name.name.includes(' ') ? [text.slice(0, end), text.slice(our, end).trim()] : null;
}

/** What a bracket after a name says: a title, an e-mail, "organizer", pronouns (ignored). */
function bracket(person: NamedPerson, content: string): void {
  for (const part of content.split(/\s*[;|]\s*/)) {
    const text = part.trim();
    if (!text || PRONOUNS.test(text)) continue;
    if (EMAIL.test(text)) person.email = text;
    else if (ORGANISER.test(text)) person.organiser = true;
    else if (/\borgani[sz]er\b/i.test(text)) {
      person.organiser = true;
      const rest = text.replace(/,?\s*\borgani[sz]er\b,?\s*/i, '').trim();
      if (rest && looksLikeTitle(rest)) person.title ??= rest;
    } else if (!person.title && looksLikeTitle(text)) person.title = text.replace(/^(?:our|the|a|an|their)\s+/i, '');
  }
}

/**
 * Reads a list of people from the start of a text: "Pavel Novak (CFO) and Aiko Tanaka (Controller)",
 * "Sara Lindqvist, Engineering Manager; Omar Haddad", "our founder, Ruth Abrams". Stops where the list ends.
 */
export function readPeople(text: string, options: ReadOptions = {}): { people: NamedPerson[]; end: number } {
  const people: NamedPerson[] = [];
  let at = 0;
  let end = 0;
  // "our co-founders Maya Levi and Noam Cohen": a plural title before the list is each one's.
  let shared: string | undefined;
  for (;;) {
    let rest = text.slice(at);
    const lead = LEAD_IN.exec(rest);
    if (lead) rest = rest.slice(lead[0].length);
    let skipped = lead ? lead[0].length : 0;
    // "our Engineering Manager (Dana Ruiz) and a Staff Engineer (Lee Park)": the title, then the name in brackets.
    const titled = /^(?:our|the|an?|my|their)\s+([^()\n,;:]{2,50}?)\s*\(\s*([^()\n]{3,60}?)\s*\)/i.exec(rest);
    const inside = titled ? leadingName(titled[2]!) : null;
    if (
      titled &&
      inside &&
      inside.length === titled[2]!.length &&
      looksLikeTitle(titled[1]!) &&
      !NOT_A_PERSON_TITLE.test(titled[1]!) &&
      !looksLikeName(titled[1]!, options) &&
      looksLikeName(inside.name, options)
    ) {
      people.push({ name: cleanName(inside.name), title: titled[1]!.trim() });
      at += skipped + titled[0].length;
      end = at;
      const sep = SEP.exec(text.slice(at));
      if (!sep) break;
      at += sep[0].length;
      continue;
    }
    let titleFirst: string | undefined;
    const long = TITLE_BEFORE.exec(rest);
    // Without "our"/"the", the title must open with a title word or a small letter ("head of design, Lukas Becker").
    const opensWithTitle =
      long &&
      (/^(?:our|the|my|their|an?)\s/i.test(long[0]) ||
        /^\p{Ll}/u.test(long[1]!) ||
        isTitleWord(long[1]!.split(' ')[0]!) ||
        // "… and Regional Manager, Aisling Byrne": within a list, a title ending in a role.
        (people.length > 0 && isTitleWord(long[1]!.split(' ').at(-1)!)));
    const bare = TITLE_BEFORE_BARE.exec(rest);
    // The first reading of a title before a name that leaves a name after it ("Senior Recruiter Daniela Pérez, followed by …").
    // "our co-founder and CEO, Tamar Ben-David": "and" inside a title joins two titles, not two people.
    const oneTitle = long && (!/\s(?:and|&|-)\s/i.test(long[1]!) || long[1]!.split(/\s(?:and|&)\s/i).every((t) => looksLikeTitle(t)));
    const two = TITLE_BEFORE_TWO.exec(rest);
    const twoParts =
      two &&
      /^(?:our|the|my|their)\s/i.test(two[0]) &&
      looksLikeTitle(two[2]!) &&
      !/\s(?:and|&)\s/i.test(two[1]!) &&
      /^\p{Lu}/u.test(two[3]!) &&
      // "the Area Manager, Ikeja, Mrs Bisi Cole": one word for the area only before an honorific (else it may be a given name).
      !looksLikeName(two[3]!, { ...options, single: !isHonorific(rest.slice(two[0].length).split(/\s+/)[0]!) }) &&
      two[1]!.split(/\s+/).length <= 7 &&
      isPersonName(rest.slice(two[0].length), options)
        ? ([two[0], two[1]!] as const)
        : null;
    const before =
      twoParts ??
      [long && opensWithTitle && oneTitle ? long : null, bare, titleWordsFirst(rest)].find(
        (b) =>
          b &&
          looksLikeTitle(b[1]!) &&
          !isHonorific(b[1]!.trim()) &&
          b[1]!.trim().split(' ').length <= 6 &&
          leadingName(rest.slice(b[0].length)),
      );
    if (before) {
      // "a couple of our engineers, A and B": the title without the words that count the people.
      titleFirst = before[1]!
        .trim()
        .replace(
          /^(?:an?\s+)?(?:couple|few|some|two|three|four|several|one|number|members?|both|all|each)\s+of\s+(?:our|the|my|their)\s+/i,
          '',
        )
        .replace(/^(?:two|three|four|five|six|several|both)\s+(?=\p{L}+s$)/iu, '');
      shared = singularTitle(titleFirst) ?? undefined;
      if (shared) titleFirst = shared;
      rest = rest.slice(before[0].length);
      skipped += before[0].length;
    }
    // "ana.souza@acme.com (Organizer), Pedro Alves": an address in the list is its person, or passed over when shared.
    const mail = titleFirst ? null : MAIL_ITEM.exec(rest);
    if (mail) {
      const person = personFromEmail(mail[1]!, options.avoid);
      let used = skipped + mail[0].length;
      const paren = PAREN.exec(text.slice(at + used));
      if (person && paren) bracket(person, paren[1]!);
      if (paren) used += paren[0].length;
      if (person) people.push(person);
      at += used;
      end = at;
      const sep = SEP.exec(text.slice(at));
      if (!sep) break;
      at += sep[0].length;
      continue;
    }
    const found = leadingName(rest);
    if (!found || !looksLikeName(found.name, { ...options, single: true })) break;
    // "Victoria Station's team lead": a possessive names what belongs to someone or something, not a person here.
    if (/^['’]s\b/.test(rest.slice(found.length))) break;
    // "Morgan Stanley reception", "Ada Lovelace room": a name straight before a place or a group in small letters names that.
    if (
      /^[^\S\n]+(?:reception|office|offices|building|lobby|campus|room|suite|hq|headquarters|branch|site|staff|desk|entrance|station|tower|wing)\b/.test(
        rest.slice(found.length),
      )
    )
      break;
    // "Bartók (Room, 6F)" in a guest list: a room booked as a guest, not a person.
    if (/^\s*\((?:room|meeting room|conference room|resource|sala|salle|raum)\b/i.test(rest.slice(found.length))) break;
    // "Tamika Johnson RN", "Lerato Mokoena CA(SA)": letters after a name say what they qualified as; passed over.
    const postNominal = POST_NOMINAL.exec(rest.slice(found.length));
    if (postNominal) skipped += postNominal[0].length;
    // A given name alone in running prose counts only when described: "Hannah from our People team", "Jack, one of our engineers".
    const tentative = !looksLikeName(found.name, options);
    // "Plant Security", "Barclays Graduate Programme": a name run straight into another capitalised word is a longer proper noun.
    const afterName = rest.slice(found.length + (postNominal?.[0].length ?? 0));
    if (/^[^\S\n]+\p{Lu}/u.test(afterName) && !/^\s+(?:Jr|Sr|II|III|IV)\b/.test(afterName)) break;
    const title = titleFirst ?? shared;
    const person: NamedPerson = { name: cleanName(found.name), ...(title && { title }) };
    let used = skipped + found.length;
    let described = false;
    for (let guard = 0; guard < 3; guard++) {
      const tail = text.slice(at + used);
      const paren = PAREN.exec(tail);
      const angle = ANGLE.exec(tail);
      const after = person.title ? null : titleAfter(tail, options);
      if (paren) {
        bracket(person, paren[1]!);
        if (person.title) described = true;
        used += paren[0].length;
      } else if (angle) {
        person.email = angle[1]!;
        used += angle[0].length;
      } else if (WHO_CLAUSE.test(tail)) {
        used += WHO_CLAUSE.exec(tail)![0].length - 1;
      } else if (FROM_FIRM.test(tail)) {
        used += FROM_FIRM.exec(tail)![0].length;
      } else if (FROM_GROUP.test(tail)) {
        used += FROM_GROUP.exec(tail)![0].length;
        described = true;
      } else if (FROM_TEAM.test(tail)) {
        const team = FROM_TEAM.exec(tail)![0];
        used += team.length;
        // "from HR", "from Product": a part of the company; "from our London office" could be said of anything.
        if (team.split(/\s+/).some((w) => isTitleWord(w)) && !/\b(?:office|site|branch|campus|hq|headquarters)\b/i.test(team))
          described = true;
      } else if (after) {
        person.title = after.title;
        used += after.used;
        if (/^\s*,\s*(?:one of\s+)?(?:our|the)\s/i.test(tail)) described = true;
      } else if (/^\s*(?:,|\s[-–—]\s?)\s*organi[sz]er\b/i.test(tail)) {
        person.organiser = true;
        used += /^\s*(?:,|\s[-–—]\s?)\s*organi[sz]er\b/i.exec(tail)![0].length;
      } else break;
    }
    if (tentative && !(described && (!person.title || !companyTitle(person.title)))) break;
    people.push(person);
    at += used;
    end = at;
    const sep = SEP.exec(text.slice(at));
    if (!sep) break;
    at += sep[0].length;
  }
  return { people, end };
}

export const PERSONAL_MAIL =
  /@(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|proton|protonmail|pm|aol|gmx|mail|yandex|qq|163|126|web|t-online)\./i;

/** "dolores.villarreal@acme.com" in a guest list → Dolores Villarreal; not a personal address (the candidate's) or a shared one. */
export function personFromEmail(email: string, avoid: readonly string[] = []): NamedPerson | null {
  const m = /^([a-z]+)[._]([a-z]+(?:-[a-z]+)?)@[\w.-]+\.[a-z]{2,}$/i.exec(email.trim());
  if (!m || PERSONAL_MAIL.test(email)) return null;
  const cap = (w: string) => w.replace(/(^|-)(\p{L})/gu, (_, d: string, c: string) => d + c.toUpperCase());
  const name = `${cap(m[1]!.toLowerCase())} ${cap(m[2]!.toLowerCase())}`;
  return m[1]!.length > 1 && looksLikeName(name, { avoid }) ? { name, email: email.trim() } : null;
}

/** "Smith, John; Doe, Jane" (an Outlook guest list): family name first, given name after the comma; null for any other shape. */
export function readLastFirst(text: string, avoid: readonly string[] = []): NamedPerson[] | null {
  const items = text
    .split(';')
    .map((t) => t.replace(/<[^<>]*>|\([^()]*\)/g, '').trim())
    .filter(Boolean);
  if (items.length < 2) return null;
  let flipped = 0;
  const people = items.map((item) => {
    const m = /^([^,]+),\s*([^,]+)$/.exec(item);
    // "Liu, Grace; Meyer, Tobias; Dana Price": an entry written the other way round among them.
    if (!m) return !item.includes(',') && looksLikeName(item, { avoid }) ? { name: cleanName(item) } : null;
    flipped++;
    const name = cleanName(`${m[2]!.trim()} ${m[1]!.trim()}`);
    return looksLikeName(m[1]!.trim(), { single: true }) && looksLikeName(name, { avoid }) ? { name } : null;
  });
  return flipped > 0 && people.every((p) => p) ? (people as NamedPerson[]) : null;
}
