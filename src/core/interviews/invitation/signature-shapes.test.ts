import { describe, expect, it } from 'vitest';
import { findMeeting } from './meeting.js';
import { looksLikeName } from './names.js';
import { draft as parse, sender } from './test-helpers.js';

// Shapes met in the blind batch dev 600-639, written here afresh: sign-offs, committees, particles and meeting labels.
describe('invitation shapes: sign-offs, committees, particles and meeting labels', () => {
  it('completes a short form of the given name from the From header ("Jess" for Jessica)', () => {
    const text =
      'From: Samantha Okafor <s.okafor@fernway.example>\nTo: Lee Park\nSubject: Quick call\n\nHi Lee,\n\n' +
      "I'll give you a ring on Thursday at 11:00 to talk about the analyst role.\n\nSpeak soon!\n- Sam";
    expect(sender(text)).toMatchObject({ name: 'Samantha Okafor', email: 's.okafor@fernway.example', interviews: true });
  });

  it('takes the full signature under a nickname set apart by a blank line', () => {
    const text =
      'Dear Mr Nowak,\n\nYou will meet our QA Lead, Piotr Zając, on 4 March at 10:00.\n\nPozdrawiam,\nGosia\n\n' +
      'Małgorzata Lewandowska\nTalent Acquisition Partner\nm.lewandowska@vistula.example';
    expect(sender(text)).toMatchObject({ name: 'Małgorzata Lewandowska', title: 'Talent Acquisition Partner' });
  });

  it('signs with "- Name, Title" under a paragraph, but not under a heading', () => {
    const signed = 'Hi Jo - you will meet Dr. Hana Ito (Lab Director) on 5 May at 14:00.\n- Carla Benn, HR Recruiter';
    expect(sender(signed)).toMatchObject({ name: 'Carla Benn', title: 'HR Recruiter' });
    const listed = 'Hi Jo, on 5 May at 14:00.\n\nYour interviewer:\n- Carla Benn, Engineering Manager';
    expect(sender(listed)).toBeUndefined();
    expect(parse(listed).people.map((p) => p.name)).toEqual(['Carla Benn']);
  });

  it('takes a team right under a full name for the title ("Talent Acquisition | Company")', () => {
    const text =
      'Olá Rui,\n\nVocê vai conversar com o Tiago (Tech Lead) no dia 6 de maio às 10:00.\n\nMarta Sousa\nTalent Acquisition | Lumen Pagamentos';
    expect(sender(text)).toMatchObject({ name: 'Marta Sousa', title: 'Talent Acquisition' });
  });

  it('reads "the committee will consist of myself, X and Y": the writer takes part', () => {
    const text =
      'Dear Ms. Ade,\n\nThe committee will consist of myself, Dr. Jonas von Berg (postdoc) and Dr. Li-Na Wu (group leader). ' +
      'The interview is on 3 November at 14:00.\n\nBest regards,\n\nProf. Dr. Greta Holm\nChair of Soft Matter';
    const people = parse(text).people;
    expect(people.map((p) => p.name)).toEqual(['Jonas von Berg', 'Li-Na Wu', 'Greta Holm']);
    expect(people.find((p) => p.sender)?.interviews).toBe(true);
  });

  it('reads "binte" and "\'t" inside names, and never a product in two capitalised parts', () => {
    expect(looksLikeName('Aisyah binte Kamal')).toBe(true);
    expect(looksLikeName("Joost 't Hart")).toBe(true);
    expect(looksLikeName('HackerRank CodePair')).toBe(false);
    expect(looksLikeName('GitHub Copilot')).toBe(false);
    const names = ['LaToya McKenzie', 'DeShawn Moore', 'Ewan MacLeod', 'Ann FitzGerald', 'MaryAnn Cole', 'LeeAnn Park'];
    expect(names.filter((n) => !looksLikeName(n))).toEqual([]);
  });

  it('reads the meeting ID and passcode labelled in French, Portuguese and German', () => {
    const lines = (text: string) => text.split('\n');
    expect(findMeeting(lines('ID de réunion : 245 880 316 402\nCode secret : x8FqT3'), [])).toEqual({
      id: '245 880 316 402',
      passcode: 'x8FqT3',
    });
    expect(findMeeting(lines('ID da Reunião: 264 119 508 773\nSenha: 8YqLc2'), [])).toEqual({ id: '264 119 508 773', passcode: '8YqLc2' });
    expect(findMeeting(lines('Meeting-ID: 661 2093 4518\nKenncode: 208817'), [])).toEqual({ id: '661 2093 4518', passcode: '208817' });
  });
});

