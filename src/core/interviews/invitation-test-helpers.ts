import { parseInvitation } from './invitation.js';

// Shared by the invitation tests of this folder: they read at one clock, a Tuesday morning in Lisbon
// (UTC+0 until 29 March 2026). The tests in invitation/ use their own helpers (test-helpers.ts there).
const NOW = '2026-02-24T10:00:00.000Z';

/** Test helper: reads an invitation in Lisbon at the tests' clock, for the given employer if any. */
export const parse = (text: string, employerName?: string) =>
  parseInvitation(text, { timeZone: 'Europe/Lisbon', now: NOW, ...(employerName && { employerName }) });

/** Test helper: reads an invitation in the given zone (Lisbon by default) at the given clock (the tests' by default). */
export const parseAt = (text: string, timeZone = 'Europe/Lisbon', now = NOW) => parseInvitation(text, { timeZone, now });

/** Test helper: the names of the people the invitation names, the sender left out. */
export const names = (text: string, employerName?: string) =>
  parse(text, employerName)
    .draft.people.filter((p) => !p.sender)
    .map((p) => p.name);

/** Test helper: each person the invitation names as [name, title or null], the sender left out. */
export const titled = (text: string) =>
  parse(text)
    .draft.people.filter((p) => !p.sender)
    .map((p) => [p.name, p.title ?? null]);

/** Test helper: the person the invitation takes for its sender, if any. */
export const sender = (text: string) => parse(text).draft.people.find((p) => p.sender);
