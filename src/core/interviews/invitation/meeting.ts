import { findPhone, type Link } from './kind.js';

/** How to get into a video or phone meeting besides its link: the meeting ID, the passcode and a number to dial. */
export interface MeetingDetails {
  id?: string;
  passcode?: string;
  dialIn?: string;
}

// "Meeting ID: 934 1882 0571", "Meeting-ID: 347 552 910 818", "meeting ID 812 3456 7890", "Zoom ID 812-3456-7890", "ID: 934 1882 0571" at a line's start.
// In other languages: "ID de réunion :", "ID de la réunion :", "ID da Reunião:", "Id. de reunión:", "ID riunione:", "Besprechungs-ID:", "Vergaderings-id:".
const ID =
  /(?:\b(?:meeting|webinar|event|conference|zoom|teams|webex|besprechungs|vergaderings)[\s-]*(?:id|number|no\.?|#)(?:\s*\((?:access code|id)\))?|^\s*id|\bid\.?\s+(?:(?:de|da|del|della)\s+(?:la\s+)?)?(?:r[ée]union|reuni(?:ão|ao|ón|on)|riunione))\s*(?:[:#]|is\b)?\s*(\d[\d -]{5,22}\d)/i;
const ACCESS = /\b(?:access code|phone conference id|conference id)\s*(?:[:#]|is\b)?\s*(\d[\d -]{5,22}\d)/i;
// "pass 7744", "Pwd: x8Yz": short words for a passcode, taken only with a digit in the code.
const SHORT_PASS = /\b(?:pass|pwd)\b\s*[:#]?\s*((?=[A-Za-z0-9]{3,})[A-Za-z0-9]*\d[A-Za-z0-9]*)\b/i;
const PASSCODE =
  /\b(?:passcode|password|pass code|meeting password|numeric passcode|numeric password|pin|access pin|attendee pin|participant (?:code|pin)|conference code|guest code)\s*(?:code\s*)?(?:\([^)]{1,30}\))?\s*(?:[:#]|is\b|(?=\d))\s*(\d+(?: \d+)*(?=#|\s|$|[.,;])|[^\s,;]+)/i;
// The passcode labelled in other languages, always with a colon: "Kenncode:", "Code secret :", "Senha:", "Código de acceso:", "Código:", "Wachtwoordcode:".
const FOREIGN_PASSCODE =
  /^\s*(?:kenncode|kennwort|passwort|code secret|mot de passe|senha|código(?: de acces?so)?|contraseña|clave|codice(?: di accesso)?|wachtwoord(?:code)?|kod dostępu|hasło)\s*:\s*([^\s,;]+)/i;
const DIAL_CUE = /\b(?:dial(?:-in|\s+in|\s+by)?|call[- ]in|audio only|one tap|by phone|join by phone|toll(?:-free)?|phone numbers?)\b/i;
const COMPACT_PHONE = /\+\d{8,15}(?=,|#|\s|$)/;

function trimCode(code: string): string {
  return code.replace(/[#.,;:)]+$/, '').trim();
}

/** The meeting ID, passcode and dial-in number of the invitation (not of the sender's signature). */
export function findMeeting(lines: readonly string[], links: readonly Link[]): MeetingDetails {
  const out: MeetingDetails = {};
  let access: string | undefined;
  lines.forEach((line, i) => {
    const id = ID.exec(line);
    if (id && !out.id) out.id = trimCode(id[1]!);
    const code = ACCESS.exec(line);
    if (code && !access) access = trimCode(code[1]!);
    const pass = PASSCODE.exec(line) ?? FOREIGN_PASSCODE.exec(line);
    if (pass && !out.passcode && !/^(?:and|or|the|to|for|is|will|you|if)$/i.test(pass[1]!)) out.passcode = trimCode(pass[1]!);
    const short = out.passcode ? null : SHORT_PASS.exec(line.replace(/\bhttps?:\/\/\S+/g, ''));
    if (short) out.passcode = short[1]!;
    if (!out.dialIn && DIAL_CUE.test(line)) {
      for (const near of [line, lines[i + 1] ?? '', lines[i + 2] ?? '']) {
        const text = near.replace(/\bhttps?:\/\/\S+/g, '');
        const number = COMPACT_PHONE.exec(text)?.[0] ?? findPhone(text.replace(/\b(?:pin|id|code)\s*[:#]?\s*[\d #]+/gi, ''));
        if (number && number.replace(/\D/g, '').length >= 8) {
          out.dialIn = number;
          break;
        }
      }
    }
  });
  const meet = links.map((l) => /meet\.google\.com\/([a-z]{3}-[a-z]{4}-[a-z]{3})\b/i.exec(l.url)?.[1]).find(Boolean);
  const zoom = links.map((l) => /zoom\.(?:us|com)\/j\/(\d{9,12})\b/i.exec(l.url)?.[1]).find(Boolean);
  const id = out.id ?? meet ?? zoom ?? access;
  return { ...(id && { id }), ...(out.passcode && { passcode: out.passcode }), ...(out.dialIn && { dialIn: out.dialIn }) };
}
