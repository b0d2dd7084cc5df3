import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BackupName,
  BackupOverview,
  BackupPreview,
  EraseRequest,
  EraseResult,
  RESTORE_MAX_BYTES,
  RestoreResult,
  RestoreUpload,
} from '../../../contracts/backup.js';
import { ErrorBody } from '../../../contracts/common.js';
import { notFound } from '../../errors.js';
import * as service from './app-service.js';

const tags = ['Your data'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody };
/** A restore carries the whole file as JSON text (escaping makes it somewhat longer than the file). */
const RESTORE_BODY_LIMIT = Math.ceil(RESTORE_MAX_BYTES * 1.5);

/** Options the app passes in: local mode's backup folder and scheduler (null in server mode and most tests). */
export interface BackupRouteOptions {
  local: service.LocalBackups | null;
}

/** Download a backup, restore one, the automatic backups (local mode) and "delete everything" (local mode). */
export const backupRoutes: FastifyPluginAsyncZod<BackupRouteOptions> = async (app, options) => {
  const local = options.local ?? null;
  const serverMode = app.offerbookMode === 'server';
  /** Local-mode routes answer 404 in server mode, as if they did not exist. */
  const localOnly = async (req: FastifyRequest) => {
    if (serverMode) throw notFound(`${req.method} ${req.url.split('?')[0]}`);
  };

  app.get('/api/export', {
    schema: {
      tags,
      summary: 'Download a complete backup of your notebook',
      description:
        "The same JSON file as `offerbook export`, as a download. In server mode it holds only the signed-in account's own rows (never content shared with you), and the export is recorded in the audit log.",
    },
    handler: async (req, reply) => {
      const { text, name } = await service.exportForDownload(req.ctx, serverMode);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(text);
    },
  });

  app.post('/api/restore/preview', {
    schema: {
      tags,
      summary: 'Check a backup file and say what it holds (nothing is changed)',
      body: RestoreUpload,
      response: { 200: BackupPreview, ...errors },
    },
    bodyLimit: RESTORE_BODY_LIMIT,
    handler: (req) => service.previewOf(service.parseUpload(req.body.text)),
  });

  app.post('/api/restore', {
    schema: {
      tags,
      summary: 'Restore a backup file',
      description:
        'The whole file is checked first; a bad file changes nothing. Local mode: a notebook that holds data is saved to the backup folder, then replaced. Server mode: only into an empty account.',
      body: RestoreUpload,
      response: { 200: RestoreResult, ...errors },
    },
    bodyLimit: RESTORE_BODY_LIMIT,
    handler: (req) => service.restore(req.ctx, service.parseUpload(req.body.text), local, serverMode),
  });

  app.get('/api/backups', {
    schema: { tags, summary: 'The automatic backups (local mode)', response: { 200: BackupOverview, 404: ErrorBody } },
    onRequest: localOnly,
    handler: () => service.overview(local),
  });

  app.post('/api/backups', {
    schema: { tags, summary: 'Take a backup now (local mode)', response: { 200: BackupOverview, ...errors } },
    onRequest: localOnly,
    handler: async () => {
      if (local?.scheduler) await local.scheduler.runNow('manual');
      return service.overview(local);
    },
  });

  app.post('/api/backups/preview', {
    schema: {
      tags,
      summary: 'What one automatic backup holds (local mode)',
      body: BackupName,
      response: { 200: BackupPreview, ...errors },
    },
    onRequest: localOnly,
    handler: async (req) => service.previewOf(await service.readListed(local, req.body.name)),
  });

  app.post('/api/backups/restore', {
    schema: {
      tags,
      summary: 'Restore one automatic backup (local mode; the current notebook is saved first)',
      body: BackupName,
      response: { 200: RestoreResult, ...errors },
    },
    onRequest: localOnly,
    handler: async (req) => service.restore(req.ctx, await service.readListed(local, req.body.name), local, false),
  });

  app.post('/api/erase', {
    schema: {
      tags,
      summary: 'Delete everything (local mode)',
      description:
        'Removes every row of the notebook and its search index; the app is empty as on first start. With `deleteBackups`, the files in the backup folder go too.',
      body: EraseRequest,
      response: { 200: EraseResult, ...errors },
    },
    onRequest: localOnly,
    handler: (req) => service.eraseEverything(req.ctx, local, req.body.deleteBackups),
  });
};
