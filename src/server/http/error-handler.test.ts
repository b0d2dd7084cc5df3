import { describe, expect, it } from 'vitest';
import { toAppError } from './error-handler.js';

/** Driver errors as the engines raise them. */
function driverError(message: string, fields: Record<string, string>): Error {
  return Object.assign(new Error(message), fields);
}

describe('database conflicts become 409', () => {
  it('maps a PostgreSQL unique violation to a conflict naming the column', () => {
    const err = toAppError(
      driverError('duplicate key value violates unique constraint "opportunities_pkey"', {
        code: '23505',
        detail: 'Key (id)=(018f) already exists.',
      }),
    );
    expect(err.toBody()).toEqual({ error: { code: 'conflict', message: 'This id is already in use', field: 'id' } });
    expect(toAppError(driverError('duplicate key', { code: '23505', detail: 'Key (name_key)=(acme) already exists.' })).field).toBe(
      'nameKey',
    );
    // Row-level security hides the key from the detail.
    expect(
      toAppError(driverError('duplicate key value violates unique constraint "people_pkey"', { code: '23505', constraint: 'people_pkey' }))
        .field,
    ).toBe('id');
  });

  it('maps a row-level security refusal to a conflict on the id', () => {
    const err = toAppError(driverError('new row violates row-level security policy for table "opportunities"', { code: '42501' }));
    expect(err.status).toBe(409);
    expect(err.field).toBe('id');
  });

  it('maps SQLite unique and primary-key failures', () => {
    expect(
      toAppError(driverError('UNIQUE constraint failed: opportunities.id', { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' })).toBody(),
    ).toMatchObject({ error: { code: 'conflict', field: 'id' } });
    expect(toAppError(driverError('UNIQUE constraint failed: users.email', { code: 'SQLITE_CONSTRAINT_UNIQUE' })).field).toBe('email');
  });

  it('leaves other database failures as internal errors', () => {
    expect(toAppError(driverError('permission denied for table users', { code: '42501' })).status).toBe(500);
    expect(toAppError(driverError('FOREIGN KEY constraint failed', { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' })).status).toBe(500);
  });
});
