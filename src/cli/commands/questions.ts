import type { Command } from 'commander';

/** `offerbook check-question` and `offerbook brief` (wired by the questions feature). */
export function registerQuestionCommands(_program: Command): void {}
