import type { DatabaseChangeLog } from '../changelog/model.js';
import type { ResourceAccessor } from '../changelog/resource-accessor.js';
import type { DatabaseConnection } from '../database/connection.js';
import type { Dialect } from '../dialect/dialect.js';
import type { Logger } from '../logger.js';
import type { ChangeSetResult } from '../report/model.js';
import type { TrackingSql } from '../tracking/tracking-tables.js';

/** Everything a command needs, built once by the CLI or the action. */
export interface EngineContext {
  db: DatabaseConnection;
  dialect: Dialect;
  changeLog: DatabaseChangeLog;
  resources: ResourceAccessor;
  /** Runtime `--contexts` (a list or an expression) and `--labels` (an expression). */
  contexts?: string;
  labels?: string;
  tracking: TrackingSql;
  logger: Logger;
  /** `${…}` expansion with the changelog, command-line and environment properties. */
  expand(text: string): string;
  /** Every property visible to `changeLogPropertyDefined`: environment, `database.*`, changelog, `-D`. */
  properties: Record<string, string>;
  lock: { waitMs: number; pollMs: number };
  /** Called as each changeset starts and ends, for progress display. */
  onProgress?: (event: ProgressEvent) => void;
}

export type ProgressEvent =
  | { kind: 'start'; index: number; total: number; changeSet: { id: string; author: string; filePath: string } }
  | { kind: 'end'; index: number; total: number; result: ChangeSetResult };
