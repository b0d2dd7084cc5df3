import { describe, expect, it } from 'vitest';
import { followUpKey, parseFollowUpKey } from './keys.js';

const iv = '0190a8f0-0000-7000-8000-00000000000a';
const p = '0190a8f0-0000-7000-8000-00000000000b';

describe('follow-up keys', () => {
  it('round-trips thank-you and check-in keys', () => {
    const thank = { kind: 'thank-you', interviewId: iv, personId: p } as const;
    const check = { kind: 'check-in', opportunityId: iv, sequence: 2 } as const;
    expect(followUpKey(thank)).toBe(`thank-you:${iv}:${p}`);
    expect(parseFollowUpKey(followUpKey(thank))).toEqual(thank);
    expect(followUpKey(check)).toBe(`check-in:${iv}:2`);
    expect(parseFollowUpKey(followUpKey(check))).toEqual(check);
  });

  it('refuses anything else', () => {
    for (const bad of [
      '',
      'thank-you',
      `thank-you:${iv}`,
      `check-in:${iv}:0`,
      `check-in:${iv}:x`,
      `offer:${iv}:1`,
      `thank-you:${iv}:${p}:extra`,
      `check-in::1`,
    ]) {
      expect(parseFollowUpKey(bad), bad).toBeNull();
    }
  });
});
