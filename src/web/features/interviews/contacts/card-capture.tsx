import { useState } from 'react';
import * as Tabs from '@radix-ui/react-tabs';
import { Camera, FileText, Keyboard, UserPlus } from 'lucide-react';
import { Button } from '../../../components/ui/button.js';
import { Dialog } from '../../../components/ui/dialog.js';
import { useToast } from '../../../components/ui/toast.js';
import { uuidv7 } from '../../../../core/ids.js';
import { useCreatePerson } from '../../people/queries.js';
import { CaptureForm } from './capture-form.js';
import type { CaptureDraft } from './model.js';
import { createBody, emptyDraft } from './model.js';
import { PhotoCapture } from './photo-capture.js';
import { VCardCapture } from './vcard-capture.js';

/** What the card capture needs: where the new person belongs, and what to do once saved. */
export interface CardCaptureProps {
  opportunityId: string;
  employerName: string;
  /** Called with the new person's id after the user confirmed and it was saved. */
  onSaved?: (personId: string) => void;
}

const tabClass =
  'inline-flex min-h-11 flex-1 items-center justify-center gap-1.5 whitespace-nowrap border-b-2 border-transparent px-2 text-sm font-medium text-muted hover:text-fg data-[state=active]:border-accent data-[state=active]:text-accent';

/** Add a person met at the interview: by typing, from a vCard, or from a photographed business card (OCR on the device). */
export function CardCapture({ opportunityId, employerName, onSaved }: CardCaptureProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" className="min-h-11" onClick={() => setOpen(true)}>
        <UserPlus size={16} aria-hidden="true" />
        Add a person
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Add a person"
        description={`Someone you met at ${employerName}. Nothing is saved until you press Save.`}
      >
        {open && <CaptureBody opportunityId={opportunityId} employerName={employerName} onSaved={onSaved} onClose={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}

function CaptureBody({ opportunityId, employerName, onSaved, onClose }: CardCaptureProps & { onClose: () => void }) {
  const [tab, setTab] = useState('type');
  // One id per dialog: a save retried after a lost answer finds the person instead of adding a twin.
  const [id] = useState(() => uuidv7());
  const create = useCreatePerson();
  const toast = useToast();

  async function save(d: CaptureDraft) {
    const person = await create.mutateAsync(createBody(d, { id, opportunityId, employerName }));
    toast.show(`Added ${person.name}.`);
    onSaved?.(person.id);
    onClose();
  }

  return (
    <Tabs.Root value={tab} onValueChange={setTab} className="grid gap-3">
      <Tabs.List aria-label="How to add the person" className="flex border-b border-line">
        <Tabs.Trigger value="type" className={tabClass}>
          <Keyboard size={16} aria-hidden="true" />
          Type
        </Tabs.Trigger>
        <Tabs.Trigger value="vcard" className={tabClass}>
          <FileText size={16} aria-hidden="true" />
          vCard
        </Tabs.Trigger>
        <Tabs.Trigger value="photo" className={tabClass}>
          <Camera size={16} aria-hidden="true" />
          Card photo
        </Tabs.Trigger>
      </Tabs.List>
      <div className="max-h-[65vh] overflow-y-auto px-0.5 pb-0.5">
        <Tabs.Content value="type">
          <CaptureForm initial={emptyDraft(employerName)} autoFocusName onSave={save} onCancel={onClose} />
        </Tabs.Content>
        <Tabs.Content value="vcard">
          <VCardCapture employerName={employerName} onSave={save} />
        </Tabs.Content>
        {/* Kept mounted while hidden, so switching tabs does not throw away a card being read. */}
        <Tabs.Content value="photo" forceMount className="data-[state=inactive]:hidden">
          <PhotoCapture employerName={employerName} onSave={save} />
        </Tabs.Content>
      </div>
    </Tabs.Root>
  );
}
