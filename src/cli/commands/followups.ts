import type { Command } from 'commander';
import type { NextActionEntry, NextActions } from '../../contracts/followups.js';

const GROUP_TITLES: Record<NextActionEntry['group'], string> = { overdue: 'Overdue', today: 'Today', week: 'This week', later: 'Later' };
const KIND_TAG: Record<NextActionEntry['kind'], string> = {
  'thank-you': 'thank-you',
  'check-in': 'check-in',
  interview: 'interview',
  prep: 'prep',
  'offer-deadline': 'offer',
  'next-action': 'next step',
};

/** When an item is due, in words relative to today (and its local time when it has one). */
function dueText(item: NextActionEntry, timeZone: string): string {
  if (item.due === null || item.daysUntilDue === null) return 'no date';
  const time = item.dueAt ? ` ${new Date(item.dueAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone })}` : '';
  const d = item.daysUntilDue;
  const day = d === 0 ? 'today' : d === 1 ? 'tomorrow' : d === -1 ? 'yesterday' : d < 0 ? `${-d} days ago` : `in ${d} days`;
  return `${day} (${item.due}${time})`;
}

/** The ranked list as plain text, grouped by day. */
export function formatNextActions(list: NextActions): string {
  if (list.items.length === 0) return 'Nothing to do next. Add an opportunity or give one a next step.\n';
  const out: string[] = [
    `Next actions for ${list.today} (${list.timeZone}): ${list.counts.overdue} overdue, ${list.counts.today} today, ${list.counts.total} in all.`,
  ];
  for (const group of ['overdue', 'today', 'week', 'later'] as const) {
    const items = list.items.filter((i) => i.group === group);
    if (items.length === 0) continue;
    out.push('', `${GROUP_TITLES[group]} (${items.length})`);
    for (const i of items) {
      out.push(`  - [${KIND_TAG[i.kind]}] ${i.title}: ${i.employerName}, ${i.roleTitle}; due ${dueText(i, list.timeZone)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** `offerbook next`: everything to do next across all opportunities, overdue first. */
async function nextCommand(opts: { json?: boolean; today?: string; timeZone?: string }): Promise<void> {
  const [{ openCliContext }, { computeNextActions, presentNextActions }, { requestTimeZone, requestToday }, { CliError }, { AppError }] =
    await Promise.all([
      import('../context.js'),
      import('../../server/features/followups/next-actions.js'),
      import('../../server/features/followups/zone.js'),
      import('../errors.js'),
      import('../../server/errors.js'),
    ]);
  if (opts.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new CliError('--today must be a date as YYYY-MM-DD', 2);
  let timeZone: string;
  try {
    timeZone = requestTimeZone(opts.timeZone);
  } catch (err) {
    if (err instanceof AppError) throw new CliError(`--time-zone: ${opts.timeZone} is not a time zone this system knows`, 2);
    throw err;
  }
  const { ctx, close } = await openCliContext();
  try {
    const list = presentNextActions(await computeNextActions(ctx, requestToday(opts.today, timeZone, ctx.now()), timeZone));
    process.stdout.write(opts.json ? `${JSON.stringify(list, null, 2)}\n` : formatNextActions(list));
  } finally {
    await close();
  }
}

/** Follow-up commands (`offerbook next`, issue #7). */
export function registerFollowupCommands(program: Command): void {
  program
    .command('next')
    .description(
      'list what to do next across all opportunities (thank-you notes, check-ins, interviews, prep, offer deadlines, next steps), overdue first',
    )
    .option('--json', 'print the list as JSON (the shape of GET /api/next-actions)')
    .option('--today <date>', 'the calendar day to rank against (YYYY-MM-DD; default: today in your time zone)')
    .option('--time-zone <zone>', "your IANA time zone, such as Europe/Berlin (default: this computer's)")
    .action((opts: { json?: boolean; today?: string; timeZone?: string }) => nextCommand(opts));
}
