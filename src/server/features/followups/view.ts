import type { CheckIn, FollowUps, ThankYou, Tone } from '../../../contracts/followups.js';
import { draftCheckIn } from '../../../core/followup/check-in.js';
import { suggestConcernLine } from '../../../core/followup/concern-answers.js';
import { followUpKey } from '../../../core/followup/keys.js';
import { buildNoteIndex, lintDraft } from '../../../core/followup/lint.js';
import { mailtoLink } from '../../../core/followup/mailto.js';
import type { FollowUpRules } from '../../../core/followup/rules.js';
import { scheduleFollowUps, type ScheduledFollowUp } from '../../../core/followup/schedule.js';
import { THANK_YOU_LISTED_DAYS, checkInsApply, thankYousApply } from '../../../core/followup/stages.js';
import { draftThankYou } from '../../../core/followup/thank-you.js';
import type { FollowUp, Interview, Person } from '../../../core/followup/types.js';
import type { FollowUpRow, LoadedInterview, OpportunityFollowUpData } from './opportunity-data.js';
import { NAME_PLACEHOLDER, type LoadedFollowUpSettings } from './settings.js';

const HOUR_MS = 3_600_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function asTone(value: string | null | undefined): Tone {
  return value === 'brief' || value === 'formal' ? value : 'warm';
}

function toCoreInterview(iv: LoadedInterview): Interview {
  return {
    id: iv.id,
    kind: iv.kind,
    start: iv.start,
    timeZone: iv.timeZone,
    durationMinutes: iv.durationMinutes,
    conversations: iv.conversations.map((c) => ({ id: c.id, start: c.start, durationMinutes: c.durationMinutes, personIds: c.personIds })),
  };
}

/** The rules behind the dates, in words for the tab. */
export function rulesInWords(rules: FollowUpRules): string[] {
  const weekend = rules.weekendDays.map((d) => WEEKDAYS[d]).filter(Boolean);
  return [
    `Thank each interviewer within ${rules.thankYouWithinHours} hours of your conversation. A note still unsent ${THANK_YOU_LISTED_DAYS} days later leaves the Next actions list (it stays here, marked as passed).`,
    `First check-in: the next business day after the decision date they gave, or ${rules.checkInBusinessDaysWithoutDecision} business days after your last interview when they gave none.`,
    ...(rules.maxCheckIns > 1 ? [`Then check in again ${rules.secondCheckInBusinessDays} business days after the previous check-in.`] : []),
    `After ${rules.maxCheckIns} check-in${rules.maxCheckIns === 1 ? '' : 's'} with no answer, stop and put your energy elsewhere.`,
    `Check-ins land at ${rules.checkInLocalTime} your time${weekend.length ? `, never on ${weekend.join(' or ')}` : ''}.`,
  ];
}

/** Notes of one interviewer in one interview: their conversations' notes, and the interview's loose notes when there is a single conversation. */
function notesFor(data: OpportunityFollowUpData, iv: LoadedInterview, personId: string): string[] {
  const perInterview = data.notes.get(iv.id);
  if (!perInterview) return [];
  const lines: string[] = [];
  for (const c of iv.conversations) if (c.personIds.includes(personId)) lines.push(...(perInterview.get(c.id) ?? []));
  if (iv.conversations.length <= 1) lines.push(...(perInterview.get('') ?? []));
  return lines;
}

/** The topic of the conversations this interviewer took part in (the first one that has one). */
function topicFor(iv: LoadedInterview, personId: string): string {
  return iv.conversations.find((c) => c.personIds.includes(personId) && c.topic.trim())?.topic ?? '';
}

/** Everything private the user wrote for this opportunity: every note line and the housekeeping answers. */
export function privateTextOf(data: OpportunityFollowUpData): string[] {
  const out: string[] = [];
  for (const perInterview of data.notes.values()) for (const lines of perInterview.values()) out.push(...lines);
  const hk = data.housekeeping;
  if (hk) for (const v of [hk.nextSteps, hk.preferredTiming]) if (v) out.push(v);
  return out;
}

