import { findPhone } from './kind.js';
import { cleanName, isCommonWord, isNameWord, isTitleWord, leadingName, looksLikeName, looksLikeTitle, unshout } from './names.js';
import { firstMessageEnd, tidy } from './text.js';
import { POST_NOMINAL } from './people-list.js';
import { completeName } from './people.js';

/** Who sent the invitation, read from the signature (or the forwarded header): usually the recruiter. */
export interface Sender {
  name: string;
  title?: string;
  email?: string;
  phone?: string;
  company?: string;
  /** The line the signature starts on: lines from here on are not the invitation's body. */
  line: number;
}

const SIGN_OFF =
  /^\s*(?:--|(?:with\s+)?(?:best|kind|kindest|warm|warmest|many|all the best)?\s*(?:regards|wishes)|best of luck|best|(?:thanks|thank you)(?: again| so much| a lot)?(?:\s+(?:and|&)\s+(?:best|kind|warm)?\s*regards)?|many thanks|cheers|sincerely|yours(?: sincerely| truly| faithfully)?|all the best|speak soon|talk soon|see you (?:soon|then)|looking forward[^,.!]{0,40}|with thanks|take care|warmly|cordially|respectfully|good luck|best of luck|br|atenciosamente|powodzenia|saludos cordiales|au plaisir[^,!.]{0,40}|saludos|un saludo|cordialement|mit freundlichen grüßen|viele grüße|beste grüße|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|groetjes|(?:vänliga |bästa |med vänliga )?hälsningar|med vänlig hälsning|med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen|hilsen|mvh|liebe grüße|lg|cordialmente|un abrazo|abraço|cumprimentos|pozdrawiam|z poważaniem|s pozdravem|bien à vous|cordiali saluti|distinti saluti|saluti|terveisin|ystävällisin terveisin|abraços|grazie|ciao|\/)\s*[,!.]*\s*(?:[-–—]\s*)?(.*)$/iu;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// "From:" in the languages mail clients are set in: "Van:", "Von:", "De :", "Da:", "Från:", "Fra:", "Od:".
const FROM = /^\s*(?:from|van|von|de|da|från|fra|od)\s*:\s*(?:"?([^"<\n]+?)"?\s*)?<?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?/i;
const INTRO =
  /\b(?:(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?) here(?: from| at|,)|my name is (\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)|I'm (\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?),? (?:the |a |an |one of )?\p{Ll}*\s*(?:recruiter|talent|coordinator|hiring|from|at|on|with)|(?:[Ii]t's|[Ii]t is|[Tt]his is) (\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})(?: (?:from|at|with) (?:\p{Lu}|the |our )|, (?:a |an |the |one of the )?[\p{Ll} ]{0,30}(?:recruiter|coordinator|talent|hiring|manager|partner|consultant) (?:at|from|with) \p{Lu})|(?<![\p{L}'-]\s)(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?) from \p{Lu}[^.!?\n]{1,40}? here\b|(?:^|[.!?,]\s+|\s)(?:[Ss]oy|[Jj]e suis|[Ii]ch bin|[Ss]ou|[Mm]i chiamo|[Mm]e llamo|[Aa]qui é(?: o| a)?|[Aa]quí (?:es|habla)(?: el| la)?|[Ss]ono) (\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?),? (?:de|del|da|do|of|von|vom|aus|\p{Ll}+ (?:en|de|chez|bei|na|no|da|di))\b)/u;
const COMPANY_SUFFIX =
  /[\s,]+(?:ltd\.?|limited|inc\.?|llc|llp|plc|gmbh|ag|sa|s\.a\.|as|asa|ab|oy|bv|b\.v\.|nv|pty\.? ltd\.?|pte\.? ltd\.?|sp\. z o\.o\.|s\.r\.l\.|srl|sas|kk|k\.k\.|co\.|corp\.?|fz-llc|pvt\.?|private|jsc|sdn\.? bhd\.?|bhd\.?|ltda\.?|a\/s|aps|s\.p\.a\.|spa|se|sa de cv|s\.a\. de c\.v\.)\s*\.?$/i;

const NAME_IN_SCRIPT =
  /\s*[(（]?\s*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Thai}\p{sc=Devanagari}][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Thai}\p{sc=Devanagari}\p{M}\s·・]*[)）]?(?=\s*(?:$|[|,–—-]\s))/u;

