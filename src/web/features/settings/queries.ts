import { api } from '../../api/client.js';
import type { Route } from '../../api/routes.js';
import type { UpdateSettings } from '../../../contracts/settings.js';

export { settingsKeys } from '../../api/keys.js';

/** The app's settings. */
export const fetchSettings = () => api('GET /api/settings');
/** Changes some settings. */
export const updateSettings = (body: UpdateSettings) => api('PATCH /api/settings', { body });

/** Local mode: the automatic backups kept on this computer. */
export const fetchBackups = () => api('GET /api/backups');
/** Local mode: takes a backup now. */
export const takeBackup = () => api('POST /api/backups');
/** What restoring a kept backup would bring back. */
export const previewBackup = (name: string) => api('POST /api/backups/preview', { body: { name } });
/** Restores a kept backup (the current data is kept aside first). */
export const restoreBackup = (name: string) => api('POST /api/backups/restore', { body: { name } });

/** What restoring an export file would bring back. */
export const previewRestore = (text: string) => api('POST /api/restore/preview', { body: { text } });
/** Restores an export file. */
export const restoreExport = (text: string) => api('POST /api/restore', { body: { text } });

/**
 * Deletes everything. `confirm` is the words the user typed: the server judges them and names what is
 * wrong, so they go as typed (the one place the client sends what the contract may refuse).
 */
export const eraseEverything = (body: { confirm: string; deleteBackups: boolean }) =>
  api('POST /api/erase', { body: body as Route<'POST /api/erase'>['body'] });

/** The calendar feeds (their secret addresses are shown only once, at creation). */
export const fetchCalendarFeeds = () => api('GET /api/calendar/feeds').then((r) => r.items);
/** Creates a calendar feed for the user's zone. */
export const createCalendarFeed = (timeZone: string | undefined) => api('POST /api/calendar/feeds', { body: { timeZone } });
/** Revokes a calendar feed. */
export const deleteCalendarFeed = (id: string) => api('DELETE /api/calendar/feeds/:id', { params: { id } });
