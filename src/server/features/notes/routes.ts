import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import { NoteList, PutNote, PutNoteResult } from '../../../contracts/notes.js';
import * as service from './service.js';

const tags = ['Notes'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Interview notes with device-made ids and revisions (issue #6). */
export const noteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put('/api/notes/:id', {
    schema: {
      tags,
      summary: 'Save a note as the device has it (idempotent; a stale edit keeps both versions)',
      description:
        'The device sends the whole note with the server revision it last saw (`baseRevision`, 0 for a new note). ' +
        'An unknown id creates the note (201, revision 1); the same state again changes nothing and answers the same; ' +
        'an up-to-date edit raises the revision; a stale edit with other text keeps the server note and stores the ' +
        "device's text as a new note (`conflict`, with `conflictOf` = this id). A `!` note keeps its concern in step.",
      params: IdParams,
      body: PutNote,
      response: { 200: PutNoteResult, 201: PutNoteResult, ...errors },
    },
    handler: async (req, reply) => {
      const { result, created } = await service.putNote(req.ctx, req.params.id, req.body);
      return reply.code(created ? 201 : 200).send(result);
    },
  });

  app.get('/api/interviews/:id/notes', {
    schema: {
      tags,
      summary: "An interview's notes, oldest first (deleted ones left out)",
      params: IdParams,
      response: { 200: NoteList, ...errors },
    },
    handler: async (req) => ({ items: await service.listInterviewNotes(req.ctx, req.params.id) }),
  });
};
