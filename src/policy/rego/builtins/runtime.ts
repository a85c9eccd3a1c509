import { RegoObject } from '../value.js';
import { def, type BuiltinTable } from './builtin.js';

/** `opa.runtime()` is empty: dbops runs no OPA server, so there is no config or environment to show. */
export const runtimeBuiltins: BuiltinTable = {
  'opa.runtime': def(0, () => new RegoObject()),
};
