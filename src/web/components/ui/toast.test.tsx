// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ToastProvider, useToast } from './toast.js';

function Archiver({ onUndo }: { onUndo: () => void }) {
  const toast = useToast();
  return (
    <button type="button" onClick={() => toast.show('Archived Acme.', { action: { label: 'Undo', onClick: onUndo } })}>
      Archive
    </button>
  );
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('toast', () => {
  it('offers Undo, which runs the action once and closes the toast', () => {
    const onUndo = vi.fn();
    render(
      <ToastProvider>
        <Archiver onUndo={onUndo} />
      </ToastProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    expect(screen.getByRole('status').textContent).toContain('Archived Acme.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('goes away by itself after a few seconds', () => {
    vi.useFakeTimers();
    render(
      <ToastProvider>
        <Archiver onUndo={() => undefined} />
      </ToastProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    expect(screen.queryByText('Archived Acme.')).not.toBeNull();
    act(() => {
      vi.advanceTimersByTime(9000);
    });
    expect(screen.queryByText('Archived Acme.')).toBeNull();
  });
});
