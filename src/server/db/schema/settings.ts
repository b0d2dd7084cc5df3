// Table types of per-owner settings.
import type { Instant } from './instant.js';

export interface SettingsTable {
  owner_id: string;
  pipeline_target: number;
  updated_at: Instant;
}
