import { describe, expect, it } from 'vitest';
import { mailtoLink } from './mailto.js';

describe('mailtoLink', () => {
  it('percent-encodes subject and body, with spaces as %20 and line breaks as CRLF', () => {
    const link = mailtoLink({ to: 'maria@acme.test', subject: 'Thank you – Q&A', body: 'Hi Maria,\n\n100% keen? Yes & more.' });
    expect(link).toBe(
      'mailto:maria@acme.test?subject=Thank%20you%20%E2%80%93%20Q%26A&body=Hi%20Maria%2C%0D%0A%0D%0A100%25%20keen%3F%20Yes%20%26%20more.',
    );
    expect(link).not.toContain('+');
  });

  it('round-trips the text through decoding', () => {
    const body = 'Line one\nLine two: a=b&c=d #hash';
    const link = mailtoLink({ to: 'a@b.test', body });
    const params = new URLSearchParams(link.split('?')[1]!.replace(/\+/g, '%2B'));
    expect(params.get('body')).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('joins several recipients and a cc, encoding unsafe address characters', () => {
    expect(mailtoLink({ to: ['a@b.test', 'c d@e.test'], cc: 'x@y.test' })).toBe('mailto:a@b.test,c%20d@e.test?cc=x@y.test');
  });

  it('leaves out empty parameters', () => {
    expect(mailtoLink({ to: 'a@b.test' })).toBe('mailto:a@b.test');
  });
});
