import { describe, expect, it } from 'vitest';
import { analyze } from './coach.js';
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
    ['The rollout was mierda from start to finish.', 'mierda'],
    ['My manager, he was, how you say, Scheiße.', 'Scheiße'],
    ["The reporting was f'd up for a year.", "f'd"],
    ['The A-holes upstairs never listened.', 'A-holes'],
    ['The night shifts were hell.', 'hell'],
    ['When the money ran out we were all screwed.', 'screwed'],
    ['Honestly the hours suck.', 'suck'],
    ['Rota was chaotic af, nobody knew their shifts.', 'af'],
    ['The handover was FUBAR for months.', 'FUBAR'],
    ['So I thought, sod it, and left.', 'sod'],
    ['Phukin approvals took a week.', 'Phukin'],
    ['The leads were f**kwits about code review.', 'f**kwits'],
  ])('flags %j at the exact word', (answer, word) => {
    expect(spans('bad-language', answer)).toEqual([word]);
  });
  it.each([
    'I ran the assessment for the class.',
    'I was Ass. Manager at the Phuket branch, reporting to the AF programme lead.',
    'We laid fresh sod on the pitch and the turf crew loved it.',
    'I grew up in Scunthorpe and worked in Sussex and Middlesex.',
    'We served a cocktail menu and grape juice.',
    'I analyse data and trained as a therapist.',
    'I ran harassment training and staffed a crisis line.',
    'I wrote our sexual harassment policy.',
    'I worked with Dick Smith in Penistone.',
    'Mr. Shitole from HR organises the annual offsite, and Mrs. Dikshit runs payroll.',
    'I am an assistant, passionate about documents and titles.',
    'We cooked shiitake mushrooms at Hellifield.',
    'The panels were screwed to the frame and we had to suck it up.',
    'I drove lorries out of Bitche and taught in Wankie before that.',
    'I assume the class of 2020 passed the assessment.',
  ])('does not flag ordinary words: %j', (answer) => {
    expect(fires('bad-language', answer)).toBe(false);
  });
  it('does not flag "Dick" as a name opening a sentence', () => {
    expect(fires('bad-language', "Dick was the best bar manager I've had, cocktail team was brilliant.")).toBe(false);
    expect(fires('bad-language', 'Dick from finance runs the best quiz night in the building.')).toBe(false);
    expect(fires('bad-language', 'Dick move by management, cutting the bonus.')).toBe(true);
  });
  it('does not flag "hell" used as part of a name', () => {
    expect(fires('bad-language', "I was a line cook at Hell's Kitchen Diner.")).toBe(false);
  });
  it('does not flag "hell week", the name of a training ordeal', () => {
    expect(fires('bad-language', 'Hell week at the fire academy was tough, but I finished top of the class.')).toBe(false);
  });
  it('flags "hell" as an oath', () => {
    expect(fires('bad-language', 'What the hell were they thinking?')).toBe(true);
    expect(fires('bad-language', 'When he is angry he is like a hell, shouting and throwing files.')).toBe(true);
    expect(fires('bad-language', "Hell, I was seven years there and they don't even say thank you.")).toBe(true);
  });
  it('does not take "he\'ll" or "she\'ll" for "hell"', () => {
    expect(fires('bad-language', "Like he'll present our analysis upstairs and our names aren't on the slides.")).toBe(false);
    expect(fires('bad-language', 'She’ll tell you the same, and we’ll both mean it.')).toBe(false);
  });
});

describe('bad-language: derived and compound forms, and severity', () => {
  it.each([
    ['It was a clusterfuck from day one.', 'clusterfuck'],
    ['Total horseshit, honestly.', 'horseshit'],
    ['A half-assed rollout.', 'half-assed'],
    ['They said f u c k it and shipped.', 'f u c k'],
    ['Fuuuuck, that week.', 'Fuuuuck'],
    ['The place was a shithole.', 'shithole'],
  ])('flags %j', (answer, word) => {
    expect(spans('bad-language', answer)).toEqual([word]);
  });
  it.each([
    'I counted blue tits for a conservation charity.',
    'My thesis was on Moby-Dick.',
    'I kept my grandfather’s bastard file in the toolbox.',
    'I grew up near Shitterton and worked at Matsushita.',
    'We screwed the panels on and cleaned a bloody nose in first aid.',
  ])('keeps look-alikes and literal senses clean: %j', (answer) => {
    expect(fires('bad-language', answer)).toBe(false);
  });
  it('hears mild words as worth fixing and strong ones as harmful', () => {
    const sev = (answer: string) => analyze({ answer }).findings.find((f) => f.code === 'bad-language')?.severity;
    expect(sev('The rota was crap.')).toBe('warning');
    expect(sev('The rota was shitty.')).toBe('problem');
  });
});
