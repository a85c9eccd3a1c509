import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import type { Finding, Severity } from '../report/model.js';
import { parseNamingPattern } from './naming-pattern.js';
import { RULE_FAMILIES, type Rule, type RuleFamily, type RuleOptionSpec } from './rule.js';
import { BUILTIN_RULES, findRule } from './rules/catalog.js';

/**
 * policy-check configuration, read from `dbops-policy.yaml` at the repository root (see
 * docs/policy-check.md): which built-in rules run, at which severity, with which options, per
 * environment, and from which severity on the check fails.
 *
 * @example
 * const config = resolvePolicyConfig(await loadPolicyConfig('dbops-policy.yaml'), 'production');
 * const findings = await runBuiltinRules(input, config);
 * const failed = failsCheck(findings, config.failOn);
 */

export const POLICY_CONFIG_FILE = 'dbops-policy.yaml';

/** The lowest unsuppressed severity that fails the check; `never` reports only. */
export type FailOn = Severity | 'never';

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
}

export interface PolicyConfigLayer {
  failOn?: FailOn;
  /** By rule code, rule name or family name, as written in the file. */
  rules: Record<string, RuleSetting>;
}

export interface PolicyConfig extends PolicyConfigLayer {
  environments: Record<string, PolicyConfigLayer>;
  /** The `rego:` section, passed through untouched for the Rego evaluator. */
  rego?: unknown;
  /** Where the configuration was read from, for messages. */
  source?: string;
}

export interface ResolvedRule {
  rule: Rule;
  enabled: boolean;
  severity: Severity;
  options: Readonly<Record<string, unknown>>;
}

export interface ResolvedPolicyConfig {
  failOn: FailOn;
  environment?: string;
  /** Every built-in rule by code. */
  rules: ReadonlyMap<string, ResolvedRule>;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];
const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };
const TOP_LEVEL_KEYS = ['failOn', 'rules', 'environments', 'rego'];

/** Whether an unsuppressed finding reaches the failing level. */
export function failsCheck(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

/** Reads and validates the configuration file; undefined when it does not exist. */
export async function loadPolicyConfig(
  path: string,
  read: (path: string) => Promise<string> = (p) => readFile(p, 'utf8'),
): Promise<PolicyConfig | undefined> {
  let text: string;
  try {
    text = await read(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigurationError(`${path}: cannot read the policy configuration: ${(error as Error).message}`, { cause: error });
  }
  return parsePolicyConfig(text, path);
}

/**
 * Parses and validates YAML configuration text; throws ConfigurationError naming the file and key.
 * The YAML library is imported here, on first use: it costs tens of milliseconds at start-up and
 * most runs never read a configuration file.
 */
export async function parsePolicyConfig(text: string, source: string = POLICY_CONFIG_FILE): Promise<PolicyConfig> {
  const { parse } = await import('yaml');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new ConfigurationError(`${source}: invalid YAML: ${(error as Error).message}`, { cause: error });
  }
  return validatePolicyConfig(doc, source);
}

/** Validates an already parsed configuration document (YAML or JSON). */
export function validatePolicyConfig(doc: unknown, source: string = POLICY_CONFIG_FILE): PolicyConfig {
  if (doc === null || doc === undefined) return { rules: {}, environments: {}, source };
  const root = asObject(doc, source, '(top level)');
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL_KEYS.includes(key)) fail(source, key, `unknown key (expected one of ${TOP_LEVEL_KEYS.join(', ')})`);
  }
  const base = readLayer(root, source, '');
  const environments: Record<string, PolicyConfigLayer> = {};
  if (root.environments !== undefined && root.environments !== null) {
    for (const [name, value] of Object.entries(asObject(root.environments, source, 'environments'))) {
      const layer = asObject(value ?? {}, source, `environments.${name}`);
      for (const key of Object.keys(layer)) {
        if (key !== 'failOn' && key !== 'rules') fail(source, `environments.${name}.${key}`, 'unknown key (expected failOn or rules)');
      }
      environments[name] = readLayer(layer, source, `environments.${name}.`);
    }
  }
  return { ...base, environments, ...(root.rego !== undefined ? { rego: root.rego } : {}), source };
}

function readLayer(obj: Record<string, unknown>, source: string, path: string): PolicyConfigLayer {
  const layer: PolicyConfigLayer = { rules: {} };
  if (obj.failOn !== undefined) {
    const failOn = String(obj.failOn);
    if (failOn !== 'never' && !SEVERITIES.includes(failOn as Severity)) fail(source, `${path}failOn`, `must be one of ${[...SEVERITIES, 'never'].join(', ')}`);
    layer.failOn = failOn as FailOn;
  }
  if (obj.rules !== undefined && obj.rules !== null) {
    for (const [key, value] of Object.entries(asObject(obj.rules, source, `${path}rules`))) {
      layer.rules[key] = readRuleSetting(key, value, source, `${path}rules.${key}`);
    }
  }
  return layer;
}

