// Test data for card-text.test.ts: card texts as OCR hands them over, laid out in the ways cards are (logos first or
// shouted, titles above or beside the name, contacts on one line, addresses, agencies, freelancers). The misreads (slips in
// digits and dots, stray marks from the card's edge, tesseract's own readings) are in card-text-misread-cases.ts.
import type { CardFieldName } from './card-text.js';

type Expected = Partial<Record<CardFieldName, string | null>>;

/** A card text and the fields read from it (null: none). */
export interface CardCase {
  what: string;
  text: string;
  employerName?: string;
  expect: Expected;
}

/** Cards laid out in the usual ways, read cleanly or nearly. */
export const LAYOUT_CASES: CardCase[] = [
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
];
