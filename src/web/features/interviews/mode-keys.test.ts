import { describe, expect, it } from 'vitest';
import { modeKeyAction } from './mode-keys.js';

const key = (over: { key: string; code?: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean }) => ({
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...over,
});

describe('interview mode keys', () => {
  it('switches conversation with Alt+1…9 by the physical key, so Option+1 on a Mac works too', () => {
    expect(modeKeyAction(key({ key: '1', code: 'Digit1', altKey: true }))).toEqual({ kind: 'conversation', index: 0 });
    expect(modeKeyAction(key({ key: '¡', code: 'Digit1', altKey: true }))).toEqual({ kind: 'conversation', index: 0 });
    expect(modeKeyAction(key({ key: '9', code: 'Digit9', altKey: true }))).toEqual({ kind: 'conversation', index: 8 });
  });

  it('goes back to the clock with Alt+0 and to the notes with Alt+N', () => {
    expect(modeKeyAction(key({ key: '0', code: 'Digit0', altKey: true }))).toEqual({ kind: 'clock' });
    expect(modeKeyAction(key({ key: 'n', code: 'KeyN', altKey: true }))).toEqual({ kind: 'notes' });
  });

  it('leaves plain typing, and other modifier combinations, alone', () => {
    expect(modeKeyAction(key({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(modeKeyAction(key({ key: 'n', code: 'KeyN' }))).toBeNull();
    expect(modeKeyAction(key({ key: '1', code: 'Digit1', altKey: true, ctrlKey: true }))).toBeNull();
    expect(modeKeyAction(key({ key: '!', code: 'Digit1', altKey: true, shiftKey: true }))).toBeNull();
    expect(modeKeyAction(key({ key: 'x', code: 'KeyX', altKey: true }))).toBeNull();
  });
});
