import type { Command } from 'commander';

/** Follow-up commands (`offerbook next`, issue #7). */
export function registerFollowupCommands(_program: Command): void {}
