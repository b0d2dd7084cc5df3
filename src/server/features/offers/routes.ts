import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import { ClosingNoteOptions, CompareQuery, Offer, OfferComparison, OfferDecision, PutOffer } from '../../../contracts/offers.js';
import * as service from './service.js';

const tags = ['Offers'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const NOTHING_SENT = 'Nothing is sent: each draft is for the user to copy or open in their own mail app.';

/** Offers and their comparison (issue #7). */
export const offerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/opportunities/:id/offer', {
    schema: {
      tags,
      summary: "An opportunity's offer (null until one is saved)",
      params: IdParams,
      response: { 200: Offer.nullable(), ...errors },
    },
    handler: (req) => service.findOffer(req.ctx, req.params.id),
  });

  app.put('/api/opportunities/:id/offer', {
    schema: {
      tags,
      summary: "Save an opportunity's offer (create or replace its terms)",
      description:
        'Fields left out become empty. `basePay` needs `currency` and `payPeriod`. An opportunity in an earlier stage moves to `offer` (recorded on its timeline). Answers 201 when the offer is new, 200 when it replaced one.',
      params: IdParams,
      body: PutOffer,
      response: { 200: Offer, 201: Offer, ...errors },
    },
    handler: async (req, reply) => {
      const { offer, created } = await service.putOffer(req.ctx, req.params.id, req.body);
      return reply.code(created ? 201 : 200).send(offer);
    },
  });

  app.delete('/api/opportunities/:id/offer', {
    schema: { tags, summary: "Delete an opportunity's offer (its stage stays)", params: IdParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await service.deleteOffer(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/offers/compare', {
    schema: {
      tags,
      summary: 'Every offer of an open opportunity side by side, against your priorities',
      description:
        'Pay is normalised to a year (12 months, 260 working days, 2,080 hours). Send `today` (YYYY-MM-DD, your calendar) for days left until each deadline.',
      querystring: CompareQuery,
      response: { 200: OfferComparison, 400: ErrorBody },
    },
    handler: (req) => service.compareOffers(req.ctx, req.query.today),
  });

  app.post('/api/opportunities/:id/offer/accept', {
    schema: {
      tags,
      summary: 'Accept the offer; answers closing-note drafts for your other open opportunities',
      description: `Marks the offer accepted and moves the opportunity to \`accepted\`. ${NOTHING_SENT} Close each other opportunity with PATCH /api/opportunities/:id (stage \`withdrawn\`) or, where it has an offer, POST …/offer/decline. 409 when another offer is already accepted.`,
      params: IdParams,
      body: ClosingNoteOptions.nullish(),
      response: { 200: OfferDecision, ...errors },
    },
    handler: (req) => service.acceptOffer(req.ctx, req.params.id, req.body ?? {}),
  });

  app.get('/api/opportunities/:id/offer/closing-notes', {
    schema: {
      tags,
      summary: 'The closing-note drafts again, after accepting this offer (409 until accepted)',
      description: NOTHING_SENT,
      params: IdParams,
      querystring: ClosingNoteOptions.pick({ tone: true }),
      response: { 200: OfferDecision, ...errors },
    },
    handler: (req) => service.closingNotesAfterAccept(req.ctx, req.params.id, req.query),
  });

  app.post('/api/opportunities/:id/offer/decline', {
    schema: {
      tags,
      summary: 'Decline the offer; answers a polite decline note to send',
      description: `Marks the offer declined and moves the opportunity to \`withdrawn\`. ${NOTHING_SENT}`,
      params: IdParams,
      body: ClosingNoteOptions.nullish(),
      response: { 200: OfferDecision, ...errors },
    },
    handler: (req) => service.declineOffer(req.ctx, req.params.id, req.body ?? {}),
  });

  app.post('/api/opportunities/:id/offer/reopen', {
    schema: {
      tags,
      summary: 'Undo an accept or decline: the offer is pending and the opportunity back at `offer`',
      params: IdParams,
      response: { 200: Offer, ...errors },
    },
    handler: (req) => service.reopenOffer(req.ctx, req.params.id),
  });
};
