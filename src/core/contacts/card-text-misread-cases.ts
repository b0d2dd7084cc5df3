// Test data for card-text.test.ts: card texts as OCR misreads them (stray marks from the card's edge, slips in digits
// and dots, © for @, tesseract's own readings of photographed cards). The layouts are in card-text-cases.ts.
import type { CardCase } from './card-text-cases.js';

/** Cards whose text OCR has misread: the fields are read through the slips. */
export const MISREAD_CASES: CardCase[] = [
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
