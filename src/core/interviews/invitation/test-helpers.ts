import { parseInvitation } from '../invitation.js';

/** Test helper: the draft an invitation reads into, at a fixed zone and clock. */
export const draft = (text: string) => parseInvitation(text, { timeZone: 'Europe/London', now: '2024-01-10T09:00:00Z' }).draft;

/** Test helper: the names of the people the draft holds, in order. */
export const names = (text: string): string[] => draft(text).people.map((p) => p.name);

/** Test helper: the person the draft takes for the sender, if any. */
export const sender = (text: string) => draft(text).people.find((p) => p.sender);
