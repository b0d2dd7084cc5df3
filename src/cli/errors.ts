/** A failure the CLI reports in one line, with exit code 1 (2 for usage or config errors). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
