import { describe, expect, it } from 'vitest';
import { fires, spans } from './test-helpers.js';

const WHY = 'Why did you leave your last job?';

describe('employer-negativity', () => {
  it('flags contempt for a manager and points at the words', () => {
    const answer = 'My manager was useless and micromanaged everything.';
    expect(spans('employer-negativity', answer, WHY)).toContain('manager was useless');
  });
  it('reads the narrowed rule families as context, not complaints (7 Dec round)', () => {
    expect(
      spans('employer-negativity', "It's not that I'm bitter about the firm, I just want to build things.", WHY).join(' '),
    ).not.toMatch(/bitter/);
    expect(
      spans('employer-negativity', 'A visitor used bad language at reception, so I stayed calm and called security.', WHY).join(' '),
    ).not.toMatch(/bad/);
    expect(spans('employer-negativity', "I want a role where I'm slightly out of my depth again.", WHY).join(' ')).not.toMatch(/depth/);
  });
  it('does not take a patient or a guest who was rude to staff for the employer', () => {
    const story =
      "so the challenge was a patient who was really aggressive toward staff um not the hospital's fault he was in a lot of pain so i used the de escalation training and got him calm";
    expect(fires('employer-negativity', story, WHY)).toBe(false);
    expect(fires('employer-negativity', 'One guest was rude to staff all week, so I moved him to a quieter floor.', WHY)).toBe(false);
    expect(fires('employer-negativity', 'My manager was aggressive toward staff and nobody stopped him.', WHY)).toBe(true);
  });

  it('flags complaints about pay and hours', () => {
    expect(fires('employer-negativity', 'The pay was pitiful and they expected sixty-hour weeks.', WHY)).toBe(true);
  });
  it('flags complaints about being treated badly even with no employer named', () => {
    expect(fires('employer-negativity', "I'm tired of being undervalued and passed over for every promotion.", WHY)).toBe(true);
  });
  it('flags hostility when the workplace is the object of the feeling', () => {
    expect(fires('employer-negativity', 'Honestly I hated that company and everyone in it.')).toBe(true);
  });
  it('flags abusive behaviour described without adjectives', () => {
    expect(fires('employer-negativity', 'The director shouted at staff in front of customers.', WHY)).toBe(true);
  });
  it('flags swearing aimed at former colleagues as negativity too', () => {
    expect(fires('employer-negativity', 'They were a bunch of w*nkers, frankly.', WHY)).toBe(true);
  });
  it('treats a problem as a problem even in a non-leaving answer', () => {
    expect(
      fires('employer-negativity', 'Working for you would be great, my current boss is an idiot.', 'Why do you want to work here?'),
    ).toBe(true);
  });
  it('is a problem, not a warning, in a why-did-you-leave answer', () => {
    const finding = spans('employer-negativity', 'Management was disorganised.', WHY);
    expect(finding.length).toBe(1);
  });
  it('does not flag a disagreement the speaker then handled', () => {
    const answer = 'My manager and I disagreed on scope, so I proposed a phased release and we agreed on it.';
    expect(fires('employer-negativity', answer, 'Tell me about a conflict.')).toBe(false);
  });
  it('does not flag a difficult condition followed by what the speaker did', () => {
    const answer = 'The team was chaotic when I joined. I set up a weekly planning session and a shared board.';
    expect(fires('employer-negativity', answer)).toBe(false);
  });
  it('still flags blame aimed at people when what the speaker did follows it', () => {
    // The blame reads as a complaint on its own, and the fix after it does not take it back.
    const q = 'Tell me about a difficult colleague.';
    const answer =
      'I joined a product squad two years ago, on the front end. We had a release every fortnight. ' +
      'The design team refused to change anything and blamed us for every delay, they were very stubborn people. ' +
      'So I built a small prototype to show the benefit and they agreed to try it.';
    expect(fires('employer-negativity', answer, q)).toBe(true);
    // The same story with a difficulty instead of blame stays a story.
    const story =
      'I joined a product squad two years ago, on the front end. We had a release every fortnight. ' +
      'The design team used an old toolkit that made handovers slow. ' +
      'So I built a small prototype to show the benefit and they agreed to try it.';
    expect(fires('employer-negativity', story, q)).toBe(false);
  });
  it('does not flag harsh words about a system or a process', () => {
    expect(fires('employer-negativity', 'The old billing system was terrible, so I rebuilt it in a month.')).toBe(false);
  });
  it('does not flag customers who disliked a product', () => {
    expect(fires('employer-negativity', 'Our customers hated the old checkout, so I redesigned it and complaints halved.')).toBe(false);
  });
  it('does not flag forward-looking reasons for leaving', () => {
    expect(fires('employer-negativity', 'I had learned a lot from my manager and wanted a larger scope.', WHY)).toBe(false);
  });
  it('does not flag negated judgements', () => {
    expect(fires('employer-negativity', 'My manager was never unfair, and the pay was not bad either.', WHY)).toBe(false);
  });
  it('does not flag technical terms that look like insults', () => {
    expect(fires('employer-negativity', 'At the company I tuned lazy loading and garbage collection for the app.')).toBe(false);
  });
  it('flags complaints made by naming what was missing', () => {
    expect(fires('employer-negativity', 'There was no support, no training and zero recognition.', WHY)).toBe(true);
  });
  it('reads every sentence as about the workplace when the question is about a manager', () => {
    expect(fires('employer-negativity', 'Honestly, a bit of a bully.', 'What was your last manager like?')).toBe(true);
    expect(fires('employer-negativity', 'Honestly, a bit of a bully.', 'What do you do at weekends?')).toBe(false);
  });
  it("does not count other people's frustration as the speaker's complaint", () => {
    expect(
      fires(
        'employer-negativity',
        'People were fed up with the printer, so I fixed the roller myself.',
        'Tell me about a problem you solved.',
      ),
    ).toBe(false);
  });
  it('does not treat a relative clause as the speaker handling the problem', () => {
    expect(fires('employer-negativity', 'The pay was poor and HR ignored every complaint we raised.', WHY)).toBe(true);
  });
  it.each([
    'Honestly, the partners ran the place like a fiefdom and you were frozen out if you questioned anything.',
    'The bosses were bean counters who gutted the training budget.',
    'My old supervisor had the people skills of a parking meter.',
    'They promised us a bonus and then quietly dropped it.',
  ])('flags unseen ways of running a workplace down: %j', (answer) => {
    expect(fires('employer-negativity', answer, WHY)).toBe(true);
  });
  it('does not flag a judgement about the weather, traffic or a tool, even in a why-left answer', () => {
    expect(fires('employer-negativity', 'The weather up there was grim, and we wanted to be near family.', WHY)).toBe(false);
    expect(fires('employer-negativity', 'Traffic on the bypass was a nightmare, so I moved closer.', WHY)).toBe(false);
  });
  it('still flags the company when a non-workplace word only follows it', () => {
    expect(fires('employer-negativity', "I couldn't stay at a firm that treats its customers like idiots.", WHY)).toBe(true);
  });
  it('does not read a dislike of an activity as hostility to the workplace', () => {
    expect(fires('employer-negativity', 'I hate leaving work half-finished, so I stayed to hand over.', WHY)).toBe(false);
  });
  it('does not flag a hard time the speaker says they enjoyed', () => {
    expect(fires('employer-negativity', 'The Christmas rush at the store was crazy, and I loved it.', WHY)).toBe(false);
  });
  it('does not flag a neutral reason or praise that uses negative words in the negative', () => {
    expect(fires('employer-negativity', 'No complaints about the company; the pay was fine and I want a bigger remit.', WHY)).toBe(false);
    expect(fires('employer-negativity', 'My manager was never dismissive, even when I got it wrong.', WHY)).toBe(false);
  });
  it('treats "why the change?" and culture questions as about the workplace', () => {
    expect(fires('employer-negativity', 'They dangled a promotion for two years.', 'So why the change?')).toBe(true);
    expect(fires('employer-negativity', 'They dangled a promotion for two years.', 'What do you do at weekends?')).toBe(false);
  });
});

