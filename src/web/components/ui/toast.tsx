import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { X } from 'lucide-react';

export interface ToastAction {
  label: string;
  onClick: () => void;
}
interface ToastItem {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: ToastAction | undefined;
}
interface ToastApi {
  show: (message: string, opts?: { action?: ToastAction; tone?: 'info' | 'error' }) => void;
}

const ToastContext = createContext<ToastApi | null>(null);
// Long enough to reach Undo with the keyboard; the toast stays while hovered or focused.
const TOAST_MS = 8000;

/** Hosts the toast region (aria-live) and gives `useToast` to the tree below. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setItems((all) => all.filter((t) => t.id !== id));
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const schedule = useCallback(
    (id: number) => {
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), TOAST_MS),
      );
    },
    [dismiss],
  );

  const pause = useCallback((id: number) => {
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
  }, []);

  const api = useMemo<ToastApi>(
    () => ({
      show(message, opts) {
        const id = nextId.current++;
        setItems((all) => [...all.slice(-2), { id, message, tone: opts?.tone ?? 'info', action: opts?.action }]);
        schedule(id);
      },
    }),
    [schedule],
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      {/* Top on phones and bottom right on wider screens: away from the Save buttons, which sit bottom left. */}
      <div
        aria-live="polite"
        className="pointer-events-none fixed top-[4.5rem] left-1/2 z-50 flex w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 flex-col gap-2 sm:top-auto sm:right-4 sm:bottom-4 sm:left-auto sm:w-96 sm:translate-x-0"
      >
        {items.map((t) => (
          <div
            key={t.id}
            role={t.tone === 'error' ? 'alert' : 'status'}
            className={
              'pointer-events-auto flex items-center gap-3 rounded-xl border px-4 py-3 text-sm shadow-lg ' +
              (t.tone === 'error' ? 'border-danger bg-danger-soft text-danger' : 'border-line bg-surface text-fg')
            }
            onMouseEnter={() => pause(t.id)}
            onMouseLeave={() => schedule(t.id)}
            onFocus={() => pause(t.id)}
            onBlur={() => schedule(t.id)}
          >
            <span className="flex-1">{t.message}</span>
            {t.action && (
              <button
                type="button"
                className="rounded-md px-2 py-1 font-semibold text-accent hover:bg-accent-soft"
                onClick={() => {
                  t.action?.onClick();
                  dismiss(t.id);
                }}
              >
                {t.action.label}
              </button>
            )}
            <button
              type="button"
              aria-label="Dismiss"
              className="rounded-md p-1 text-muted hover:bg-accent-soft"
              onClick={() => dismiss(t.id)}
            >
              <X size={16} aria-hidden="true" />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** Shows a short message, optionally with one action such as Undo. */
export function useToast(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error('useToast needs a ToastProvider above it');
  return ctx;
}
