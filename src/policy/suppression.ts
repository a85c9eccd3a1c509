import type { Finding } from '../report/model.js';
import type { PolicyChangeSet, PolicyInput } from './policy-input.js';
import { RULE_FAMILIES, type RuleFamily } from './rule.js';
import { findRule } from './rules/catalog.js';

/**
 * Inline suppressions: `dbops:ignore <rule>[, <rule>…] reason: <why>`, written in a SQL comment
 * of a statement (`-- …` or a block comment) or in the changeset's comment. A rule is named by
 * code (`DB101`), name (`drop-table`), family (`destructive`) or Rego id (`rego:naming`). The
 * reason is required; suppressed findings stay in the result with it and never fail the check.
 */
export interface Directive {
  /** The rule references as written. */
  rules: string[];
  reason?: string;
  /** The directive text, for messages. */
  text: string;
}

const IN_COMMENT = /(?:--|\/\*)[ \t]*dbops:ignore\b([^\n]*)/g;
const ANYWHERE = /dbops:ignore\b([^\n]*)/g;

/** Reads the directives of a text: only inside SQL comments when `sql` is true (statements), anywhere otherwise (changeset comments). */
export function readDirectives(text: string, sql: boolean): Directive[] {
  if (!text.includes('dbops:ignore')) return [];
  const out: Directive[] = [];
  for (const match of text.matchAll(sql ? IN_COMMENT : ANYWHERE)) {
    let body = match[1]!;
    const close = body.indexOf('*/');
    if (close >= 0) body = body.slice(0, close);
    const at = body.search(/\breason\s*:/i);
    const ruleText = at >= 0 ? body.slice(0, at) : body;
    const reason = at >= 0 ? body.slice(at).replace(/^reason\s*:/i, '').trim() : undefined;
    out.push({
      rules: ruleText.split(/[\s,]+/).filter(Boolean),
      ...(reason ? { reason } : {}),
      text: `dbops:ignore${body.trimEnd()}`,
    });
  }
  return out;
}

/** Whether a reference in a directive names something a finding can come from. */
export function isKnownRuleReference(ref: string): boolean {
  return findRule(ref) !== undefined || RULE_FAMILIES.includes(ref.toLowerCase() as RuleFamily) || ref.startsWith('rego:');
}

/** Whether the directive's rule references cover the finding's rule. */
export function coversRule(directive: Directive, ruleId: string): boolean {
  const rule = findRule(ruleId);
  return directive.rules.some((ref) => {
    const lower = ref.toLowerCase();
    if (rule) return findRule(ref) === rule || lower === rule.family;
    return ref === ruleId;
  });
}

/** The finding, suppressed by the first applicable directive with a reason; unchanged if none applies. */
export function suppressWith(finding: Finding, directives: readonly Directive[]): Finding {
  if (finding.suppressed) return finding;
  const directive = directives.find((d) => d.reason && coversRule(d, finding.rule));
  return directive ? { ...finding, suppressed: { reason: directive.reason! } } : finding;
}

/**
 * Applies the input's inline suppressions to findings from elsewhere (Rego policies): a finding
 * with a statement is covered by that statement's directives, a changeset-level one by the
 * directives of any statement of its changeset; the changeset comment covers both.
 */
export function applySuppressions(findings: readonly Finding[], input: PolicyInput): Finding[] {
  return findings.map((finding) => {
    const changeSet = finding.changeSet && input.changeSets.find((cs) => sameChangeSet(cs, finding.changeSet!));
    if (!changeSet) return finding;
    const statementText = finding.statement?.trim();
    const statements = statementText
      ? changeSet.statements.filter((s) => s.sql.includes(statementText))
      : changeSet.statements;
    const directives = [
      ...readDirectives(changeSet.comment ?? '', false),
      ...statements.flatMap((s) => readDirectives(s.sql, true)),
    ];
    return suppressWith(finding, directives);
  });
}

function sameChangeSet(cs: PolicyChangeSet, ref: { id: string; author: string; filePath: string }): boolean {
  return cs.ref.id === ref.id && cs.ref.author === ref.author && cs.ref.filePath === ref.filePath;
}
