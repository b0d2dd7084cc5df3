import type { ClosingNoteDraft, ClosingNoteOptions } from '../../../contracts/offers.js';
import type { Stage } from '../../../contracts/opportunities.js';
import { draftDecline, draftWithdrawal, mailtoLink, type Person as FollowupPerson } from '../../../core/followup/index.js';
import type { Ctx } from '../../auth/actor.js';
import { loadFollowUpSettings, NAME_PLACEHOLDER } from '../followups/settings.js';
import { bestContactsOf, linkedPeopleOf, openOpportunitiesExcept, withPendingOffer } from './repository.js';

/** Stages where the employer is waiting on the user, so leaving deserves a note (a lead never heard from us). */
const CLOSABLE_STAGES: readonly Stage[] = ['applied', 'interviewing', 'offer'];

/** Who a closing note should go to, in order of preference. */
const ROLE_ORDER = ['recruiter', 'hiring-manager', 'interviewer', 'other'];

interface Target {
  id: string;
  employer_name: string;
  role_title: string;
  stage: string;
}

interface Recipient {
  personId: string | null;
  name: string;
  email: string | null;
}

/** The one sender name every note is signed with (Settings, else the account's display name), or the placeholder until set. */
async function userName(ctx: Ctx): Promise<string> {
  return (await loadFollowUpSettings(ctx)).senderName || NAME_PLACEHOLDER;
}

/** The best person to tell, per opportunity: housekeeping's best contact, else a recruiter, a hiring manager, anyone. */
async function recipients(ctx: Ctx, opportunityIds: string[]): Promise<Map<string, Recipient>> {
  const out = new Map<string, Recipient>();
  if (opportunityIds.length === 0) return out;
  const [housekeeping, linked] = await Promise.all([
    bestContactsOf(ctx.db, ctx.actor.userId, opportunityIds),
    linkedPeopleOf(ctx.db, ctx.actor.userId, opportunityIds),
  ]);
  const hkOf = new Map(housekeeping.map((h) => [h.opportunity_id, h]));
  for (const id of opportunityIds) {
    const hk = hkOf.get(id);
    if (hk?.best_contact_person_id && hk.name) {
      out.set(id, { personId: hk.best_contact_person_id, name: hk.name, email: hk.email || hk.contact_email || null });
      continue;
    }
    const people = linked.filter((p) => p.opportunity_id === id);
    const rank = (p: (typeof people)[number]) => (p.email ? 0 : 10) + Math.max(0, ROLE_ORDER.indexOf(p.role));
    const best = [...people].sort((a, b) => rank(a) - rank(b))[0];
    if (best) out.set(id, { personId: best.id, name: best.name, email: best.email || hk?.contact_email || null });
    else if (hk?.best_contact.trim()) out.set(id, { personId: null, name: hk.best_contact.trim(), email: hk.contact_email });
    else if (hk?.contact_email) out.set(id, { personId: null, name: '', email: hk.contact_email });
  }
  return out;
}

/** Drafts a polite closing note for each target: a decline where there is an offer, a withdrawal otherwise. */
export async function draftClosingNotes(
  ctx: Ctx,
  targets: readonly Target[],
  withOffer: ReadonlySet<string>,
  options: ClosingNoteOptions & { mentionOtherOffer: boolean },
): Promise<ClosingNoteDraft[]> {
  if (targets.length === 0) return [];
  const [user, people] = await Promise.all([
    userName(ctx),
    recipients(
      ctx,
      targets.map((t) => t.id),
    ),
  ]);
  return targets.map((t) => {
    const found = people.get(t.id);
    const named = Boolean(found?.name);
    // Without a name the note opens "Dear Hiring Team," whatever tone was asked for.
    const person: FollowupPerson = { id: found?.personId ?? t.id, name: named ? found!.name : 'Hiring Team', email: found?.email ?? null };
    const tone = named ? (options.tone ?? 'warm') : 'formal';
    const kind = withOffer.has(t.id) ? 'decline' : 'withdrawal';
    const input = {
      person,
      opportunity: { employerName: t.employer_name, roleTitle: t.role_title },
      user: { name: user },
      tone,
      mentionOtherOffer: options.mentionOtherOffer,
    };
    const note = kind === 'decline' ? draftDecline(input) : draftWithdrawal(input);
    const email = found?.email ?? null;
    return {
      opportunityId: t.id,
      employerName: t.employer_name,
      roleTitle: t.role_title,
      stage: t.stage as Stage,
      kind,
      to: { personId: found?.personId ?? null, name: named ? found!.name : `Hiring team at ${t.employer_name}`, email },
      subject: note.subject,
      body: note.body,
      mailto: email ? mailtoLink({ to: email, subject: note.subject, body: note.body }) : null,
    };
  });
}

/** The user's other open opportunities that deserve a closing note once an offer is accepted. */
export async function otherOpenOpportunities(
  ctx: Ctx,
  acceptedOpportunityId: string,
): Promise<{ targets: Target[]; withOffer: Set<string> }> {
  const targets = await openOpportunitiesExcept(ctx.db, ctx.actor.userId, acceptedOpportunityId, CLOSABLE_STAGES);
  const withOffer = await withPendingOffer(
    ctx.db,
    ctx.actor.userId,
    targets.map((t) => t.id),
  );
  for (const t of targets) if (t.stage === 'offer') withOffer.add(t.id);
  return { targets, withOffer };
}
