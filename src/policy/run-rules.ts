import type { Node } from 'libpg-query';
import type { ChangeSetRef, Finding } from '../report/model.js';
import { resolvePolicyConfig, type ResolvedPolicyConfig, type ResolvedRule } from './policy-config.js';
import type { PolicyInput } from './policy-input.js';
import type { ChangeSetContext, EndContext, Report, RuleVisitor, StatementContext, StatementRef } from './rule.js';
import { invalidSuppression } from './rules/invalid-suppression.js';
import { syntaxError } from './rules/syntax-error.js';
import { SchemaTimeline } from './schema-timeline.js';
import { parsePolicyInput, type ParsedChangeSet, type ParsedPolicyInput } from './sql-parser.js';
import { isKnownRuleReference, readDirectives, suppressWith, type Directive } from './suppression.js';

/**
 * Runs the built-in rules over parsed changesets, in order, keeping track of what the earlier
 * statements created (see SchemaTimeline), and turns what the rules report into findings with
 * severity, location and inline suppressions applied.
 */

/** A candidate a rule deliberately left unflagged, with the reason key (see docs/rules/squawk-differences.json). */
export interface Exemption {
  rule: string;
  reason: string;
  changeSetIndex: number;
  /** The statement, when the exemption is about one. */
  unitIndex?: number;
}

export interface RuleRun {
  findings: Finding[];
  exemptions: Exemption[];
}

/**
 * The findings of the enabled built-in rules (and of the parser) on parsed input. Pure: the same
 * input and configuration give the same findings, in changeset and line order.
 *
 * @example
 * const findings = checkRules(await parsePolicyInput(input), resolvePolicyConfig(config, 'production'));
 */
export function checkRules(parsed: ParsedPolicyInput, config: ResolvedPolicyConfig = resolvePolicyConfig()): Finding[] {
  return runRules(parsed, config, false).findings;
}

/** Like checkRules, and also lists what each rule exempted and why (used to compare with peer tools). */
export function explainRules(parsed: ParsedPolicyInput, config: ResolvedPolicyConfig = resolvePolicyConfig()): RuleRun {
  return runRules(parsed, config, true);
}

/** Parses the input (loading the SQL parser on first use) and runs the built-in rules. */
export async function runBuiltinRules(input: PolicyInput, config: ResolvedPolicyConfig = resolvePolicyConfig(undefined, input.environment)): Promise<Finding[]> {
  return checkRules(await parsePolicyInput(input), config);
}

interface Hit {
  rule: ResolvedRule;
  report: Report;
  changeSetIndex: number;
  source: Finding['source'];
  /** For parser findings: the rejected text and its line offset. */
  rejected?: { text: string; lineOffset: number; statementLine?: number };
}

interface Active {
  resolved: ResolvedRule;
  visitor: RuleVisitor;
}

function runRules(parsed: ParsedPolicyInput, config: ResolvedPolicyConfig, collectExemptions: boolean): RuleRun {
  const active: Active[] = [];
  for (const resolved of config.rules.values()) {
    if (resolved.enabled) active.push({ resolved, visitor: resolved.rule.create(resolved.options) });
  }
  const forAll = active.filter((a) => a.resolved.rule.kinds === '*' && a.visitor.statement);
  const byKind = new Map<string, Active[]>();
  for (const a of active) {
    if (a.resolved.rule.kinds === '*' || !a.visitor.statement) continue;
    for (const kind of a.resolved.rule.kinds) {
      const list = byKind.get(kind);
      if (list) list.push(a);
      else byKind.set(kind, [a]);
    }
  }

  const timeline = new SchemaTimeline();
  const hits: Hit[] = [];
  const exemptions: Exemption[] = [];
  const unitsByChangeSet: StatementRef[][] = [];
  let current: Active | undefined;
  const syntax = config.rules.get(syntaxError.code);

  parsed.changeSets.forEach((changeSet, changeSetIndex) => {
    timeline.startChangeSet();
    const units: StatementRef[] = [];
    for (const { statement, parsed: sql } of changeSet.statements) {
      for (const unit of sql.units) units.push({ unit, statement, unitIndex: units.length });
      if (syntax?.enabled) {
        for (const error of sql.errors) {
          hits.push({
            rule: syntax,
            source: 'parser',
            changeSetIndex,
            report: { message: `PostgreSQL rejects the statement: ${error.message.replace(/\.?$/, '.')}` },
            rejected: { text: error.text, lineOffset: error.lineOffset, ...(statement.line !== undefined ? { statementLine: statement.line } : {}) },
          });
        }
      }
    }
    unitsByChangeSet.push(units);

    const base = {
      changeSet,
      changeSetIndex,
      units,
      timeline,
      report(report: Report) {
        hits.push({ rule: current!.resolved, report, changeSetIndex, source: 'builtin' });
      },
      exempt(reason: string, at?: StatementRef) {
        if (collectExemptions) {
          exemptions.push({ rule: current!.resolved.rule.code, reason, changeSetIndex, ...(at ? { unitIndex: at.unitIndex } : {}) });
        }
      },
    };
    // One context per changeset, moved from statement to statement: rules must not keep it. The
    // node is read from the unit when a rule asks (an AST is decoded on first use).
    const ctx: { -readonly [K in keyof Omit<StatementContext, 'node'>]: StatementContext[K] } & { readonly node: Node } = {
      ...base,
      current: units[0]!,
      get node() {
        return ctx.current.unit.node;
      },
      report(report: Report) {
        hits.push({ rule: current!.resolved, report: report.at ? report : { ...report, at: ctx.current }, changeSetIndex, source: 'builtin' });
      },
      exempt(reason: string, at?: StatementRef) {
        base.exempt(reason, at ?? ctx.current);
      },
    };
    for (const ref of units) {
      const kindRules = byKind.get(ref.unit.kind);
      if (kindRules || forAll.length) {
        ctx.current = ref;
        for (const a of kindRules ?? []) {
          current = a;
          a.visitor.statement!(ctx);
        }
        for (const a of forAll) {
          current = a;
          a.visitor.statement!(ctx);
        }
      }
      timeline.apply(ref.unit, { changeSetIndex, unitIndex: ref.unitIndex });
    }
    const endCtx: ChangeSetContext = base;
    for (const a of active) {
      if (!a.visitor.changeSetEnd) continue;
      current = a;
      a.visitor.changeSetEnd(endCtx);
    }
  });

  const endCtx: EndContext = {
    changeSets: parsed.changeSets,
    units: unitsByChangeSet,
    timeline,
    report(report) {
      hits.push({ rule: current!.resolved, report, changeSetIndex: report.changeSetIndex, source: 'builtin' });
    },
  };
  for (const a of active) {
    if (!a.visitor.end) continue;
    current = a;
    a.visitor.end(endCtx);
  }

  const findings = toFindings(hits, parsed.changeSets, config);
  return { findings, exemptions };
}

