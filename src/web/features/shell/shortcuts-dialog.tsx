import { Dialog } from '../../components/ui/dialog.js';
import { Button } from '../../components/ui/button.js';
import { SHORTCUTS } from '../../lib/keys.js';

/** Lists every keyboard shortcut; opened with `?`. */
export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Keyboard shortcuts"
      description="Shortcuts work anywhere except while you type in a field."
      footer={<Button onClick={() => onOpenChange(false)}>Done</Button>}
    >
      <dl className="divide-y divide-line text-sm">
        {SHORTCUTS.map((s) => (
          <div key={s.action} className="flex items-center justify-between py-2">
            <dt>{s.label}</dt>
            <dd className="flex gap-1">
              {s.keys.map((k, i) => (
                <kbd key={i} className="rounded border border-line-strong bg-bg px-1.5 py-0.5 font-mono text-xs">
                  {k}
                </kbd>
              ))}
            </dd>
          </div>
        ))}
        <div className="flex items-center justify-between py-2">
          <dt>Find anything (focus the search box)</dt>
          <dd className="flex shrink-0 gap-1">
            <kbd className="rounded border border-line-strong bg-bg px-1.5 py-0.5 font-mono text-xs">/</kbd>
          </dd>
        </div>
        <div className="flex items-center justify-between py-2">
          <dt>In a fact or note: save</dt>
          <dd className="flex shrink-0 gap-1">
            <kbd className="rounded border border-line-strong bg-bg px-1.5 py-0.5 font-mono text-xs">Ctrl</kbd>
            <kbd className="rounded border border-line-strong bg-bg px-1.5 py-0.5 font-mono text-xs">Enter</kbd>
          </dd>
        </div>
        <div className="flex items-center justify-between py-2">
          <dt>On the board: move the focused card a stage back or forward</dt>
          <dd className="flex shrink-0 gap-1">
            <kbd className="rounded border border-line-strong bg-bg px-1.5 py-0.5 font-mono text-xs">[</kbd>
            <kbd className="rounded border border-line-strong bg-bg px-1.5 py-0.5 font-mono text-xs">]</kbd>
          </dd>
        </div>
      </dl>
    </Dialog>
  );
}
