import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadChangeLog } from '../changelog/load-changelog.js';
import type { ChangeSet } from '../changelog/model.js';
import { FileSystemResourceAccessor } from '../changelog/resource-accessor.js';
import type { SqlStatement } from '../changes/change-type.js';
import { loadChange } from '../changes/registry.js';
import { PostgresDialect } from '../dialect/postgres/postgres-dialect.js';
import { changeSetFilter, modifySqlApplies } from '../engine/changeset-filter.js';
import { changeSetStatements, hasRollback, sqlContextOf, type ChangeSetSqlContext } from '../engine/changeset-sql.js';
import { postgresBuiltInProperties } from '../engine/database-properties.js';
import { executionExpander, openEngine, type OpenedEngine } from '../engine/open-engine.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ChangeSetRef, Finding, PolicyCheckResult } from '../report/model.js';
import { failsCheck, loadPolicyConfig, resolvePolicyConfig, type FailOn } from './policy-config.js';
import { policyChangeSet, toRegoInput, type PolicyChangeSet, type PolicyInput, type PolicyStatement, type RegoInput } from './policy-input.js';
import { runBuiltinRules } from './run-rules.js';
import { loadSqlParser } from './sql-parser.js';
import { applySuppressions } from './suppression.js';

export interface PolicyCheckOptions {
  changelogFile: string;
  searchPath: string[];
  /** A database: only its pending changesets are checked. Undefined: every changeset, SQL generated offline. */
  url?: string;
  username?: string;
  password?: string;
  contexts?: string;
  labels?: string;
  properties?: Record<string, string>;
  env: NodeJS.ProcessEnv;
  /** `dev`, `staging`, `production`: selects the configuration's per-environment settings. */
  environment?: string;
  /** dbops-policy.yaml; a missing file means the defaults. */
  configFile?: string;
  /** The team's policies: .rego files, and OPA-compiled policy.wasm / bundle.tar.gz. */
  policiesDirectory?: string;
  /** Leave out the Rego policies shipped with dbops (policies/*.rego). */
  noDefaultPolicies?: boolean;
  /** Overrides the configuration's failOn. */
  failOn?: FailOn;
  logger: Logger;
}

/**
 * policy-check: the SQL each changeset will really run, checked by the built-in rules and the Rego
 * policies. Returns the findings; never throws for findings (a bad configuration, changelog or
 * policy file is a ConfigurationError).
 *
 * @example
 * const result = await policyCheck({ changelogFile: 'db/changelog.yaml', searchPath: [process.cwd()], env: process.env, logger });
 * if (!result.ok) process.exitCode = 1;
 */
export async function policyCheck(options: PolicyCheckOptions): Promise<PolicyCheckResult> {
  const started = Date.now();
  // The SQL parser's WebAssembly compiles on other threads while the changelog is read. A failure
  // to load it is reported where the rules wait for it.
  loadSqlParser().catch(() => undefined);
  const configFile = options.configFile && existsSync(options.configFile) ? options.configFile : undefined;
  const config = resolvePolicyConfig(configFile ? await loadPolicyConfig(configFile) : undefined, options.environment);
  const failOn = options.failOn ?? config.failOn;
  const policies = await loadRegoPolicies(options);

  const planned = await planChangeSets(options);
  try {
    const generationFindings: Finding[] = [];
    const changeSets: PolicyChangeSet[] = [];
    for (const changeSet of planned.changeSets) {
      let statements: SqlStatement[] = [];
      try {
        statements = await changeSetStatements(changeSet, planned.sqlContext);
      } catch (error) {
        generationFindings.push({
          rule: 'DB000',
          severity: 'error',
          source: 'parser',
          message: `The SQL of this changeset cannot be generated: ${(error as Error).message}`,
          hint: 'Fix the changeset, or check against a database (--url) if its SQL depends on what the database holds',
          changeSet: refOf(changeSet),
          file: changeSet.location.file,
          line: changeSet.location.line,
        });
      }
      const policyStatements = statements
        // Programs (executeCommand) and statements generated from the database when they run are not SQL to check here.
        .filter((s) => !s.command && !s.deferred)
        .map((s) => ({ sql: s.sql, ...(s.line !== undefined ? { line: s.line } : {}) }));
      changeSets.push(policyChangeSet(changeSet, policyStatements, { automaticRollback: hasRollback(changeSet) }));
    }
    const input: PolicyInput = { changeSets, environment: options.environment, dialect: 'postgresql' };

    const builtin = await runBuiltinRules(input, config);
    const rego = applySuppressions(await policies.evaluate(input), input);
    const findings = [...generationFindings, ...builtin, ...rego];
    return {
      changelog: options.changelogFile,
      environment: options.environment,
      findings,
      checked: changeSets.map((c) => c.ref),
      ok: !failsCheck(findings, failOn),
      durationMs: Date.now() - started,
    };
  } finally {
    await planned.close();
  }
}

