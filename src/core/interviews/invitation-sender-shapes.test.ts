import { describe, expect, it } from 'vitest';
import { parse, sender, titled } from './invitation-test-helpers.js';

// More shapes of the people an invitation names, written for these tests (not taken from the corpus): what a sender
// says, their signature and address, whether they take part, and the meeting details written near them.

describe('invitation shapes: more of what the text says about people', () => {
  it.each([
    [
      'On 3 March at 10:00 you will meet with the General Manager, Mr. Paulo Ramos, and the Front Office Manager, Ms. Joana Lima.',
      [
        ['Paulo Ramos', 'General Manager', 'interviewer'],
        ['Joana Lima', 'Front Office Manager', 'interviewer'],
      ],
    ],
    [
      'The panel on 3 March at 10:00 will comprise Dr. Ricardo Almeida (Head of Planning), Eng. Sofia Marques and Lic. Ana Paz.',
      [
        ['Ricardo Almeida', 'Head of Planning', 'interviewer'],
        ['Sofia Marques', null, 'interviewer'],
        ['Ana Paz', null, 'interviewer'],
      ],
    ],
    [
      'Your interview with Taras Shevchenko and Olena Kovalenko is on 3 March at 11:00. Taras is our Head of Data; Olena is a Senior Data Engineer.',
      [
        ['Taras Shevchenko', 'Head of Data', 'interviewer'],
        ['Olena Kovalenko', 'Senior Data Engineer', 'interviewer'],
      ],
    ],
    [
      'On 3 March at 10:00 you will be meeting Tom Hardy, Engineering Manager. Grace will meet you at reception.',
      [['Tom Hardy', 'Engineering Manager', 'interviewer']],
    ],
    [
      "You'll meet Stanisław Lewandowski on 3 March at 10:00, then a walk of the line with Stan (Maintenance Supervisor).",
      [['Stanisław Lewandowski', 'Maintenance Supervisor', 'interviewer']],
    ],
  ])('%s', (text, people) => {
    expect(
      parse(text)
        .draft.people.filter((p) => !p.sender)
        .map((p) => [p.name, p.title ?? null, p.role]),
    ).toEqual(people);
  });

  it('reads one person from a name and the work address it came with', () => {
    const text =
      "Date: Tuesday, 3 March 2026\nTime: 2:00 PM\nInterviewer(s): Kevin O'Malley (kevin.omalley@brightline.example), Dana Whitaker (dana.whitaker@brightline.example)";
    expect(parse(text).draft.people.map((p) => [p.name, p.email])).toEqual([
      ["Kevin O'Malley", 'kevin.omalley@brightline.example'],
      ['Dana Whitaker', 'dana.whitaker@brightline.example'],
    ]);
  });

  it('reads an academic panel: a professor by their role, a reader with a title, never "Reader" as a person', () => {
    const text =
      'The interview is on 3 March at 14:00.\n\nThe panel will be:\nProfessor Fiona MacLeod (Chair), Head of School\nDr Hamish Campbell, Reader in Economics';
    expect(titled(text)).toEqual([
      ['Fiona MacLeod', 'Chair'],
      ['Hamish Campbell', 'Reader'],
    ]);
  });

  it('hears the sender in "it\'d be me and Priyanka (our CTO)"', () => {
    const { draft } = parse(
      "Hi Sam, can you do a call on 3 March at 10am? It'd be me and Priyanka (our CTO).\n\nThanks,\nJordan\nJordan Blake | Co-founder & CEO | Loopwise",
    );
    expect(draft.people.map((p) => [p.name, p.title ?? null, p.sender, p.interviews])).toEqual([
      ['Priyanka', 'CTO', false, true],
      ['Jordan Blake', 'Co-founder & CEO', true, true],
    ]);
    expect(draft.title).toBe('Interview with Loopwise');
  });

  it('takes the sender for an interviewer when the panel names them', () => {
    const text =
      'Dear Sam,\n\nThe panel on 3 March at 10:00 will be Dr. Ricardo Almeida and Ms. Inês Carvalho from Human Resources.\n\nYours sincerely,\n\nInês Carvalho\nHuman Resources\nBanco Atlântico';
    expect(parse(text).draft.people.find((p) => p.sender)).toMatchObject({ name: 'Inês Carvalho', role: 'recruiter', interviews: true });
  });

  it.each([
    ['Best,\nSarah Jones (she/her)\nSenior Recruiter | Acme\nsarah.jones@acme.example', 'Senior Recruiter'],
    ['Warm regards,\n\nSARAH JONES\nTalent Acquisition Lead\nACME LTD\nsarah.jones@acme.example', 'Talent Acquisition Lead'],
    ['Sarah Jones | Senior Recruiter\nAcme Inc. | sarah.jones@acme.example | +1 415 555 0100', 'Senior Recruiter'],
  ])('reads the sender from a signature like %j', (signature, title) => {
    const { draft } = parse(
      `Hi Sam,\n\nYour video interview with Dana Ruiz is on 10 March at 10:00: https://zoom.us/j/81234567890\n\n${signature}`,
    );
    expect(draft.people.find((p) => p.sender)).toMatchObject({
      name: 'Sarah Jones',
      title,
      role: 'recruiter',
      email: 'sarah.jones@acme.example',
      interviews: false,
    });
  });

  it('takes the sender for the interviewer of "our chat" only when nobody else is named', () => {
    const signed = (body: string) => `Hi Sam,\n\n${body}\n\nBest,\nAmy Chen\nRecruiter\namy@acme.example`;
    const alone = parse(signed('Could we do a phone screen on 10 March at 10:00? Looking forward to our chat.')).draft;
    expect(alone.people.map((p) => [p.name, p.interviews])).toEqual([['Amy Chen', true]]);
    expect(alone.conversations[0]?.names ?? ['Amy Chen']).toEqual(['Amy Chen']);
    const other = parse(signed('Your interview with Dana Ruiz is on 10 March at 10:00. Looking forward to our call afterwards.')).draft;
    expect(other.people.map((p) => [p.name, p.interviews])).toEqual([
      ['Dana Ruiz', true],
      ['Amy Chen', false],
    ]);
  });

  it('reads a signature with no sign-off, and one written on one line with bars', () => {
    const bare = parse(
      "Hi Sam,\n\nI'm Oksana, the recruiter. Your interview is on 3 March at 11:00 with Taras Shevchenko.\n\nOksana Melnyk\nRecruiter | Kyiv Digital\noksana.melnyk@kyivdigital.example",
    );
    expect(bare.draft.people.find((p) => p.sender)).toMatchObject({
      name: 'Oksana Melnyk',
      title: 'Recruiter',
      email: 'oksana.melnyk@kyivdigital.example',
      interviews: false,
    });
    expect(bare.draft.title).toBe('Interview with Kyiv Digital');
    const barred = parse(
      'Hi Sam,\n\nYou will meet Jonas Becker on 3 March at 14:00.\n\nViele Grüße\nLena Fischer | Talent Acquisition | Brightwave GmbH\nlena.fischer@brightwave.example',
    );
    expect(barred.draft.people.find((p) => p.sender)).toMatchObject({
      name: 'Lena Fischer',
      title: 'Talent Acquisition',
      role: 'recruiter',
      email: 'lena.fischer@brightwave.example',
    });
    expect(barred.draft.title).toBe('Interview with Brightwave');
  });
});

