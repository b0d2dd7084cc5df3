// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { notesBeingWritten } from './registry.js';

describe('notesBeingWritten (what holds back "Reload to update")', () => {
  afterEach(() => document.body.replaceChildren());

  function box(value: string, noteBox = true): HTMLTextAreaElement {
    const el = document.createElement('textarea');
    if (noteBox) el.setAttribute('data-note-box', '');
    el.value = value;
    document.body.append(el);
    el.focus();
    return el;
  }

  it('is true while the note box has focus and text', () => {
    box('? How is on-call shared');
    expect(notesBeingWritten()).toBe(true);
  });

  it('is false for an empty note box, another field, or nothing focused', () => {
    box('   ');
    expect(notesBeingWritten()).toBe(false);
    box('a search', false);
    expect(notesBeingWritten()).toBe(false);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(notesBeingWritten()).toBe(false);
  });
});
