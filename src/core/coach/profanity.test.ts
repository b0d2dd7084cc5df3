import { describe, expect, it } from 'vitest';
import { fires, spans } from './test-helpers.js';

describe('bad-language', () => {
  it.each([
    ['It was a shit week.', 'shit'],
    ['What the fuck was that?', 'fuck'],
    ['That sh1t happens.', 'sh1t'],
    ['Total f**k-up.', 'f**k-up'],
    ['He was an a$$.', 'a$$'],
    ['A proper @sshole.', '@sshole'],
    ['She called me a b*tch.', 'b*tch'],
    ['The launch was a cluster-f*ck.', 'cluster-f*ck'],
    ['They were w*nkers.', 'w*nkers'],
    ['It was bloody awful.', 'bloody'],
    ['I pushed to prod like a dumbass.', 'dumbass'],
  ])('flags %j at the exact word', (answer, word) => {
    expect(spans('bad-language', answer)).toEqual([word]);
  });
  it.each([
    'I ran the assessment for the class.',
    'I grew up in Scunthorpe and worked in Sussex and Middlesex.',
    'We served a cocktail menu and grape juice.',
    'I analyse data and trained as a therapist.',
    'I ran harassment training and staffed a crisis line.',
    'I wrote our sexual harassment policy.',
    'I worked with Dick Smith in Penistone.',
    'I am an assistant, passionate about documents and titles.',
    'We cooked shiitake mushrooms at Hellifield.',
    'I assume the class of 2020 passed the assessment.',
  ])('does not flag ordinary words: %j', (answer) => {
    expect(fires('bad-language', answer)).toBe(false);
  });
  it('does not flag "hell" used as part of a name', () => {
    expect(fires('bad-language', "I was a line cook at Hell's Kitchen Diner.")).toBe(false);
  });
  it('flags "hell" as an oath', () => {
    expect(fires('bad-language', 'What the hell were they thinking?')).toBe(true);
  });
});