const isContact = (line: string) =>
  EMAIL.test(line) ||
  /https?:\/\/|www\./i.test(line) ||
  /(?:^|\s)(?:tel|phone|mobile|cell|m|t|e|p)\s*[.:]/i.test(line) ||
  /^\s*\+?[\d()\s.-]{7,}$/.test(line);

/** A signature's name line as a name reads: pronouns dropped ("Sarah Jones (she/her)"), capitals in small letters ("SARAH JONES"). */
function signatureLine(line: string): string {
  // "— Jonas Keller, Recruiting Coordinator": a dash before the name.
  const bare = line
    .replace(/^\s*[–—]\s*|^\s*-\s+(?=\p{Lu})/u, '')
    // "i. A. Julia Hoffmann", "pp Dana Ruiz": signing for someone else's office, before the name.
    .replace(/^\s*(?:i\.\s?[AV]\.|p\.\s?p\.|pp)\s+(?=\p{Lu})/u, '')
    // "Yuki Sato (佐藤 由紀)", "Chen Yuting 陈雨婷": the name again in another script, after the name.
    .replace(NAME_IN_SCRIPT, '')
    .replace(/\s*\((?:she|he|they|ze|xe)\s*\/\s*\w+\)/gi, '')
    // "Geneviève Lévesque, CRHA": a qualification after the name is no part of the signature's title.
    .replace(/^([^,|]{3,60}?)(,?[^\S\n]+\S+)(?=\s*(?:$|[|,–—]))/u, (all, name: string, letters: string) =>
      POST_NOMINAL.test(letters) ? name : all,
    )
    // "Phạm Ngọc Lan (Ms.)": an honorific in brackets after the name says how to address them, nothing more.
    .replace(/\s*\((?:mr|mrs|ms|miss|mx|dr|prof)\.?\)/gi, '')
    // "CHEN Yiting (Recruiter)": a title in brackets after the name is the signature's title.
    .replace(/^([^()|]{3,60}?)\s*\(([^()]{2,50})\)\s*$/, (all, name: string, title: string) =>
      looksLikeTitle(title) || teamTitle(title) ? `${name} | ${title}` : all,
    );
  return unshout(bare);
}

/**
 * A signature line's parts: "Name | Title | Company", "Name, Title", and "Name · Title" (the dot is a space by now, so
 * a run of spaces in the line as pasted parts it too).
 */
function signatureParts(raw: string): string[] {
  return signatureLine(raw.trim())
    .split(/\s+[|–—·•-]\s+|,\s+|\s{3,}/)
    .map((p) => tidy(p));
}

/** "Talent Acquisition", "People & Culture": a team's name standing for the title in a signature. */
const teamTitle = (p: string) => !isContact(p) && p.split(/\s+/).every((w) => isTitleWord(w) || /^(?:&|and|of)$/i.test(w));

/** The company line of a signature, without "Ltd", "Inc." and the like. */
export function companyName(line: string): string {
  let name = tidy(line.split(/\s+[|·•]\s+/)[0]!.split(/,\s+(?=\d)/)[0]!);
  for (let i = 0; i < 2; i++) name = name.replace(COMPANY_SUFFIX, '');
  return name.trim();
}

