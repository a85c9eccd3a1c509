import type { Rule, RuleExample } from '../../../src/policy/rule.js';
import { BUILTIN_RULES } from '../../../src/policy/rules/catalog.js';
import type { SquawkDifferences } from './squawk-golden.js';

/**
 * Renders docs/rules/ from the rules' own metadata, so that the pages, the examples the tests
 * run and the peer mapping cannot drift apart. test/policy/rule-docs.test.ts compares;
 * `UPDATE_RULE_DOCS=1 npx vitest run test/policy/rule-docs.test.ts` rewrites.
 */

/** Squawk rules dbops has no counterpart for, and why. Every other Squawk rule maps through `peers.squawk`. */
export const SQUAWK_WITHOUT_COUNTERPART: Record<string, string> = {
  'prefer-robust-stmts':
    'dbops records each changeset in DATABASECHANGELOG in the same transaction as its SQL, so a failed changeset leaves nothing behind and is simply run again; IF [NOT] EXISTS would instead hide drift.',
  'require-statement-timeout':
    'A statement_timeout aborts legitimate long work (CREATE INDEX CONCURRENTLY, backfills). What hurts other sessions is waiting for locks, which DB411 (missing-lock-timeout) covers.',
  'ban-create-domain-with-constraint': 'Not covered yet: domains are rare in Liquibase changelogs. A Rego policy can ban them.',
  'ban-alter-domain-with-add-constraint': 'Not covered yet (see ban-create-domain-with-constraint).',
  'require-enum-value-ordering': 'Not covered: appending enum values at the end is the usual intent and is safe.',
  'ban-duplicate-column-assignments': 'PostgreSQL itself rejects the statement when it runs; rollback-verify and the apply on a scratch database report it.',
  'require-table-schema': 'Opt-in in Squawk. dbops applies changelogs with a configured default schema (Liquibase defaultSchemaName), so unqualified names are the norm.',
};

const FAMILY_TITLES: Record<string, string> = {
  parser: 'Parser and suppressions',
  destructive: 'Destructive changes',
  'backward-incompatible': 'Backward-incompatible changes',
  'data-dependent': 'Data-dependent changes',
  locking: 'Locking and table rewrites (PostgreSQL)',
  types: 'Types and identifiers',
  naming: 'Naming conventions',
  hygiene: 'Changeset hygiene',
};

function example(e: RuleExample): string {
  const lines: string[] = [];
  const attrs = Object.entries(e.changeSet ?? {}).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  if (attrs.length) lines.push(`Changeset attributes: \`${attrs.join(', ')}\``, '');
  if (e.options) lines.push(`Rule options: \`${JSON.stringify(e.options)}\``, '');
  lines.push('```sql', e.sql, '```');
  if (e.note) lines.push('', e.note);
  return lines.join('\n');
}

function peerList(rule: Rule): string {
  const squawk = rule.peers.squawk.map((r) => `[\`${r}\`](https://squawkhq.com/docs/${r})`);
  const atlas = rule.peers.atlas.map((c) => `[\`${c}\`](https://atlasgo.io/lint/analyzers#${c})`);
  const bytebase = rule.peers.bytebase.map((r) => `\`${r}\``);
  return [
    `- Squawk: ${squawk.length ? squawk.join(', ') : 'none'}`,
    `- Bytebase SQL Review: ${bytebase.length ? bytebase.join(', ') : 'none'}`,
    `- Atlas: ${atlas.length ? atlas.join(', ') : 'none'}`,
  ].join('\n');
}

export function renderRulePage(rule: Rule): string {
  const options = Object.entries(rule.options ?? {});
  const optionRows = options.map(
    ([name, spec]) => `| \`${name}\` | ${spec.type}${spec.values ? ` (${spec.values.join(' \\| ')})` : ''} | \`${JSON.stringify(spec.default)}\` | ${spec.description} |`,
  );
  const other = rule.defaultSeverity === 'error' ? 'warning' : 'error';
  const commented = (text: string, comment: string) => `${text.padEnd(28)}# ${comment}`;
  const config = [
    'rules:',
    commented(`  ${rule.code}:`, `or by name: ${rule.name}`),
    ...(rule.enabledByDefault ? [] : [commented('    enabled: true', 'opt-in rule')]),
    commented(`    severity: ${other}`, `error, warning or notice; \`${rule.code}: off\` disables it`),
    ...(options.length ? ['    options:', ...options.map(([n, s]) => `      ${n}: ${JSON.stringify(s.default)}`)] : []),
  ];
  return [
    `# ${rule.code} ${rule.name}`,
    '',
    `Family: ${rule.family} · Default severity: **${rule.defaultSeverity}** · ${rule.enabledByDefault ? 'On by default' : '**Opt-in** (off by default)'}`,
    '',
    rule.summary,
    '',
    '## Why',
    '',
    rule.why,
    '',
    '## Example that triggers it',
    '',
    example(rule.examples.triggers),
    '',
    '## Near miss (not flagged)',
    '',
    example(rule.examples.nearMiss),
    '',
    '## How to fix',
    '',
    rule.fix,
    '',
    `Hint shown with each finding: ${rule.hint}`,
    '',
    ...(options.length ? ['## Options', '', '| Option | Type | Default | Meaning |', '|---|---|---|---|', ...optionRows, ''] : []),
    '## Configuration and suppression',
    '',
    'In `dbops-policy.yaml` (see [policy-check](../policy-check.md)):',
    '',
    '```yaml',
    ...config,
    '```',
    '',
    `Suppress one statement with a comment above or inside it: \`-- dbops:ignore ${rule.code} reason: <why>\`.`,
    '',
    '## Corresponds to',
    '',
    peerList(rule),
    '',
  ].join('\n');
}

