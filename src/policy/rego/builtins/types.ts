import { isNumber, RegoObject, RegoSet, typeName, type Value } from '../value.js';
import { def, type BuiltinTable } from './builtin.js';

/** is_* return false (not undefined) for other types, as in OPA. */
export const typeBuiltins: BuiltinTable = {
  is_string: def(1, ([v]) => typeof v === 'string'),
  is_number: def(1, ([v]) => isNumber(v!)),
  is_boolean: def(1, ([v]) => typeof v === 'boolean'),
  is_array: def(1, ([v]) => Array.isArray(v)),
  is_set: def(1, ([v]) => v instanceof RegoSet),
  is_object: def(1, ([v]) => v instanceof RegoObject),
  is_null: def(1, ([v]) => v === null),
  type_name: def(1, ([v]) => typeName(v!)),
};