describe('employer-negativity on the words people use', () => {
  it('flags name-calling and a "toxic mess" in a why-left answer', () => {
    const answer = 'I left because my manager was a jerk. Honestly it was a toxic mess.';
    const found = spans('employer-negativity', answer, WHY);
    expect(found.some((s) => /jerk/.test(s))).toBe(true);
    expect(found.some((s) => /toxic/.test(s))).toBe(true);
  });
  it.each([
    ['Salary credited on the 12th or 15th, never the 1st. Impossible to plan rent.'],
    ['Promised a 6-week induction, got 2 days.'],
    ['Found out about the restructure from a news article.'],
    ['No work life balance, rotational shifts.'],
  ])('flags an indirect complaint with no insult in it: %j', (answer) => {
    expect(fires('employer-negativity', answer, WHY)).toBe(true);
  });
  it.each([
    ['Good work life balance and salary always on time.'],
    ['The contract ended and I want a permanent role in a bigger team.'],
    ['Our release process was slow, so I proposed and built a pipeline that cut it from two days to an hour.'],
    ['I left because the contract ended.'],
  ])('does not flag praise, a neutral departure or a difficulty the speaker fixed: %j', (answer) => {
    expect(fires('employer-negativity', answer, WHY)).toBe(false);
  });
  it.each([
    ['Honestly, no downsides.', 'Cons'],
    ['Nobody micromanages you, and the targets are clear.', 'Pros'],
    ['Flexible rota, free parking, no pointless meetings.', 'Pros of working here?'],
    ['The pay is good and the bonus actually gets paid.', 'What did you like most about the job?'],
  ])('does not flag a "no cons" answer or the facts listed as pros: %j', (answer, prompt) => {
    expect(fires('employer-negativity', answer, prompt)).toBe(false);
  });
  it('still flags an outright complaint given as an answer to "pros?"', () => {
    expect(fires('employer-negativity', 'Pros? None. Management is toxic and the pay is terrible.', 'Pros')).toBe(true);
  });
  it('does not flag a hard condition the speaker accepts as part of the job', () => {
    const day = 'What does a typical day look like for you?';
    expect(fires('employer-negativity', 'Long hours are part of it, to be fair. Twelve-hour shifts, four on, four off.', day)).toBe(false);
    expect(fires('employer-negativity', 'No work from home option because of client data security, that is normal in BPO.', 'Cons')).toBe(
      false,
    );
    // Without the acceptance it is still the complaint.
    expect(fires('employer-negativity', 'Long hours and no work from home option.', 'Cons')).toBe(true);
  });
  it('reads praise negated a few words back ("never once made me feel stupid") as praise', () => {
    expect(
      fires('employer-negativity', 'My manager never once made me feel stupid for asking a question, which meant I learned fast.', WHY),
    ).toBe(false);
    expect(fires('employer-negativity', 'I had all the time off I needed and nobody made me feel bad about it.', WHY)).toBe(false);
  });
  it('reads "I started a wiki", "I got the team to switch" as the speaker\'s fix, not an exit', () => {
    const story = 'Tell me about a challenge you faced.';
    expect(
      fires('employer-negativity', 'When I joined, the team had no documentation at all. I started a wiki for every process.', story),
    ).toBe(false);
    expect(fires('employer-negativity', 'The team had no documentation at all. I started a new job elsewhere.', story)).toBe(true);
  });
  it('does not let the model read an answer that denies any downside as a complaint', () => {
    expect(fires('employer-negativity', "None that I'd leave over.", 'Cons of working here?')).toBe(false);
    expect(fires('employer-negativity', 'Hard to find any. Would go back tomorrow.', 'Cons of working here?')).toBe(false);
    expect(fires('employer-negativity', 'None of the managers ever listened to us, they were useless.', 'Cons of working here?')).toBe(
      true,
    );
  });
});
