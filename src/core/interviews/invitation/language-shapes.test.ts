import { describe, expect, it } from 'vitest';
import { isTitleWord, looksLikeName } from './names.js';
import { draft, names, sender } from './test-helpers.js';

// Shapes met in the blind batch dev 680-719, written here afresh: honorifics, titles and phrasings in the languages
// and registers invitations come in, and the names and things that only look like names beside them.
describe('invitation people: honorifics, titles and phrasings across languages', () => {
  it('drops Malaysian and formal honorifics ("Dato\'", "Datuk", "The Hon.", "Herrn") and a Japanese "-san"', () => {
    const text =
      'Dear Encik Amir,\n\nPanel members:\n1. Datuk Rosli bin Hamzah – Chief Executive Officer\n2. The Hon. Ellen Tremblay, Board Chair\n\n' +
      'Regards,\nNur Iman\nHR Executive';
    expect(names(text)).toEqual(expect.arrayContaining(['Rosli bin Hamzah', 'Ellen Tremblay']));
    const japanese =
      'Dear Ms. Lee,\n\nYou will speak with Mori-san, who leads our vision team, and Ito Haruka, Senior Engineer.\n\nBest regards,\nAki Sato';
    expect(names(japanese)).toEqual(expect.arrayContaining(['Mori', 'Ito Haruka']));
    expect(names(japanese)).not.toContain('Mori-san');
    expect(looksLikeName('Min-ji Park')).toBe(true);
  });

  it('reads "con", "avec" and "mit" on a timetable line as "with"', () => {
    const text =
      'Hola Ana,\n\nAgenda:\n9:30 – 10:15 | Entrevista técnica con Sr. Tomás Ibarra, Director Técnico\n' +
      '10:15 – 11:00 | Entretien avec Mme Claire Petit, Directrice\n11:00 – 11:30 | Gespräch mit Herrn Jonas Becker\n' +
      '11:30 – 12:00 | Café con el equipo\n\nUn saludo,\nEva Gil\nTécnica de Selección';
    expect(names(text)).toEqual(['Tomás Ibarra', 'Claire Petit', 'Jonas Becker', 'Eva Gil']);
  });

  it('takes one-word roles, prefixed roles and a title\'s area for titles ("Teamlead", "Vice-Chair", "Director, Process Integration")', () => {
    expect(['Teamlead', 'Vice-Chair', 'Co-Chair', 'Gerenta'].filter((w) => !isTitleWord(w))).toEqual([]);
    expect(looksLikeName('Vice-Chair')).toBe(false);
    const text =
      'Hi Jo,\n\nAfter a short intro I will hand over to:\n\n- Joost de Vries – Teamlead Asset Planning\n' +
      '- Chen Hao, Director, Process Integration\n- Dr. Anne Roy, Vice-Chair\n\nBest,\nLee Kim\nRecruiter';
    const people = draft(text).people;
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['Joost de Vries', 'Teamlead Asset Planning'],
      ['Chen Hao', 'Director, Process Integration'],
      ['Anne Roy', 'Vice-Chair'],
      ['Lee Kim', 'Recruiter'],
    ]);
  });

  it('reads a family name made of a number word and a name ("Two Bulls", "Many Feathers") in a list, never a bare number word', () => {
    expect(looksLikeName('Thomas Two Bulls')).toBe(true);
    expect(looksLikeName('Thomas Two')).toBe(false);
    expect(looksLikeName('Dana Ruiz Four Seasons')).toBe(false);
    const text =
      'Hi Sam,\n\nThe panel will consist of:\n\nThomas Two Bulls, Treasurer\nMary Many Feathers (Director)\n\nBest,\nLee Kim\nRecruiter';
    expect(names(text)).toEqual(['Thomas Two Bulls', 'Mary Many Feathers', 'Lee Kim']);
  });

  it('reads a title after "nuestra" / "notre" and what people do: "on speaker", "give you a bell"', () => {
    expect(names('Hola Ana,\n\nLucía Paredes, nuestra Gerenta de Finanzas, will drop in at the end.\n\nSaludos,\nEva Gil')).toContain(
      'Lucía Paredes',
    );
    const speaker =
      "Hi Jo,\n\nI'll ring you at 4pm on Thursday. Tama Rewi, our Cellar Manager, will be on speaker with me.\n\nCheers,\nAria Tane";
    expect(names(speaker)).toContain('Tama Rewi');
    const bell = "G'day Jack,\n\nKev Brown, our Site Supervisor, is going to give you a bell tomorrow around 7am.\n\nCheers,\nShaz";
    expect(names(bell)).toContain('Kev Brown');
  });

  it('reads "on behalf of Dr A, Title, who would like to speak with you", but not a company after a preposition', () => {
    const text =
      'Dear Ms Obi,\n\nI am writing on behalf of Dr Helen Marsh-Kaur, Head of Nursing at Holm Hospice, who would very much like to speak ' +
      'with you on Tuesday at 12:15.\n\nWith best wishes,\nPaula Grey\nPA to the Head of Nursing';
    expect(names(text)).toContain('Helen Marsh-Kaur');
    const company =
      'Hi Sam,\n\nThanks for applying to a role at Rolls Royce, who would like to meet you on Monday at 10am.\n\nBest,\nLee Kim\nRecruiter';
    expect(names(company)).toEqual(['Lee Kim']);
  });

  it('reads "I\'ll run it with X" once the round is named, and takes "Semiconductor" and "Interviewers" for no one', () => {
    const text = "Hi Leo,\n\nLet's do the technical round on Thursday at 4pm. I'll run it with Femi from my team.\n\nCheers,\nGareth";
    expect(names(text)).toContain('Femi');
    expect(
      names('Hi Ana,\n\nThanks for applying to Lanxin Semiconductor. Your interview is on Monday at 10am.\n\nBest regards,\nLee Kim'),
    ).toEqual(['Lee Kim']);
    expect(looksLikeName('Interviewers', { single: true })).toBe(false);
  });
  it('drops an honorific written with an ordinal sign ("Enf.ª", "Dr.ª", "Eng.º"), but keeps a name that opens like one', () => {
    const text =
      'Olá, Rafael!\n\nParticiparão:\n1. Dr.ª Helena Prates – Diretora Clínica\n2. Eng.º Rui Matos – Gerente\n\nAtenciosamente,\nCamila Reis';
    expect(names(text)).toEqual(expect.arrayContaining(['Helena Prates', 'Rui Matos']));
    expect(names('Olá, Rafael!\n\nParticiparão:\n1. Enfield Tavares – Gerente\n\nAtenciosamente,\nCamila Reis')).toContain(
      'Enfield Tavares',
    );
  });

  it('takes "Aqui é o X, gerente de …" and "Sono X, del team …" for the writer, but not "Aqui é a sala"', () => {
    expect(sender('Oi Ana, aqui é o Bruno Teixeira, gerente de vendas da Loja Azul. Amanhã às 10h eu te ligo.')?.name).toBe(
      'Bruno Teixeira',
    );
    expect(sender('Ciao Luca, sono Marta Gallo, del team HR di Pixel. Il colloquio è lunedì alle 10.')?.name).toBe('Marta Gallo');
    expect(sender('Oi Ana, aqui é a sala de reuniões do segundo andar. Amanhã às 10h.')).toBeUndefined();
  });
});
