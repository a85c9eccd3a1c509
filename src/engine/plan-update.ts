import type { ChangeSet } from '../changelog/model.js';
import { normalizeFilePath } from '../changelog/file-path.js';
import { changeSetChecksum, type ChangeSetChecksumContext } from '../checksum/changeset-checksum.js';
import type { RanChangeSet } from '../tracking/tracking-tables.js';
import { changeSetFilter, modifySqlApplies } from './changeset-filter.js';
import type { EngineContext } from './engine-context.js';

/** What update will do with one changeset of the changelog. */
export interface PlannedChangeSet {
  changeSet: ChangeSet;
  /** The current v9 checksum. */
  checksum: string;
  /** Its DATABASECHANGELOG row, when it has one. */
  ran?: RanChangeSet;
  /**
   * run: never applied; rerun: runAlways, or runOnChange with a changed checksum; ran: applied and
   * unchanged; skip: filtered out (contexts, labels, dbms, ignore).
   */
  action: 'run' | 'rerun' | 'ran' | 'skip';
  reason?: string;
  /** The stored checksum is NULL or older than v9 and valid: rewrite it as v9. */
  upgradeChecksum?: boolean;
}

/** An applied changeset whose checksum changed without runOnChange or validCheckSum. */
export interface ChecksumMismatch {
  changeSet: ChangeSet;
  stored: string;
  current: string;
}

export interface UpdatePlan {
  entries: PlannedChangeSet[];
  mismatches: ChecksumMismatch[];
  /** Rows with no changeset in the changelog. */
  unexpected: RanChangeSet[];
}

/** The identity Liquibase matches rows on: id and author case-insensitively, FILENAME normalised. */
export function changeSetKey(id: string, author: string, filePath: string): string {
  return `${id.toLowerCase()}\u0000${author.toLowerCase()}\u0000${normalizeFilePath(filePath).toLowerCase()}`;
}

const ANY_CHECKSUM = new Set(['any', 'all', '*']);

/** Compares the changelog with DATABASECHANGELOG: what runs, what re-runs, what changed. */
export async function planUpdate(context: EngineContext, ranChangeSets: RanChangeSet[]): Promise<UpdatePlan> {
  const rowKeys = ranChangeSets.map((row) => changeSetKey(row.id, row.author, row.filename));
  const rows = new Map(ranChangeSets.map((row, index) => [rowKeys[index]!, row]));
  const entries: PlannedChangeSet[] = [];
  const mismatches: ChecksumMismatch[] = [];
  const seen = new Set<string>();

  for (const changeSet of orderByRunOrder(context.changeLog.changeSets)) {
    const key = changeSetKey(changeSet.id, changeSet.author, changeSet.filePath);
    seen.add(key);
    const ran = rows.get(key);
    const checksum = await checksumOf(context, changeSet, 9);
    const filter = changeSetFilter(changeSet, context);
    if (!filter.included) {
      entries.push({ changeSet, checksum, ran, action: 'skip', reason: filter.reason });
      continue;
    }
    if (!ran) {
      entries.push({ changeSet, checksum, action: 'run' });
      continue;
    }
    const validation = await validateStoredChecksum(context, changeSet, ran, checksum);
    if (!validation.valid) {
      if (changeSet.runOnChange) {
        entries.push({ changeSet, checksum, ran, action: 'rerun', reason: `checksum changed (runOnChange): was ${ran.md5sum}, now ${checksum}` });
      } else if (changeSet.onValidationFail === 'MARK_RAN') {
        entries.push({ changeSet, checksum, ran, action: 'ran', upgradeChecksum: true, reason: 'checksum changed (onValidationFail=MARK_RAN)' });
      } else {
        mismatches.push({ changeSet, stored: ran.md5sum!, current: checksum });
        entries.push({ changeSet, checksum, ran, action: 'ran' });
      }
      continue;
    }
    if (changeSet.runAlways) {
      entries.push({ changeSet, checksum, ran, action: 'rerun', reason: 'runAlways' });
    } else {
      entries.push({ changeSet, checksum, ran, action: 'ran', upgradeChecksum: validation.upgrade });
    }
  }

  const unexpected = ranChangeSets.filter((_, index) => !seen.has(rowKeys[index]!));
  return { entries, mismatches, unexpected };
}

/**
 * Liquibase's validation of a stored checksum: NULL is refilled; `ANY` accepts anything; otherwise
 * the checksum is recomputed with the stored value's own algorithm version and compared, and
 * `validCheckSum` values are accepted too. A valid value older than v9 is upgraded.
 */
async function validateStoredChecksum(
  context: EngineContext,
  changeSet: ChangeSet,
  ran: RanChangeSet,
  current: string,
): Promise<{ valid: boolean; upgrade: boolean }> {
  const stored = ran.md5sum;
  if (stored === null || stored === '') return { valid: true, upgrade: true };
  const accepted = changeSet.validCheckSums.map((value) => value.trim());
  if (accepted.some((value) => ANY_CHECKSUM.has(value.toLowerCase()))) return { valid: true, upgrade: !stored.startsWith('9:') };

  const version = checksumVersion(stored);
  let recomputed = current;
  if (version < 9) {
    const v8 = await checksumOf(context, changeSet, 8);
    // Versions 1-7 have no algorithm of their own: the v8 one runs and keeps the stored prefix.
    recomputed = version === 8 ? v8 : `${version}:${v8.slice(v8.indexOf(':') + 1)}`;
  }
  const valid = recomputed === stored || accepted.includes(stored) || accepted.includes(current) || accepted.includes(recomputed);
  return { valid, upgrade: valid && version < 9 };
}

function checksumVersion(stored: string): number {
  if (stored.startsWith('9:')) return 9;
  const match = /^(\d+):/.exec(stored);
  return match ? Number(match[1]) : 1;
}

/**
 * A changeset's checksum for this run, computed once: update plans twice (before taking the lock,
 * to return early when nothing is pending, and again under the lock), and the changelog does not
 * change in between. Keyed by the context too, since the dbms and filters are part of it.
 */
const checksums = new WeakMap<EngineContext, Map<ChangeSet, Promise<string>>[]>();

function checksumOf(context: EngineContext, changeSet: ChangeSet, version: 8 | 9): Promise<string> {
  let byVersion = checksums.get(context);
  if (!byVersion) checksums.set(context, (byVersion = [new Map(), new Map()]));
  const memo = byVersion[version === 9 ? 0 : 1]!;
  let checksum = memo.get(changeSet);
  if (!checksum) memo.set(changeSet, (checksum = changeSetChecksum(changeSet, version, checksumContextOf(context))));
  return checksum;
}

/** What the checksum of a changeset depends on in this run: the dbms and the modifySql filters. */
export function checksumContextOf(context: EngineContext): ChangeSetChecksumContext {
  return {
    dbms: context.dialect.name,
    resources: context.resources,
    expand: context.expand,
    modifySqlApplies: (visitor) => modifySqlApplies(visitor, context),
  };
}

/** `runOrder="first|last"` moves a changeset within the whole flattened list (Liquibase #7392). */
function orderByRunOrder(changeSets: ChangeSet[]): ChangeSet[] {
  if (!changeSets.some((changeSet) => changeSet.runOrder)) return changeSets;
  return [
    ...changeSets.filter((changeSet) => changeSet.runOrder === 'first'),
    ...changeSets.filter((changeSet) => !changeSet.runOrder),
    ...changeSets.filter((changeSet) => changeSet.runOrder === 'last'),
  ];
}
