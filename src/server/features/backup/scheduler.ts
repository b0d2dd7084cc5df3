import type { RotationPolicy } from '../../../core/backup/rotation.js';
import type { Db } from '../../db/connect.js';
import { listBackupFiles, rotateSnapshots, takeSnapshot, type BackupFileInfo, type SnapshotReason } from './snapshots.js';

const HOUR = 3600 * 1000;

export interface BackupSchedulerOptions {
  db: Db;
  /** The folder backups go to (OFFERBOOK_BACKUP_DIR, or `backups/` in the data folder). */
  dir: string;
  /** How old the newest automatic backup may get before another is taken: a day. */
  everyMs?: number;
  /** How often the scheduler looks: every hour (the app may sleep with the laptop). */
  checkMs?: number;
  /** The first look, a few seconds after start so it never slows the first page. */
  firstCheckMs?: number;
  rotation?: RotationPolicy;
  now?: () => Date;
  /** Where failures are reported besides the status (the server's log). */
  onError?: (message: string) => void;
}

/** What Settings shows about automatic backups. */
export interface BackupStatus {
  lastSuccessAt: Date | null;
  lastError: { at: Date; message: string } | null;
}

/**
 * Local mode's automatic backups: a snapshot of the database when the newest one is a day old
 * (checked at start and every hour while the app runs) and after each import, then the rotation
 * (7 daily + 4 weekly). One snapshot at a time; a failure is kept for Settings and logged.
 */
export class BackupScheduler {
  readonly dir: string;
  private timer: NodeJS.Timeout | null = null;
  private first: NodeJS.Timeout | null = null;
  private running: Promise<BackupFileInfo | null> = Promise.resolve(null);
  private state: BackupStatus = { lastSuccessAt: null, lastError: null };
  private readonly everyMs: number;
  private readonly checkMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: BackupSchedulerOptions) {
    this.dir = options.dir;
    this.everyMs = options.everyMs ?? 24 * HOUR;
    this.checkMs = options.checkMs ?? HOUR;
    this.now = options.now ?? (() => new Date());
  }

  /** Checks soon after start and then every `checkMs`; the timers do not keep the process alive. */
  start(): void {
    if (this.timer) return;
    this.first = setTimeout(() => void this.checkDue(), this.options.firstCheckMs ?? 5000);
    this.first.unref();
    this.timer = setInterval(() => void this.checkDue(), this.checkMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a snapshot under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.first) clearTimeout(this.first);
    this.timer = null;
    this.first = null;
    await this.running;
  }

  status(): BackupStatus {
    return { ...this.state };
  }

  /** Takes a snapshot when the newest automatic one is older than `everyMs`. */
  async checkDue(): Promise<BackupFileInfo | null> {
    await this.running;
    let newest: Date | undefined;
    try {
      newest = listBackupFiles(this.dir).find((f) => f.kind === 'automatic')?.takenAt;
    } catch (err) {
      this.fail(err);
      return null;
    }
    if (newest && this.now().getTime() - newest.getTime() < this.everyMs) return null;
    return this.runNow('daily');
  }

  /** Takes a snapshot now (after an import, or on request) and rotates; answers null when it failed. */
  runNow(reason: SnapshotReason): Promise<BackupFileInfo | null> {
    const next = this.running.then(async () => {
      try {
        const taken = await takeSnapshot(this.options.db, this.dir, this.now(), reason);
        rotateSnapshots(this.dir, this.options.rotation);
        this.state = { lastSuccessAt: taken.takenAt, lastError: null };
        return taken;
      } catch (err) {
        this.fail(err);
        return null;
      }
    });
    this.running = next;
    return next;
  }

  private fail(err: unknown): void {
    const message = `Automatic backup to ${this.dir} failed: ${err instanceof Error ? err.message : String(err)}`;
    this.state = { ...this.state, lastError: { at: this.now(), message } };
    this.options.onError?.(message);
  }
}
