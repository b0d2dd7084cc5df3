import type { Command } from 'commander';

/** `offerbook calendar` (issue #7). */
export function registerCalendar(_program: Command): void {}
