import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, IdParams } from '../../../contracts/common.js';
import { CreatePerson, ImportPeople, LinkParams, PeopleQuery, Person, PersonList, UpdatePerson } from '../../../contracts/people.js';
import * as service from './service.js';

const tags = ['People'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** A file name made of safe characters. */
function fileName(name: string): string {
  return (
    (name
      .normalize('NFKD')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'contact') + '.vcf'
  );
}

/** People at employers: contacts, their links to opportunities, vCard import and export. */
export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/people', {
    schema: {
      tags,
      summary: 'List people (optionally those of one opportunity)',
      querystring: PeopleQuery,
      response: { 200: PersonList, ...errors },
    },
    handler: async (req) => ({ items: await service.listPeople(req.ctx, req.query) }),
  });

  app.post('/api/people', {
    schema: { tags, summary: 'Add a person', body: CreatePerson, response: { 200: Person, 201: Person, ...errors } },
    handler: async (req, reply) => {
      const { person, created } = await service.addPerson(req.ctx, req.body);
      return reply.code(created ? 201 : 200).send(person);
    },
  });

  app.post('/api/people/import', {
    schema: {
      tags,
      summary: 'Add the people confirmed from a vCard preview (all or none)',
      description: 'The client parses the .vcf (src/core/contacts) and shows a preview; only confirmed cards are sent.',
      body: ImportPeople,
      response: { 201: PersonList, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send({ items: await service.importPeople(req.ctx, req.body.people) }),
  });

  app.get('/api/people/:id', {
    schema: { tags, summary: 'Get a person', params: IdParams, response: { 200: Person, ...errors } },
    handler: (req) => service.getPerson(req.ctx, req.params.id),
  });

  app.patch('/api/people/:id', {
    schema: { tags, summary: 'Edit a person', params: IdParams, body: UpdatePerson, response: { 200: Person, ...errors } },
    handler: (req) => service.updatePerson(req.ctx, req.params.id, req.body),
  });

  app.delete('/api/people/:id', {
    schema: { tags, summary: 'Delete a person', params: IdParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await service.deletePerson(req.ctx, req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/people/:id/vcard', {
    schema: { tags, summary: 'A person as a vCard 4.0 file', params: IdParams, response: { 200: z.string(), ...errors } },
    handler: async (req, reply) => {
      const person = await service.getPerson(req.ctx, req.params.id);
      return reply
        .type('text/vcard; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(person.name)}"`)
        .send(service.toVCard([person]));
    },
  });

  app.get('/api/opportunities/:id/people.vcf', {
    schema: {
      tags,
      summary: "All of an opportunity's people as one vCard file",
      params: IdParams,
      response: { 200: z.string(), ...errors },
    },
    handler: async (req, reply) => {
      const people = await service.listPeople(req.ctx, { opportunityId: req.params.id });
      return reply
        .type('text/vcard; charset=utf-8')
        .header('content-disposition', 'attachment; filename="people.vcf"')
        .send(service.toVCard(people));
    },
  });

  app.put('/api/opportunities/:id/people/:personId', {
    schema: { tags, summary: 'Link a person to an opportunity', params: LinkParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await service.setLinked(req.ctx, req.params.id, req.params.personId, true);
      return reply.code(204).send(null);
    },
  });

  app.delete('/api/opportunities/:id/people/:personId', {
    schema: { tags, summary: 'Unlink a person from an opportunity', params: LinkParams, response: { 204: z.null(), ...errors } },
    handler: async (req, reply) => {
      await service.setLinked(req.ctx, req.params.id, req.params.personId, false);
      return reply.code(204).send(null);
    },
  });
};
