import type { Change, ChangeSet, ModifySql, ParamObject } from '../changelog/model.js';
import { dbmsMatches } from '../changelog/dbms-filter.js';
import type { ResourceAccessor } from '../changelog/resource-accessor.js';
import { changeTypes } from '../changes/registry.js';
import { ChangelogError } from '../errors.js';
import { stringChecksum, type ChecksumVersion } from './md5-checksum.js';
import { modifySqlChecksum } from './modify-sql-checksum.js';
import { withYamlTypedValues } from './yaml-typed-values.js';

export interface ChangeSetChecksumContext {
  /** The target database's short name (`postgresql`): v9 skips changes targeted elsewhere. */
  dbms: string;
  resources: ResourceAccessor;
  /** `${…}` expansion, for files whose checksum includes expanded text (createView/createProcedure `path`). */
  expand(text: string): string;
  /**
   * Whether a `<modifySql>` visitor applies to this run (its context and labels against the
   * runtime ones). Liquibase's changeset filters drop the visitors that do not apply before the
   * checksum is computed, so they do not count. The dbms is checked here; default: contexts and
   * labels are not filtered.
   */
  modifySqlApplies?(visitor: ModifySql): boolean;
  /**
   * The checksum Liquibase 4.28 stores for a changeset it has just executed, which can differ from
   * the parsed one: running an insert or update that names a schema qualifies its sequence values
   * (`valueSequenceNext="s"` becomes `public.s`) before the row is written. Validation later
   * compares with the parsed checksum, so Liquibase itself then reports the changeset as changed.
   * Use for the MD5SUM of an EXECUTED row when byte-for-byte rows matter more than that.
   */
  afterExecution?: boolean;
}

/**
 * A changeset's checksum, as stored in MD5SUM (note §2.3): the string checksum of each applicable
 * change's checksum followed by `:`, then each applicable modifySql visitor's checksum followed by
 * `;`. v9 skips dbms-targeted changes (sql, sqlFile, createProcedure, insert) whose `dbms` does not
 * match the target.
 *
 * @example await changeSetChecksum(changeSet, 9, { dbms: 'postgresql', resources, expand: (t) => t }) // '9:10de…'
 */
export async function changeSetChecksum(changeSet: ChangeSet, version: ChecksumVersion, context: ChangeSetChecksumContext): Promise<string> {
  return stringChecksum(await changeSetChecksumText(changeSet, version, context), version);
}

/** The text the changeset checksum hashes (`9:…:9:…:` then visitors), for diagnostics and tests. */
export async function changeSetChecksumText(changeSet: ChangeSet, version: ChecksumVersion, context: ChangeSetChecksumContext): Promise<string> {
  let text = '';
  for (const change of changeSet.changes) {
    const type = changeTypes.get(change.type);
    if (!type) throw new ChangelogError(`Unknown change type '${change.type}'`, { location: change.location, changeSet });
    if (version === 9 && type.dbmsTargeted) {
      const dbms = change.params.dbms;
      if (typeof dbms === 'string' && !dbmsMatches(dbms, context.dbms)) continue;
    }
    const typed = withYamlTypedValues(change);
    const hashed = context.afterExecution ? asExecuted(typed) : typed;
    const checksum = await type.checksum(hashed, { version, dbms: context.dbms, resources: context.resources, changeSet, expand: context.expand });
    text += `${checksum}:`;
  }
  for (const visitor of changeSet.modifySql) {
    if (visitor.dbms && !dbmsMatches(visitor.dbms, context.dbms)) continue;
    if (context.modifySqlApplies && !context.modifySqlApplies(visitor)) continue;
    text += `${modifySqlChecksum(visitor, version)};`;
  }
  return text;
}

/** The change as Liquibase's objects look after executing it (see afterExecution). */
function asExecuted(change: Change): Change {
  const schema = change.params.schemaName;
  if ((change.type !== 'insert' && change.type !== 'update') || typeof schema !== 'string' || schema === '') return change;
  const columns = (change.params.columns as ParamObject[] | undefined)?.map((column) => {
    const qualified = { ...column };
    for (const field of ['valueSequenceNext', 'valueSequenceCurrent']) {
      const sequence = column[field];
      if (typeof sequence === 'string' && !sequence.includes('.')) qualified[field] = `${schema}.${sequence}`;
    }
    return qualified;
  });
  return { ...change, params: { ...change.params, columns: columns ?? [] } };
}
