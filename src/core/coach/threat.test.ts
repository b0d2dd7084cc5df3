import { describe, expect, it } from 'vitest';
import { analyze } from './coach.js';
import { fires, spans } from './test-helpers.js';

describe('threat', () => {
  it.each([
    ['I quit before I punched him.', 'punched him'],
    ['I wanted to throw my chair at her.', 'throw my chair at her'],
    ["One more meeting and I'd have strangled someone.", 'strangled someone'],
    ['I was this close to decking my supervisor.', 'decking'],
    ["One more meeting and I'd have thrown my chair.", "I'd have thrown my chair"],
    ["If he touched my locker again I'd put him through the wall.", 'put him through the wall'],
    ['Some days I wanted to drag my supervisor out to the car park and settle it.', 'drag my supervisor out to the car park'],
    ['I said next time I will beat him outside.', 'beat him outside'],
    ["If I see that regional manager again, he's getting a smack in the mouth.", 'getting a smack in the mouth'],
    ['Boss deserves a brick through his window.', 'brick through his window'],
    ["I said I'd come back with a baseball bat.", 'come back with a baseball bat'],
    ['I was fantasising about setting the office on fire.', 'setting the office on fire'],
    ['Next time he touches my stuff I will beat him.', 'I will beat him'],
    ["I swear I'll break his nose if he does that again.", 'break his nose'],
    ['Honestly I could have murdered my line manager that day.', 'murdered my line manager'],
    ['He kept pushing and I just threw a punch.', 'threw a punch'],
    ['I pulled a box cutter on him, which I regret.', 'pulled a box cutter on'],
    ["One more comment and I'm going to put him in hospital.", 'put him in hospital'],
    ['I told the foreman to step outside.', 'told the foreman to step outside'],
    ["I'd give him a good hiding.", 'give him a good hiding'],
    ['I lunged at my supervisor.', 'lunged at my supervisor'],
    ['Security had to pull me off him.', 'pull me off him'],
    ['Somebody should flatten that foreman one day.', 'flatten that foreman'],
    ['The biggest challenge? Not hitting the supervisor who kept binning my work.', 'hitting the supervisor'],
    ["I came close to driving my fist through the foreman's face.", 'driving my fist through'],
    ["He's lucky we never caught him outside the depot.", "He's lucky we never caught"],
    ["She won't walk away from this, I promise you.", "She won't walk away from this"],
    ["Touch my tools again and you'll be picking yourself up off the floor.", "you'll be picking yourself up off the floor"],
    ['I left before I did something to him that would have ended in court.', 'did something to him'],
    ['The shift lead needs a proper kicking.', 'needs a proper kicking'],
    ['I told him to his face: do that again and I will strangle you.', 'strangle you'],
    ['Honestly I wanted to hit him very hard that day.', 'hit him'],
    ['She is the kind of supervisor who deserves to be slapped.', 'deserves to be slapped'],
    ['I said I would burn his car if the wages did not come.', 'burn his car'],
    ['He needs someone to shove his head into the shredder.', 'shove his head into'],
    ['One more remark and I am lamping him.', 'lamping him'],
    ['We argued and I slammed him against the lockers.', 'slammed him against'],
    ['I was ready to teach the foreman a lesson with my fists.', 'with my fists'],
    ['My plan was to throw the kettle water on his face.', 'throw the kettle water on his face'],
    ["Broke a porter's jaw in the loading bay and got sacked.", "Broke a porter's jaw"],
    // Families read from train-blind-n: property of theirs, harm wished, urges pictured, veiled menace, blows.
    ["On my way out I keyed the supervisor's car.", "keyed the supervisor's car"],
    ['I let his tyres down after he docked my pay.', 'let his tyres down'],
    ['I really hope my old manager falls down the stairs.', 'hope my old manager falls'],
    ['She is the sort you want to shake until her teeth rattle.', 'until her teeth rattle'],
    ['I told him: one more word and I will finish you.', 'I will finish you'],
    ['Somebody ought to teach that shift lead a lesson, ideally with no cameras about.', 'teach that shift lead a lesson'],
    ["He's lucky I didn't do anything that night.", "lucky I didn't do"],
    ['The area manager had better hope we never meet in a car park.', 'better hope we never'],
    ['I gave my line manager a tight slap and walked out.', 'gave my line manager a tight slap'],
    ['A porter pinned me against the lockers for reporting him.', 'pinned me against the lockers'],
    ['Took everything I had not to deck him.', 'deck him'],
    ['The sous chef lobbed a pan straight at my head.', 'lobbed a pan straight at my head'],
  ])('flags violence towards a person in %j', (answer, words) => {
    expect(spans('threat', answer).some((s) => s.includes(words))).toBe(true);
  });
  it('is a problem, its own kind of finding', () => {
    const f = analyze({ answer: 'I quit before I punched him.' }).findings.find((x) => x.code === 'threat');
    expect(f?.severity).toBe('problem');
  });
  it.each([
    'We hit the target every month and beat the deadline.',
    'I wired the kill switch and removed the dead code.',
    'I took a shot at the title and shot him an email about it.',
    'The commute was killing me, so we moved closer.',
    "I didn't want to push a senior colleague, and the lesson was to raise concerns early.",
    'We beat them to market by a month, and it was a slap in the face for the old guard.',
    'I put him through the training course twice and dragged the team out of a slump.',
    'I dragged my manager out to lunch and we settled it over coffee.',
    'We threw a party for her, and I came back with a plan and a budget.',
    'The launch set the forum on fire and my manager put me through the wringer.',
    'I hit him up on Slack and hit her with the numbers the next day.',
    "We want to beat them in the tender, and I didn't want to hurt her feelings.",
    'I would never hit anyone. Kill them with kindness, that was my approach.',
    'They shot him down in the meeting and she stabbed me in the back.',
    'Targets were raised every time we hit them; the manager gave her a slap on the wrist.',
    "I went through the punch list, knocked out the backlog and I'd break him in gently.",
    'I clocked him leaving early and mentioned it to the rota manager.',
    "I'll hit you up with the figures, and I could kill you for a coffee right now.",
    'It was a kick in the teeth when the budget went, and a slap in the face for the team.',
    'We had to run over the budget again, and I would like to run over the plan with you.',
    'I burned the midnight oil and burned through the backlog in a week.',
    'I cut my teeth on that project and pushed them hard to hit the deadline.',
    'Safety was ignored for months; one day somebody will be hurt there, so I wrote to the regulator.',
    'My car got keyed in the staff car park, and I hope the new manager gets the budget he asked for.',
    'That failure taught me a lesson, and I later helped teach the new starters a lesson in stock control.',
    'I would never hit anyone, and I hope he gets better soon after his operation.',
    'I gave my manager a heads-up and pushed the pallets against the wall to clear the aisle.',
  ])('does not flag violence words aimed at things or idioms: %j', (answer) => {
    expect(fires('threat', answer)).toBe(false);
  });
});
