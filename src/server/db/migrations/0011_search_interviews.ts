import { sql, type Kysely } from 'kysely';
import { isSqlite } from '../dialect.js';

const KINDS = ['interview', 'note', 'concern'] as const;

// Search documents for what was already written before interviews, notes and concerns were searchable: live
// interviews (title, kind, place), live notes of live interviews, and concerns not hidden with a deleted interview.
// The text is the same as src/server/features/search/interview-documents.ts writes from now on (a test compares them).
export async function up(db: Kysely<unknown>): Promise<void> {
  const nl = sql.raw(isSqlite(db) ? 'char(10)' : 'chr(10)');
  const kindWords = sql`case i.kind when 'phone' then 'Phone interview' when 'video' then 'Video interview' when 'onsite' then 'On-site interview' else i.kind || ' interview' end`;
  await sql`
    insert into search_documents (owner_id, kind, ref_id, opportunity_id, employer_id, title, body)
    select i.owner_id, 'interview', i.id, i.opportunity_id, null,
           case when i.title <> '' then i.title else ${kindWords} end,
           ${kindWords} || case when i.location <> '' then ${nl} || i.location else '' end
    from interviews i
    where i.deleted_at is null
    on conflict (kind, ref_id) do nothing`.execute(db);
  await sql`
    insert into search_documents (owner_id, kind, ref_id, opportunity_id, employer_id, title, body)
    select n.owner_id, 'note', n.id, i.opportunity_id, null, '', n.text
    from interview_notes n join interviews i on i.id = n.interview_id
    where n.deleted_at is null and i.deleted_at is null
    on conflict (kind, ref_id) do nothing`.execute(db);
  await sql`
    insert into search_documents (owner_id, kind, ref_id, opportunity_id, employer_id, title, body)
    select c.owner_id, 'concern', c.id, c.opportunity_id, null, '',
           case when c.text <> '' and c.how_addressed <> '' then c.text || ${nl} || c.how_addressed
                when c.text <> '' then c.text else c.how_addressed end
    from concerns c left join interviews i on i.id = c.interview_id
    where c.interview_id is null or i.deleted_at is null
    on conflict (kind, ref_id) do nothing`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from search_documents where kind in (${sql.join(KINDS.map((k) => sql.lit(k)))})`.execute(db);
}
