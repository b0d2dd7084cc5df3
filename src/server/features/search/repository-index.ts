import { sql } from 'kysely';
import type { SearchHit } from '../../../contracts/search.js';
import type { Db } from '../../db/connect.js';
import { START, STOP } from './snippets.js';

/** What gets indexed for one object (notes and concerns leave the title empty: see interview-documents.ts). */
export interface SearchDocument {
  kind: SearchHit['kind'];
  refId: string;
  ownerId: string;
  opportunityId: string | null;
  employerId: string | null;
  title: string;
  body: string;
}

/** Adds or replaces an object's document (SQLite's triggers or PostgreSQL's generated column update the index). */
export async function indexDocument(db: Db, doc: SearchDocument): Promise<void> {
  const values = {
    owner_id: doc.ownerId,
    kind: doc.kind,
    ref_id: doc.refId,
    opportunity_id: doc.opportunityId,
    employer_id: doc.employerId,
    title: doc.title,
    body: doc.body,
  };
  await db.kysely
    .insertInto('search_documents')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['kind', 'ref_id'])
        .doUpdateSet({ opportunity_id: doc.opportunityId, employer_id: doc.employerId, title: doc.title, body: doc.body }),
    )
    .execute();
}

/** Removes objects' documents. */
export async function removeDocuments(db: Db, kind: SearchDocument['kind'], refIds: string[]): Promise<void> {
  if (refIds.length === 0) return;
  await db.kysely.deleteFrom('search_documents').where('kind', '=', kind).where('ref_id', 'in', refIds).execute();
}

/** A raw hit before presentation: the snippet carries \u0002 … \u0003 around matched words. */
export interface RawHit {
  kind: string;
  ref_id: string;
  opportunity_id: string | null;
  employer_id: string | null;
  title: string;
  snippet: string;
}

/**
 * Turns what a person types into an FTS5 query with the same meaning as PostgreSQL's
 * websearch_to_tsquery: words are ANDed, "quoted phrases" kept, `-word` excluded, `or` between
 * words; the last bare word also matches as a prefix, so results follow typing.
 */
function toFts5Query(input: string): string | null {
  const tokens = input.match(/-?"[^"]*"?|\S+/g) ?? [];
  const positives: string[] = [];
  const negatives: string[] = [];
  let pendingOr = false;
  tokens.forEach((raw, index) => {
    if (/^or$/i.test(raw) && positives.length > 0) {
      pendingOr = true;
      return;
    }
    const negative = raw.startsWith('-') && raw.length > 1;
    const body = (negative ? raw.slice(1) : raw).replace(/^"|"$/g, '');
    const words = body.replace(/[^\p{L}\p{N}\s'-]/gu, ' ').trim();
    if (!words) return;
    const isLast = index === tokens.length - 1;
    const phrase = `"${words.replace(/"/g, '""')}"${isLast && !raw.includes('"') && !negative ? '*' : ''}`;
    if (negative) negatives.push(phrase);
    else if (pendingOr) positives.push(`OR ${phrase}`);
    else positives.push(phrase);
    pendingOr = false;
  });
  if (positives.length === 0) return null;
  return positives.join(' ') + negatives.map((n) => ` NOT ${n}`).join('');
}

/** Ranked hits among the owner's documents (the owner filter written here); each engine ranks (bm25 / ts_rank_cd) and cuts the snippet. */
export async function queryDocuments(db: Db, ownerId: string, q: string, limit: number): Promise<RawHit[]> {
  if (db.dialect === 'sqlite') {
    const match = toFts5Query(q);
    if (!match) return [];
    const result = await sql<RawHit>`
      select d.kind, d.ref_id, d.opportunity_id, d.employer_id, d.title,
             snippet(search_fts, -1, ${START}, ${STOP}, '…', 14) as snippet
      from search_fts join search_documents d on d.rowid = search_fts.rowid
      where search_fts match ${match} and d.owner_id = ${ownerId}
      order by bm25(search_fts, 4.0, 1.0) limit ${limit}`.execute(db.kysely);
    return result.rows;
  }
  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=24, MinWords=8, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "`;
  const result = await sql<RawHit>`
    with query as (select websearch_to_tsquery('english', ${q}) as tsq),
    top as (
      select d.*, ts_rank_cd(d.tsv, query.tsq) as rank, query.tsq
      from search_documents d, query
      where d.owner_id = ${ownerId} and d.tsv @@ query.tsq
      order by rank desc limit ${limit})
    select kind, ref_id, opportunity_id, employer_id, title,
           ts_headline('english', concat_ws(' — ', nullif(title, ''), body), tsq, ${options}) as snippet
    from top order by rank desc`.execute(db.kysely);
  return result.rows;
}

/**
 * SQLite: rebuilds the FTS5 index from the documents, so words of deleted documents do not linger
 * in its segments (after "delete everything"). PostgreSQL's index lives in the rows: nothing to do.
 */
export async function rebuildFullTextIndex(db: Db): Promise<void> {
  if (db.dialect === 'sqlite') await sql`insert into search_fts(search_fts) values ('rebuild')`.execute(db.kysely);
}
