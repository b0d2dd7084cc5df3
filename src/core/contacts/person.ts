/** The contact details of a Person at an employer, as vCard import and export see them. */

import { PERSON_ROLES, type PersonRole } from '../../contracts/values.js';

export { PERSON_ROLES, type PersonRole };

/** A person's details that a vCard can carry; the server adds ids and the employer link. */
export interface PersonDetails {
  name: string;
  title?: string;
  role: PersonRole;
  /** The employer's name as the card states it (vCard ORG). */
  organisation?: string;
  email?: string;
  phone?: string;
  /** http(s) links: profile pages, personal site. */
  links: string[];
  /** The user's notes about the person's background (vCard NOTE). */
  background?: string;
  /** What the user and the person have in common: school, former employer, interests. */
  inCommon?: string;
}

/** True when a string is one of the person roles. */
export function isPersonRole(value: string): value is PersonRole {
  return (PERSON_ROLES as readonly string[]).includes(value);
}

/**
 * Guesses a role from a job title on import: talent people are recruiters, and a title that says
 * "hiring manager" says so; everyone else is `other` until the user says otherwise.
 */
export function guessRole(title: string | undefined): PersonRole {
  if (!title) return 'other';
  if (/recruit|talent acquisition|sourc(?:er|ing)/i.test(title)) return 'recruiter';
  if (/hiring manager/i.test(title)) return 'hiring-manager';
  return 'other';
}
