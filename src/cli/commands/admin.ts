import type { Command } from 'commander';
import type { openCliContext } from '../context.js';

/** Reads a password: all of standard input with --password-stdin, else a prompt that does not echo. */
async function readPassword(fromStdin: boolean): Promise<string> {
  const { CliError } = await import('../errors.js');
  if (fromStdin) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  if (!process.stdin.isTTY) throw new CliError('No terminal to ask for the password: pipe it in with --password-stdin', 2);
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write('Password (not shown): ');
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(typed);
    };
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new CliError('Cancelled', 1));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** Validates email, role and password with the API's own rules; errors name the option. */
async function validated(opts: { email: string; role?: string; password?: string }) {
  const [{ CreateInvitation }, { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH }, { CliError }] = await Promise.all([
    import('../../contracts/accounts.js'),
    import('../../contracts/limits.js'),
    import('../errors.js'),
  ]);
  const parsed = CreateInvitation.safeParse({ email: opts.email, role: opts.role ?? 'candidate' });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(`--${String(issue.path[0])} ${issue.message}`, 2);
  }
  if (opts.password !== undefined && (opts.password.length < PASSWORD_MIN_LENGTH || opts.password.length > PASSWORD_MAX_LENGTH)) {
    throw new CliError(`The password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`, 2);
  }
  return parsed.data;
}

async function withDb<T>(work: (ctx: Awaited<ReturnType<typeof openCliContext>>) => Promise<T>): Promise<T> {
  const context = await (await import('../context.js')).openCliContext();
  try {
    if (context.config.mode !== 'server') console.error('Note: accounts are used only when the server runs with OFFERBOOK_MODE=server.');
    return await work(context);
  } finally {
    await context.close();
  }
}

/** `offerbook admin …`: accounts for server mode (the first admin, invitations, the list, per-user export). */
export function registerAdmin(program: Command): void {
  const admin = program.command('admin').description('manage accounts for server mode (OFFERBOOK_MODE=server)');

  admin
    .command('create-user')
    .description('create an account directly (use it for the first admin; everyone else is invited)')
    .requiredOption('--email <email>', 'their sign-in email')
    .option('--role <role>', 'candidate, coach or admin', 'candidate')
    .option('--name <name>', 'the name shown in the app (default: the part of the email before @)')
    .option('--password-stdin', 'read the password from standard input instead of a prompt')
    .action(async (opts: { email: string; role: string; name?: string; passwordStdin?: boolean }) => {
      await validated(opts);
      const password = await readPassword(Boolean(opts.passwordStdin));
      const input = await validated({ ...opts, password });
      const [{ createUser }, { AppError }, { CliError }] = await Promise.all([
        import('../../server/features/accounts/service.js'),
        import('../../server/errors.js'),
        import('../errors.js'),
      ]);
      await withDb(async ({ ctx }) => {
        try {
          const user = await createUser(ctx.db, { email: input.email, role: input.role, displayName: opts.name, password }, new Date());
          console.log(`Created ${user.role} ${user.email} (${user.id})`);
        } catch (err) {
          if (err instanceof AppError) throw new CliError(err.message);
          throw err;
        }
      });
    });

  admin
    .command('invite')
    .description('invite someone by email: prints the one-time link to send them (valid 7 days)')
    .requiredOption('--email <email>', 'their email')
    .option('--role <role>', 'candidate, coach or admin', 'candidate')
    .action(async (opts: { email: string; role: string }) => {
      const input = await validated(opts);
      const [{ invite }, { AppError }, { CliError }] = await Promise.all([
        import('../../server/features/accounts/service.js'),
        import('../../server/errors.js'),
        import('../errors.js'),
      ]);
      await withDb(async ({ ctx, config }) => {
        const host = config.host.includes(':') ? `[${config.host}]` : config.host;
        const base = config.publicUrl ?? `http://${host}:${config.port}`;
        try {
          const created = await invite(ctx.db, null, input, new Date(), base);
          console.log(created.url);
          console.error(
            `Invitation for ${created.email} (${created.role}), valid until ${created.expiresAt}. The link is shown only once.`,
          );
        } catch (err) {
          if (err instanceof AppError) throw new CliError(err.message);
          throw err;
        }
      });
    });

  admin
    .command('list-users')
    .description('list every account')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const { listUsers } = await import('../../server/features/accounts/service.js');
      await withDb(async ({ ctx }) => {
        const users = await listUsers(ctx.db);
        if (opts.json) process.stdout.write(JSON.stringify({ items: users }, null, 2) + '\n');
        else if (users.length === 0)
          console.log('No accounts yet. Create the first admin with: offerbook admin create-user --email you@example.org --role admin');
        else
          for (const u of users)
            console.log(`${u.email.padEnd(32)} ${u.role.padEnd(9)} ${u.disabledAt ? 'disabled' : 'active  '} ${u.displayName}`);
      });
    });

  admin
    .command('export')
    .description("write one account's complete JSON backup (the same format as `offerbook export`)")
    .requiredOption('--email <email>', 'whose notebook')
    .requiredOption('-o, --out <file>', 'where to write the backup (use - for standard output)')
    .action(async (opts: { email: string; out: string }) => {
      const [{ exportBackup }, { backupText }, { CliError }, { writeFileSync }, { resolve }] = await Promise.all([
        import('../../server/features/backup/service.js'),
        import('./backup-run.js'),
        import('../errors.js'),
        import('node:fs'),
        import('node:path'),
      ]);
      await withDb(async ({ ctx }) => {
        const user = await ctx.db.kysely
          .selectFrom('users')
          .select('id')
          .where('email', '=', opts.email.trim().toLowerCase())
          .executeTakeFirst();
        if (!user) throw new CliError(`No account has the email ${opts.email}`);
        const text = backupText(await exportBackup({ ...ctx, actor: { userId: user.id } }));
        if (opts.out === '-') process.stdout.write(text);
        else {
          writeFileSync(opts.out, text);
          console.error(`Backup of ${opts.email} written to ${resolve(opts.out)}`);
        }
      });
    });

  admin
    .command('delete-user')
    .description('delete an account and everything it owns (its shares end; comments it wrote as a coach go too)')
    .requiredOption('--email <email>', 'whose account')
    .option('--yes', 'confirm: nothing is deleted without it')
    .action(async (opts: { email: string; yes?: boolean }) => {
      const [{ deleteAccountByEmail }, { CliError }] = await Promise.all([
        import('../../server/features/accounts/deletion.js'),
        import('../errors.js'),
      ]);
      if (!opts.yes)
        throw new CliError(
          `This deletes ${opts.email} and everything in the account. Run \`offerbook admin export\` first for a copy, then add --yes.`,
        );
      await withDb(async ({ ctx }) => {
        if (!(await deleteAccountByEmail(ctx.db, opts.email, new Date()))) throw new CliError(`No account has the email ${opts.email}`);
        console.error(`Deleted the account ${opts.email} and everything it owned.`);
      });
    });
}
