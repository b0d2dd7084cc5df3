import type { ChecklistItem, InterviewKind } from './types.js';

/** A built-in checklist entry: a stable id (never reworded) and its label, in our own words. */
interface Entry {
  id: string;
  label: string;
}

// Before every kind of interview.
const BEFORE: readonly Entry[] = [
  { id: 'questions-ready', label: 'Your questions for them are ready, one or two per interviewer' },
  { id: 'brief-ready', label: 'The one-page brief is printed or open where you can glance at it' },
  { id: 'stories-reviewed', label: 'Read your three strongest stories once more' },
];

const BY_KIND: Record<InterviewKind, readonly Entry[]> = {
  phone: [
    { id: 'phone-charged', label: 'Phone charged, with a charger within reach' },
    { id: 'quiet-room', label: 'A quiet room with good reception, door closed' },
    { id: 'number-saved', label: 'Their number saved, so you recognise the call (and know who calls whom)' },
    { id: 'notes-within-reach', label: 'Notebook and pen, or a charged tablet, on the desk' },
    { id: 'notifications-off', label: 'Other notifications silenced for the hour' },
  ],
  video: [
    { id: 'link-tested', label: 'The meeting link opened once, and the app or browser updated' },
    { id: 'camera-mic-checked', label: 'Camera, microphone and headphones checked' },
    { id: 'lighting-background', label: 'Light on your face, a tidy background behind you' },
    { id: 'laptop-charged', label: 'Laptop on power, other apps and tabs closed' },
    { id: 'notes-within-reach', label: 'Notebook and pen, or a charged tablet, beside the keyboard' },
    { id: 'notifications-off', label: 'Phone silenced and notifications paused' },
    { id: 'fallback-number', label: 'A phone number to call if the connection drops' },
  ],
  onsite: [
    { id: 'route-planned', label: 'Route, travel time and parking or transit worked out' },
    { id: 'arrive-early', label: 'Leave so you arrive 10–15 minutes early' },
    { id: 'resume-copies', label: 'A few printed copies of your résumé' },
    { id: 'id-and-contact', label: 'Photo ID and the name of the person to ask for at reception' },
    { id: 'notes-within-reach', label: 'Notebook and pen, or a charged tablet, in your bag' },
    { id: 'outfit-ready', label: 'Clothes chosen the evening before' },
    { id: 'phone-silenced', label: 'Phone silenced before you walk in' },
  ],
};

/** The ids every built-in checklist item can have, for any kind. */
export const CHECKLIST_ITEM_IDS: ReadonlySet<string> = new Set([...BEFORE, ...Object.values(BY_KIND).flat()].map((e) => e.id));

/** The default checklist for an interview of this kind: nothing ticked yet. */
export function defaultChecklist(kind: InterviewKind): ChecklistItem[] {
  return [...BY_KIND[kind], ...BEFORE].map((e) => ({ id: e.id, label: e.label, done: false }));
}
