import { z } from 'zod';
import { Id } from './common.js';

export const SEARCH_KINDS = ['opportunity', 'fact', 'person', 'note', 'interview', 'concern'] as const;

/** Query of `GET /api/search`. */
export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, { message: 'must not be empty' }).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** A piece of a snippet: matched words have `match: true`, so the UI can highlight without parsing HTML. */
export const SnippetPart = z.object({ text: z.string(), match: z.boolean() });

/** One hit: what it is, where it leads, and a snippet with the matched words marked. */
export const SearchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: Id,
  opportunityId: Id.nullable(),
  employerId: Id.nullable(),
  /** The interview an interview or note hit opens in interview mode (absent or null for other kinds). */
  interviewId: Id.nullable().optional(),
  title: z.string(),
  snippet: z.array(SnippetPart),
});
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchResults = z.object({ items: z.array(SearchHit) });
