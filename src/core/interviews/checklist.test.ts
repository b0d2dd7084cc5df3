import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEM_IDS, defaultChecklist } from './checklist.js';
import { INTERVIEW_KIND_VALUES } from './types.js';

describe('defaultChecklist', () => {
  it.each(INTERVIEW_KIND_VALUES)('gives a %s interview unticked items with unique, stable ids', (kind) => {
    const items = defaultChecklist(kind);
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.done).toBe(false);
      expect(item.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(item.label.length).toBeGreaterThan(10);
      expect(item.label.length).toBeLessThanOrEqual(200);
      expect(CHECKLIST_ITEM_IDS.has(item.id)).toBe(true);
    }
  });

  it.each([
    ['phone', ['phone-charged', 'quiet-room', 'questions-ready', 'brief-ready', 'notes-within-reach']],
    ['video', ['link-tested', 'camera-mic-checked', 'notifications-off', 'questions-ready', 'brief-ready']],
    ['onsite', ['route-planned', 'arrive-early', 'resume-copies', 'phone-silenced', 'questions-ready']],
  ] as const)('fits the kind: %s has %j', (kind, ids) => {
    expect(defaultChecklist(kind).map((i) => i.id)).toEqual(expect.arrayContaining([...ids]));
  });

  it('keeps kind-specific items to their kind', () => {
    expect(defaultChecklist('phone').map((i) => i.id)).not.toContain('route-planned');
    expect(defaultChecklist('onsite').map((i) => i.id)).not.toContain('link-tested');
    expect(defaultChecklist('video').map((i) => i.id)).not.toContain('resume-copies');
  });

  it('hands out a fresh copy every time', () => {
    const a = defaultChecklist('video');
    a[0]!.done = true;
    expect(defaultChecklist('video')[0]!.done).toBe(false);
  });
});
