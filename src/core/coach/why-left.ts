/** The forward-looking reasons a person can give for leaving a job. */
export type WhyLeftFrameId =
  | 'growth'
  | 'scope'
  | 'learning'
  | 'relocation'
  | 'commute'
  | 'contract-end'
  | 'restructure'
  | 'caring'
  | 'career-change'
  | 'returning'
  | 'permanent';

/** Words the user supplies; every slot is optional and the draft adapts to what is given. */
export interface WhyLeftSlots {
  /** The previous employer, e.g. "Northwind". */
  employer?: string;
  /** How long, e.g. "four years". */
  duration?: string;
  /** What I did there, e.g. "running the customer support desk". */
  didThere?: string;
  /** What I'm looking for now, e.g. "a role with more ownership of product decisions". */
  lookingFor?: string;
  /** Where I moved to (relocation). */
  place?: string;
}

/** A frame: a short label, when it fits, and the sentence that states the reason in a positive way. */
export interface WhyLeftFrame {
  id: WhyLeftFrameId;
  label: string;
  whenToUse: string;
  /** The reason sentence; {slot} markers are filled from WhyLeftSlots. */
  reason: string;
  /** Used when the user has not said what they are looking for. */
  defaultLookingFor: string;
}

/** The built-in frames, in the order the UI offers them. */
export const WHY_LEFT_FRAMES: readonly WhyLeftFrame[] = [
  {
    id: 'growth',
    label: 'Ready to grow',
    whenToUse: 'You had learned what the role could teach you.',
    reason: 'I had grown as far as that role allowed, and I was ready for a bigger challenge.',
    defaultLookingFor: 'a role where I can keep stretching myself',
  },
  {
    id: 'scope',
    label: 'Wider scope',
    whenToUse: 'You want more responsibility or a broader remit.',
    reason: 'I wanted a wider remit than the position could offer.',
    defaultLookingFor: 'broader ownership of the work from start to finish',
  },
  {
    id: 'learning',
    label: 'Keep learning',
    whenToUse: 'A skill or domain you want to go deeper in.',
    reason: 'I realised the next thing I want to learn could not be learned there.',
    defaultLookingFor: 'a team where I can build new skills quickly',
  },
  {
    id: 'relocation',
    label: 'Moved home',
    whenToUse: 'You or your family relocated.',
    reason: 'We moved to {place}, so staying on was no longer practical.',
    defaultLookingFor: 'a role close to my new home where I can settle in for the long term',
  },
  {
    id: 'commute',
    label: 'Travel time',
    whenToUse: 'The journey to work became impractical.',
    reason: 'The journey had become long enough that I would rather put that time into the work itself.',
    defaultLookingFor: 'a role closer to home where I can give my full energy',
  },
  {
    id: 'contract-end',
    label: 'Contract ended',
    whenToUse: 'A fixed-term contract or project came to its planned end.',
    reason: 'My contract came to its planned end once the project was delivered.',
    defaultLookingFor: 'a role where I can build on that work',
  },
  {
    id: 'restructure',
    label: 'Restructure or layoff',
    whenToUse: 'Your role was removed in a restructure or redundancy.',
    reason: 'The organisation restructured and my role was one of several that were removed.',
    defaultLookingFor: 'a team where I can bring that experience straight away',
  },
  {
    id: 'caring',
    label: 'Caring duties',
    whenToUse: 'You stepped away to care for someone and can now return.',
    reason: 'I stepped back to care for a family member; that is now settled and I am ready to commit fully.',
    defaultLookingFor: 'a role I can give my full attention to',
  },
  {
    id: 'career-change',
    label: 'Changing direction',
    whenToUse: 'You are moving into a different field or kind of role.',
    reason: 'I decided to steer my career towards work I had come to enjoy most.',
    defaultLookingFor: 'a role that uses what I built there in a new direction',
  },
  {
    id: 'returning',
    label: 'Returning to the field',
    whenToUse: 'You are coming back after time away.',
    reason: 'After time away I have kept my skills current, and I am ready to return to the field.',
    defaultLookingFor: 'a role where I can get back to the work I do best',
  },
  {
    id: 'permanent',
    label: 'Looking for permanence',
    whenToUse: 'You were temporary or freelance and want a settled role.',
    reason: 'The role was temporary, and I want a position I can invest in for years.',
    defaultLookingFor: 'a permanent role in a team I can grow with',
  },
];

const BY_ID = new Map(WHY_LEFT_FRAMES.map((f) => [f.id, f]));

function clean(value: string | undefined): string | undefined {
  const v = value
    ?.trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!?]+$/, '');
  return v ? v : undefined;
}

/** Builds a short positive answer (2–4 sentences, well under 45 s spoken) from a frame and the user's words. */
export function draftWhyLeft(input: { frame: WhyLeftFrameId; slots?: WhyLeftSlots }): string {
  const frame = BY_ID.get(input.frame);
  if (!frame) throw new Error(`Unknown frame: ${input.frame}`);
  const slots = input.slots ?? {};
  const employer = clean(slots.employer);
  const duration = clean(slots.duration);
  const didThere = clean(slots.didThere);
  const place = clean(slots.place) ?? 'a new city';
  const sentences: string[] = [];
  if (didThere || employer) {
    const where = employer ? `At ${employer}` : 'In my last role';
    const how = duration ? ` I spent ${duration}` : ' I enjoyed';
    sentences.push(`${where}${how} ${didThere ?? 'the work and the people'}, and I learned a great deal there.`);
  }
  sentences.push(frame.reason.replace('{place}', place));
  sentences.push(`Now I am looking for ${clean(slots.lookingFor) ?? frame.defaultLookingFor}, which is what drew me to this role.`);
  return sentences.join(' ');
}