/** The last end of any interview or conversation (check-ins sent before it belong to an earlier round). */
export function lastEndMs(interviews: readonly LoadedInterview[]): number | null {
  let last: number | null = null;
  for (const iv of interviews) {
    const ends = [
      Date.parse(iv.start) + iv.durationMinutes * 60_000,
      ...iv.conversations.map((c) => Date.parse(c.start) + c.durationMinutes * 60_000),
    ];
    for (const e of ends) if (Number.isFinite(e)) last = Math.max(last ?? e, e);
  }
  return last;
}

/**
 * The follow-ups of one opportunity: a thank-you note per interviewer per interview (generated or
 * edited, with its mail link), the check-ins with their dates in the user's zone, and whether to
 * move on. Drafts are computed here, on request, because they read the interview notes.
 */
export function buildFollowUps(data: OpportunityFollowUpData, settings: LoadedFollowUpSettings, now: Date, timeZone: string): FollowUps {
  const o = data.opportunity;
  const rules = settings.rules;
  const nowMs = now.getTime();
  const rows = new Map<string, FollowUpRow>(data.rows.map((r) => [r.item_key, r]));
  const user = { name: settings.senderName || NAME_PLACEHOLDER };
  const ref = { employerName: o.employer_name, roleTitle: o.role_title };
  const interviews = data.interviews.map(toCoreInterview);
  const people = [...data.people.values()];
  const lastEnd = lastEndMs(data.interviews);
  const sentCheckIns: FollowUp[] = data.rows
    .filter((r) => r.kind === 'check-in' && r.sent_at && lastEnd !== null && Date.parse(r.sent_at) >= lastEnd)
    .sort((a, b) => a.sequence - b.sequence)
    .map((r) => ({ kind: 'check-in', personId: r.person_id ?? '', channel: 'email', interviewId: null, sentAt: r.sent_at }));
  const plan = scheduleFollowUps({ interviews, housekeeping: data.housekeeping, people, now, timeZone, rules, sent: sentCheckIns });
  const interviewById = new Map(data.interviews.map((iv) => [iv.id, iv]));
  const privateText = privateTextOf(data);
  const noteIndex = buildNoteIndex(privateText);

  const thankYous: ThankYou[] = [];
  for (const f of plan.items) {
    if (f.kind !== 'thank-you' || !f.interviewId) continue;
    const iv = interviewById.get(f.interviewId);
    const person = data.people.get(f.personId);
    if (!iv || !person) continue;
    const id = followUpKey({ kind: 'thank-you', interviewId: iv.id, personId: person.id });
    const row = rows.get(id);
    const tone = asTone(row?.tone);
    const endMs = Date.parse(f.dueAt) - rules.thankYouWithinHours * HOUR_MS;
    const concerns = data.concerns.filter(
      (c) => c.raisedBy === person.id || (c.raisedBy === null && (c.interviewId === null || c.interviewId === iv.id)),
    );
    const draft = draftThankYou({
      person,
      notes: notesFor(data, iv, person.id),
      topic: topicFor(iv, person.id),
      mention: row?.mention ?? null,
      privateText: noteIndex,
      concerns,
      stories: data.stories,
      answers: data.answers,
      opportunity: ref,
      user,
      tone,
      conversationEndsAt: new Date(endMs),
      withinHours: rules.thankYouWithinHours,
    });
    const subject = row?.subject ?? draft.subject;
    const body = row?.draft ?? draft.body;
    const held = endMs <= nowMs;
    // Past the stages that earn thank-yous (accepted, rejected, withdrawn) only the record of what was done stays.
    if (!thankYousApply(o.stage) && !row?.sent_at && !row?.dismissed_at) continue;
    const passed = nowMs >= endMs + THANK_YOU_LISTED_DAYS * 24 * HOUR_MS;
    const status: ThankYou['status'] = row?.sent_at
      ? 'sent'
      : row?.dismissed_at
        ? 'dismissed'
        : !held
          ? 'not-yet'
          : passed
            ? 'passed'
            : f.status === 'upcoming'
              ? 'due'
              : f.status === 'late'
                ? 'late'
                : 'overdue';
    const concernOf = new Map(concerns.map((c) => [c.id, c]));
    thankYous.push({
      id,
      interviewId: iv.id,
      interviewTitle: iv.title,
      personId: person.id,
      personName: person.name,
      personEmail: person.email ?? null,
      conversationEndedAt: new Date(endMs).toISOString(),
      held,
      dueAt: f.dueAt,
      status,
      reason: held ? f.reason : `After your conversation with ${person.name}, thank them within ${rules.thankYouWithinHours} hours.`,
      tone,
      subject,
      body,
      edited: row?.subject != null || row?.draft != null,
      mention: row?.mention ?? null,
      suggestedMention: draft.suggestedMention,
      concerns: draft.mentions.concernIds.map((cid, i) => {
        const c = concernOf.get(cid);
        const s = suggestConcernLine(c?.text ?? '', data.stories, data.answers);
        return {
          id: cid,
          text: c?.text ?? '',
          source: draft.mentions.concernSources[i]?.kind ?? 'template',
          replyReference: c?.replyReference ?? '',
          replyLine: c?.replyLine ?? '',
          suggestedReference: s.reference,
          suggestedLine: s.line,
        };
      }),
      promises: draft.mentions.promises,
      findings:
        row?.draft != null
          ? lintDraft({ text: body, recipientName: person.name, privateNotes: noteIndex, otherNames: [o.employer_name, o.role_title] })
          : draft.findings,
      mailto: mailtoLink({ to: person.email ?? [], subject, body }),
      sentAt: row?.sent_at ?? null,
      dismissedAt: row?.dismissed_at ?? null,
    });
  }
  // Conversation order, then the interviewer's order within it.
  thankYous.sort((a, b) => (a.conversationEndedAt < b.conversationEndedAt ? -1 : a.conversationEndedAt > b.conversationEndedAt ? 1 : 0));

  const checkIns: CheckIn[] = [];
  let moveOn: FollowUps['moveOn'] = null;
  if (checkInsApply(o.stage) && lastEnd !== null) {
    const decisionDate = data.housekeeping?.decisionDate ?? null;
    const make = (
      sequence: number,
      person: Person | undefined,
      planned: ScheduledFollowUp | null,
      row: FollowUpRow | undefined,
    ): CheckIn => {
      const tone = asTone(row?.tone);
      const draft = draftCheckIn({ person: person ?? { id: '', name: 'there' }, opportunity: ref, user, sequence, decisionDate, tone });
      const subject = row?.subject ?? draft.subject;
      const body = row?.draft ?? draft.body;
      const channel = planned?.channel ?? 'email';
      const to = planned?.to ?? person?.email ?? null;
      return {
        id: followUpKey({ kind: 'check-in', opportunityId: o.id, sequence }),
        sequence,
        personId: person?.id ?? null,
        personName: person?.name ?? null,
        channel,
        to,
        dueAt: planned?.dueAt ?? null,
        dueLocalDate: planned?.dueLocalDate ?? null,
        status: row?.sent_at && !planned ? 'sent' : row?.dismissed_at ? 'dismissed' : planned?.status === 'due' ? 'due' : 'upcoming',
        reason: planned?.reason ?? '',
        tone,
        subject,
        body,
        edited: row?.subject != null || row?.draft != null,
        findings: lintDraft({
          text: body,
          recipientName: person?.name ?? null,
          privateNotes: noteIndex,
          otherNames: [o.employer_name, o.role_title],
        }),
        mailto: channel === 'email' ? mailtoLink({ to: to ?? [], subject, body }) : null,
        sentAt: planned ? null : (row?.sent_at ?? null),
        dismissedAt: row?.dismissed_at ?? null,
      };
    };
    sentCheckIns.forEach((s, i) => {
      const sequence = i + 1;
      const row = rows.get(followUpKey({ kind: 'check-in', opportunityId: o.id, sequence }));
      checkIns.push(make(sequence, data.people.get(s.personId), null, row));
    });
    for (const f of plan.items) {
      if (f.kind !== 'check-in') continue;
      checkIns.push(
        make(
          f.sequence,
          data.people.get(f.personId),
          f,
          rows.get(followUpKey({ kind: 'check-in', opportunityId: o.id, sequence: f.sequence })),
        ),
      );
    }
    moveOn = plan.stop ?? null;
  }

  return {
    opportunityId: o.id,
    timeZone,
    senderName: settings.senderName,
    needsName: settings.senderName === '',
    privateText,
    thankYous,
    checkIns,
    moveOn,
    rules: rulesInWords(rules),
  };
}
