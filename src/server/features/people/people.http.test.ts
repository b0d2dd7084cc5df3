import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../contracts/opportunities.js';
import type { Person } from '../../../contracts/people.js';
import { parseVCards } from '../../../core/contacts/vcard-parse.js';
import { uuidv7 } from '../../../core/ids.js';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { DIALECTS } from '../../../../test/support/db.js';
import { buildOpportunityInput } from '../../../../test/factories.js';

describe.each(DIALECTS)('people over HTTP on %s', (dialect) => {
  let t: TestApp;
  let opp: Opportunity;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    opp = (
      await t.request({ method: 'POST', url: '/api/opportunities', payload: buildOpportunityInput({ employerName: 'Quarry & Sons' }) })
    ).json<Opportunity>();
  });
  afterAll(() => t.close());

  const ofOpportunity = async () =>
    (await t.request({ method: 'GET', url: `/api/people?opportunityId=${opp.id}` })).json<{ items: Person[] }>().items;

  it('adds a person to an opportunity, at its employer', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/people',
      payload: {
        name: 'Zoë Ångström',
        title: 'Head of Data',
        role: 'hiring-manager',
        email: 'zoe@quarry.example',
        phone: '+351 21 000 0000',
        links: ['https://example.org/zoe'],
        background: 'Ten years in logistics',
        inCommon: 'Both studied in Porto',
        opportunityIds: [opp.id],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<Person>()).toMatchObject({ employerName: 'Quarry & Sons', role: 'hiring-manager', opportunityIds: [opp.id] });
    expect((await ofOpportunity()).map((p) => p.name)).toEqual(['Zoë Ångström']);
  });

  it('exports vCards that parse back with every stored field', async () => {
    const [person] = await ofOpportunity();
    const res = await t.request({ method: 'GET', url: `/api/people/${person!.id}/vcard` });
    expect(res.headers['content-type']).toMatch(/text\/vcard/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=".*\.vcf"/);
    const parsed = parseVCards(res.body);
    expect(parsed.errors).toEqual([]);
    expect(parsed.cards[0]!.person).toMatchObject({
      name: 'Zoë Ångström',
      title: 'Head of Data',
      role: 'hiring-manager',
      organisation: 'Quarry & Sons',
      email: 'zoe@quarry.example',
      phone: '+351 21 000 0000',
      links: ['https://example.org/zoe'],
      background: 'Ten years in logistics',
      inCommon: 'Both studied in Porto',
    });
    const all = await t.request({ method: 'GET', url: `/api/opportunities/${opp.id}/people.vcf` });
    expect(parseVCards(all.body).cards).toHaveLength(1);
  });

  it('imports confirmed cards all together, or none when one is bad', async () => {
    const good = { name: 'Ravi Menon', role: 'recruiter' as const, opportunityIds: [opp.id] };
    const bad = await t.request({
      method: 'POST',
      url: '/api/people/import',
      payload: { people: [good, { name: 'Ghost', opportunityIds: [uuidv7()] }] },
    });
    expect(bad.statusCode).toBe(404);
    expect((await ofOpportunity()).some((p) => p.name === 'Ravi Menon')).toBe(false);
    const ok = await t.request({
      method: 'POST',
      url: '/api/people/import',
      payload: { people: [good, { name: 'Ines Duarte', opportunityIds: [opp.id] }] },
    });
    expect(ok.statusCode).toBe(201);
    expect((await ofOpportunity()).map((p) => p.name)).toEqual(['Ines Duarte', 'Ravi Menon', 'Zoë Ångström']);
  });

  it('links and unlinks people, and deletes them', async () => {
    const person = (await t.request({ method: 'POST', url: '/api/people', payload: { name: 'Unlinked Person' } })).json<Person>();
    expect((await t.request({ method: 'PUT', url: `/api/opportunities/${opp.id}/people/${person.id}` })).statusCode).toBe(204);
    expect((await ofOpportunity()).some((p) => p.id === person.id)).toBe(true);
    expect((await t.request({ method: 'DELETE', url: `/api/opportunities/${opp.id}/people/${person.id}` })).statusCode).toBe(204);
    expect((await ofOpportunity()).some((p) => p.id === person.id)).toBe(false);
    expect((await t.request({ method: 'DELETE', url: `/api/people/${person.id}` })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/people/${person.id}` })).statusCode).toBe(404);
  });

  it('edits a person', async () => {
    const [person] = await ofOpportunity();
    const res = await t.request({ method: 'PATCH', url: `/api/people/${person!.id}`, payload: { title: 'Talent Partner', email: null } });
    expect(res.json<Person>()).toMatchObject({ title: 'Talent Partner', email: null });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'A', email: 'not-an-email' }, 'email'],
    [{ name: 'A', phone: 'call me maybe' }, 'phone'],
    [{ name: 'A', links: ['javascript:alert(1)'] }, 'links.0'],
    [{ name: 'A', role: 'boss' }, 'role'],
  ])('refuses a bad person %o naming %s', async (payload, field) => {
    const before = (await t.request({ method: 'GET', url: '/api/people' })).body;
    const res = await t.request({ method: 'POST', url: '/api/people', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string } }>().error.field).toBe(field);
    expect((await t.request({ method: 'GET', url: '/api/people' })).body).toBe(before);
  });
});