describe('invitation shapes: the sender and the meeting', () => {
  const signed = (body: string) =>
    `Hi Sam,\n\n${body}\n\nBest wishes,\nRuth Mensah\nRecruitment Coordinator\nKestrel Power Pvt. Ltd.\n+46 8 555 019 34\nruth.mensah@kestrel.example`;

  it('takes part when they say they will pop in or be there too', () => {
    for (const said of ['I will pop in at the start to say hello.', "I'll be there too for the first half."]) {
      const sender = parse(signed(`On 3 March at 10:00 you will meet Ola Berg. ${said}`)).draft.people.find((p) => p.sender);
      expect(sender).toMatchObject({ name: 'Ruth Mensah', role: 'recruiter', interviews: true });
    }
  });

  it('reads the company without "Pvt. Ltd." and the whole phone number with a one-digit area code', () => {
    const { draft } = parse(signed('Video interview on 3 March at 10:00 with Ola Berg.\nhttps://meet.google.com/abc-defg-hij'));
    expect(draft.title).toBe('Video interview with Kestrel Power');
    expect(draft.people.find((p) => p.sender)).toMatchObject({ phone: '+46 8 555 019 34', email: 'ruth.mensah@kestrel.example' });
  });

  it('keeps a conference code as the passcode', () => {
    expect(parse('Phone interview on 3 March at 10:00.\nDial-in: +44 20 3695 5120\nConference code: 5521 8890#').draft.meeting).toEqual({
      passcode: '5521 8890',
      dialIn: '+44 20 3695 5120',
    });
  });

  it('does not take the role named after "interview –" for the employer', () => {
    const text =
      'Subject: Telephone interview – Graduate Data Analyst\n\nThank you for applying to the Graduate Programme at Harbour Lane Insurance. Your telephone interview is on 3 March at 10:00.';
    expect(parse(text).draft.title).toBe('Phone interview with Harbour Lane Insurance');
  });
});

