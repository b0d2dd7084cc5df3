import { describe, expect, it } from 'vitest';
import { bestPhone, findEmail, findPhones, findWebsite, splitLabel } from './card-contacts.js';

describe('splitLabel', () => {
  it.each([
    ['Tel: +1 555 0100', 'phone', '+1 555 0100'],
    ['Tel.+1 555 0100', 'phone', '+1 555 0100'],
    ['M +44 7700 900123', 'mobile', '+44 7700 900123'],
    ['E: jo@x.io', 'email', 'jo@x.io'],
    ['E-mail jo@x.io', 'email', 'jo@x.io'],
    ['Direct: 555 0100', 'direct', '555 0100'],
    ['Fax +1 555 0101', 'fax', '+1 555 0101'],
    ['Jane Doe', 'none', 'Jane Doe'],
    ['Mobile Engineer', 'mobile', 'Engineer'],
  ])('%s → %s', (text, label, rest) => {
    expect(splitLabel(text)).toEqual({ label, rest });
  });
});

describe('findEmail', () => {
  it.each([
    ['jane.doe@acme.com', 'jane.doe@acme.com', false],
    ['Email: Jane.Doe@Acme.com', 'jane.doe@acme.com', false],
    ['jane.doe @ acme . com', 'jane.doe@acme.com', true],
    ['jane . doe@acme.co . uk', 'jane.doe@acme.co.uk', true],
    ['jane.doe@acme.corn', 'jane.doe@acme.com', true],
    ['jane.doe@acme.c0m', 'jane.doe@acme.com', true],
    ['jane.doe©acme.com', 'jane.doe@acme.com', true],
    ['hello(at)acme.io', 'hello@acme.io', true],
    ['jane,doe@acme,com', 'jane.doe@acme.com', true],
    ['E:jane@acme.com', 'jane@acme.com', false],
  ])('%s → %s', (text, value, mended) => {
    const hit = findEmail(text);
    expect(hit?.value).toBe(value);
    expect(hit?.mended).toBe(mended);
  });

  it('does not swallow the next capitalised word after a sentence dot', () => {
    expect(findEmail('jane@acme.com. Mobile')?.value).toBe('jane@acme.com');
  });

  it.each(['Jane Doe', '@acme', 'jane@', 'jane@acme', '© 2024 Acme Inc.', 'a@b.c'])('finds nothing in %j', (text) => {
    expect(findEmail(text)).toBeNull();
  });
});

describe('findPhones', () => {
  it.each([
    ['+1 (415) 555-0132', '+1 (415) 555-0132'],
    ['Tel: 020 7946 0018', '020 7946 0018'],
    ['M: +1 2O6 555 Ol47', '+1 206 555 0147'],
    ['415.555.0177', '415.555.0177'],
    ['+49 (0) 89 1234 5678', '+49 (0) 89 1234 5678'],
    ['+1 512 555 0100 x204', '+1 512 555 0100 ext. 204'],
    ['(646) 555-0142 ext. 12', '(646) 555-0142 ext. 12'],
    ['Tel:+47 22 33 44 55', '+47 22 33 44 55'],
    ['+49 30 / 901820', '+49 30/901820'],
    ['M: +1 206 555.0147', '+1 206 555 0147'],
    ['+1 206 555 . 0147', '+1 206 555 0147'],
    ['+33 1.23.45.67.89', '+33 1.23.45.67.89'],
    ['+1 415.555.0177', '+1 415.555.0177'],
  ])('%s → %s', (text, value) => {
    expect(findPhones(text)[0]?.value).toBe(value);
  });

  it.each(['Since 2019', '12/05/2024', 'CA 94043-1351', 'Room 1204', 'Hello world', 'Suite 300', 'lOOl'])(
    'finds no phone in %j',
    (text) => {
      expect(findPhones(text)).toEqual([]);
    },
  );

  it('is less sure of a number with a speck taken out', () => {
    expect(findPhones('+1 206 555.0147')[0]?.mended).toBe(true);
    expect(findPhones('+1 206 555 0147')[0]?.mended).toBe(false);
  });

  it('labels what the card says and prefers a direct line, then mobile, over office and fax', () => {
    const hits = [...findPhones('Fax: +1 555 010 0199'), ...findPhones('T: +1 555 010 0100'), ...findPhones('M: +1 555 010 0101')];
    expect(hits.map((h) => h.label)).toEqual(['fax', 'phone', 'mobile']);
    expect(bestPhone(hits)?.value).toBe('+1 555 010 0101');
    expect(bestPhone([...hits, ...findPhones('Direct: +1 555 010 0102')])?.value).toBe('+1 555 010 0102');
    expect(bestPhone([])).toBeNull();
  });
});

describe('findWebsite', () => {
  it.each([
    ['www.acme.com', 'https://www.acme.com'],
    ['https://Acme.io/jobs', 'https://acme.io/jobs'],
    ['acme.dev', 'https://acme.dev'],
    ['Web: acme.example', 'https://acme.example'],
    ['www acme com', 'https://www.acme.com'],
    ['linkedin.com/in/jdoe', 'https://linkedin.com/in/jdoe'],
  ])('%s → %s', (text, value) => {
    expect(findWebsite(text)?.value).toBe(value);
  });

  it.each(['Acme Inc.', 'St.Louis', 'jane@acme.com', 'Jane Doe', 'v1.2'])('finds no website in %j', (text) => {
    expect(findWebsite(text)).toBeNull();
  });
});