function toFindings(hits: Hit[], changeSets: readonly ParsedChangeSet[], config: ResolvedPolicyConfig): Finding[] {
  const directivesOf = new Map<string, Directive[]>();
  const none: Directive[] = [];
  const directives = (text: string, sql: boolean) => {
    if (!text.includes('dbops:ignore')) return none;
    const key = `${sql ? 's' : 'c'}${text}`;
    let found = directivesOf.get(key);
    if (!found) directivesOf.set(key, (found = readDirectives(text, sql)));
    return found;
  };
  // Every directive of a changeset: its comment's and its statements'. Computed when needed.
  const changeSetDirectiveCache = new Map<number, Directive[]>();
  const changeSetDirectives = (index: number): Directive[] => {
    let found = changeSetDirectiveCache.get(index);
    if (!found) {
      const cs = changeSets[index]!;
      found = [...directives(cs.changeSet.comment ?? '', false)];
      for (const { parsed } of cs.statements) {
        for (const unit of parsed.units) found.push(...directives(unit.text, true));
        for (const error of parsed.errors) found.push(...directives(error.text, true));
      }
      changeSetDirectiveCache.set(index, found);
    }
    return found;
  };

  const ordered: Array<{ finding: Finding; order: number[] }> = [];
  for (const hit of hits) {
    const changeSet = changeSets[hit.changeSetIndex]!.changeSet;
    const ref = changeSet.ref;
    let finding = baseFinding(hit, ref);
    const at = hit.report.at;
    let scope: Directive[];
    if (hit.rejected) {
      finding.statement = hit.rejected.text.trim();
      const line = lineOf(ref, hit.rejected.statementLine, hit.rejected.lineOffset);
      if (line !== undefined) finding.line = line;
      scope = [...directives(changeSet.comment ?? '', false), ...directives(hit.rejected.text, true)];
    } else if (at) {
      finding.statement = at.unit.text.slice(at.unit.codeStart, at.unit.codeEnd).trim();
      const line = lineOf(ref, at.statement.line, at.unit.lineOffset);
      if (line !== undefined) finding.line = line;
      scope = [...directives(changeSet.comment ?? '', false), ...directives(at.unit.text, true)];
    } else {
      scope = changeSetDirectives(hit.changeSetIndex);
    }
    finding = suppressWith(finding, scope);
    ordered.push({ finding, order: [hit.changeSetIndex, finding.line ?? 0, at ? at.unitIndex : hit.rejected ? -1 : Number.MAX_SAFE_INTEGER] });
  }

  const invalid = config.rules.get(invalidSuppression.code);
  if (invalid?.enabled) {
    changeSets.forEach((cs, changeSetIndex) => {
      for (const directive of changeSetDirectives(changeSetIndex)) {
        const unknown = directive.rules.filter((r) => !isKnownRuleReference(r));
        const problems = [
          ...(directive.reason ? [] : ['has no `reason:`, so it suppresses nothing']),
          ...(directive.rules.length ? [] : ['names no rule']),
          ...(unknown.length ? [`names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`] : []),
        ];
        if (!problems.length) continue;
        const finding = baseFinding({ rule: invalid, source: 'builtin', changeSetIndex, report: { message: `"${directive.text}" ${problems.join(' and ')}.` } }, cs.changeSet.ref);
        ordered.push({ finding, order: [changeSetIndex, finding.line ?? 0, -2] });
      }
    });
  }

  ordered.sort((a, b) => a.order[0]! - b.order[0]! || a.order[1]! - b.order[1]! || a.order[2]! - b.order[2]! || a.finding.rule.localeCompare(b.finding.rule));
  return ordered.map((o) => o.finding);
}

function baseFinding(hit: Hit, ref: ChangeSetRef): Finding {
  const finding: Finding = {
    rule: hit.rule.rule.code,
    severity: hit.rule.severity,
    message: hit.report.message,
    hint: hit.report.hint ?? hit.rule.rule.hint,
    source: hit.source,
    changeSet: ref,
    file: ref.sourceFile ?? ref.filePath,
  };
  if (ref.line !== undefined) finding.line = ref.line;
  return finding;
}

/** The statement's line plus the offset inside it; the changeset's line when the statement has none. */
function lineOf(ref: ChangeSetRef, statementLine: number | undefined, offset: number): number | undefined {
  return statementLine !== undefined ? statementLine + offset : ref.line;
}