describe('invitation shapes: senders and calendar entries pasted under a message', () => {
  it.each([
    ['Hi Noor, see you on 3 March at 10:00. You will meet Dev and me.\n— Sasha, Harbourline Coffee', 'Sasha'],
    ['Hi Sam,\n\nKwame will ask you about testing on 3 March at 10:00.\n– Paola\n\nJoin Zoom Meeting\nMeeting ID: 915 6620 3381', 'Paola'],
    ['Hi Jonas,\n\nYou will have the call with Mateus Oliveira on 3 March at 15:00.\n\nGroeten / Best,\nFemke\nRecruitment', 'Femke'],
    [
      'From: Tom Whitaker <tom.whitaker@mossgrove.example>\n\nHi Ravi,\n\nIfeoma Nwachukwu will ring you on 3 March at 11:00.\n\nBest,\nTom',
      'Tom Whitaker',
    ],
    ['Sent via Greenhouse on behalf of Bashir, Yasmin\n\nDate: 3 March 2026\nInterviewer: Mats Lindgren', 'Yasmin Bashir'],
    [
      "Hi Lwazi!\n\nI'm Zanele Dlamini, co-founder & CEO. You'll chat with me on 3 March at 17:00.\n\nSee you then,\nZanele",
      'Zanele Dlamini',
    ],
  ])('finds the sender of %j', (text, name) => {
    expect(sender(text)?.name).toBe(name);
  });

  it('keeps a dashed item of a list for a person, not the sender', () => {
    expect(sender('Hi Sam,\n\nYour panel on 3 March at 10:00:\n- Dana Ruiz\n- Lee Park')).toBeUndefined();
  });

  it('takes the organiser for the sender of a calendar entry written in the first person, and only then', () => {
    const entry = (description: string) =>
      `Technical interview\n3 March 2026, 10:00-11:00\n\n${description}\n\nGuests:\nAmara Okonkwo (organizer) <amara@tallyhive.example>\nGustavo Lima <gustavo.lima@tallyhive.example>`;
    expect(sender(entry("Gustavo will walk you through the exercise. I'm just the organizer and won't be joining."))).toMatchObject({
      name: 'Amara Okonkwo',
      interviews: false,
    });
    expect(sender(entry('Gustavo will walk you through the exercise.'))).toBeUndefined();
  });

  it('reads the people and meeting of an appointment quoted under the signature', () => {
    const text =
      "Hi Grace,\n\nPlease see the invitation below.\n\nThanks,\nBree Whitfield\nTalent Coordinator\n\n-----Original Appointment-----\nWhen: Tuesday, 3 March 2026 10:30 AM-11:15 AM\nWho: Dr. Ngaio Parata; Liam O'Rourke; Bree Whitfield (Organiser)\nMeeting ID: 451 772 093 284\nPasscode: 9sKp2r";
    const { draft } = parse(text);
    expect(draft.people.filter((p) => !p.sender).map((p) => p.name)).toEqual(['Ngaio Parata', "Liam O'Rourke"]);
    expect(draft.meeting).toMatchObject({ id: '451 772 093 284', passcode: '9sKp2r' });
  });
});

