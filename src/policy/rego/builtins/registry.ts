import { aggregateBuiltins } from './aggregates.js';
import { arithmeticBuiltins } from './arithmetic.js';
import type { BuiltinDef } from './builtin.js';
import { castBuiltins } from './casts.js';
import { collectionBuiltins } from './collections.js';
import { comparisonBuiltins } from './comparison.js';
import { encodingBuiltins } from './encoding.js';
import { bitsBuiltins } from './bits.js';
import { globBuiltins } from './glob.js';
import { hashingBuiltins } from './hashing.js';
import { semverBuiltins } from './semver.js';
import { timeBuiltins } from './time.js';
import { jsonPathBuiltins } from './json-paths.js';
import { objectBuiltins } from './objects.js';
import { regexBuiltins } from './regex.js';
import { stringBuiltins } from './strings.js';
import { typeBuiltins } from './types.js';
import { unitBuiltins } from './units.js';
import { urlqueryBuiltins } from './urlquery.js';
import { runtimeBuiltins } from './runtime.js';

/** Every builtin the evaluator implements, by OPA name. */
export const BUILTINS: ReadonlyMap<string, BuiltinDef> = new Map(
  Object.entries({
    ...arithmeticBuiltins,
    ...comparisonBuiltins,
    ...aggregateBuiltins,
    ...collectionBuiltins,
    ...objectBuiltins,
    ...typeBuiltins,
    ...castBuiltins,
    ...stringBuiltins,
    ...regexBuiltins,
    ...globBuiltins,
    ...encodingBuiltins,
    ...jsonPathBuiltins,
    ...unitBuiltins,
    ...urlqueryBuiltins,
    ...runtimeBuiltins,
    ...hashingBuiltins,
    ...semverBuiltins,
    ...timeBuiltins,
    ...bitsBuiltins,
  }),
);

/** Deprecated builtins: accepted in Rego v0 modules, rejected in v1 modules (as OPA does). */
export const DEPRECATED_BUILTINS: ReadonlySet<string> = new Set([
  're_match', 'any', 'all', 'set_diff', 'cast_array', 'cast_set', 'cast_string', 'cast_boolean', 'cast_null', 'cast_object',
]);

/**
 * OPA builtins this evaluator does not implement. Naming them lets a policy that uses one fail
 * at compile time with a clear message instead of "undefined function".
 */
export const UNSUPPORTED_BUILTINS: ReadonlySet<string> = new Set([
  'http.send', 'trace', 'rego.parse_module', 'rego.metadata.chain', 'rego.metadata.rule',
  'time.parse_ns', 'time.diff', 'time.format',
  'rand.intn', 'uuid.rfc4122', 'uuid.parse',
  'crypto.x509.parse_certificates', 'crypto.x509.parse_and_verify_certificates', 'crypto.x509.parse_certificate_request',
  'crypto.x509.parse_rsa_private_key', 'crypto.x509.parse_keypair', 'crypto.parse_private_keys',
  'io.jwt.decode', 'io.jwt.decode_verify', 'io.jwt.encode_sign', 'io.jwt.encode_sign_raw', 'io.jwt.verify_rs256', 'io.jwt.verify_hs256',
  'io.jwt.verify_es256', 'io.jwt.verify_ps256',
  'net.cidr_contains', 'net.cidr_intersects', 'net.cidr_overlap', 'net.cidr_merge', 'net.cidr_expand', 'net.cidr_is_valid',
  'net.cidr_contains_matches', 'net.lookup_ip_addr',
  
  
  'regex.globs_match', 'glob.quote_meta', 'json.patch',
  'json.verify_schema', 'json.match_schema', 'graph.reachable', 'graph.reachable_paths',
  'graphql.is_valid', 'graphql.parse', 'graphql.parse_and_verify', 'graphql.parse_query', 'graphql.parse_schema', 'graphql.schema_is_valid',
  'providers.aws.sign_req', 'strings.render_template', 'units.parse_duration', 'net.cidr_is_valid', 'numbers.rand',
]);
