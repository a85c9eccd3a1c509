/**
 * Policy findings as SARIF 2.1.0, for `github/codeql-action/upload-sarif`: code scanning shows
 * them as alerts on the changelog lines, and in the PR when those lines are part of the diff.
 *
 * What upload-sarif needs (notes §7): `version`, `runs[]` each with `tool.driver.name` and a
 * `results[]` array; per result `message.text` and a `physicalLocation.artifactLocation` (only the
 * first location is used); per rule an `id`; no empty strings where a value is required.
 */
import { createHash } from 'node:crypto';
import type { Finding, PolicyCheckResult, Severity } from './model.js';
import { changeSetLabel } from './changeset-label.js';
import { oneLine, truncate } from './markdown.js';

/** How a rule is described to code scanning; the policy engine owns the catalogue. */
export interface SarifRuleDescriptor {
  /** The finding's rule code: `DB001`, `rego:dbops.naming`. */
  id: string;
  /** A short name, PascalCase by SARIF convention: `NoDropColumn`. */
  name?: string;
  /** One sentence: `Column dropped`. */
  shortDescription: string;
  fullDescription?: string;
  /** How to fix it, plain text. */
  help?: string;
  /** The same as Markdown, shown by GitHub when present. */
  helpMarkdown?: string;
  helpUri?: string;
  defaultSeverity?: Severity;
  tags?: string[];
}

export interface SarifOptions {
  /** dbops's version, `semanticVersion` of the driver. */
  toolVersion: string;
  /** Default `dbops`. Code scanning groups alerts by tool name. */
  toolName?: string;
  informationUri?: string;
  /** Descriptions of the rules; rules found without one get a generic description. */
  rules?: SarifRuleDescriptor[];
  /**
   * `automationDetails.id`, e.g. `dbops/policy-check/staging/`. upload-sarif's `category` input
   * overrides it; uploads with the same tool and category on the same commit replace each other.
   */
  automationId?: string;
  /**
   * Include suppressed findings, marked with `suppressions` (default false): code scanning
   * ingests suppressed results as open alerts unless the repository opts in to treating them as
   * dismissed, so by default they are left out.
   */
  includeSuppressed?: boolean;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  automationDetails?: { id: string };
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

export interface SarifDriver {
  name: string;
  semanticVersion: string;
  informationUri?: string;
  rules: SarifRule[];
}

export interface SarifRule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown?: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: 'very-high' | 'high'; 'problem.severity': 'error' | 'warning' | 'recommendation' };
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number };
    };
  }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: 'inSource'; justification: string }>;
  properties?: { changeSet?: string; statement?: string; source: Finding['source'] };
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Our own fingerprint: stable when lines move, unlike a line hash. upload-sarif adds its line hash. */
const FINGERPRINT_KEY = 'dbopsFindingHash/v1';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };
const PROBLEM_SEVERITY: Record<Severity, SarifRule['properties']['problem.severity']> = {
  error: 'error',
  warning: 'warning',
  notice: 'recommendation',
};

/**
 * The SARIF log for a policy check: one run, one rule per rule code, one result per finding
 * located at the changelog file and line.
 *
 * @example
 * ```ts
 * await writeFile('dbops.sarif', JSON.stringify(renderSarif(result, { toolVersion: '1.2.0', rules })));
 * // then: uses: github/codeql-action/upload-sarif@v4 with: { sarif_file: dbops.sarif }
 * ```
 */