interface PlannedChangeSets {
  changeSets: ChangeSet[];
  sqlContext: ChangeSetSqlContext;
  close(): Promise<void>;
}

/**
 * Against a database: its pending changesets, SQL generated as update would. Without one: every
 * changeset the filters select, SQL generated offline for PostgreSQL (changes that read the
 * database when they run are left out).
 */
async function planChangeSets(options: PolicyCheckOptions): Promise<PlannedChangeSets> {
  if (options.url) {
    const opened: OpenedEngine = await openEngine({ ...options, environment: options.env });
    try {
      const { status } = await import('../engine/status.js');
      const result = await status(opened.context);
      if (result.error && !result.ok && result.changeSets.length === 0) throw new ConfigurationError(result.error.message);
      const pending = new Set(result.changeSets.filter((c) => c.state === 'pending').map((c) => `${c.filePath}::${c.id}::${c.author}`));
      return {
        changeSets: opened.context.changeLog.changeSets.filter((c) => pending.has(`${c.filePath}::${c.id}::${c.author}`)),
        sqlContext: sqlContextOf(opened.context),
        close: opened.close,
      };
    } catch (error) {
      await opened.close();
      throw error;
    }
  }
  const dialect = new PostgresDialect();
  const builtIns = postgresBuiltInProperties(
    { schema: dialect.defaultSchema, database: '', majorVersion: 15, minorVersion: 0, productVersion: '' },
    { changelogTable: 'databasechangelog', lockTable: 'databasechangeloglock' },
  );
  const resources = new FileSystemResourceAccessor(options.searchPath);
  const changeLog = await loadChangeLog(options.changelogFile, {
    resources,
    loadChange,
    properties: options.properties,
    environment: options.env,
    builtInProperties: builtIns,
    contexts: options.contexts,
    labels: options.labels,
    dbms: dialect.name,
    logger: options.logger,
  });
  const filters = { contexts: options.contexts, labels: options.labels, dialect };
  return {
    changeSets: changeLog.changeSets.filter((changeSet) => changeSetFilter(changeSet, filters).included),
    sqlContext: {
      dialect,
      resources,
      expand: executionExpander(changeLog.rootPath, changeLog.properties, { ...builtIns, ...(options.properties ?? {}) }, options.env),
      modifySqlApplies: (visitor) => modifySqlApplies(visitor, filters),
    },
    close: async () => {},
  };
}

interface RegoPolicies {
  evaluate(input: PolicyInput): Promise<Finding[]>;
}

/**
 * The policies shipped in dbops's policies/ folder (top level only; policies/examples/ are
 * examples) and the team's, compiled once. `deny` messages are errors, `warn` messages warnings.
 */
