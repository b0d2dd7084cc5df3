import { describe, expect, it } from 'vitest';
import { parseInvitation } from '../invitation.js';
import { findMeeting } from './meeting.js';
import { looksLikeName } from './names.js';

const parse = (text: string) => parseInvitation(text, { timeZone: 'Europe/London', now: '2024-01-10T09:00:00Z' }).draft;
const sender = (text: string) => parse(text).people.find((p) => p.sender);

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
