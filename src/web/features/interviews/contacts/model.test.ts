import { describe, expect, it } from 'vitest';
import { parseCardText } from '../../../../core/contacts/card-text.js';
import { parseVCards } from '../../../../core/contacts/index.js';
import {
  createBody,
  draftFieldOf,
  draftFromCard,
  draftFromVCard,
  emptyDraft,
  fieldsToCheck,
  otherCompany,
  roleFor,
  websiteLink,
} from './model.js';

const OPP = '00000000-0000-7000-8000-0000000000a1';
const ID = '00000000-0000-7000-8000-0000000000b2';

describe('capture drafts', () => {
  it('guesses the role from the title, defaulting to interviewer', () => {
    expect(roleFor('Senior Technical Recruiter')).toBe('recruiter');
    expect(roleFor('Hiring Manager, Platform')).toBe('hiring-manager');
    expect(roleFor('Talent Partner')).toBe('recruiter');
    expect(roleFor('Staff Engineer')).toBe('interviewer');
    expect(roleFor(undefined)).toBe('interviewer');
  });

  it('fills a draft from a card reading, keeping this employer and offering the card’s other company', () => {
    const card = parseCardText('Tom O’Brien\nTalent Partner\nBrightpath Recruiting Ltd\nDirect: +353 1 555 0123\ntom.obrien@brightpath.ie');
    expect(draftFromCard(card, 'Initech')).toEqual({
      name: "Tom O'Brien",
      title: 'Talent Partner',
      role: 'recruiter',
      email: 'tom.obrien@brightpath.ie',
      phone: '+353 1 555 0123',
      website: '',
      employerName: 'Initech',
    });
    expect(otherCompany(card, 'Initech')).toBe('Brightpath Recruiting Ltd');
    expect(otherCompany(card, 'Brightpath Recruiting Ltd')).toBeNull();
    // A company only guessed from the email domain is not offered.
    expect(otherCompany(parseCardText('Ana Lima\nana.lima@zeta.io'), 'Initech')).toBeNull();
  });

  it('marks the readings to check (low confidence) and nothing else', () => {
    const card = parseCardText('Jane Doe\nRecruiter\njane.doe @ acme . corn\nTel: +1 4l5 555 O132');
    const check = fieldsToCheck(card);
    expect(check.has('name')).toBe(false);
    expect(check.has('phone')).toBe(false);
    expect([...fieldsToCheck(parseCardText('marta.nowak@polar.io'))]).toEqual(['name']);
  });

  it('fills a draft from a vCard, with its ORG as the employer', () => {
    const vcf =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Ode\r\nTITLE:Talent Acquisition Lead\r\nORG:Other Co\r\nEMAIL:ben@other.co\r\nURL:https://other.co\r\nEND:VCARD';
    const person = parseVCards(vcf).cards[0]!.person;
    expect(draftFromVCard(person, 'Initech')).toEqual({
      name: 'Ben Ode',
      title: 'Talent Acquisition Lead',
      role: 'recruiter',
      email: 'ben@other.co',
      phone: '',
      website: 'https://other.co',
      employerName: 'Other Co',
    });
  });

  it('builds the POST body: trimmed, blanks as null, the website as a link, linked to the opportunity', () => {
    const body = createBody(
      { ...emptyDraft('Initech'), name: '  Jane Doe ', email: ' jane@initech.com ', website: 'initech.com/team' },
      { id: ID, opportunityId: OPP, employerName: 'Initech' },
    );
    expect(body).toEqual({
      id: ID,
      name: 'Jane Doe',
      title: null,
      role: 'interviewer',
      email: 'jane@initech.com',
      phone: null,
      links: ['https://initech.com/team'],
      employerName: 'Initech',
      opportunityIds: [OPP],
    });
    expect(createBody({ ...emptyDraft(''), name: 'X' }, { id: ID, opportunityId: OPP, employerName: 'Initech' }).employerName).toBe(
      'Initech',
    );
  });

  it('maps server error fields to form fields', () => {
    expect(draftFieldOf('email')).toBe('email');
    expect(draftFieldOf('links.0')).toBe('website');
    expect(draftFieldOf('opportunityIds.0')).toBeNull();
    expect(draftFieldOf(undefined)).toBeNull();
    expect(websiteLink('  ')).toBeNull();
    expect(websiteLink('http://a.io')).toBe('http://a.io');
  });
});
