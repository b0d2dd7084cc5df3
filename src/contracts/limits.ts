// Plain numbers shared by the API and the web app, in a module without zod: importing a value from a
// contracts module that defines schemas would pull zod into the web app's first download.

/**
 * How many items `GET /api/next-actions` lists unless asked for more (the counts always cover all):
 * a screenful of the most urgent; the page asks for the next ones when the user wants them.
 */
export const NEXT_ACTIONS_LIMIT = 100;

/** Most summaries one page of `GET /api/opportunities` answers, and its default; the list and board ask for this many a page. */
export const OPPORTUNITY_PAGE_MAX = 1000;

/** Length of a password being set, in characters (the API, the CLI and the web forms check the same numbers). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
