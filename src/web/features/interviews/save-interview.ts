import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client.js';
import { uuidv7 } from '../../../core/ids.js';
import { conversationChanges, formField, interviewBody, interviewChanges } from './form-model.js';
import type { FormErrors, InterviewDraft } from './form-model.js';
import { interviewKeys } from './queries.js';
import { peopleKeys } from '../people/queries.js';
import type { Interview } from '../../../contracts/interviews.js';
import type { Person } from '../../../contracts/people.js';

const enc = encodeURIComponent;

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
        const names = [...new Set(draft.conversations.flatMap((c) => c.newNames))];
        for (const name of names) {
          let id = ids.people.get(name);
          if (!id) {
            id = uuidv7();
            ids.people.set(name, id);
          }
          try {
            await api<Person>('POST', '/people', { body: { id, name, role: 'interviewer', employerName, opportunityIds: [opportunityId] } });
          } catch (err) {
            return failure(err);
          }
        }
        const withPeople: InterviewDraft = {
          ...draft,
          conversations: draft.conversations.map((c) => ({ ...c, id: c.id ?? rowId(c.key), personIds: [...c.personIds, ...c.newNames.map((n) => ids.people.get(n)!)], newNames: [] })),
        };
        const { body, conversations } = interviewBody(withPeople);
        if (names.length > 0) await qc.invalidateQueries({ queryKey: peopleKeys.all });

        if (!saved) {
          try {
            const created = await api<Interview>('POST', `/opportunities/${enc(opportunityId)}/interviews`, { body: { id: ids.interview, ...body } });
            return { ok: true, interview: created };
          } catch (err) {
            return failure(err);
          }
        }

        const changes = interviewChanges(saved, body);
        let current = saved;
        if (Object.keys(changes).length > 0) {
          try {
            current = await api<Interview>('PATCH', `/interviews/${enc(saved.id)}`, { body: changes });
          } catch (err) {
            return failure(err);
          }
        }
        const plan = conversationChanges(saved.conversations, conversations);
        const indexOf = (id: string | undefined) => conversations.find((c) => c.id === id)?.index ?? 0;
        for (const c of plan.create) {
          try {
            await api('POST', `/interviews/${enc(saved.id)}/conversations`, { body: c });
          } catch (err) {
            return failure(err, `conversations.${indexOf(c.id)}.`);
          }
        }
        for (const u of plan.update) {
          try {
            await api('PATCH', `/conversations/${enc(u.id)}`, { body: u.body });
          } catch (err) {
            return failure(err, `conversations.${indexOf(u.id)}.`);
          }
        }
        for (const id of plan.remove) {
          try {
            await api('DELETE', `/conversations/${enc(id)}`);
          } catch (err) {
            if (!(err instanceof ApiError && err.status === 404)) return failure(err);
          }
        }
        if (plan.create.length + plan.update.length + plan.remove.length > 0) current = await api<Interview>('GET', `/interviews/${enc(saved.id)}`);
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
