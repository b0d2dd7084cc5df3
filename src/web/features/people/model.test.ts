import { describe, it, expect } from 'vitest';
import { parseVCards } from '../../../core/contacts/index.js';
import { cardToCreate, linkable, parseLinks, recreatePerson, shortLink } from './model.js';
import type { Person } from '../../../contracts/people.js';

const OPP = '00000000-0000-7000-8000-0000000000a1';
const EMP = '00000000-0000-7000-8000-0000000000e1';

const person = (over: Partial<Person>): Person => ({
  id: '00000000-0000-7000-8000-000000000001',
  employerId: EMP,
  employerName: 'Initech',
  name: 'Dana Reyes',
  title: null,
  role: 'interviewer',
  email: null,
  phone: null,
  links: [],
  background: '',
  inCommon: '',
  opportunityIds: [],
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

describe('people model', () => {
  it('turns a parsed card into an import body linked to this opportunity, keeping the card’s own ORG', () => {
    const { cards } = parseVCards(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Sam Okafor',
        'TITLE:Senior Recruiter',
        'ORG:Umbrella Ltd',
        'EMAIL:sam@umbrella.test',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Lee Park',
        'END:VCARD',
      ].join('\r\n'),
    );
    expect(cards).toHaveLength(2);
    const [sam, lee] = cards.map((c) => cardToCreate(c, { opportunityId: OPP, employerName: 'Initech' }));
    expect(sam).toMatchObject({
      name: 'Sam Okafor',
      title: 'Senior Recruiter',
      role: 'recruiter',
      email: 'sam@umbrella.test',
      employerName: 'Umbrella Ltd',
      opportunityIds: [OPP],
    });
    expect(lee).toEqual({ name: 'Lee Park', role: 'other', employerName: 'Initech', opportunityIds: [OPP] });
  });

  it('offers only people at the same employer who are not linked yet', () => {
    const everyone = [
      person({ id: 'a', name: 'Linked', opportunityIds: [OPP] }),
      person({ id: 'b', name: 'Free' }),
      person({ id: 'c', name: 'Elsewhere', employerId: '00000000-0000-7000-8000-0000000000e2' }),
    ];
    expect(linkable(everyone, { opportunityId: OPP, employerId: EMP }).map((p) => p.name)).toEqual(['Free']);
  });

  it('recreates a deleted person with the same id, details and links to opportunities', () => {
    const p = person({ title: 'CTO', email: 'd@x.test', links: ['https://x.test/d'], opportunityIds: [OPP] });
    expect(recreatePerson(p)).toMatchObject({
      id: p.id,
      name: 'Dana Reyes',
      title: 'CTO',
      email: 'd@x.test',
      links: ['https://x.test/d'],
      employerName: 'Initech',
      opportunityIds: [OPP],
    });
  });

  it('reads links one per line and shortens them for display', () => {
    expect(parseLinks(' https://a.test/x \n\n https://b.test ')).toEqual(['https://a.test/x', 'https://b.test']);
    expect(shortLink('https://www.example.org/in/dana/')).toBe('example.org/in/dana');
  });
});
