import { describe, it, expect } from 'vitest';
import { CreateOpportunity, UpdateOpportunity } from '../../../contracts/opportunities.js';
import type { Opportunity } from '../../../contracts/opportunities.js';
import { EMPTY_FORM, formField, formFromOpportunity, toPayload } from './form-model.js';

const saved: Opportunity = {
  id: '0190c0de-0000-7000-8000-000000000001',
  employerId: '0190c0de-0000-7000-8000-000000000002',
  employerName: 'Northwind',
  roleTitle: 'Data analyst',
  location: 'Lyon',
  remotePolicy: 'hybrid',
  sourceUrl: 'https://jobs.example/1',
  salaryMin: 40000,
  salaryMax: 52000,
  salaryCurrency: 'EUR',
  salaryPeriod: 'year',
  jobDescription: 'Line one\n\n  indented',
  stage: 'applied',
  nextAction: 'Call Ana',
  nextActionDue: '2026-04-02',
  excitement: 4,
  archivedAt: null,
  stageChangedAt: '2026-03-01T10:00:00.000Z',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

describe('toPayload', () => {
  it('asks for employer and role, naming each field', () => {
    const { errors } = toPayload(EMPTY_FORM);
    expect(Object.keys(errors).sort()).toEqual(['employerName', 'roleTitle']);
  });

  it('turns blank optional fields into null so the server clears them', () => {
    const { body, errors } = toPayload({ ...EMPTY_FORM, employerName: ' Acme ', roleTitle: 'Designer' });
    expect(errors).toEqual({});
    expect(body.employerName).toBe('Acme');
    expect(body.location).toBeNull();
    expect(body.salaryMin).toBeNull();
    expect(body.excitement).toBeNull();
    expect(body.nextActionDue).toBeNull();
  });

  it('refuses a maximum below the minimum, non-numbers, bad currencies and non-web links', () => {
    const { errors } = toPayload({
      ...EMPTY_FORM,
      employerName: 'Acme',
      roleTitle: 'Designer',
      salaryMin: '60000',
      salaryMax: '50000',
      salaryCurrency: 'euro',
      sourceUrl: 'javascript:alert(1)',
    });
    expect(errors.salaryMax).toMatch(/below/);
    expect(errors.salaryCurrency).toBeDefined();
    expect(errors.sourceUrl).toBeDefined();
    expect(toPayload({ ...EMPTY_FORM, salaryMin: '5k' }).errors.salaryMin).toBeDefined();
  });

  it('accepts thousands separators and lower-case currency codes', () => {
    const { body, errors } = toPayload({ ...EMPTY_FORM, employerName: 'A', roleTitle: 'B', salaryMin: '45,000', salaryCurrency: 'usd' });
    expect(errors).toEqual({});
    expect(body.salaryMin).toBe(45000);
    expect(body.salaryCurrency).toBe('USD');
  });

  it('wants an action when a due date is set', () => {
    expect(toPayload({ ...EMPTY_FORM, employerName: 'A', roleTitle: 'B', nextActionDue: '2026-05-01' }).errors.nextAction).toBeDefined();
  });

  it('round-trips a saved opportunity into a body both contracts accept unchanged', () => {
    const { body, errors } = toPayload(formFromOpportunity(saved));
    expect(errors).toEqual({});
    expect(CreateOpportunity.safeParse(body).success).toBe(true);
    expect(UpdateOpportunity.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ salaryMin: 40000, excitement: 4, jobDescription: 'Line one\n\n  indented', nextActionDue: '2026-04-02' });
  });
});

describe('formField', () => {
  it('maps server field paths onto form fields and ignores others', () => {
    expect(formField('salaryMax')).toBe('salaryMax');
    expect(formField('body.employerName')).toBe('employerName');
    expect(formField('id')).toBeNull();
    expect(formField(undefined)).toBeNull();
  });
});
