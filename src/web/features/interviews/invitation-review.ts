import type { InvitationDraft, InvitationPerson } from '../../../contracts/interviews.js';
import type { PersonRole } from '../../../core/contacts/person.js';

/** One person the invitation names, as the review shows them: the guessed role can be changed, and they can be left out. */
export interface ReviewPerson {
  key: string;
  name: string;
  title: string;
  role: PersonRole;
  email: string;
  phone: string;
  sender: boolean;
  organiser: boolean;
  /** Already one of the user's people (matched by name): linked and updated instead of added again. */
  personId: string | null;
  linked: boolean;
  existing: { role: PersonRole; email: string | null; title: string | null } | null;
  /** Save (add or link) this person when the interview is saved. */
  keep: boolean;
}

/** Role names as the review's menu says them. */
export const ROLE_LABELS: Record<PersonRole, string> = {
  interviewer: 'Interviewer',
  'hiring-manager': 'Hiring manager',
  recruiter: 'Recruiter',
  other: 'Other',
};

let seq = 0;

/** The review rows for the invitation's people; a saved person keeps their role unless it was only "other". */
export function reviewPeople(people: readonly InvitationPerson[]): ReviewPerson[] {
  return people.map((p) => {
    seq += 1;
    const existing = p.existing ?? null;
    return {
      key: `p${seq}`,
      name: p.name,
      title: p.title ?? '',
      role: existing && existing.role !== 'other' ? existing.role : p.role,
      email: p.email ?? '',
      phone: p.phone ?? '',
      sender: p.sender,
      organiser: p.organiser,
      personId: p.personId ?? null,
      linked: p.linked ?? false,
      existing,
      keep: true,
    };
  });
}

/** The interview's place with the meeting details after the link: "https://… · Meeting ID 934 1882 0571 · Passcode 482913". */
export function locationWithMeeting(draft: Pick<InvitationDraft['draft'], 'location' | 'meeting'>): string {
  const m = draft.meeting ?? {};
  const details = [m.id && `Meeting ID ${m.id}`, m.passcode && `Passcode ${m.passcode}`, m.dialIn && `Dial-in ${m.dialIn}`].filter(Boolean);
  return [draft.location ?? '', ...details].filter(Boolean).join(' · ').slice(0, 2_000);
}

/** What saving changes on a person the user already has: link them, and fill in or change what the invitation says. */
export function personUpdate(p: ReviewPerson): { link: boolean; changes: { role?: PersonRole; email?: string; title?: string } } {
  const changes: { role?: PersonRole; email?: string; title?: string } = {};
  if (p.existing && p.role !== p.existing.role) changes.role = p.role;
  if (p.existing && !p.existing.email && p.email) changes.email = p.email;
  if (p.existing && !p.existing.title && p.title) changes.title = p.title;
  return { link: !p.linked, changes };
}
