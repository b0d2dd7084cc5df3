import { describe, expect, it } from 'vitest';
import { looksLikeName } from './names.js';
import { draft } from './test-helpers.js';

const people = (text: string) => draft(text).people.map((p) => [p.name, p.sender]);

// Shapes met in the blind batch dev 500-539, written here afresh: titles before names, names and who is not met.
describe('invitation people: panel shapes', () => {
  it('reads a title in two parts before a name, and "the …, who is …"', () => {
    const text =
      'Dear Ade,\n\nYou will meet our Head of Credit, Corporate Banking, Mr K. O. Bello, and the Area Manager, Ikeja, Mrs Bisi Adewale-Cole. ' +
      'The call will be led by the Lead Assessor for the scheme, who is Professor Rhiannon Price-Evans.\n\nRegards,\nTolu Ade\nHR Officer';
    expect(people(text).map(([n]) => n)).toEqual(['K. O. Bello', 'Bisi Adewale-Cole', 'Rhiannon Price-Evans', 'Tolu Ade']);
  });

  it('drops honorifics such as Associate Professor and Chef, keeps a Luo closing apostrophe and "Ma." for Maria', () => {
    const text =
      "Hi Jo,\n\nYour interview will be with Associate Professor Dev Raman and Chef Marco Bellini. Other members will be Ms. Atieno Ochieng' " +
      'and Ma. Luisa Reyes.\n\nBest,\nSam Cole\nRecruiter';
    expect(people(text).map(([n]) => n)).toEqual(['Dev Raman', 'Marco Bellini', "Atieno Ochieng'", 'Ma. Luisa Reyes', 'Sam Cole']);
    expect(looksLikeName("Achieng' Ouma")).toBe(true);
  });

  it('leaves out an interviewer who is replaced or away', () => {
    const text =
      'Hi Kim,\n\nQuick update: Nadia Rahman, who was due to take this round, is out sick, so Omar Faruq (Product Lead) will be taking it instead. ' +
      'Our CEO, Laura Mendes, sends her apologies.\n\nThanks,\nPia Lund\nTalent Partner';
    expect(people(text).map(([n]) => n)).toEqual(['Omar Faruq', 'Pia Lund']);
  });

  it('signs a reply with its writer, not the candidate quoted below', () => {
    const text =
      'Hi Rosa,\n\nThe panel will be Gwen Hart (Head of Planning) and Tom Ellis.\n\nThanks,\nIan\n\nIan Berry\nHR Officer\nNorthdale Council\n\n' +
      '-----Original Message-----\nFrom: Rosa Diaz <rosa.diaz@outlook.com>\nSubject: RE: Interview\n\nDear Ian,\n\nWho will be on the panel?\n\nKind regards,\nRosa';
    expect(people(text).filter(([, sender]) => sender)).toEqual([['Ian Berry', true]]);
  });
});
