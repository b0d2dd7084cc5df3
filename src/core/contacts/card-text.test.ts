import { describe, expect, it } from 'vitest';
import type { CardFieldName, CardText } from './card-text.js';
import { cardPieces } from './card-lines.js';
import { CARD_FIELDS, parseCardText } from './card-text.js';

type Expected = Partial<Record<CardFieldName, string | null>>;

interface Case {
  what: string;
  text: string;
  employerName?: string;
  expect: Expected;
}

// Card texts as OCR hands them over: shouted logos, stray marks from the card's edge, slips in digits and dots.
const CASES: Case[] = [
  {
    what: 'a clean US card',
    text: `Jane Doe
Senior Technical Recruiter
Acme Robotics, Inc.
jane.doe@acmerobotics.com
Tel: +1 (415) 555-0132
www.acmerobotics.com`,
    expect: {
      name: 'Jane Doe',
      title: 'Senior Technical Recruiter',
      company: 'Acme Robotics, Inc.',
      email: 'jane.doe@acmerobotics.com',
      phone: '+1 (415) 555-0132',
      website: 'https://www.acmerobotics.com',
    },
  },
  {
    what: 'spaces around @ and dots, O for 0 and l for 1 in the phone',
    text: `MARCUS CHEN
Director of Engineering
NORTHWIND TRADERS
E: marcus.chen @ northwind . com
M: +1 2O6 555 Ol47`,
    expect: {
      name: 'Marcus Chen',
      title: 'Director of Engineering',
      company: 'Northwind Traders',
      email: 'marcus.chen@northwind.com',
      phone: '+1 206 555 0147',
      website: null,
    },
  },
  {
    what: 'a UK card with a bank name shaped like a person and "corn" for "com"',
    text: `Priya Raman
Associate, Talent Acquisition
Morgan Stanley
T  020 7946 0018
M  07700 900461
priya.raman@morganstanley.corn`,
    expect: {
      name: 'Priya Raman',
      title: 'Associate, Talent Acquisition',
      company: 'Morgan Stanley',
      email: 'priya.raman@morganstanley.com',
      phone: '07700 900461',
    },
  },
  {
    what: 'the logo first, an honorific and a degree, contacts on one line between bars',
    text: `HELIX BIO
Dr. Amara Okafor, PhD
Head of Data Science
amara@helixbio.io | +49 30 901820 | helixbio.io`,
    expect: {
      name: 'Amara Okafor',
      title: 'Head of Data Science',
      company: 'Helix Bio',
      email: 'amara@helixbio.io',
      phone: '+49 30 901820',
      website: 'https://helixbio.io',
    },
  },
  {
    what: 'an agency card with an address and a fax number before the direct line',
    text: `Tom O'Brien
Talent Partner
Brightpath Recruiting Ltd
14 Harbour Street, Suite 300
Dublin D02 XY45
Fax: +353 1 555 0199
Direct: +353 1 555 0123
tom.obrien@brightpath.ie`,
    expect: {
      name: "Tom O'Brien",
      title: 'Talent Partner',
      company: 'Brightpath Recruiting Ltd',
      email: 'tom.obrien@brightpath.ie',
      phone: '+353 1 555 0123',
    },
  },
  {
    what: 'commas read for dots in the email and l for 1 in a mobile number',
    text: `Sofia Martínez
Product Design Lead
Lumen Health
sofia,martinez@lumenhealth,com
Mobile +34 6l2 345 678`,
    expect: {
      name: 'Sofia Martínez',
      title: 'Product Design Lead',
      company: 'Lumen Health',
      email: 'sofia.martinez@lumenhealth.com',
      phone: '+34 612 345 678',
    },
  },
  {
    what: 'name and title on one line, an extension, a website with a path',
    text: `Kwame Mensah - Engineering Manager
Cobalt Systems
kwame@cobalt.dev
+1 512 555 0100 x204
cobalt.dev/careers`,
    expect: {
      name: 'Kwame Mensah',
      title: 'Engineering Manager',
      company: 'Cobalt Systems',
      email: 'kwame@cobalt.dev',
      phone: '+1 512 555 0100 ext. 204',
      website: 'https://cobalt.dev/careers',
    },
  },
  {
    what: 'a photo with marks from the card edge and a trunk prefix in brackets',
    text: `~ . ,
| Elena Petrova |
Staff Software Engineer
_ Quanta Labs GmbH _
elena.petrova@quantalabs.de
+49 (0) 89 1234 5678
»`,
    expect: {
      name: 'Elena Petrova',
      title: 'Staff Software Engineer',
      company: 'Quanta Labs GmbH',
      email: 'elena.petrova@quantalabs.de',
      phone: '+49 (0) 89 1234 5678',
    },
  },
  {
    what: 'everything in capitals, dots in the phone number',
    text: `ROBERT KIM
VP, PEOPLE OPERATIONS
STELLAR PAYMENTS CO.
ROBERT.KIM@STELLARPAY.COM
415.555.0177`,
    expect: {
      name: 'Robert Kim',
      title: 'VP, People Operations',
      company: 'Stellar Payments Co.',
      email: 'robert.kim@stellarpay.com',
      phone: '415.555.0177',
    },
  },
  {
    what: 'the title above the name, labelled lines, an https link',
    text: `Hiring Manager, Platform
Lucía Fernández
Blue Harbor Analytics
Email: lucia.fernandez@blueharbor.ai
Phone: (646) 555-0142
https://blueharbor.ai`,
    expect: {
      name: 'Lucía Fernández',
      title: 'Hiring Manager, Platform',
      company: 'Blue Harbor Analytics',
      email: 'lucia.fernandez@blueharbor.ai',
      phone: '(646) 555-0142',
      website: 'https://blueharbor.ai',
    },
  },
  {
    what: 'a middle initial and Jr., office and cell numbers (the cell wins)',
    text: `James R. Whitfield Jr.
Principal Architect
Granite Cloud Corporation
Tel. 303-555-0164
Cell 303-555-0188
jwhitfield@granitecloud.com`,
    expect: {
      name: 'James R. Whitfield Jr.',
      title: 'Principal Architect',
      company: 'Granite Cloud Corporation',
      email: 'jwhitfield@granitecloud.com',
      phone: '303-555-0188',
    },
  },
  {
    what: 'a freelancer with a personal mailbox and a tagline (no company)',
    text: `Nadia Haddad
Independent UX Consultant
Designing calm software for busy teams
nadia.haddad.design@gmail.com
+33 6 12 34 56 78`,
    expect: {
      name: 'Nadia Haddad',
      title: 'Independent UX Consultant',
      company: null,
      email: 'nadia.haddad.design@gmail.com',
      phone: '+33 6 12 34 56 78',
    },
  },
  {
    what: 'a logo over two lines that names the known employer',
    employerName: 'Fairchild Semiconductor',
    text: `FAIRCHILD
SEMICONDUCTOR
Wei Zhang
Process Engineer
wei.zhang@fairchild.example`,
    expect: {
      name: 'Wei Zhang',
      title: 'Process Engineer',
      company: 'Fairchild Semiconductor',
      email: 'wei.zhang@fairchild.example',
      phone: null,
    },
  },
  {
    what: 'no email: the name is the line above the title',
    text: `Olivia Bennett
Recruitment Coordinator
Harbourview Hospital
+44 161 496 0753`,
    expect: {
      name: 'Olivia Bennett',
      title: 'Recruitment Coordinator',
      company: 'Harbourview Hospital',
      email: null,
      phone: '+44 161 496 0753',
    },
  },
  {
    what: '© read for @ and a label glued to the number',
    text: `Daniel Sørensen
Senior Backend Developer
Fjord Payments AS
daniel.sorensen©fjordpay.no
Tel:+47 22 33 44 55`,
    expect: {
      name: 'Daniel Sørensen',
      title: 'Senior Backend Developer',
      company: 'Fjord Payments AS',
      email: 'daniel.sorensen@fjordpay.no',
      phone: '+47 22 33 44 55',
    },
  },
  {
    what: 'a region line under the title and only a profile link',
    text: `Ana Souza
Director, Talent Acquisition
Latin America
Verdant Energy
ana.souza@verdant-energy.com
linkedin.com/in/anasouza
+55 11 91234-5678`,
    expect: {
      name: 'Ana Souza',
      title: 'Director, Talent Acquisition',
      company: 'Verdant Energy',
      email: 'ana.souza@verdant-energy.com',
      phone: '+55 11 91234-5678',
      website: 'https://linkedin.com/in/anasouza',
    },
  },
  {
    what: 'digits read inside a shouted name',
    text: `J0HN SM1TH
Account Executive
Orbital Media Group
john.smith@orbitalmedia.com
O: 212 555 0111`,
    expect: {
      name: 'John Smith',
      title: 'Account Executive',
      company: 'Orbital Media Group',
      email: 'john.smith@orbitalmedia.com',
      phone: '212 555 0111',
    },
  },
  {
    what: 'several contacts on one line with inline labels',
    text: `Mei Lin
Engineering Lead, Payments
Tidewater Labs
T: +1 617 555 0190 F: +1 617 555 0191 E: mei.lin@tidewaterlabs.com`,
    expect: {
      name: 'Mei Lin',
      title: 'Engineering Lead, Payments',
      company: 'Tidewater Labs',
      email: 'mei.lin@tidewaterlabs.com',
      phone: '+1 617 555 0190',
    },
  },
  {
    what: 'an address with a zip+4 code that is not a phone number',
    text: `Carlos Vega
Talent Acquisition Specialist
Redwood Networks
2100 Bayshore Pkwy, Mountain View, CA 94043-1351
carlos.vega@redwoodnetworks.com`,
    expect: {
      name: 'Carlos Vega',
      title: 'Talent Acquisition Specialist',
      company: 'Redwood Networks',
      phone: null,
      email: 'carlos.vega@redwoodnetworks.com',
    },
  },
  {
    what: 'no company line: the company comes from the email domain, with low confidence',
    text: `Hannah Schmidt
Senior Data Scientist
hannah.schmidt@brightloop.io
+49 151 2345 6789`,
    expect: {
      name: 'Hannah Schmidt',
      title: 'Senior Data Scientist',
      company: 'Brightloop',
      email: 'hannah.schmidt@brightloop.io',
      phone: '+49 151 2345 6789',
    },
  },
  {
    what: 'tesseract’s own reading of a tilted, speckled card (a quote mark, a stray dot, a speck in the number)',
    text: `NORTHWIND TRADERS
MARCUS CHEN
“Director of Engineering
. E: marcus.chen@northwind.com
M: +1 206 555.0147`,
    expect: {
      name: 'Marcus Chen',
      title: 'Director of Engineering',
      company: 'Northwind Traders',
      email: 'marcus.chen@northwind.com',
      phone: '+1 206 555 0147',
    },
  },
  {
    what: 'tesseract’s reading of a speckled two-column card (a stray dot after the title, © before the phone label)',
    text: `Priya Raman
Associate, Talent Acquisition .

Morgan Stanley

priya.raman@morganstanley.com
© T +44 20 7946 0018`,
    expect: {
      name: 'Priya Raman',
      title: 'Associate, Talent Acquisition',
      company: 'Morgan Stanley',
      email: 'priya.raman@morganstanley.com',
      phone: '+44 20 7946 0018',
    },
  },
  {
    what: 'tesseract’s reading of a monospace email (spaces around its dots)',
    text: `Marcus Chen

Director of Engineering

marcus .chen@northwind. com
M: +1 206 555 0147
`,
    expect: { name: 'Marcus Chen', email: 'marcus.chen@northwind.com', phone: '+1 206 555 0147' },
  },
];