// Senders and meeting details in shapes met in dev 680-719, written here afresh.
describe('invitation sender: sign-offs, scripts and headers in other languages', () => {
  it('reads a sign-off in two words over a blank line ("Saludos cordiales,") and "i. A." before the name', () => {
    const spanish = 'Hola Ana,\n\nTu entrevista es el lunes a las 10:00 con Tomás Ibarra.\n\nSaludos cordiales,\n\nLucía Vega\nGrupo Norte';
    expect(sender(spanish)?.name).toBe('Lucía Vega');
    const german =
      'Sehr geehrter Herr Novak,\n\nIhr Gespräch ist am Montag um 10:00 mit Herrn Jonas Becker.\n\nMit freundlichen Grüßen\n\n' +
      'i. A. Anna Vogel\nHR-Koordinatorin\nTel.: +49 711 555 2093';
    expect(sender(german)?.name).toBe('Anna Vogel');
  });

  it("drops the name written again in another script after a signature's name", () => {
    const bracketed =
      'Dear Mr. Lee,\n\nYour interview is on Monday at 10:00.\n\nBest regards,\nAki Mori (森 亜希)\nRecruiting Team\nrecruit@kumo.example.jp';
    expect(sender(bracketed)).toMatchObject({ name: 'Aki Mori', email: 'recruit@kumo.example.jp' });
    const after =
      'Dear Mr. Lee,\n\nYour interview is on Monday at 10:00.\n\nBest regards,\nWang Fang 王芳\nHR Specialist | Lanxin\nwang.fang@lanxin.example.cn';
    expect(sender(after)).toMatchObject({ name: 'Wang Fang', title: 'HR Specialist' });
  });

  it('takes the address of a "Van:" (Dutch "From:") header for the sender who signs', () => {
    const text =
      'Van: Mieke de Groot <werving@polder.example.nl>\nOnderwerp: Uitnodiging\n\nHoi Sam,\n\nJe gesprek is woensdag om 13:30 met ' +
      'Joost de Vries.\n\nMet vriendelijke groet,\nMieke de Groot\nRecruiter';
    expect(sender(text)).toMatchObject({ name: 'Mieke de Groot', email: 'werving@polder.example.nl' });
  });

  it('keeps a sender out who says "I won\'t be interviewing you", even with a wrap-up "with me"', () => {
    const text =
      'Hi Aisha,\n\nAgenda\n9:00 – 9:45  Case interview — Rachel Feld, Partner\n9:45 – 10:00  Wrap-up with me\n\n' +
      "I won't be interviewing you, but I'll meet you at the end to talk next steps.\n\nBest,\nBrian Cole\nCampus Recruiting Lead";
    expect(sender(text)).toMatchObject({ name: 'Brian Cole', interviews: false });
  });

  it("gives a sender known by a given name the one work address that opens with it, and the organiser's address", () => {
    const text =
      "Hey Marcus, it's Jen from Brightwell recruiting. Your phone screen is tomorrow at 2:15pm with Ray, our Dispatch Manager.\nJen\n---\n" +
      'If you need to move it just email jen.alvarez@brightwell.example.com. Good luck!';
    expect(sender(text)).toMatchObject({ name: 'Jen', email: 'jen.alvarez@brightwell.example.com' });
    const calendar =
      'Interview: Frontend Developer - Alex Morgan\nTuesday, 3 September, 13:00 - 14:00\n' +
      'Organiser: Lind, Erik <erik.lind@fjall.example.se>\nGuests:\nLind, Erik <erik.lind@fjall.example.se>\nBerg, Ingrid <ingrid.berg@fjall.example.se>\n\n' +
      "Hej Alex! Ingrid will talk with you about the component library. I won't be on the call myself.\n/Erik";
    expect(sender(calendar)).toMatchObject({ name: 'Erik Lind', email: 'erik.lind@fjall.example.se' });
  });

  it('reads a Spanish "Código:" under the meeting ID as the passcode', () => {
    expect(findMeeting(['ID de reunión: 351 907 662 418', 'Código: gH4tW9'], [])).toEqual({ id: '351 907 662 418', passcode: 'gH4tW9' });
  });
});