describe('invitation shapes: whether the sender takes part, and their address', () => {
  it.each([
    ['If you have a problem joining, call me on +44 20 7946 0000.', false],
    ["I'm on the invite in case of tech problems but won't stay on the call. I'll join you for the first minute.", false],
    ['Ifeoma Nwachukwu, who leads our data team, will give you a ring on 3 March at 11:00.', false],
    ["I'll give you a ring on 3 March at 11:00.", true],
  ])('%s → the sender takes part: %s', (sentence, joins) => {
    expect(sender(`Hi Sam,\n\n${sentence}\n\nBest,\nTom Fell\nRecruiter`)?.interviews).toBe(joins);
  });

  it('does not count a check-in with the sender as an interview, and counts an interview slot', () => {
    const agenda = (topic: string) =>
      `Schedule for 3 March 2026\n9:30 - 10:00  ${topic} with Jordan Reyes\n10:00 - 10:45  Hanne Berg, Principal Scientist\n\nSee you soon,\nJordan Reyes\nRecruiting Coordinator`;
    expect(sender(agenda('Check-in'))?.interviews).toBe(false);
    expect(sender(agenda('Wrap-up'))?.interviews).toBe(true);
  });

  it('takes the sender for a participant when a letter lists them among the participants', () => {
    const text =
      'Dear Ms. Adeyemi,\n\nDate: Monday, 16 March 2026, 10:00\nParticipants: Dr. Klaus Weber (Head of R&D), Frau Anja Krüger (HR Business Partner)\n\nKind regards\n\nAnja Krüger\nHR Business Partner';
    expect(sender(text)).toMatchObject({ name: 'Anja Krüger', interviews: true });
  });

  it('finds the sender’s address on the name line or elsewhere in the text', () => {
    const text =
      "Hi Sam,\n\nYou'll meet Lena Vogel on 3 March at 14:00.\n\nBest,\nHolly\nHolly Brennan-Ward, Talent Acquisition Specialist – hbrennanward@helixbio.example";
    expect(sender(text)).toMatchObject({ name: 'Holly Brennan-Ward', email: 'hbrennanward@helixbio.example' });
  });
});

describe('invitation shapes: a calendar entry under a rule after the signature', () => {
  it("reads its meeting details, and the sender who can't join stays out", () => {
    const text =
      "Hi Priyanka,\n\nI unfortunately can't join the next conversation, but Samuel Adjei (Operations Manager) will run the session.\n\nBest wishes,\nMarguerite Okafor-Bell\nVP Operations\n\n----\nInterview: Network Planning Lead\nFriday 3 March 2026 10:00-11:00\nRequired: Samuel Adjei\nMeeting ID: 349 810 226 771\nPasscode: qL4wZe";
    const { draft } = parse(text);
    expect(draft.meeting).toMatchObject({ id: '349 810 226 771', passcode: 'qL4wZe' });
    expect(draft.people.find((p) => p.sender)).toMatchObject({ name: 'Marguerite Okafor-Bell', interviews: false });
  });
});
