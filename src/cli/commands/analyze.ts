import type { Command } from 'commander';

/** `offerbook analyze`: the answer coach on the command line (wired by the practice feature). */
export function registerAnalyze(_program: Command): void {}
