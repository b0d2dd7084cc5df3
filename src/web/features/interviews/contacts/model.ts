/** The draft a captured contact becomes before the user confirms it, from typing, a vCard or a card photo. */
import type { CardFieldName, CardText } from '../../../../core/contacts/card-text.js';
import type { PersonDetails, PersonRole } from '../../../../core/contacts/index.js';
import { guessRole } from '../../../../core/contacts/index.js';
import type { CreatePerson } from '../../../../contracts/people.js';

/** What the review form edits. */
export interface CaptureDraft {
  name: string;
  title: string;
  role: PersonRole;
  email: string;
  phone: string;
  website: string;
  employerName: string;
}

export type DraftField = keyof CaptureDraft;

/** Below this a reading is marked "check this" in the review form. */
export const CHECK_BELOW = 0.7;

/** Someone met at an interview is an interviewer unless the title says recruiter (talent) or hiring manager. */
export function roleFor(title: string | undefined): PersonRole {
  if (title && /\btalent\b/i.test(title)) return 'recruiter';
  const guess = guessRole(title);
  return guess === 'other' ? 'interviewer' : guess;
}

/** A blank draft at this opportunity's employer (the "type it" path). */
export function emptyDraft(employerName: string): CaptureDraft {
  return { name: '', title: '', role: 'interviewer', email: '', phone: '', website: '', employerName };
}

/** A draft from a card's OCR reading; the employer stays this opportunity's (the card's company is offered apart). */
export function draftFromCard(card: CardText, employerName: string): CaptureDraft {
  const title = card.title?.value ?? '';
  return {
    name: card.name?.value ?? '',
    title,
    role: roleFor(title),
    email: card.email?.value ?? '',
    phone: card.phone?.value ?? '',
    website: card.website?.value ?? '',
    employerName,
  };
}

/** The card's company when it names someone other than this employer and was read clearly enough to offer. */
export function otherCompany(card: CardText, employerName: string): string | null {
  const company = card.company;
  if (!company || company.confidence < 0.6) return null;
  const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return squash(company.value) === squash(employerName) ? null : company.value;
}

/** Which draft fields the review form should ask the user to check (read with low confidence). */
export function fieldsToCheck(card: CardText): Set<DraftField> {
  const out = new Set<DraftField>();
  const map: Partial<Record<CardFieldName, DraftField>> = {
    name: 'name',
    title: 'title',
    email: 'email',
    phone: 'phone',
    website: 'website',
  };
  for (const [from, to] of Object.entries(map) as [CardFieldName, DraftField][]) {
    const f = card[from];
    if (f && f.confidence < CHECK_BELOW) out.add(to);
  }
  return out;
}

/** A draft from one vCard: its ORG when it has one, else this employer. */
export function draftFromVCard(p: PersonDetails, employerName: string): CaptureDraft {
  return {
    name: p.name,
    title: p.title ?? '',
    role: p.role === 'other' ? roleFor(p.title) : p.role,
    email: p.email ?? '',
    phone: p.phone ?? '',
    website: p.links[0] ?? '',
    employerName: p.organisation?.trim() || employerName,
  };
}

/** A typed website as a link the API accepts: "acme.io" becomes "https://acme.io". */
export function websiteLink(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  return /^https?:\/\//i.test(t) ? t : `https://${t}`;
}

/** The `POST /api/people` body for a confirmed draft, linked to the opportunity; `id` makes a retried save harmless. */
export function createBody(d: CaptureDraft, ctx: { id: string; opportunityId: string; employerName: string }): CreatePerson {
  const link = websiteLink(d.website);
  return {
    id: ctx.id,
    name: d.name.trim(),
    title: d.title.trim() || null,
    role: d.role,
    email: d.email.trim() || null,
    phone: d.phone.trim() || null,
    links: link ? [link] : [],
    employerName: d.employerName.trim() || ctx.employerName,
    opportunityIds: [ctx.opportunityId],
  };
}

/** The form field a server error points at (`links.0` is the website). */
export function draftFieldOf(apiField: string | undefined): DraftField | null {
  if (!apiField) return null;
  const head = apiField.split('.')[0];
  if (head === 'links') return 'website';
  const fields: DraftField[] = ['name', 'title', 'role', 'email', 'phone', 'website', 'employerName'];
  return fields.find((f) => f === head) ?? null;
}