export function renderSarif(result: PolicyCheckResult, options: SarifOptions): SarifLog {
  const findings = options.includeSuppressed ? result.findings : result.findings.filter((f) => !f.suppressed);
  const described = new Map((options.rules ?? []).map((r) => [r.id, r]));

  const ruleIds: string[] = [];
  for (const f of findings) if (!ruleIds.includes(f.rule)) ruleIds.push(f.rule);
  const rules = ruleIds.map((id) => toRule(id, described.get(id), findings.filter((f) => f.rule === id)));

  const seen = new Map<string, number>();
  const results = findings.map((f): SarifResult => {
    const identity = fingerprintSource(f);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    const file = f.file ?? f.changeSet?.sourceFile ?? f.changeSet?.filePath ?? result.changelog;
    const line = f.line ?? f.changeSet?.line ?? 1;
    const sarifResult: SarifResult = {
      ruleId: f.rule,
      ruleIndex: ruleIds.indexOf(f.rule),
      level: LEVEL[f.severity],
      message: { text: messageText(f) },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file) }, region: { startLine: Math.max(1, Math.floor(line)) } } }],
      partialFingerprints: { [FINGERPRINT_KEY]: sha256(`${identity}\u0000${occurrence}`) },
      properties: {
        source: f.source,
        ...(f.changeSet ? { changeSet: changeSetLabel(f.changeSet) } : {}),
        ...(f.statement ? { statement: truncate(f.statement, 2000) } : {}),
      },
    };
    // SARIF: suppressions are either present on every result of a run or on none.
    if (options.includeSuppressed) {
      sarifResult.suppressions = f.suppressed ? [{ kind: 'inSource', justification: f.suppressed.reason || 'suppressed' }] : [];
    }
    return sarifResult;
  });

  const run: SarifRun = {
    tool: {
      driver: {
        name: options.toolName ?? 'dbops',
        semanticVersion: options.toolVersion,
        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
        rules,
      },
    },
    ...(options.automationId ? { automationDetails: { id: options.automationId } } : {}),
    columnKind: 'utf16CodeUnits',
    results,
  };
  return { $schema: SCHEMA, version: '2.1.0', runs: [run] };
}

function toRule(id: string, descriptor: SarifRuleDescriptor | undefined, findings: Finding[]): SarifRule {
  const severity = descriptor?.defaultSeverity ?? mostSevere(findings);
  const hint = findings.find((f) => f.hint)?.hint;
  const source = findings[0]?.source ?? 'builtin';
  const generic = source === 'rego' ? `Policy ${id.replace(/^rego:/, '')}` : `dbops rule ${id}`;
  const short = nonEmpty(descriptor?.shortDescription, generic);
  const help = nonEmpty(descriptor?.help, hint ?? `See the description of ${id} in the dbops policy documentation.`);
  return {
    id,
    ...(descriptor?.name ? { name: descriptor.name } : {}),
    shortDescription: { text: short },
    fullDescription: { text: nonEmpty(descriptor?.fullDescription, short) },
    help: { text: help, ...(descriptor?.helpMarkdown ? { markdown: descriptor.helpMarkdown } : {}) },
    ...(descriptor?.helpUri ? { helpUri: descriptor.helpUri } : {}),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: [...new Set(['database', 'migration', ...(descriptor?.tags ?? [])])].slice(0, 10),
      precision: 'very-high',
      'problem.severity': PROBLEM_SEVERITY[severity],
    },
  };
}

function messageText(f: Finding): string {
  const parts = [oneLine(f.message) || f.rule];
  if (f.changeSet) parts.push(`(changeset ${changeSetLabel(f.changeSet)})`);
  let text = parts.join(' ');
  if (f.hint) text += `\nFix: ${oneLine(f.hint)}`;
  return text;
}

/** What identifies a finding across commits: rule, changeset, statement; never the line. */
function fingerprintSource(f: Finding): string {
  const changeSet = f.changeSet ? `${f.changeSet.filePath}::${changeSetLabel(f.changeSet)}` : (f.file ?? '');
  return [f.rule, changeSet, oneLine(f.statement ?? f.message)].join('\u0000');
}

function mostSevere(findings: Finding[]): Severity {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'notice';
}

/** Repository-relative, forward slashes, no `./`, percent-encoded where a URI needs it. */
function toUri(file: string): string {
  const path = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

function nonEmpty(value: string | undefined, fallback: string): string {
  return value && value.trim() !== '' ? value : fallback;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
