import { describe, expect, it } from 'vitest';
import { matchKnownPeople, type KnownPerson } from './match.js';

const OPP = 'opp-1';
const known: KnownPerson[] = [
  { id: 'jose', name: 'José García', employerName: 'Ferrovia Logistics', opportunityIds: [OPP] },
  { id: 'marta', name: 'Marta Silva', employerName: 'Ferrovia Logistics', opportunityIds: [] },
  { id: 'marta-elsewhere', name: 'Marta Silva', employerName: 'Globex', opportunityIds: ['opp-2'] },
  { id: 'ravi', name: 'Ravi Kumar', employerName: 'Ferrovia Logistics', opportunityIds: [OPP] },
  { id: 'lee-1', name: 'Ana Lee', employerName: 'Ferrovia Logistics', opportunityIds: [OPP] },
  { id: 'lee-2', name: 'Ana Lee', employerName: 'Ferrovia Logistics', opportunityIds: [OPP] },
];
const match = (names: string[]) =>
  matchKnownPeople(
    names.map((name) => ({ name })),
    known,
    { opportunityId: OPP, employerName: 'ferrovia logistics' },
  ).map((p) => [p.name, p.personId ?? null, p.linked ?? null]);

describe('matchKnownPeople', () => {
  it('matches by name with case and accents aside, the opportunity first, then the employer', () => {
    expect(match(['JOSE GARCIA', 'marta silva', 'Dr. Ravi Kumar'])).toEqual([
      ['JOSE GARCIA', 'jose', true],
      ['marta silva', 'marta', false],
      ['Dr. Ravi Kumar', 'ravi', true],
    ]);
  });

  it('matches a given name alone only when one person has it, and never a name two people share', () => {
    expect(match(['Ravi', 'Ana Lee', 'Ana'])).toEqual([
      ['Ravi', 'ravi', true],
      ['Ana Lee', null, null],
      ['Ana', null, null],
    ]);
  });

  it('does not match people of other employers or a different name', () => {
    expect(
      matchKnownPeople([{ name: 'Marta Silva' }, { name: 'Marta Sousa' }], known, { opportunityId: 'opp-3', employerName: 'Initech' }).map(
        (p) => p.personId ?? null,
      ),
    ).toEqual([null, null]);
  });
});
