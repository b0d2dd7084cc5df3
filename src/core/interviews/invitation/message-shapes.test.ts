import { describe, expect, it } from 'vitest';
import { looksLikeName } from './names.js';
import { names, sender } from './test-helpers.js';

// Shapes met in the blind batch dev 760-799, written here afresh: chat messages, agency and assistant e-mails, guest
// lists, and phrasings in Spanish, Portuguese, French and German.
describe('invitation people: chat messages, agencies, guest lists and phrasings in other languages', () => {
  it('passes over the letters of a qualification after a name ("RN", "CA(SA)", ", CRHA")', () => {
    const text =
      'Hi Sam,\n\nConfirming your phone screen with our Ward Manager, Dana Ruiz RN, on Monday.\n\nYou will be meeting:\n' +
      '1) Thabo Nkosi CA(SA) – Partner\n2) Anna Berg – Audit Manager\n\nBest,\nLee Park\nRecruiter';
    expect(names(text)).toEqual(expect.arrayContaining(['Dana Ruiz', 'Thabo Nkosi', 'Anna Berg']));
    const signed = 'Bonjour Sam,\n\nVotre entrevue est confirmée.\n\nAu plaisir de vous rencontrer,\n\nClaire Roy, CRHA\nConseillère RH';
    expect(sender(signed)?.name).toBe('Claire Roy');
  });

  it('takes a room booked among the guests for no person ("Bartók (Room, 6F)")', () => {
    const text =
      'Onsite interview\n\nAttendees\nDana Ruiz <dana.ruiz@acme.example>\nLiszt (Room, 4F) – capacity 8\n\nHi Sam,\nSee you then!';
    expect(names(text)).not.toContain('Liszt');
    expect(names(text)).toContain('Dana Ruiz');
  });

  it('reads someone asked to join ("may ask the CFO, Mr. A, to join", "I\'ve also asked B from our Cork site to join")', () => {
    const text =
      'Hi Sam,\n\nYour interview is on Monday at 10:00. Omar may also ask the CFO, Mr. Tariq Nassar, to join for the last 15 minutes. ' +
      "I've also asked Deirdre Walsh from our Cork site to join if she's free.\n\nBest,\nLee Park\nRecruiter";
    expect(names(text)).toEqual(expect.arrayContaining(['Tariq Nassar', 'Deirdre Walsh']));
    expect(names('Hi Sam,\n\nPlease ask Tariq Nassar for directions.\n\nBest,\nLee Park\nRecruiter')).not.toContain('Tariq Nassar');
  });

  it('reads the person an interview is arranged for ("on behalf of Ms A, Head of X, to arrange …"; "… Ltd. He would like to speak with you")', () => {
    const arrange =
      'Dear Mr Lim,\n\nI am writing on behalf of Ms Tan Mei Ling, Head of Treasury at Kestrel Marine Pte Ltd, to arrange a ' +
      'telephone interview.\n\nBest regards,\nAl Chua\nExecutive Assistant';
    expect(names(arrange)).toContain('Tan Mei Ling');
    const pronoun =
      'Dear Ms. Rao,\n\nI am writing on behalf of Mr. Suresh Menon, Vice President – Credit at Kestrel Finance Ltd. He would ' +
      'like to speak with you about the role.\n\nWarm regards,\nAl Chua\nExecutive Assistant';
    expect(names(pronoun)).toContain('Suresh Menon');
  });

  it('reads a given name with a title in brackets in prose ("You\'ll meet Otieno (Product Lead) and Dr. A")', () => {
    const text = "Hi Sam,\n\nYou'll meet Otieno (Product Lead) and Dr. Halima Said, our Chief Risk Officer.\n\nBest,\nLee Park\nRecruiter";
    expect(names(text)).toEqual(expect.arrayContaining(['Otieno', 'Halima Said']));
  });

  it('reads a family name of two capitals before a given name in two words ("Ms. LE Hoang Mai")', () => {
    expect(looksLikeName('LE Hoang Mai')).toBe(true);
    expect(looksLikeName('QA Dana Ruiz')).toBe(false);
    const text = 'Dear Sam,\n\nInterview panel:\n• Ms. LE Hoang Mai – Key Account Manager\n• myself\n\nBest regards,\nLee Park\nRecruiter';
    expect(names(text)).toContain('LE Hoang Mai');
  });

  it('reads Spanish, Portuguese and German phrasings ("la llamada con", "conduzida pelo … e pela", "Dabei sind", "se suma")', () => {
    const spanish =
      'Hola Diego,\n\nTe confirmo la llamada con Ernesto Villalobos, nuestro Gerente de Logística, el jueves. De nada, capaz se suma ' +
      'un ratito Horacio Benítez, el dueño.\n\nSaludos,\nMariana Ortiz\nReclutadora';
    expect(names(spanish)).toEqual(expect.arrayContaining(['Ernesto Villalobos', 'Horacio Benítez']));
    const portuguese =
      'Olá Ana,\n\nA entrevista será conduzida pelo Eng. Rui Sá da Costa, Diretor de Sistemas, e pela Dra. Marta Lopes, ' +
      'Responsável de Business Intelligence.\n\nAtenciosamente,\nJoana Reis\nRecrutadora';
    expect(names(portuguese)).toEqual(['Rui Sá da Costa', 'Marta Lopes', 'Joana Reis']);
    const german = 'Hallo Sabine,\n\nDabei sind Petra Lind (Teamleiterin Konstruktion) und ich.\n\nViele Grüße\nJonas Keller\nRecruiter';
    expect(names(german)).toContain('Petra Lind');
  });

  it('reads a committee "composé de" as a heading over its list', () => {
    const text =
      'Bonjour Sam,\n\nLe comité sera composé de :\n– Mme Aïcha Diallo, conseillère principale, relations de presse\n– moi-même\n\n' +
      'Cordialement,\nClaire Roy\nConseillère RH';
    expect(names(text)).toContain('Aïcha Diallo');
  });

  it('finds the writer of a chat message ("Soy Mariana, reclutadora en …", "this is Ben Kowalczyk, recruiter at …")', () => {
    const spanish =
      '[11/03/25, 09:14] Mariana Ortiz: Hola Diego! Soy Mariana, reclutadora en Grupo Norte\n' +
      '[11/03/25, 09:14] Mariana Ortiz: Te confirmo la entrevista el jueves a las 17:00';
    expect(sender(spanish)?.name).toBe('Mariana Ortiz');
    const english = 'Hi Grace, this is Ben Kowalczyk, recruiter at Riverbend Medical. Confirming your phone screen tomorrow at 8:15am.';
    expect(sender(english)?.name).toBe('Ben Kowalczyk');
  });

  it('takes "it\'ll be me + Gustavo" for the writer taking part, and "I\'ll call you afterwards for feedback" for not', () => {
    const chat = "hey Theo! it's Nadia Rahman from Pallet\nit'll be me + Gustavo (he's our tech lead), ~1h on Zoom next Tuesday at 3pm";
    expect(sender(chat)?.interviews).toBe(true);
    const agency =
      "Dear Rania,\n\nInterview panel:\n- Mr. Khalid Saeed – Director of Leasing\n\nI'll call you afterwards for feedback.\n\n" +
      'Best regards,\nCallum Reid\nSenior Consultant';
    expect(sender(agency)?.interviews).toBe(false);
  });

  it('takes "I\'ll ring you on Monday to prepare" for a call before the interview, and "I\'ll call you at 10 with Ana" for a part in it', () => {
    const before =
      "Hi Rania,\n\nYour interview is with Mr. Khalid Saeed, Director of Leasing, on Tuesday at 2pm.\n\nI'll ring you on Monday to prepare.\n\n" +
      'Best regards,\nCallum Reid\nSenior Consultant';
    expect(sender(before)?.interviews).toBe(false);
    const joins =
      "Hi Rania,\n\nI'll call you at 2pm on Tuesday together with Khalid Saeed.\n\nBest regards,\nCallum Reid\nSenior Consultant";
    expect(sender(joins)?.interviews).toBe(true);
  });

  it('takes a calendar organiser written family name first who signs with the given name for the sender ("Kovács Anna" … "Anna – HR")', () => {
    const text =
      'Onsite interview\n\nOrganizer: Kovács Anna <anna.kovacs@duna.example>\n\nAttendees\nNagy Balázs <balazs.nagy@duna.example>\n\n' +
      'Description\nHi Marco,\nLooking forward to meeting you in person.\nAnna – HR Business Partner, Duna Kft.';
    expect(sender(text)?.name).toBe('Kovács Anna');
    const heading = text.replace('Organizer: Kovács Anna', 'Organizer\nKovács Anna');
    expect(sender(heading)?.name).toBe('Kovács Anna');
    expect(sender(heading)?.email).toBe('anna.kovacs@duna.example');
  });
});