function values(card: CardText): Record<CardFieldName, string | null> {
  return Object.fromEntries(CARD_FIELDS.map((f) => [f, card[f]?.value ?? null])) as Record<CardFieldName, string | null>;
}

describe('parseCardText', () => {
  it('has at least 15 realistic cards', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('reads $what', ({ text, employerName, expect: wanted }) => {
    const card = parseCardText(text, employerName ? { employerName } : {});
    const got = values(card);
    for (const [fieldName, value] of Object.entries(wanted))
      expect({ [fieldName]: got[fieldName as CardFieldName] }).toEqual({ [fieldName]: value });
    for (const f of CARD_FIELDS) {
      const c = card[f]?.confidence;
      if (c !== undefined) {
        expect(c).toBeGreaterThan(0);
        expect(c).toBeLessThanOrEqual(1);
      }
    }
  });

  it('is less sure of mended readings than of clean ones', () => {
    const clean = parseCardText('Jane Doe\njane.doe@acme.com\nTel: +1 415 555 0132');
    const mended = parseCardText('Jane Doe\njane.doe @ acme . corn\nTel: +1 4l5 555 O132');
    expect(mended.email?.value).toBe(clean.email?.value);
    expect(mended.phone?.value).toBe(clean.phone?.value);
    expect(mended.email!.confidence).toBeLessThan(clean.email!.confidence);
    expect(mended.phone!.confidence).toBeLessThan(clean.phone!.confidence);
  });

  it('is surer of a name the email address confirms', () => {
    const confirmed = parseCardText('Jane Doe\nRecruiter\njane.doe@acme.com');
    const alone = parseCardText('Jane Doe\nRecruiter\nhello@acme.com');
    expect(alone.name?.value).toBe('Jane Doe');
    expect(confirmed.name!.confidence).toBeGreaterThan(alone.name!.confidence);
  });

  it('takes the company from the domain with low confidence, and the name from the email as a last resort', () => {
    const card = parseCardText('marta.nowak@polar-robotics.com');
    expect(card.name).toEqual({ value: 'Marta Nowak', confidence: 0.35 });
    expect(card.company).toEqual({ value: 'Polar Robotics', confidence: 0.4 });
  });

  it('keeps a fax only when it is the only number, and then with low confidence', () => {
    const card = parseCardText('Ivy Young\nFax: +1 212 555 0100');
    expect(card.phone?.value).toBe('+1 212 555 0100');
    expect(card.phone!.confidence).toBeLessThanOrEqual(0.4);
  });

  it('gives every field null for empty or unreadable text, and never throws on junk', () => {
    const empty = parseCardText('');
    expect(Object.values(empty).every((v) => v === null)).toBe(true);
    const junk = parseCardText('~~ ||| ,.; \n\n _-_ »« \n ©®');
    expect(Object.values(junk).every((v) => v === null)).toBe(true);
    const noisy = '\u0000\uFFFD@@@ ...@... 12/05/2024 +++ (((( ))))\n'.repeat(50);
    expect(() => parseCardText(noisy)).not.toThrow();
  });

  it('does not mistake dates, years or short numbers for phones', () => {
    const card = parseCardText('Since 2019\nValid until 12/05/2024\nRoom 1204');
    expect(card.phone).toBeNull();
  });

  it('produces values the people API accepts (email and phone shapes)', () => {
    const phoneShape = /^[+()\d\s./-]*(?:(?:ext|x)\.?\s*\d+)?$/i;
    for (const c of CASES) {
      const card = parseCardText(c.text, c.employerName ? { employerName: c.employerName } : {});
      if (card.phone) expect(card.phone.value).toMatch(phoneShape);
      if (card.email) expect(card.email.value).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/);
      if (card.website) expect(() => new URL(card.website!.value)).not.toThrow();
    }
  });
});

describe('cardPieces', () => {
  it('splits lines at bars, bullets, wide gaps and inline labels, and drops marks', () => {
    // "A" alone is too short to mean anything; "~~" is a mark.
    expect(cardPieces('| Jane Doe |\njane@x.io • +1 555 0100\nA     B2\n~~\nT: 1 F: 2')).toEqual([
      'Jane Doe',
      'jane@x.io',
      '+1 555 0100',
      'B2',
      'T: 1',
      'F: 2',
    ]);
  });
});
