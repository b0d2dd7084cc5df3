import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Input } from '../../components/ui/field.js';
import type { WhyLeftFrameId, WhyLeftSlots } from '../../../core/coach/index.js';
import { useCoach } from './coach-loader.js';

const SLOTS: { key: keyof WhyLeftSlots; label: string; placeholder: string; only?: WhyLeftFrameId }[] = [
  { key: 'employer', label: 'Where you worked', placeholder: 'Northwind' },
  { key: 'duration', label: 'For how long', placeholder: 'four years' },
  { key: 'didThere', label: 'What you did there', placeholder: 'running the customer support desk' },
  { key: 'lookingFor', label: 'What you are looking for now', placeholder: 'more ownership of product decisions' },
  { key: 'place', label: 'Where you moved to', placeholder: 'Leeds', only: 'relocation' },
];

/** Guided "why did you leave": pick a forward-looking frame, fill a few words, get a short positive draft. */
export function WhyLeftGuide({ onUse }: { onUse: (draft: string) => void }) {
  const coach = useCoach();
  const [frame, setFrame] = useState<WhyLeftFrameId>('growth');
  const [slots, setSlots] = useState<WhyLeftSlots>({});
  const [draft, setDraft] = useState('');

  useEffect(() => {
    if (coach) setDraft(coach.draftWhyLeft({ frame, slots }));
  }, [coach, frame, slots]);

  return (
    <section aria-labelledby="why-left-h" className="rounded-xl border border-line bg-surface p-5">
      <h2 id="why-left-h" className="text-base font-semibold">
        Build a short, positive reason
      </h2>
      <p className="mt-1 text-sm text-muted">
        Say why you are moving towards something, not away from someone. Two or three sentences is plenty.
      </p>
      {!coach ? (
        <p role="status" className="mt-3 text-sm text-muted">
          Loading…
        </p>
      ) : (
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <fieldset className="flex flex-col gap-1.5">
            <legend className="mb-1 text-sm font-medium">Your reason</legend>
            {coach.WHY_LEFT_FRAMES.map((f) => (
              <label key={f.id} className="flex items-start gap-2 rounded-md p-1 text-sm hover:bg-accent-soft">
                <input
                  type="radio"
                  name="why-left-frame"
                  value={f.id}
                  checked={frame === f.id}
                  onChange={() => setFrame(f.id)}
                  className="mt-1"
                />
                <span>
                  <span className="font-medium">{f.label}</span> <span className="text-muted">{f.whenToUse}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="flex flex-col gap-3">
            {SLOTS.filter((s) => !s.only || s.only === frame).map((s) => (
              <Field key={s.key} label={s.label}>
                {({ id }) => (
                  <Input
                    id={id}
                    value={slots[s.key] ?? ''}
                    placeholder={s.placeholder}
                    onChange={(e) => setSlots({ ...slots, [s.key]: e.target.value })}
                  />
                )}
              </Field>
            ))}
            <div>
              <h3 className="text-sm font-medium">Draft</h3>
              <p className="mt-1 rounded-md bg-bg p-3 text-sm" data-testid="why-left-draft">
                {draft}
              </p>
            </div>
            <Button variant="secondary" onClick={() => onUse(draft)} className="self-start">
              Use this draft in my answer
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
