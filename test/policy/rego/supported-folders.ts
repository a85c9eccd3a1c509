/**
 * Which folders of OPA's conformance corpus (shared/corpus/opa-rego) dbops's Rego evaluator
 * claims to support. In a supported folder every case must pass; a failure there is a bug in
 * the evaluator, never a reason to skip the case.
 *
 * Folders are named `v0/<folder>` / `v1/<folder>` (the Rego syntax the cases are read with) and
 * `examples` for the index-naming example policy.
 */
export const SUPPORTED_FOLDERS: readonly string[] = [
  // Language
  'v0/assignments', 'v0/baseandvirtualdocs', 'v0/comparisonexpr', 'v0/completedoc', 'v0/compositebasedereference',
  'v0/compositereferences', 'v0/comprehensions', 'v0/containskeyword', 'v0/dataderef', 'v0/defaultkeyword',
  'v0/disjunction', 'v0/elsekeyword', 'v0/embeddedvirtualdoc', 'v0/eqexpr', 'v0/evaltermexpr', 'v0/every',
  'v0/example', 'v0/fix1863', 'v0/functionerrors', 'v0/functions', 'v0/helloworld', 'v0/indexing',
  'v0/indirectreferences', 'v0/inputvalues', 'v0/negation', 'v0/nestedreferences', 'v0/partialdocconstants',
  'v0/partialiter', 'v0/partialobjectdoc', 'v0/partialsetdoc', 'v0/planner-ir', 'v0/refheads',
  'v0/topdowndynamicdispatch', 'v0/type', 'v0/undos', 'v0/varreferences', 'v0/virtualdocs', 'v0/withkeyword',
  'v1/assignments', 'v1/completedoc', 'v1/comprehensions', 'v1/containskeyword', 'v1/defaultkeyword',
  'v1/elsekeyword', 'v1/every', 'v1/functions', 'v1/negation', 'v1/partialobjectdoc', 'v1/partialsetdoc',
  'v1/refheads', 'v1/withkeyword',
  // Builtins
  'v0/aggregates', 'v0/all', 'v0/any', 'v0/arithmetic', 'v0/array', 'v0/casts', 'v0/globmatch', 'v0/intersection',
  'v0/jsonbuiltins', 'v0/numbersrange', 'v0/numbersrangestep', 'v0/objectfilter', 'v0/objectfilteridempotent',
  'v0/objectfilternonstringkey', 'v0/objectget', 'v0/objectkeys', 'v0/objectremove', 'v0/objectremoveidempotent',
  'v0/objectremovenonstringkey', 'v0/objectunion', 'v0/objectunionn', 'v0/regexfind', 'v0/regexfindallstringsubmatch',
  'v0/regexisvalid', 'v0/regexmatch', 'v0/regexreplace', 'v0/regexsplit', 'v0/replacen', 'v0/sets', 'v0/sprintf',
  'v0/strings', 'v0/toarray', 'v0/toset', 'v0/trim', 'v0/trimleft', 'v0/trimprefix', 'v0/trimright', 'v0/trimspace',
  'v0/trimsuffix', 'v0/typebuiltin', 'v0/typenamebuiltin', 'v0/union', 'v0/units',
  'v1/regexfindallstringsubmatch', 'v1/regexmatch', 'v1/replacen', 'v1/sprintf', 'v1/strings',
  // The index-naming policy dbops ships as an example (not from OPA's suite).
  'examples',
];

/**
 * Folders of the corpus that are not supported, with the reason. Empty: every folder copied into
 * the corpus passes. (Folders OPA has but the corpus leaves out, such as time, crypto or http,
 * are listed in docs/rego.md.)
 */
export const UNSUPPORTED_FOLDERS: Readonly<Record<string, string>> = {};
