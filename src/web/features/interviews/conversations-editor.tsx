import { Plus, Trash2, X } from 'lucide-react';
import { Button } from '../../components/ui/button.js';
import { Field, Input } from '../../components/ui/field.js';
import { CardCapture } from './contacts/card-capture.js';
import { nextConversation, overrunMinutes } from './form-model.js';
import type { ConversationDraft, FormErrors, InterviewDraft } from './form-model.js';
import type { Person } from '../../../contracts/people.js';

interface Props {
  opportunityId: string;
  employerName: string;
  draft: InterviewDraft;
  people: readonly Person[];
  errors: FormErrors;
  onChange: (conversations: ConversationDraft[]) => void;
}

/** The day's conversations: a time slot each, a topic, and the interviewers picked from the opportunity's people. */
export function ConversationsEditor({ opportunityId, employerName, draft, people, errors, onChange }: Props) {
  const rows = draft.conversations;
  const set = (key: string, patch: Partial<ConversationDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-sm font-semibold">Conversations</legend>
      <p className="text-sm text-muted">
        One per interviewer or panel, in time order. Without any, the whole interview is one conversation. Times are in the interview’s time
        zone.
      </p>
      {rows.length > 0 && (
        <ol className="flex flex-col gap-3" aria-label="Conversations">
          {rows.map((c, index) => {
            const at = `conversations.${index}`;
            const over = overrunMinutes(draft, c);
            const n = index + 1;
            return (
              <li key={c.key} className="rounded-xl border border-line bg-bg p-4" aria-label={`Conversation ${n}`}>
                <div className="grid gap-3 sm:grid-cols-[8rem_8rem_minmax(0,1fr)]">
                  <Field label={`Conversation ${n} starts`} error={errors[`${at}.time`]}>
                    {({ id, describedBy, invalid }) => (
                      <Input
                        id={id}
                        type="time"
                        value={c.time}
                        onChange={(e) => set(c.key, { time: e.target.value })}
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                      />
                    )}
                  </Field>
                  <Field label="Minutes" error={errors[`${at}.durationMinutes`]}>
                    {({ id, describedBy, invalid }) => (
                      <Input
                        id={id}
                        inputMode="numeric"
                        value={c.durationMinutes}
                        onChange={(e) => set(c.key, { durationMinutes: e.target.value })}
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                      />
                    )}
                  </Field>
                  <Field label="Topic" error={errors[`${at}.topic`]}>
                    {({ id, describedBy, invalid }) => (
                      <Input
                        id={id}
                        value={c.topic}
                        maxLength={200}
                        placeholder="e.g. System design"
                        onChange={(e) => set(c.key, { topic: e.target.value })}
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                      />
                    )}
                  </Field>
                </div>
                {over > 0 && (
                  <p className="mt-2 text-sm text-warn">Ends {over} min after the interview’s end. That is allowed; check the times.</p>
                )}
                <fieldset className="mt-3" aria-describedby={errors[`${at}.personIds`] ? `${c.key}-people-error` : undefined}>
                  <legend className="text-sm font-medium">Interviewers in conversation {n}</legend>
                  {people.length === 0 && c.newNames.length === 0 ? (
                    <p className="mt-1 text-sm text-muted">
                      No people on this opportunity yet. Add them in the People tab or with “Add a person” below.
                    </p>
                  ) : (
                    <ul className="mt-1 flex flex-wrap gap-2">
                      {people.map((p) => {
                        const checked = c.personIds.includes(p.id);
                        return (
                          <li key={p.id}>
                            <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line-strong bg-surface px-3 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
                              <input
                                type="checkbox"
                                className="size-4 accent-accent"
                                checked={checked}
                                onChange={() =>
                                  set(c.key, { personIds: checked ? c.personIds.filter((id) => id !== p.id) : [...c.personIds, p.id] })
                                }
                              />
                              {p.name}
                              {p.title && <span className="text-muted">· {p.title}</span>}
                            </label>
                          </li>
                        );
                      })}
                      {c.newNames.map((name) => (
                        <li
                          key={`new-${name}`}
                          className="flex min-h-11 items-center gap-1 rounded-lg border border-dashed border-accent bg-accent-soft pl-3 text-sm"
                        >
                          {name}{' '}
                          <span className="text-muted">
                            {draft.invited?.some((r) => r.name === name && r.personId) ? '(saved person, will be linked)' : '(new person)'}
                          </span>
                          <Button
                            size="sm"
                            variant="ghost"
                            className="size-11 px-0"
                            aria-label={`Do not add ${name}`}
                            onClick={() => set(c.key, { newNames: c.newNames.filter((x) => x !== name) })}
                          >
                            <X size={16} aria-hidden="true" />
                          </Button>
                        </li>
                      ))}
                    </ul>
                  )}
                  {errors[`${at}.personIds`] && (
                    <p id={`${c.key}-people-error`} className="mt-1 text-sm text-danger">
                      {errors[`${at}.personIds`]}
                    </p>
                  )}
                </fieldset>
                <div className="mt-3 flex justify-end">
                  <Button size="sm" variant="ghost" className="min-h-11" onClick={() => onChange(rows.filter((r) => r.key !== c.key))}>
                    <Trash2 size={16} aria-hidden="true" /> Remove conversation {n}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" className="min-h-11" onClick={() => onChange([...rows, nextConversation(draft)])}>
          <Plus size={16} aria-hidden="true" /> Add a conversation
        </Button>
        {/* The capture dialog is a form of its own: its submit must not reach the interview form around it. */}
        <div className="contents" onSubmit={(e) => e.stopPropagation()}>
          <CardCapture
            opportunityId={opportunityId}
            employerName={employerName}
            onSaved={(personId) => {
              const last = rows[rows.length - 1];
              if (last && !last.personIds.includes(personId))
                onChange(rows.map((r) => (r === last ? { ...r, personIds: [...r.personIds, personId] } : r)));
            }}
          />
        </div>
      </div>
      <p className="text-xs text-muted">
        Someone new? “Add a person” saves them to this opportunity and ticks them in the last conversation.
      </p>
    </fieldset>
  );
}
