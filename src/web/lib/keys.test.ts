// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { boardMoveTarget, isTypingTarget, matchShortcut } from './keys.js';
import type { KeyLike } from './keys.js';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('boardMoveTarget', () => {
  it('moves forward with ] and Alt+ArrowRight, back with [ and Alt+ArrowLeft', () => {
    expect(boardMoveTarget('applied', key(']'))).toBe('interviewing');
    expect(boardMoveTarget('applied', key('ArrowRight', { altKey: true }))).toBe('interviewing');
    expect(boardMoveTarget('applied', key('['))).toBe('lead');
    expect(boardMoveTarget('applied', key('ArrowLeft', { altKey: true }))).toBe('lead');
  });
  it('ignores plain arrows, modified brackets and moves past the ends', () => {
    expect(boardMoveTarget('applied', key('ArrowRight'))).toBeNull();
    expect(boardMoveTarget('applied', key(']', { ctrlKey: true }))).toBeNull();
    expect(boardMoveTarget('lead', key('['))).toBeNull();
    expect(boardMoveTarget('withdrawn', key(']'))).toBeNull();
  });
});

describe('matchShortcut', () => {
  it('runs single-key shortcuts at once', () => {
    expect(matchShortcut('', key('n')).action).toBe('new');
    expect(matchShortcut('', key('?')).action).toBe('help');
  });
  it('waits after g, then runs the two-key shortcut', () => {
    const first = matchShortcut('', key('g'));
    expect(first).toEqual({ action: null, pending: 'g' });
    expect(matchShortcut(first.pending, key('b'))).toEqual({ action: 'board', pending: '' });
    expect(matchShortcut('g', key('d')).action).toBe('dashboard');
    expect(matchShortcut('g', key('l')).action).toBe('list');
  });
  it('drops an unknown sequence and never fires with Ctrl, Meta or Alt held', () => {
    expect(matchShortcut('g', key('x'))).toEqual({ action: null, pending: '' });
    expect(matchShortcut('', key('b')).action).toBeNull();
    expect(matchShortcut('', key('n', { ctrlKey: true })).action).toBeNull();
    expect(matchShortcut('', key('n', { metaKey: true })).action).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('is true in inputs, textareas, selects and editable content, false elsewhere', () => {
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    document.body.append(editable);
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(editable)).toBe(true);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
