import type { Note } from '../../../../contracts/notes.js';
import { isSettled, type NoteDraft } from './drafts.js';
import type { OutboxView, OutboxWrite } from './outbox.js';
import { mergeEdit } from './outbox-rules.js';

/**
 * What this engine shows: the device store as last read or written, with the keystrokes of this tab not yet in it
 * (`unstored`: typed and not yet written) laid over, so a store read or another tab's change never takes back
 * what the user just typed.
 */
export class NoteCache {
  /** Pending drafts of every interview (settled ones are not pending). */
  readonly drafts = new Map<string, NoteDraft>();
  /** This interview's server notes. */
  readonly server = new Map<string, Note>();

  constructor(
    readonly interviewId: string,
    private readonly unstored: (id: string) => boolean,
  ) {}

  /** Sets a draft the user just changed (written to the store next). */
  edit(draft: NoteDraft): void {
    this.drafts.set(draft.id, draft);
  }

  /** Takes in the whole store as read now. */
  replace(view: OutboxView): void {
    const stored = new Map(view.drafts.map((d) => [d.id, d]));
    const next = new Map<string, NoteDraft>();
    for (const d of view.drafts) this.place(next, d.id, d);
    for (const id of this.drafts.keys()) if (!stored.has(id)) this.place(next, id, undefined);
    this.drafts.clear();
    for (const [id, d] of next) this.drafts.set(id, d);
    this.server.clear();
    for (const n of view.notes) if (n.interviewId === this.interviewId) this.server.set(n.id, n);
  }

  /** Takes in a change this engine wrote to the store. */
  apply(change: OutboxWrite): void {
    for (const id of change.removeDrafts ?? []) this.place(this.drafts, id, undefined);
    for (const d of change.drafts ?? []) this.place(this.drafts, d.id, d);
    for (const id of change.removeNotes ?? []) this.server.delete(id);
    for (const n of change.notes ?? []) {
      if (n.interviewId === this.interviewId && (this.server.get(n.id)?.revision ?? -1) <= n.revision) this.server.set(n.id, n);
    }
  }

  /** Puts the stored state of draft `id` into `into`, under this tab's unstored keystrokes when it has any. */
  private place(into: Map<string, NoteDraft>, id: string, stored: NoteDraft | undefined): void {
    const local = this.unstored(id) ? this.drafts.get(id) : undefined;
    if (local) into.set(id, mergeEdit(stored, local));
    else if (stored && !isSettled(stored)) into.set(id, stored);
    else into.delete(id);
  }
}
