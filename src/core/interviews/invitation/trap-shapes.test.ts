import { describe, expect, it } from 'vitest';
import { parseInvitation } from '../invitation.js';
import { looksLikeName } from './names.js';

const names = (text: string) =>
  parseInvitation(text, { timeZone: 'Europe/London', now: '2024-01-10T09:00:00Z' }).draft.people.map((p) => p.name);

// Shapes met in the blind batch dev 640-679, written here afresh: list shapes and phrasings that hid interviewers,
// and a company that read as one.
describe('invitation people: list shapes and phrasings', () => {
  it('takes a company ending in "Enterprise" for no person', () => {
    expect(names('Hi Sam, your phone screen with Northgate Cobalt Enterprise is on Monday at 3pm. Thanks, Lee Kim')).not.toContain(
      'Northgate Cobalt Enterprise',
    );
  });

  it('goes on with the list after a title on a timetable line: "A, Partner, and B, Senior Associate"', () => {
    const text =
      'Hi Jo,\n\nYour timetable:\n\n10:00  Panel interview – Imogen Tate, Partner, and Kwame Boateng, Senior Associate\n11:00  Close\n\nBest,\nRuth Lowe';
    expect(names(text)).toEqual(expect.arrayContaining(['Imogen Tate', 'Kwame Boateng']));
  });

  it('reads the sentences after a labelled list as prose: "Interviewers: A and B. C may join …"', () => {
    const text =
      'Hi Jo,\n\nInterviewers: Lena Park (Director) and Omar Haddad (Manager). Dafydd Rees, Partner, may join for the last ten minutes.\n\nBest,\nRuth Lowe';
    expect(names(text)).toEqual(expect.arrayContaining(['Lena Park', 'Omar Haddad', 'Dafydd Rees']));
  });

  it('takes "Participan:" (and the like in other languages) as a heading over a list', () => {
    const text = 'Hola Ana,\n\nParticipan:\n• Lic. Tomás Ibarra, del equipo de Tesorería\n• Ing. Rosa Vidal\n\nSaludos,\nEva Gil';
    expect(names(text)).toEqual(expect.arrayContaining(['Tomás Ibarra', 'Rosa Vidal']));
  });

  it('reads a short family name in capitals before a given name in two words ("LIM Boon Heng")', () => {
    expect(looksLikeName('LIM Boon Heng')).toBe(true);
    expect(looksLikeName('ABC Boon')).toBe(false);
    expect(names("Hi Wei,\n\nWho you'll meet:\n• LIM Boon Heng (Engineering Manager)\n\nCheers,\nRachel Ong")).toContain('LIM Boon Heng');
  });

  it('reads "w/" as "with" and the Filipino particles "Delos", "Dela"', () => {
    const text = 'Good day! Your phone interview w/ Mr. Arnel Delos Reyes, Team Lead, is on May 15 (Wed) 9:00 AM. Thank you!';
    expect(names(text)).toContain('Arnel Delos Reyes');
  });

  it('reads "taken by", ", along with" and a "CA" before a name', () => {
    const text =
      'Dear Ali,\n\nThe interview will be taken by Bilal Ahmed Siddiqui, Area Manager, along with CA Sana Mirza (Finance Head).\n\nRegards,\nOmar Khan';
    expect(names(text)).toEqual(expect.arrayContaining(['Bilal Ahmed Siddiqui', 'Sana Mirza']));
  });

  it('reads a French "qu\'" run into a name, and Spanish "te llamarán"', () => {
    expect(
      names("Bonjour,\n\nVous rencontrerez Paul Girard, Directeur R&D, ainsi qu'Élise Marchand (Designer).\n\nCordialement,\nAnne Roux"),
    ).toEqual(expect.arrayContaining(['Paul Girard', 'Élise Marchand']));
    const text =
      'Hola,\n\nTe llamarán el Sr. Pablo Errázuriz, Superintendente de la planta, y la Sra. Inés Larraín, Gerente de Operaciones.\n\nSaludos,\nEva Gil';
    expect(names(text)).toEqual(expect.arrayContaining(['Pablo Errázuriz', 'Inés Larraín']));
  });

  it('keeps a time with a full stop ("at 11.15") among the words that make "with" a meeting', () => {
    expect(
      names('Hi Tom, your phone interview is confirmed for Weds 29th at 11.15 with Nadia Okafor-Bell (Change Manager). Jess'),
    ).toContain('Nadia Okafor-Bell');
  });
});
