import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client.js';
import { uuidv7 } from '../../../core/ids.js';
import { conversationChanges, formField, interviewBody, interviewChanges } from './form-model.js';
import { personUpdate } from './invitation-review.js';
import type { FormErrors, InterviewDraft } from './form-model.js';
import {
  createConversation,
  createInterview,
  deleteConversation,
  fetchInterview,
  interviewKeys,
  updateConversation,
  updateInterview,
} from './queries.js';
import { createPerson, linkPerson, peopleKeys, updatePerson } from '../people/queries.js';
import type { Interview } from '../../../contracts/interviews.js';

/** What a save ended with: the interview, or errors by form field, or a message for the whole form. */
export type SaveResult = { ok: true; interview: Interview } | { ok: false; errors: FormErrors; message?: string };

function failure(err: unknown, prefix = ''): SaveResult {
  if (err instanceof ApiError) {
    const field = formField(err.field ? `${prefix}${err.field}` : undefined);
    const text = err.field && err.message.startsWith(`${err.field} `) ? err.message.slice(err.field.length + 1) : err.message;
    const message = text.charAt(0).toUpperCase() + text.slice(1);
    if (field) return { ok: false, errors: { [field]: message } };
    return { ok: false, errors: {}, message: err.field ? `${err.field}: ${message}` : message };
  }
  return { ok: false, errors: {}, message: err instanceof Error ? err.message : 'Something went wrong.' };
}

/** One client-made id per new name for the life of the form, so pressing Save again creates nobody twice. */
function personId(ids: Map<string, string>, name: string): string {
  let id = ids.get(name);
  if (!id) {
    id = uuidv7();
    ids.set(name, id);
  }
  return id;
}

/**
 * Saves the invitation's people before the interview: new people with the role, title and e-mail the review shows;
 * people the user already has are linked to the opportunity and get a changed role or a missing e-mail. Answers the
 * person id of every name the conversations use.
 */
async function savePeople(
  draft: InterviewDraft,
  at: { opportunityId: string; employerName: string; idFor: (name: string) => string },
): Promise<{ ok: true; ids: Map<string, string> } | { ok: false; error: unknown }> {
  const ids = new Map<string, string>();
  const invited = draft.invited ?? [];
  const named = new Set(draft.conversations.flatMap((c) => c.newNames));
  try {
    for (const p of invited) {
      if (!p.keep && !named.has(p.name)) continue;
      if (p.personId) {
        const { link, changes } = personUpdate(p);
        if (link) await linkPerson(at.opportunityId, p.personId);
        if (Object.keys(changes).length > 0) await updatePerson(p.personId, changes);
        ids.set(p.name, p.personId);
        continue;
      }
      const id = at.idFor(p.name);
      const body = {
        id,
        name: p.name,
        role: p.role,
        ...(p.title && { title: p.title }),
        ...(p.email && { email: p.email }),
        ...(p.phone && { phone: p.phone }),
        employerName: at.employerName,
        opportunityIds: [at.opportunityId],
      };
      await createPerson(body);
      ids.set(p.name, id);
    }
    // Names added in the conversations that the invitation's list does not hold: interviewers.
    for (const name of named) {
      if (ids.has(name)) continue;
      const id = at.idFor(name);
      await createPerson({ id, name, role: 'interviewer', employerName: at.employerName, opportunityIds: [at.opportunityId] });
      ids.set(name, id);
    }
  } catch (error) {
    return { ok: false, error };
  }
  return { ok: true, ids };
}

/**
 * Saves the interview form: first the people named in an invitation who were not known yet, then the interview
 * (create, or the changed fields and conversations of a saved one). Client-made ids keep a retried save from
 * creating anything twice.
 */
export function useSaveInterview(opportunityId: string, employerName: string) {
  const qc = useQueryClient();
  const [pending, setPending] = useState(false);
  // One id per new name and per new interview for the life of the form, so pressing Save again is idempotent.
  const [ids] = useState(() => ({ people: new Map<string, string>(), rows: new Map<string, string>(), interview: uuidv7() }));
  const rowId = useCallback(
    (key: string) => {
      let id = ids.rows.get(key);
      if (!id) {
        id = uuidv7();
        ids.rows.set(key, id);
      }
      return id;
    },
    [ids],
  );

  const save = useCallback(
    async (draft: InterviewDraft, saved: Interview | null): Promise<SaveResult> => {
      const checked = interviewBody(draft);
      if (Object.keys(checked.errors).length > 0) return { ok: false, errors: checked.errors };
      setPending(true);
      try {
        // People first: their ids go into the conversations.
        const peopleSaved = await savePeople(draft, { opportunityId, employerName, idFor: (name) => personId(ids.people, name) });
        if (!peopleSaved.ok) return failure(peopleSaved.error);
        const withPeople: InterviewDraft = {
          ...draft,
          conversations: draft.conversations.map((c) => ({
            ...c,
            id: c.id ?? rowId(c.key),
            personIds: [...new Set([...c.personIds, ...c.newNames.map((n) => peopleSaved.ids.get(n)!)])],
            newNames: [],
          })),
        };
        const { body, conversations } = interviewBody(withPeople);
        if (peopleSaved.ids.size > 0) await qc.invalidateQueries({ queryKey: peopleKeys.all });

        if (!saved) {
          try {
            const created = await createInterview(opportunityId, { id: ids.interview, ...body });
            return { ok: true, interview: created };
          } catch (err) {
            return failure(err);
          }
        }

        const changes = interviewChanges(saved, body);
        let current = saved;
        if (Object.keys(changes).length > 0) {
          try {
            current = await updateInterview(saved.id, changes);
          } catch (err) {
            return failure(err);
          }
        }
        const plan = conversationChanges(saved.conversations, conversations);
        const indexOf = (id: string | undefined) => conversations.find((c) => c.id === id)?.index ?? 0;
        for (const c of plan.create) {
          try {
            await createConversation(saved.id, c);
          } catch (err) {
            return failure(err, `conversations.${indexOf(c.id)}.`);
          }
        }
        for (const u of plan.update) {
          try {
            await updateConversation(u.id, u.body);
          } catch (err) {
            return failure(err, `conversations.${indexOf(u.id)}.`);
          }
        }
        for (const id of plan.remove) {
          try {
            await deleteConversation(id);
          } catch (err) {
            if (!(err instanceof ApiError && err.status === 404)) return failure(err);
          }
        }
        if (plan.create.length + plan.update.length + plan.remove.length > 0) current = await fetchInterview(saved.id);
        return { ok: true, interview: current };
      } finally {
        setPending(false);
        await qc.invalidateQueries({ queryKey: interviewKeys.all });
      }
    },
    [qc, ids, rowId, opportunityId, employerName],
  );

  return { save, pending };
}
