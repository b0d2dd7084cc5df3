import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import { CSV_MAX_BYTES, CsvImport, CsvImportResult, CsvPreview, CsvUpload, ImportList, UndoResult } from '../../../contracts/imports.js';
import { AppError } from '../../errors.js';
import * as service from './service.js';

const tags = ['Opportunities'];
const errors = { 400: ErrorBody, 404: ErrorBody, 413: ErrorBody };
/** The file travels as base64 inside JSON: a third larger, plus the user's choices. */
export const CSV_BODY_LIMIT = Math.ceil(CSV_MAX_BYTES / 3) * 4 + 256 * 1024;

/** A body announced as too large is refused before it is read, in words that name the file. */
async function refuseLargeFile(req: FastifyRequest): Promise<void> {
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > CSV_BODY_LIMIT)
    throw new AppError(
      'payload-too-large',
      `The CSV file is larger than ${CSV_MAX_BYTES / 1024 / 1024} MB; nothing was imported. Split it into smaller files.`,
      { field: 'bytes' },
    );
}

const upload = { bodyLimit: CSV_BODY_LIMIT, onRequest: refuseLargeFile };

/** Bringing opportunities in from another tracker's or a spreadsheet's CSV, and undoing an import. */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/imports/csv/preview', {
    ...upload,
    schema: {
      tags,
      summary:
        'Read a CSV file (base64) into the opportunities it would add: encoding, delimiter, header row, the recognised export, columns, statuses → stages, every row with its duplicate, bad rows with line and reason; saves nothing',
      body: CsvUpload,
      response: { 200: CsvPreview, ...errors },
    },
    handler: (req) => service.previewCsv(req.ctx, req.body),
  });

  app.post('/api/imports/csv', {
    ...upload,
    schema: {
      tags,
      summary:
        'Import a CSV file: every row but the skipped ones, in one transaction; bad rows are left out and listed. Answers the import, which DELETE /api/imports/{id} undoes',
      body: CsvImport,
      response: { 201: CsvImportResult, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await service.importCsv(req.ctx, req.body)),
  });

  app.get('/api/imports', {
    schema: {
      tags,
      summary: 'The 20 most recent CSV imports, with how many of their opportunities are still there',
      response: { 200: ImportList },
    },
    handler: (req) => service.listImports(req.ctx),
  });

  app.delete('/api/imports/:id', {
    schema: {
      tags,
      summary: 'Undo a CSV import as one action: its opportunities and the people it created are removed',
      params: IdParams,
      response: { 200: UndoResult, ...errors },
    },
    handler: (req) => service.undoImport(req.ctx, req.params.id),
  });
};
