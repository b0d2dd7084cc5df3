import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OpportunityList } from '../../contracts/opportunities.js';
import { loadFastJson, responseCheckFromEnv, responseSerializerCompiler, serializationSchema, writtenWhole } from './serializer.js';

const summary = {
  id: '0193a4f0-0000-7000-8000-000000000001',
  employerName: 'Fjord "Robotics" <Labs>\u2028',
  roleTitle: 'QA Lead',
  location: null,
  stage: 'interviewing',
  nextAction: 'Send the thank-you',
  nextActionDue: '2026-12-01',
  excitement: 4,
  archivedAt: null,
  updatedAt: '2026-11-20T09:00:00.000Z',
  fit: { score: 72.5, coverage: 0.5, gapCount: 3 },
};

async function appAnswering(mode: 'fast' | 'checked', schema: z.ZodType, body: unknown) {
  const app = Fastify({ logger: false });
  if (mode === 'fast') await loadFastJson();
  app.setSerializerCompiler(await responseSerializerCompiler(mode));
  app.get('/x', { schema: { response: { 200: schema } } }, () => body);
  await app.ready();
  return app;
}

describe('response serialisers compiled from the zod contracts', () => {
  it('is in checked mode for the whole test suite', () => {
    expect(responseCheckFromEnv()).toBe('checked');
    expect(responseCheckFromEnv({})).toBe('fast');
  });

  it('folds nullable fields into type lists and drops what only validates', () => {
    const json = serializationSchema(
      z.object({
        a: z.string().nullable(),
        b: z.enum(['x', 'y']).nullable(),
        c: z.iso.datetime(),
        d: z.object({ e: z.number() }).nullable(),
      }),
    );
    const props = json.properties as Record<string, Record<string, unknown>>;
    expect(props.a).toEqual({ type: ['string', 'null'] });
    expect(props.b).toEqual({ type: ['string', 'null'], enum: ['x', 'y', null] });
    expect(props.c).not.toHaveProperty('pattern');
    expect(props.d).toMatchObject({ type: ['object', 'null'], required: ['e'] });
    expect(json).not.toHaveProperty('additionalProperties');
  });

  it('leaves a union to JSON.stringify (no branch tests), and still matches the contract', async () => {
    const Target = z.union([
      z.object({ page: z.literal('opportunity'), id: z.string() }),
      z.object({ page: z.literal('interview'), at: z.number() }),
    ]);
    const Body = z.object({ items: z.array(z.object({ title: z.string(), target: Target })) });
    expect(
      (serializationSchema(Body).properties as { items: { items: { properties: { target: unknown } } } }).items.items.properties.target,
    ).toEqual({});
    const body = {
      items: [
        { title: 'Call', target: { page: 'opportunity', id: 'a' } },
        { title: 'Go', target: { page: 'interview', at: 3 } },
      ],
    };
    const fast = await (await appAnswering('fast', Body, body)).inject({ url: '/x' });
    const checked = await (await appAnswering('checked', Body, body)).inject({ url: '/x' });
    expect(checked.statusCode).toBe(200);
    expect(fast.body).toBe(checked.body);
  });

  it('writes the same JSON as the zod contract, leaving out keys the contract does not name', async () => {
    const body = { items: [summary, { ...summary, fit: null, jobDescription: 'never sent' }], nextCursor: null };
    const fast = await appAnswering('fast', OpportunityList, body);
    const checked = await appAnswering('checked', OpportunityList, body);
    const a = await fast.inject({ url: '/x' });
    const b = await checked.inject({ url: '/x' });
    expect(a.statusCode).toBe(200);
    expect(a.body).toBe(b.body);
    expect(a.body).not.toContain('never sent');
    expect(a.json()).toEqual({ items: [summary, { ...summary, fit: null }], nextCursor: null });
  });

  it('writes a contract marked writtenWhole with JSON.stringify; checked mode still holds it to the contract', async () => {
    const body = { items: [summary, { ...summary, fit: null }], nextCursor: null };
    const fast = await appAnswering('fast', writtenWhole(OpportunityList), body);
    expect((await fast.inject({ url: '/x' })).body).toBe(JSON.stringify(body));
    const checked = await appAnswering('checked', writtenWhole(OpportunityList), body);
    expect((await checked.inject({ url: '/x' })).json()).toEqual(body);
    // A key the contract does not name would be written: checked mode refuses the answer.
    const leaky = await appAnswering('checked', writtenWhole(OpportunityList), {
      items: [{ ...summary, secret: 'never sent' }],
      nextCursor: null,
    });
    expect((await leaky.inject({ url: '/x' })).statusCode).toBe(500);
  });

  it('in checked mode, refuses an answer that breaks its contract', async () => {
    const app = await appAnswering('checked', OpportunityList, { items: [{ ...summary, stage: 'hired' }], nextCursor: null });
    const res = await app.inject({ url: '/x' });
    expect(res.statusCode).toBe(500);
  });

  it('in checked mode, refuses a contract the fast serialiser would write differently', async () => {
    // A transform's output cannot be described to fast-json-stringify: the two disagree, and the test says so.
    const shouting = z.object({ name: z.string() }).transform((v) => ({ name: v.name.toUpperCase() }));
    const app = await appAnswering('checked', shouting, { name: 'quiet' });
    const res = await app.inject({ url: '/x' });
    expect(res.statusCode).toBe(500);
  });
});
