import { sql, type Kysely } from 'kysely';
import { isSqlite } from '../dialect.js';

// The research dossier (facts), people, priorities and fit, and one full-text search index.
export async function up(db: Kysely<unknown>): Promise<void> {
  const owner = (c: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
    c.addColumn('owner_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'));

  await owner(db.schema.createTable('facts').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('employer_id', 'text', (c) => c.notNull().references('employers.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('noted_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('facts_employer').on('facts').columns(['employer_id', 'topic']).execute();

  await owner(db.schema.createTable('people').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('employer_id', 'text', (c) => c.references('employers.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('background', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('in_common', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_owner_employer').on('people').columns(['owner_id', 'employer_id']).execute();

  await owner(db.schema.createTable('opportunity_people').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('opportunity_people_pair', ['opportunity_id', 'person_id'])
    .execute();
  await db.schema.createIndex('opportunity_people_person').on('opportunity_people').column('person_id').execute();

  await owner(db.schema.createTable('priorities').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('max_commute_minutes', 'integer')
    .addColumn('pay_floor', 'integer')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('priorities_owner_key', ['owner_id', 'key'])
    .execute();

  await owner(db.schema.createTable('fit_ratings').addColumn('id', 'text', (c) => c.primaryKey()))
    .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunities.id').onDelete('cascade'))
    .addColumn('priority_key', 'text', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('fact_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('fit_ratings_pair', ['opportunity_id', 'priority_key'])
    .execute();

  // Search: a plain table of documents on both databases, indexed by each engine's own full-text search.
  if (isSqlite(db)) {
    await sql`create table search_documents (
      rowid integer primary key,
      owner_id text not null references users(id) on delete cascade,
      kind text not null, ref_id text not null, opportunity_id text, employer_id text,
      title text not null, body text not null,
      unique (kind, ref_id))`.execute(db);
    await sql`create virtual table search_fts using fts5(title, body, content='search_documents', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2')`.execute(
      db,
    );
    await sql`create trigger search_documents_ai after insert on search_documents begin
      insert into search_fts(rowid, title, body) values (new.rowid, new.title, new.body); end`.execute(db);
    await sql`create trigger search_documents_ad after delete on search_documents begin
      insert into search_fts(search_fts, rowid, title, body) values ('delete', old.rowid, old.title, old.body); end`.execute(db);
    await sql`create trigger search_documents_au after update on search_documents begin
      insert into search_fts(search_fts, rowid, title, body) values ('delete', old.rowid, old.title, old.body);
      insert into search_fts(rowid, title, body) values (new.rowid, new.title, new.body); end`.execute(db);
  } else {
    await sql`create table search_documents (
      owner_id text not null references users(id) on delete cascade,
      kind text not null, ref_id text not null, opportunity_id text, employer_id text,
      title text not null, body text not null,
      tsv tsvector generated always as (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) stored,
      primary key (kind, ref_id))`.execute(db);
    await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(db);
  }
  await sql`create index search_documents_owner on search_documents (owner_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isSqlite(db)) await sql`drop table search_fts`.execute(db);
  for (const table of ['search_documents', 'fit_ratings', 'priorities', 'opportunity_people', 'people', 'facts']) {
    await db.schema.dropTable(table).execute();
  }
}
