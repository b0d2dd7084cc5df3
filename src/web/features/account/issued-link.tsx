import { useState } from 'react';
import { Button } from '../../components/ui/button.js';
import { Field, Input } from '../../components/ui/field.js';

/** A one-time link shown once after it is made, with a copy button. */
export function IssuedLinkPanel({ title, url, expiresAt, onDone }: { title: string; url: string; expiresAt: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="flex flex-col gap-3 rounded-xl border border-accent bg-accent-soft p-4">
      <p className="text-sm font-semibold">{title}</p>
      <Field label="Link to send" hint={`Shown only now. It works once, until ${new Date(expiresAt).toLocaleString()}.`}>
        {({ id, describedBy }) => (
          <Input id={id} readOnly value={url} aria-describedby={describedBy} onFocus={(e) => e.currentTarget.select()} />
        )}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : 'Copy link'}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
