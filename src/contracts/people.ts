import { z } from 'zod';
import { PERSON_ROLES } from './values.js';
import { Id, Instant, WebLink, longText, shortText } from './common.js';

export const PersonRole = z.enum(PERSON_ROLES);

const personFields = {
  name: shortText(200),
  title: shortText(200).nullable().optional(),
  role: PersonRole.optional(),
  email: z.email({ message: 'must be an email address' }).max(320).nullable().optional(),
  phone: z
    .string()
    .trim()
    .max(50)
    .regex(/^[+()\d\s./-]*(?:(?:ext|x)\.?\s*\d+)?$/i, { message: 'must be a phone number (digits, spaces, + - . ( ))' })
    .nullable()
    .optional(),
  links: z.array(WebLink).max(20).optional(),
  background: longText(20_000).optional(),
  inCommon: longText(5_000).optional(),
};

/** Body of `POST /api/people`: a person, optionally at an employer (by name) and linked to opportunities. */
export const CreatePerson = z.strictObject({
  id: Id.optional(),
  ...personFields,
  employerName: shortText(200).nullable().optional(),
  opportunityIds: z.array(Id).max(50).optional(),
});
export type CreatePerson = z.infer<typeof CreatePerson>;

/** Body of `PATCH /api/people/:id`. */
export const UpdatePerson = z.strictObject({
  name: personFields.name.optional(),
  title: personFields.title,
  role: personFields.role,
  email: personFields.email,
  phone: personFields.phone,
  links: personFields.links,
  background: personFields.background,
  inCommon: personFields.inCommon,
  employerName: shortText(200).nullable().optional(),
});
export type UpdatePerson = z.infer<typeof UpdatePerson>;

/** Body of `POST /api/people/import`: the cards the user confirmed after the preview. */
export const ImportPeople = z.strictObject({
  people: z.array(CreatePerson).min(1).max(500),
});
export type ImportPeople = z.infer<typeof ImportPeople>;

/** A person at an employer, as the API presents them. */
export const Person = z.object({
  id: Id,
  employerId: Id.nullable(),
  employerName: z.string().nullable(),
  name: z.string(),
  title: z.string().nullable(),
  role: PersonRole,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  links: z.array(z.string()),
  background: z.string(),
  inCommon: z.string(),
  opportunityIds: z.array(Id),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Person = z.infer<typeof Person>;
export const PersonList = z.object({ items: z.array(Person) });

export const PeopleQuery = z.strictObject({ opportunityId: Id.optional() });
export const LinkParams = z.strictObject({ id: Id, personId: Id });
