import type { ModifySql } from '../changelog/model.js';
import type { ChecksumVersion } from './md5-checksum.js';
import { stringChecksum } from './md5-checksum.js';
import { serialObject, serializeChange, type SerialValue } from './serialized-text.js';

/**
 * The checksum of one `<modifySql>` visitor (replace, regExpReplace, prepend, append): its fields
 * serialized like a change. v9 leaves out where the visitor applies (dbms, context, labels), so
 * retargeting a visitor does not invalidate deployed changesets; v8 still wrote them.
 */
export function modifySqlChecksum(visitor: ModifySql, version: ChecksumVersion): string {
  return stringChecksum(serializeModifySql(visitor, version), version);
}

/** The text hashed for a visitor, e.g. `replace:[ applyToRollback="false" replace="a" with="b" ]`. */
export function serializeModifySql(visitor: ModifySql, version: ChecksumVersion): string {
  const fields: Array<[string, SerialValue | undefined]> = [['applyToRollback', String(visitor.applyToRollback)]];
  if (visitor.kind === 'replace' || visitor.kind === 'regExpReplace') {
    fields.push(['replace', visitor.replace], ['with', visitor.with]);
  } else {
    fields.push(['value', visitor.value]);
  }
  if (version === 8) {
    const dbms = visitor.dbms?.split(',').map((entry) => entry.trim()).filter(Boolean);
    // A Java HashSet of short names; sorted here, which matches its iteration order for the
    // short names seen in practice.
    if (dbms?.length) fields.push(['applicableDbms', [...new Set(dbms)].sort()]);
    fields.push(['contextFilter', visitor.contextFilter?.trim() || undefined]);
    fields.push(['labels', visitor.labels?.trim() || undefined]);
  }
  return serializeChange(visitor.kind, serialObject(fields));
}