export function renderIndex(differences: SquawkDifferences): string {
  const lines: string[] = [
    '# Built-in policy-check rules',
    '',
    'Generated from the rules themselves (`src/policy/rules/`); do not edit by hand, run',
    '`UPDATE_RULE_DOCS=1 npx vitest run test/policy/rule-docs.test.ts`.',
    '',
    'Rules look at the SQL each changeset will run, in order, and know which tables the changesets being checked create:',
    'a table created earlier in the same set is *new* (empty, unused), every other table is *existing*.',
    'Destructive rules, DB701 and DB001 are errors by default, everything else a warning; `dbops-policy.yaml` changes that',
    '(see [policy-check](../policy-check.md)).',
    '',
  ];
  for (const [family, title] of Object.entries(FAMILY_TITLES)) {
    lines.push(`## ${title}`, '', '| Code | Name | Default | Flags |', '|---|---|---|---|');
    for (const rule of BUILTIN_RULES.filter((r) => r.family === family)) {
      lines.push(`| [${rule.code}](${rule.code}.md) | \`${rule.name}\` | ${rule.defaultSeverity}${rule.enabledByDefault ? '' : ' (opt-in)'} | ${rule.summary.replaceAll('|', '\\|')} |`);
    }
    lines.push('');
  }
  const mapping = new Map<string, string[]>();
  for (const rule of BUILTIN_RULES) for (const s of rule.peers.squawk) mapping.set(s, [...(mapping.get(s) ?? []), rule.code]);
  lines.push(
    '## Squawk rules and their dbops counterparts',
    '',
    'This table is the mapping the Squawk comparison test uses (it is read from each rule\'s `peers.squawk`). For every',
    'Squawk rule with a counterpart, dbops must flag at least what Squawk flags on the recorded inputs',
    '(`test/golden/squawk/`, recorded by `scripts/record-squawk-golden.mjs`), or the difference must be explained below.',
    '',
    '| Squawk rule | dbops |',
    '|---|---|',
    ...[...mapping.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([s, codes]) => `| \`${s}\` | ${codes.map((c) => `[${c}](${c}.md)`).join(', ')} |`),
    ...Object.keys(SQUAWK_WITHOUT_COUNTERPART).sort().map((s) => `| \`${s}\` | none (see below) |`),
    '',
    '### Squawk rules without a counterpart',
    '',
    ...Object.entries(SQUAWK_WITHOUT_COUNTERPART).sort(([a], [b]) => a.localeCompare(b)).map(([s, why]) => `- \`${s}\`: ${why}`),
    '',
    '### How the comparison treats the corpus',
    '',
    'Each pg-regress file is one changeset (run outside a transaction, as Squawk lints it) whose only statement is the',
    'whole file: the parser splits it, and every table the file does not create before a statement is *existing*.',
    'The hand-written inputs are one changeset each, run in a transaction (Squawk is run with `--assume-in-transaction`).',
    'A Squawk violation counts as matched when a counterpart finding is on the same statement; `require-lock-timeout`',
    '(once per file in Squawk) matches a DB411 finding anywhere in the changeset.',
    '',
    '### Explained differences',
    '',
    'When a dbops rule deliberately leaves a statement unflagged it records one of these reasons; the test accepts a',
    'missing counterpart only with one of them (the source of truth is `squawk-differences.json`).',
    '',
    ...Object.entries(differences.exemptions).map(([key, why]) => `- \`${key}\`: ${why}`),
    '',
    'Single statements, each with its own reason:',
    '',
    ...differences.exceptions.map((x) => `- ${x.set} \`${x.file}:${x.line}\` (\`${x.squawkRule}\`): ${x.reason}`),
    '',
  );
  return lines.join('\n');
}
