import type { Change } from '../changelog/model.js';
import type { ChecksumContext } from '../changes/change-type.js';
import { changeTypes } from '../changes/registry.js';
import { isDefinedChangeType } from '../changes/define-change.js';
import { ChangelogError } from '../errors.js';
import { withYamlTypedValues } from './yaml-typed-values.js';

/**
 * A change's checksum together with the exact text Liquibase hashes for it (the serialized
 * change, the whitespace-free SQL, `table:9:csv…`), to explain a checksum mismatch.
 */
export async function changeChecksumDetail(written: Change, context: ChecksumContext): Promise<{ checksum: string; text: string }> {
  const change = withYamlTypedValues(written);
  const type = changeTypes.get(change.type);
  if (!type) throw new ChangelogError(`Unknown change type '${change.type}'`, { location: change.location, changeSet: context.changeSet });
  if (isDefinedChangeType(type)) return type.checksumDetail(change, context);
  return { checksum: await type.checksum(change, context), text: '' };
}