/** The signature block after the last sign-off ("Best regards,\nMarte Solberg\nTalent Acquisition Partner\n…"). */
function fromSignature(lines: readonly string[]): Sender | undefined {
  let start = -1;
  let inline = '';
  for (let i = lines.length - 1; i >= 0 && start < 0; i--) {
    const parts = lines[i]!.split(/\s+\/\s+|,\s+(?:and\s+)?(?=\p{Ll})/u);
    const ms = parts.map((p) => SIGN_OFF.exec(p));
    const m = ms.at(-1);
    const all = ms.every((x, k) => x && (k === ms.length - 1 || !x[1]));
    if (m && all && lines[i]!.trim().length <= 60 && (!m[1] || looksLikeName(m[1].trim(), { single: true }))) {
      start = i;
      inline = m[1]?.trim() ?? '';
    }
  }
  // "– Paola", "— Sasha, Harbourline Coffee Roasters": a dash and a name on a line of its own, not an item of a list.
  let dashedCompany: string | undefined;
  let dashedTitle: string | undefined;
  for (let i = lines.length - 1; i >= 0 && start < 0; i--) {
    const m = /^\s*(?:-{1,2}|[–—])\s*(\p{Lu}[^,|]{1,40}?)\s*(?:[,|]\s*([^,|]{2,60}))?\s*$/u.exec(lines[i]!);
    const lead = m ? leadingName(m[1]!) : null;
    if (!m || !lead || lead.length < m[1]!.length || !looksLikeName(lead.name, { single: true })) continue;
    const bullet = (l: string | undefined) => !!l && /^\s*(?:[-*+•▪◦‣●○■➢➤→–—]|\d{1,2}[.)])\s/.test(l);
    const near = [lines[i - 1], lines[i + 1], lines[i - 2], lines[i + 2]];
    // "- Dana Whitfield, HR Recruiter" under "Your interviewer:" is a list of one; under a paragraph it signs (dashes are "-" by now).
    const above = lines
      .slice(0, i)
      .filter((l) => l.trim())
      .at(-1);
    const listed = !!above && /:\s*$/.test(above);
    if (near.some(bullet) || (m[2] && looksLikeTitle(m[2]) && listed)) continue;
    start = i;
    inline = lead.name;
    if (m[2] && !looksLikeTitle(m[2])) dashedCompany = m[2].trim();
    else if (m[2]) dashedTitle = m[2].trim();
  }
  // A sign-off in words we do not know ("Obrigada!", "Le gach dea-ghuí,"): a short line ending in "," or "!" over a name and contact lines.
  for (let i = lines.length - 2; i >= 0 && start < 0; i--) {
    const line = lines[i]!.trim();
    if (!/^[^.?:]{2,40}[,!]$/.test(line) || (i > 0 && lines[i - 1]!.trim() !== '')) continue;
    const below = lines
      .slice(i + 1, i + 6)
      .map((l) => tidy(signatureLine(l)))
      .filter(Boolean);
    const lead = below[0] ? leadingName(below[0]) : null;
    if (
      lead &&
      lead.name === cleanName(below[0]!) &&
      looksLikeName(lead.name, { single: true }) &&
      (below.slice(1).some((l) => isContact(l) || looksLikeTitle(l)) ||
        // "Abraço,\nAna Souza\nRecrutadora": a short sign-off over a full name that ends the text.
        (line.length <= 25 &&
          lead.name.includes(' ') &&
          looksLikeName(lead.name) &&
          below.length >= 2 &&
          below.length <= 3 &&
          i + 1 + 5 >= lines.length))
    )
      start = i;
  }
  // "Olu" alone on the last line, under a blank line, when a line of its own above writes that given name in full ("Olu
  // Adeyinka" heading a LinkedIn message): the writer signs with the given name. Not a name met in the prose ("your call
  // with Dana Ruiz … Dana" leaves Dana the interviewer she is).
  const last = lines.findLastIndex((l) => l.trim());
  const bareName = lines[last]?.trim() ?? '';
  if (
    start < 0 &&
    last > 0 &&
    !lines[last - 1]!.trim() &&
    /^\p{Lu}[\p{Ll}'-]+$/u.test(bareName) &&
    looksLikeName(bareName, { single: true })
  ) {
    const full = completeName(bareName, lines.slice(0, last).join('\n'), []);
    if (full !== bareName && lines.slice(0, last).some((l) => tidy(l) === full)) {
      start = last;
      inline = bareName;
    }
  }
  // No sign-off at all: the last paragraph is a signature when it opens with a full name alone over a title or contact lines.
  if (start < 0) {
    let first = lines.length - 1;
    while (first >= 0 && !lines[first]!.trim()) first--;
    while (first > 0 && lines[first - 1]!.trim()) first--;
    const raw = lines.slice(first, first + 6).filter((l) => l.trim());
    const block = raw.map((l) => tidy(l));
    // "Alex" over "Alex Romano · Recruiter · Fernbrook": the given name alone, then the signature.
    const given = block.length >= 2 && /^\p{Lu}[\p{Ll}'-]+$/u.test(block[0]!) && block[1]!.startsWith(`${block[0]!} `);
    if (given) [block, raw].forEach((b) => b.shift());
    const pieces = raw[0] ? signatureParts(raw[0]) : [];
    const lead = pieces[0] ? leadingName(pieces[0]) : null;
    const named = lead && lead.name === cleanName(pieces[0]!) && lead.name.includes(' ') && looksLikeName(lead.name);
    const below = [...pieces.slice(1), ...block.slice(1)];
    // "Dana Ruiz – Engineering Manager" over "Lee Park | Staff Engineer" is a list of people, not a signature.
    // "Royal Bayside Hospital" under the name is a longer proper noun (the employer), not a second person.
    const another = block.slice(1).some((l) => {
      const line = signatureLine(l);
      const next = leadingName(line);
      return !!next && next.name.includes(' ') && looksLikeName(next.name) && !/^[^\S\n]+\p{Lu}/u.test(line.slice(next.length));
    });
    // "Priya Nair — Talent Acquisition", "Amy Tran, Recruiter, Corvid Systems": a last line of its own with the title on it,
    // unless the line above introduces it ("Your interviewer:").
    const above = lines
      .slice(0, first)
      .filter((l) => l.trim())
      .at(-1);
    const oneLine =
      block.length === 1 &&
      !!lead &&
      !lines.slice(0, first).some((l) => l.includes(lead.name)) &&
      pieces.length >= 2 &&
      pieces.slice(1).some((p) => looksLikeTitle(p) || teamTitle(p)) &&
      !!above &&
      !/:\s*$/.test(above) &&
      !/^\s*(?:[-*•]|\d{1,2}[.)])\s/.test(above);
    if (
      named &&
      !another &&
      (block.length >= 2 || (given && pieces.length >= 2) || oneLine) &&
      block.length <= 6 &&
      below.some(
        (l, k) =>
          isContact(l) ||
          looksLikeTitle(l.split(/\s+[|·•]\s+/)[0]!) ||
          (oneLine && teamTitle(l)) ||
          // "Fernanda Lima" over "Talent Acquisition | Café Azul": a team's name right under the name stands for the title.
          (k === 0 && block.length >= 2 && teamTitle(l.split(/\s+[|·•]\s+/)[0]!)),
      )
    )
      start = first - 1;
  }
  if (start < 0) return undefined;
  const block: { text: string; i: number }[] = [];
  for (let i = start + 1; i < lines.length && block.length < 10; i++) {
    const text = tidy(lines[i]!);
    if (/^[-_=*]{5,}|^(?:from|sent|on .* wrote)\b/i.test(text)) break;
    if (text) block.push({ text, i });
  }
  let nameAt = -1;
  let inlineTitle: string | undefined;
  let inlineCompany: string | undefined;
  let name = inline && looksLikeName(inline, { single: true }) ? cleanName(inline) : '';
  for (let k = 0; k < Math.min(block.length, 4); k++) {
    const pieces = signatureParts(lines[block[k]!.i]!);
    const candidate = pieces[0]!;
    const lead = leadingName(candidate);
    if (!lead || lead.name !== cleanName(candidate) || !looksLikeName(lead.name, { single: true })) continue;
    // "Talent Team" over "Harper Lowe": a signature opened by a team is the team's, whatever follows.
    if (block.slice(0, k).some((b) => /\b(?:team|department|dept|office|desk)\b/i.test(b.text))) break;
    // The name opens the signature; a later line only completes a given name already read ("Daniel" … "Daniel Whitcombe").
    const onlyInitials = block.slice(0, k).every((b) => /^[\p{Lu}.\s-]{1,4}$/u.test(b.text));
    if (k > 0 && !onlyInitials && !lead.name.includes(' ')) break;
    // "Ola", a blank line, then "Aleksandra Dąbrowska" over her title or address: a short name signs, the full signature below it names.
    const nickname =
      k === 1 &&
      nameAt === 0 &&
      !name.includes(' ') &&
      lead.name.includes(' ') &&
      block[1]!.i > block[0]!.i + 1 &&
      block.slice(2, 4).some((b) => isContact(b.text) || looksLikeTitle(b.text.split(/\s+[|·•]\s+/)[0]!));
    // A first name alone, then the full name in the block below it: take the full name.
    if (!name || lead.name.startsWith(name.split(' ')[0]!) || nickname) {
      if (lead.name.split(' ').length >= name.split(' ').length) {
        name = lead.name;
        nameAt = k;
        // "Lena Fischer | Talent Acquisition | Brightwave GmbH": a team's name stands for the title here.
        inlineTitle = pieces.slice(1).find((p) => looksLikeTitle(p) || teamTitle(p));
        inlineCompany = pieces
          .slice(1)
          .filter((p) => p !== inlineTitle && !isContact(p) && !looksLikeTitle(p))
          .at(-1);
      }
    }
    if (name.includes(' ')) break;
  }
  if (!name) return undefined;
  const sender: Sender = { name, line: start };
  const rest = block.slice(nameAt + 1);
  const firstLine = rest[0]?.text ?? '';
  const parts = firstLine.split(/\s+[|·•]\s+/);
  if (firstLine && !isContact(firstLine) && (looksLikeTitle(parts[0]!) || parts[0]!.split(/[\s,]+/).some((w) => isTitleWord(w)))) {
    sender.title = parts[0]!.replace(/,\s*$/, '');
    const next = rest[1]?.text;
    if (next && !isContact(next) && !/^\d/.test(next) && !looksLikeTitle(next.split(/\s+[|·•]\s+/)[0]!)) sender.company = companyName(next);
    else if (parts[1] && !isContact(parts[1])) sender.company = companyName(parts[1]);
    const commaCompany = /^(.*?),\s+([^,]+)$/.exec(parts[0]!);
    if (!parts[1] && !sender.company && commaCompany && !commaCompany[2]!.split(/\s+/).some((w) => isTitleWord(w))) {
      sender.title = commaCompany[1]!;
      sender.company = companyName(commaCompany[2]!);
    }
  }
  if (!sender.title && inlineTitle) sender.title = inlineTitle;
  if (!sender.company && inlineCompany) sender.company = companyName(inlineCompany);
  if (!sender.company && dashedCompany && nameAt < 0) sender.company = companyName(dashedCompany);
  if (!sender.title && dashedTitle && nameAt < 0) sender.title = dashedTitle;
  const blockText = rest.map((r) => r.text).join('\n');
  const email = EMAIL.exec(blockText);
  if (email) sender.email = email[0];
  const phone = findPhone(blockText.replace(EMAIL, ''));
  if (phone) sender.phone = phone;
  return sender;
}