async function loadRegoPolicies(options: PolicyCheckOptions): Promise<RegoPolicies> {
  const files: string[] = [];
  const shipped = options.noDefaultPolicies ? undefined : shippedPoliciesDirectory();
  if (shipped) files.push(...(await readdir(shipped)).filter((f) => f.endsWith('.rego')).map((f) => path.join(shipped, f)));
  if (options.policiesDirectory) {
    if (!existsSync(options.policiesDirectory)) throw new ConfigurationError(`--policy-dir ${options.policiesDirectory} does not exist`);
    files.push(...(await walk(options.policiesDirectory)));
  }
  const regoFiles = files.filter((f) => f.endsWith('.rego'));
  const wasmFiles = files.filter((f) => f.endsWith('.wasm') || f.endsWith('.tar.gz'));
  if (regoFiles.length === 0 && wasmFiles.length === 0) return { evaluate: async () => [] };

  const rego = await import('./rego/index.js');
  const modules = await Promise.all(regoFiles.map(async (file) => ({ path: path.relative(process.cwd(), file) || file, source: await readFile(file, 'utf8') })));
  let compiled;
  try {
    compiled = modules.length ? rego.compileModules(modules) : undefined;
  } catch (error) {
    throw new ConfigurationError(`Rego policy error: ${(error as Error).message}`, { cause: error });
  }
  const wasm = await Promise.all(
    wasmFiles.map(async (file) => {
      const { loadWasmPolicy, readOpaBundle } = await import('./rego/wasm-policy.js');
      const bytes = await readFile(file);
      const policy = file.endsWith('.tar.gz') ? readOpaBundle(bytes, path.basename(file)) : { wasm: bytes, data: undefined };
      return { file, policy: await loadWasmPolicy(policy.wasm, { name: path.basename(file), data: policy.data }) };
    }),
  );

  return {
    async evaluate(input) {
      const regoInput = toRegoInput(input);
      let quoted: QuotedStatements | undefined;
      const regoFindingOf = (pkg: string, message: string, severity: 'error' | 'warning') =>
        regoFinding((quoted ??= new QuotedStatements(input, regoInput)), pkg, message, severity);
      const findings: Finding[] = [];
      const messages = [];
      if (compiled) messages.push(rego.collectPolicyMessages(compiled, regoInput));
      for (const { policy } of wasm) messages.push(policy.collectPolicyMessages(regoInput));
      for (const set of messages) {
        for (const m of set.deny) findings.push(regoFindingOf(m.package, m.message, 'error'));
        for (const m of set.warn) findings.push(regoFindingOf(m.package, m.message, 'warning'));
        for (const e of set.errors) {
          findings.push({ rule: `rego:${e.package}`, severity: 'error', source: 'rego', message: `The policy could not be evaluated: ${e.error.message}` });
        }
      }
      return findings;
    },
  };
}

/** A policy message, placed at the statement it quotes when it quotes one (case-insensitively). */
function regoFinding(quoted: QuotedStatements, pkg: string, message: string, severity: 'error' | 'warning'): Finding {
  const found = quoted.find(message);
  if (!found) return { rule: `rego:${pkg}`, severity, source: 'rego', message };
  const { changeSet, statement } = found;
  return {
    rule: `rego:${pkg}`,
    severity,
    source: 'rego',
    message,
    changeSet: changeSet.ref,
    statement: statement.sql,
    file: changeSet.ref.sourceFile,
    line: statement.line ?? changeSet.ref.line,
  };
}

/**
 * Finds the first statement (in execution order) whose text, as the policies saw it (without
 * its final `;`), a message quotes, ignoring case. Statements are
 * indexed by their first characters, so a message costs a look-up per character, not a search
 * through every statement.
 */
class QuotedStatements {
  private readonly entries: Array<{ changeSet: PolicyChangeSet; statement: PolicyStatement; text: string }> = [];
  /** Entries by the first PREFIX characters of their text. */
  private readonly byPrefix = new Map<string, number[]>();
  /** Entries shorter than PREFIX, tried one by one. */
  private readonly short: number[] = [];

  constructor(input: PolicyInput, regoInput: RegoInput) {
    for (const [c, changeSet] of input.changeSets.entries()) {
      for (const [s, statement] of changeSet.statements.entries()) {
        const text = regoInput.changeSets[c]!.sqlStatements[s]!.toLowerCase().replace(/;$/, '');
        const index = this.entries.push({ changeSet, statement, text }) - 1;
        if (text.length < PREFIX) this.short.push(index);
        else {
          const key = text.slice(0, PREFIX);
          const list = this.byPrefix.get(key);
          if (list) list.push(index);
          else this.byPrefix.set(key, [index]);
        }
      }
    }
  }

  find(message: string): { changeSet: PolicyChangeSet; statement: PolicyStatement } | undefined {
    const lower = message.toLowerCase();
    let best = Infinity;
    for (const index of this.short) {
      if (index >= best) break;
      if (lower.includes(this.entries[index]!.text)) best = index;
    }
    for (let at = 0; at + PREFIX <= lower.length; at++) {
      for (const index of this.byPrefix.get(lower.slice(at, at + PREFIX)) ?? []) {
        if (index >= best) break;
        if (lower.startsWith(this.entries[index]!.text, at)) best = index;
      }
    }
    return this.entries[best];
  }
}

const PREFIX = 8;

function refOf(changeSet: ChangeSet): ChangeSetRef {
  return { id: changeSet.id, author: changeSet.author, filePath: changeSet.filePath, sourceFile: changeSet.location.file, line: changeSet.location.line };
}

/** dbops's own policies/ folder, from the bundle (dist/) or the sources (src/policy/). */
function shippedPoliciesDirectory(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.resolve(here, '..', 'policies'), path.resolve(here, '..', '..', 'policies')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))));
  return nested.flat().sort();
}
