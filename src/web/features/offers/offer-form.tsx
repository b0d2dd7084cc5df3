import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Input, Select, Textarea } from '../../components/ui/field.js';
import { useToast } from '../../components/ui/toast.js';
import { ApiError, errorMessage, fieldMessage } from '../../api/client.js';
import { offerBody, offerDraft, PAY_PERIODS, REMOTE_LABELS } from './model.js';
import type { OfferDraft, OfferField } from './model.js';
import { useSaveOffer } from './queries.js';
import { uuidv7 } from '../../../core/ids.js';
import type { Offer } from '../../../contracts/offers.js';
import type { Opportunity } from '../../../contracts/opportunities.js';
import { UnsavedGuard } from '../../forms/unsaved-guard.js';

type Errors = Partial<Record<OfferField, string>>;
const FIELDS: readonly string[] = [
  'basePay',
  'currency',
  'payPeriod',
  'bonus',
  'equity',
  'benefits',
  'startDate',
  'location',
  'remotePolicy',
  'deadline',
  'notes',
];

/** Every term of the offer; saving an offer moves an earlier-stage opportunity to the Offer stage. */
export function OfferForm({ opportunity, offer }: { opportunity: Opportunity; offer: Offer | null }) {
  const save = useSaveOffer(opportunity.id);
  const toast = useToast();
  const [d, setD] = useState<OfferDraft>(() => offerDraft(offer, opportunity));
  // What the server last accepted, to tell whether anything typed is still unsaved.
  const [baseline, setBaseline] = useState<OfferDraft>(d);
  const [errors, setErrors] = useState<Errors>({});
  const set = (k: OfferField) => (e: { target: { value: string } }) => setD({ ...d, [k]: e.target.value });

  function submit(e: FormEvent) {
    e.preventDefault();
    const { body, errors: found } = offerBody(d);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const stageBefore = opportunity.stage;
    const sent = d;
    save.mutate(offer ? body : { ...body, id: uuidv7() }, {
      onSuccess: (saved) => {
        setBaseline(sent);
        toast.show(saved.stage !== stageBefore ? 'Offer saved; the opportunity moved to the Offer stage.' : 'Offer saved.');
      },
      onError: (err) => {
        const f = err instanceof ApiError && err.field ? err.field : '';
        if (err instanceof ApiError && FIELDS.includes(f)) setErrors({ [f]: fieldMessage(err) });
        else toast.show(errorMessage(err), { tone: 'error' });
      },
    });
  }

  const text = (
    k: OfferField,
    label: string,
    extra: { type?: string; inputMode?: 'numeric' | 'text'; hint?: string; className?: string; autoComplete?: string } = {},
  ) => (
    <Field label={label} error={errors[k]} className={extra.className} {...(extra.hint ? { hint: extra.hint } : {})}>
      {({ id, describedBy, invalid }) => (
        <Input
          id={id}
          name={k}
          type={extra.type ?? 'text'}
          inputMode={extra.inputMode}
          autoComplete={extra.autoComplete ?? 'off'}
          value={d[k]}
          onChange={set(k)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    </Field>
  );
  const area = (k: OfferField, label: string, hint?: string) => (
    <Field label={label} error={errors[k]} {...(hint ? { hint } : {})}>
      {({ id, describedBy, invalid }) => (
        <Textarea
          id={id}
          name={k}
          value={d[k]}
          onChange={set(k)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className="min-h-16"
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Offer terms" className="grid gap-4">
      <UnsavedGuard dirty={!save.isPending && JSON.stringify(d) !== JSON.stringify(baseline)} />
      <div className="grid gap-4 sm:grid-cols-[1fr_7rem_9rem]">
        {text('basePay', 'Base pay', { inputMode: 'numeric', hint: 'Whole amount before tax, e.g. 85000' })}
        {text('currency', 'Currency', { hint: 'e.g. EUR' })}
        <Field label="Paid" error={errors.payPeriod}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              name="payPeriod"
              value={d.payPeriod}
              onChange={set('payPeriod')}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {PAY_PERIODS.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {area('bonus', 'Bonus', 'Target, guaranteed part, sign-on')}
        {area('equity', 'Equity', 'Kind, amount, vesting')}
      </div>
      {area('benefits', 'Benefits', 'Leave, pension, health, learning budget, equipment…')}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('location', 'Location')}
        <Field label="Remote policy" error={errors.remotePolicy}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              name="remotePolicy"
              value={d.remotePolicy}
              onChange={set('remotePolicy')}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              <option value="">Not known</option>
              {Object.entries(REMOTE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text('startDate', 'Start date', { type: 'date' })}
        {text('deadline', 'Answer by', { type: 'date', hint: 'The date they need your answer' })}
      </div>
      {area('notes', 'Notes', 'What to negotiate, what you were told, open questions')}
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : offer ? 'Save offer' : 'Record offer'}
        </Button>
      </div>
    </form>
  );
}
