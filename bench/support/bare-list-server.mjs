// The floor for the list benchmark: bare Fastify + better-sqlite3 answering the same summary JSON as
// GET /api/opportunities — one prepared statement, a plain object per row, JSON.stringify. Each
// row's fit is taken from the app's own answer (argv[4]) so the bytes are identical; the floor does
// not compute fits, which only flatters it.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const [file, port, fitsFile, ownerId] = process.argv.slice(2);
const fits = new Map(Object.entries(JSON.parse(readFileSync(fitsFile, 'utf8'))));
const db = new Database(file, { readonly: true });
const list = db.prepare(
  `select o.id, e.name as employer_name, o.role_title, o.location, o.stage, o.next_action, o.next_action_due, o.excitement,
          o.archived_at, o.updated_at
     from opportunities o join employers e on e.id = o.employer_id
    where o.owner_id = ? and o.archived_at is null
    order by o.updated_at desc, o.id desc limit 1001`,
);
const app = Fastify({ logger: false });
app.get('/bare', (_req, reply) => {
  // One row past the page says whether another follows, as the app does.
  const rows = list.all(ownerId);
  const more = rows.length > 1000;
  if (more) rows.length = 1000;
  const items = rows.map((r) => ({
    id: r.id,
    employerName: r.employer_name,
    roleTitle: r.role_title,
    location: r.location,
    stage: r.stage,
    nextAction: r.next_action,
    nextActionDue: r.next_action_due,
    excitement: r.excitement,
    archivedAt: r.archived_at,
    updatedAt: r.updated_at,
    fit: fits.get(r.id) ?? null,
  }));
  const last = more ? rows[rows.length - 1] : undefined;
  const nextCursor = last ? Buffer.from(JSON.stringify([last.updated_at, last.id])).toString('base64url') : null;
  return reply.type('application/json; charset=utf-8').send(JSON.stringify({ items, nextCursor }));
});
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write('ready\n');
