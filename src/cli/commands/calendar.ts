import type { Command } from 'commander';

/** `offerbook calendar --out FILE`: the whole calendar (interviews, follow-ups, offer deadlines) as one .ics file. */
export function registerCalendar(program: Command): void {
  program
    .command('calendar')
    .description('write your interviews, follow-ups and offer deadlines as an .ics file for any calendar app')
    .requiredOption('-o, --out <file>', 'where to write the .ics file (use - for standard output)')
    .option('--time-zone <zone>', "your IANA time zone, for the local hour of check-ins (default: this computer's zone)")
    .action(async (opts: { out: string; timeZone?: string }) => {
      const [{ writeFileSync }, { resolve }, { isValidTimeZone }, { fullCalendar }, { openCliContext }, { CliError }] = await Promise.all([
        import('node:fs'),
        import('node:path'),
        import('../../core/followup/index.js'),
        import('../../server/features/calendar/service.js'),
        import('../context.js'),
        import('../errors.js'),
      ]);
      if (opts.timeZone !== undefined && !isValidTimeZone(opts.timeZone))
        throw new CliError(`--time-zone ${opts.timeZone} is not a time zone this system knows (try Europe/Berlin)`, 2);
      const { ctx, close } = await openCliContext();
      try {
        const ics = await fullCalendar(ctx, { timeZone: opts.timeZone });
        if (opts.out === '-') process.stdout.write(ics);
        else {
          try {
            writeFileSync(opts.out, ics);
          } catch (err) {
            throw new CliError(`Cannot write ${opts.out}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
          }
          const count = ics.split('BEGIN:VEVENT').length - 1;
          console.error(`Calendar with ${count} ${count === 1 ? 'event' : 'events'} written to ${resolve(opts.out)}`);
        }
      } finally {
        await close();
      }
    });
}
