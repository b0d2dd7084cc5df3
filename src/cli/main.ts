// First, before anything else loads: the server's memory settings (see the module).
import '../server/lean-heap.js';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../server/config.js';
import { VERSION } from '../server/version.js';
import { registerAdmin } from './commands/admin.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerBackup } from './commands/backup.js';
import { registerCalendar } from './commands/calendar.js';
import { registerCapture } from './commands/capture.js';
import { registerExportCsv } from './commands/export-csv.js';
import { registerImportCsv } from './commands/import-csv.js';
import { registerReport } from './commands/report.js';
import { registerFollowupCommands } from './commands/followups.js';
import { registerQuestionCommands } from './commands/questions.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { CliError, describeFailure } from './errors.js';

/** Builds the `offerbook` command line. */
export function buildProgram(): Command {
  const program = new Command('offerbook')
    .description("Offerbook, the job seeker's interview notebook. Local-first: your data stays on this machine.")
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerBackup(program);
  registerExportCsv(program);
  registerImportCsv(program);
  registerReport(program);
  registerSearch(program);
  registerAnalyze(program);
  registerCapture(program);
  registerQuestionCommands(program);
  registerFollowupCommands(program);
  registerCalendar(program);
  registerAdmin(program);
  return program;
}

/** Runs the CLI; errors are one clear line on stderr, never a stack trace. */
export async function run(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof CliError) {
      console.error(err.message);
      return err.exitCode;
    }
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      return 2;
    }
    // Database and system failures as sentences of ours, never a driver's raw text.
    console.error(describeFailure(err));
    return 1;
  }
}

const code = await run(process.argv);
if (code !== 0) process.exit(code);
