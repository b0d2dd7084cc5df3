import type { ParsedCard } from '../../../core/contacts/index.js';
import type { PersonRole } from '../../../core/contacts/index.js';
import type { CreatePerson, Person } from '../../../contracts/people.js';

/** Role names as the UI says them. */
export const ROLE_LABELS: Record<PersonRole, string> = {
  recruiter: 'Recruiter',
  'hiring-manager': 'Hiring manager',
  interviewer: 'Interviewer',
  other: 'Other',
};

/** A parsed card as the import body wants it: linked to this opportunity, at the card's ORG or else this employer. */
export function cardToCreate(card: ParsedCard, ctx: { opportunityId: string; employerName: string }): CreatePerson {
  const p = card.person;
  const body: CreatePerson = {
    name: p.name,
    role: p.role,
    employerName: p.organisation?.trim() || ctx.employerName,
    opportunityIds: [ctx.opportunityId],
  };
  if (p.title) body.title = p.title;
  if (p.email) body.email = p.email;
  if (p.phone) body.phone = p.phone;
  if (p.links.length > 0) body.links = p.links;
  if (p.background) body.background = p.background;
  if (p.inCommon) body.inCommon = p.inCommon;
  return body;
}

/** Everything needed to bring a deleted person back as they were (Undo). */
export function recreatePerson(p: Person): CreatePerson {
  return {
    id: p.id,
    name: p.name,
    title: p.title,
    role: p.role,
    email: p.email,
    phone: p.phone,
    links: p.links,
    background: p.background,
    inCommon: p.inCommon,
    employerName: p.employerName,
    opportunityIds: p.opportunityIds,
  };
}

/** People at this employer who are not yet linked to this opportunity. */
export function linkable(everyone: readonly Person[], ctx: { opportunityId: string; employerId: string }): Person[] {
  return everyone.filter((p) => p.employerId === ctx.employerId && !p.opportunityIds.includes(ctx.opportunityId));
}

/** Links typed one per line (or separated by spaces), blanks dropped. */
export function parseLinks(text: string): string[] {
  return text
    .split(/\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A link shown short: host and path without the scheme. */
export function shortLink(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}