/** `DB101: off`, `DB101: warning`, `DB101: true` or `DB101: { enabled, severity, options }`. */
function readRuleSetting(key: string, value: unknown, source: string, path: string): RuleSetting {
  const rule = findRule(key);
  const family = RULE_FAMILIES.includes(key as RuleFamily);
  if (!rule && !family) fail(source, path, 'unknown rule or family (see docs/rules/README.md)');
  if (typeof value === 'boolean') return { enabled: value };
  if (typeof value === 'string') {
    if (value === 'off') return { enabled: false };
    if (value === 'on') return { enabled: true };
    // A bare severity on a family leaves opt-in rules off; on a rule it turns the rule on.
    if (SEVERITIES.includes(value as Severity)) return rule ? { enabled: true, severity: value as Severity } : { severity: value as Severity };
    fail(source, path, `must be on, off, a severity (${SEVERITIES.join(', ')}) or a mapping`);
  }
  const obj = asObject(value, source, path);
  const setting: RuleSetting = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'enabled') {
      if (typeof v !== 'boolean') fail(source, `${path}.enabled`, 'must be true or false');
      setting.enabled = v;
    } else if (k === 'severity') {
      if (!SEVERITIES.includes(v as Severity)) fail(source, `${path}.severity`, `must be one of ${SEVERITIES.join(', ')}`);
      setting.severity = v as Severity;
    } else if (k === 'options') {
      if (!rule) fail(source, `${path}.options`, 'options belong to a rule, not to a family');
      setting.options = readOptions(rule, asObject(v, source, `${path}.options`), source, `${path}.options`);
    } else {
      fail(source, `${path}.${k}`, 'unknown key (expected enabled, severity or options)');
    }
  }
  return setting;
}

function readOptions(rule: Rule, obj: Record<string, unknown>, source: string, path: string): Record<string, unknown> {
  const specs = rule.options ?? {};
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(obj)) {
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs);
      fail(source, `${path}.${name}`, known.length ? `unknown option of ${rule.code} (known: ${known.join(', ')})` : `${rule.code} has no options`);
    }
    out[name] = checkOption(spec, value, source, `${path}.${name}`);
  }
  return out;
}

function checkOption(spec: RuleOptionSpec, value: unknown, source: string, path: string): unknown {
  switch (spec.type) {
    case 'boolean':
      if (typeof value !== 'boolean') fail(source, path, 'must be true or false');
      return value;
    case 'string':
      if (typeof value !== 'string') fail(source, path, 'must be a string');
      return value;
    case 'string-list':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(source, path, 'must be a list of strings');
      return value;
    case 'enum':
      if (!spec.values?.includes(String(value))) fail(source, path, `must be one of ${spec.values?.join(', ')}`);
      return String(value);
    case 'naming-pattern': {
      const text = value === null ? '' : value;
      if (typeof text !== 'string') fail(source, path, 'must be a string (a template such as idx_<table>_<columns>, or a regex starting with ^)');
      try {
        parseNamingPattern(text);
      } catch (error) {
        fail(source, path, (error as Error).message);
      }
      return text;
    }
  }
}

/**
 * The effective configuration for an environment: rule defaults, then the top-level settings,
 * then the environment's; within a layer, family settings first and rule settings over them.
 */
export function resolvePolicyConfig(config?: PolicyConfig, environment?: string): ResolvedPolicyConfig {
  const layers: PolicyConfigLayer[] = [];
  if (config) layers.push(config);
  const envLayer = environment !== undefined ? config?.environments[environment] : undefined;
  if (envLayer) layers.push(envLayer);
  const rules = new Map<string, ResolvedRule>();
  for (const rule of BUILTIN_RULES) {
    const resolved: ResolvedRule = { rule, enabled: rule.enabledByDefault, severity: rule.defaultSeverity, options: defaultOptions(rule) };
    for (const layer of layers) {
      for (const [key, setting] of Object.entries(layer.rules)) {
        if (key === rule.family) apply(resolved, setting);
      }
      for (const [key, setting] of Object.entries(layer.rules)) {
        if (findRule(key) === rule) apply(resolved, setting);
      }
    }
    rules.set(rule.code, resolved);
  }
  let failOn: FailOn = 'error';
  for (const layer of layers) if (layer.failOn) failOn = layer.failOn;
  return { failOn, ...(environment !== undefined ? { environment } : {}), rules };
}

function apply(resolved: ResolvedRule, setting: RuleSetting): void {
  if (setting.enabled !== undefined) resolved.enabled = setting.enabled;
  if (setting.severity !== undefined) resolved.severity = setting.severity;
  if (setting.options) resolved.options = { ...resolved.options, ...setting.options };
}

function defaultOptions(rule: Rule): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule.options ?? {}).map(([k, spec]) => [k, spec.default]));
}

function asObject(value: unknown, source: string, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, path, 'must be a mapping');
  return value as Record<string, unknown>;
}

function fail(source: string, path: string, message: string): never {
  throw new ConfigurationError(`${source}: ${path}: ${message}`);
}