/** "Maarten" alone closing a message under "From: Maarten van der Linde <…>": the header's person signs it. */
function signedByHeader(lines: readonly string[]): Sender | undefined {
  const last = lines.findLastIndex((l) => l.trim());
  const given = tidy(lines[last] ?? '').replace(/^[-–—]\s*/, '');
  if (!/^\p{Lu}[\p{Ll}'-]+$/u.test(given) || !looksLikeName(given, { single: true })) return undefined;
  const from = lines
    .map((l) => FROM.exec(l))
    .find((m) => m?.[1] && cleanName(m[1]).split(' ')[0] === given && looksLikeName(cleanName(m[1])));
  return from ? { name: cleanName(from[1]!), email: from[2]!, line: last } : undefined;
}

/** The sender: the signature's person, else the forwarded "From:" header, else "Ravi here from Kestrel". */
export function findSender(lines: readonly string[]): Sender | undefined {
  // A signature over a rule and the calendar entry below it ("Lena Vogt / Recruiting Lead" then "-------- …").
  const rule = lines.findIndex((l) =>
    /^\s*(?:[-_=]{8,}|-{2,}\s*(?:original|forwarded) (?:message|appointment|invitation)\b.*)\s*$/i.test(l),
  );
  // A reply or a forward above a quoted message ("-----Original Message-----", "On … wrote:", "From: … Sent: …"): the
  // first message's signature first, not the quoted writer's (the candidate's own "Kind regards, Rebecca", or the client's
  // under a recruiter's "see below").
  const reply = firstMessageEnd(lines);
  const first = lines.slice(0, reply);
  const replySigned = reply < lines.length ? (fromSignature(first) ?? signedByHeader(first)) : undefined;
  const signed = replySigned ?? fromSignature(lines) ?? (rule > 0 ? fromSignature(lines.slice(0, rule)) : undefined);
  const from = lines.map((l) => FROM.exec(l)).find((m) => m);
  if (signed) {
    const fromName = from?.[1] ? cleanName(from[1]) : '';
    const [signedGiven, fromGiven] = [signed.name.split(' ')[0]!, fromName.split(' ')[0] ?? ''];
    // "— Jess" under "From: Jessica Alvarez": a short form of the header's given name is the same person.
    const shortForm = !signed.name.includes(' ') && signedGiven.length >= 3 && fromGiven.startsWith(signedGiven);
    if (from && fromName && (signedGiven === fromGiven || shortForm)) {
      signed.email ??= from[2]!;
      // "Best, Tom" under "From: Tom Whitaker <…>": the header has the full name.
      if (!signed.name.includes(' ') && looksLikeName(fromName)) signed.name = fromName;
    }
    return signed;
  }
  if (from?.[1] && looksLikeName(cleanName(from[1]), { single: true }))
    return { name: cleanName(from[1]), email: from[2]!, line: lines.length };
  // "Sent via Greenhouse on behalf of Bashir, Yasmin": the line is the name and nothing else.
  for (const line of lines) {
    const m =
      /^\s*sent\b[^\n]{0,40}?\bon behalf of\s+(\p{Lu}[\p{L}'-]+),\s*(\p{Lu}[\p{L}'-]+)\s*$|^\s*sent\b[^\n]{0,40}?\bon behalf of\s+([^,]+?)\s*$/iu.exec(
        line,
      );
    const name = m ? (m[1] ? `${m[2]} ${m[1]}` : m[3]!) : '';
    // "on behalf of Harper Lowe" may be a company: a name written the usual way counts only with its own address in the text.
    const mailed = (n: string) =>
      [...lines.join('\n').matchAll(/([\w.+-]+)@/g)].some((a) =>
        n
          .toLowerCase()
          .split(' ')
          .every((w) => a[1]!.toLowerCase().includes(w)),
      );
    if (name && leadingName(name)?.name === name && looksLikeName(name) && (m![1] || mailed(name))) return { name, line: lines.length };
  }
  for (const line of lines.slice(0, 8)) {
    const m = INTRO.exec(line);
    const name = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5] ?? m?.[6];
    if (name && looksLikeName(name, { single: true })) return { name, line: lines.length };
  }
  return undefined;
}

/**
 * The first name of the person greeted ("Hi Sam," → "Sam"): the candidate, never an interviewer. A given name in two
 * words greeted whole ("Hi Wei Ling,") is kept whole, so "Tan Wei Ling" among the guests is the candidate too.
 */
export function greetedName(lines: readonly string[]): string | undefined {
  let greeting: string | undefined;
  for (const line of lines.slice(0, 30)) {
    const m =
      /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|cześć|hola|olá|oi|bonjour|hallo|ciao|hej|kia ora)\s+(?:(?:mr|ms|mrs|miss|mx|dr)\.?\s+)?([\p{Lu}][\p{L}'-]+)/iu.exec(
        line,
      );
    const more = m ? /^\s+(\p{Lu}[\p{Ll}'-]+)\s*[,!:]/u.exec(line.slice(m.index + m[0].length)) : null;
    if (m) greeting = more && isNameWord(more[1]!) && isNameWord(m[1]!) ? `${m[1]} ${more[1]}` : m[1];
    if (m) break;
  }
  // "Hi all", "Hi team": nobody greeted by name, so the event's title may still name the candidate.
  if (greeting && isNameWord(greeting.split(' ')[0]!)) return greeting;
  if (!greeting)
    for (const line of lines.slice(0, 30)) {
      const m = /^(\p{Lu}[\p{Ll}'-]+)\s*(?:,|\s[-–—])\s+\p{Ll}/u.exec(line);
      if (m && isNameWord(m[1]!)) return m[1];
    }
  // A calendar event named for the candidate: "Interview: Frontend Engineer - Ingrid Solberg", "Final Round: Analyst –
  // Ingrid Solberg", "Onsite – Designer – Candidate: Ingrid Solberg", "Onsite Interview: Designer (Ingrid Solberg)".
  for (const line of lines.slice(0, 12)) {
    const m =
      /\b(?:interview|round|loop|onsite|on-site)\b[^@\n]*?(?:\s[-–—]\s+|\bcandidate\s*:\s*|\(\s*)(\p{Lu}[\p{Ll}'-]+)\s+(\p{Lu}[\p{L}'-]+)\s*\)?\s*(?:@|$)/iu.exec(
        line,
      );
    if (m && isNameWord(m[1]!) && !isTitleWord(m[1]!) && !isTitleWord(m[2]!) && !isCommonWord(m[2]!)) return m[1];
  }
  return greeting;
}
