/**
 * Workflow-command annotations (`::error file=…,line=…,title=…::message`) for policy findings,
 * failed changesets and failed rollback checks, so problems show on the changelog lines in the
 * PR's Files view.
 *
 * The runner keeps at most 10 annotations per level per step (50 per job) and drops the rest
 * silently, so `limitAnnotations` keeps the most important 9 of each level and turns the rest
 * into one "N more" annotation of the same level: 10 in all, none dropped unseen.
 */
import type { Finding, RollbackVerifyResult, RunResult, Severity } from '../report/model.js';
import { changeSetLabel } from '../report/changeset-label.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  /** Repository-relative path. */
  file?: string;
  /** 1-based. */
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
}

/** The runner's limit per level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL_RANK: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };
const SEVERITY_LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', notice: 'notice' };

/** One annotation per active (not suppressed) finding, titled with the rule code. */
export function findingAnnotations(findings: Finding[]): Annotation[] {
  return findings
    .filter((f) => !f.suppressed)
    .map((f) => {
      const file = f.file ?? f.changeSet?.sourceFile ?? f.changeSet?.filePath;
      const line = f.line ?? f.changeSet?.line;
      const subject = f.changeSet ? ` (changeset ${changeSetLabel(f.changeSet)})` : '';
      return {
        level: SEVERITY_LEVEL[f.severity],
        title: `dbops ${f.rule}`,
        message: `${f.message}${subject}${f.hint ? `\nFix: ${f.hint}` : ''}`,
        ...(file ? { file } : {}),
        ...(line ? { line } : {}),
      };
    });
}

/** An error annotation per failed changeset, at the changeset, with what the database said. */
export function runAnnotations(run: RunResult): Annotation[] {
  const annotations: Annotation[] = run.changeSets
    .filter((c) => c.state === 'failed')
    .map((c) => ({
      level: 'error' as const,
      title: `dbops: changeset ${changeSetLabel(c)} failed`,
      message: [
        c.error?.message ?? c.reason ?? 'failed',
        c.error?.code ? `SQLSTATE ${c.error.code}` : '',
        c.error?.statement ? `Statement: ${c.error.statement}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      ...location(c),
    }));
  if (annotations.length === 0 && run.error) {
    annotations.push({
      level: 'error',
      title: `dbops ${run.command} failed`,
      message: run.error.message,
      ...(run.error.changeSet ? location(run.error.changeSet) : { file: run.changelog }),
    });
  }
  return annotations;
}

/** Errors for mismatches and failed rollbacks, warnings for changesets that cannot be rolled back. */
export function rollbackAnnotations(result: RollbackVerifyResult): Annotation[] {
  const annotations: Annotation[] = [];
  for (const v of result.verifications) {
    const where = location(v);
    if (v.status === 'mismatch') {
      annotations.push({ level: 'error', title: `dbops: rollback of ${changeSetLabel(v)} does not restore the schema`, message: (v.differences ?? []).join('\n') || 'schema differs after rollback', ...where });
    } else if (v.status === 'error') {
      annotations.push({ level: 'error', title: `dbops: rollback of ${changeSetLabel(v)} failed`, message: v.error?.message ?? 'rollback failed', ...where });
    } else if (v.status === 'no-rollback') {
      annotations.push({ level: 'warning', title: `dbops: ${changeSetLabel(v)} has no rollback`, message: 'Add a rollback block so this changeset can be undone.', ...where });
    }
  }
  return annotations;
}

export interface LimitOptions {
  /** Default 10, the runner's limit. */
  perLevel?: number;
  /** Where the rest can be read (the job summary / run URL), quoted in the "N more" annotation. */
  seeUrl?: string;
}

/**
 * Keeps at most `perLevel` annotations of each level: when there are more, the first
 * `perLevel - 1` (those with a file first, in input order) and one saying how many more there are.
 */
export function limitAnnotations(annotations: Annotation[], options: LimitOptions = {}): Annotation[] {
  const perLevel = Math.max(1, options.perLevel ?? ANNOTATIONS_PER_LEVEL);
  const out: Annotation[] = [];
  const levels = (['error', 'warning', 'notice'] as const).filter((l) => annotations.some((a) => a.level === l));
  for (const level of levels.sort((a, b) => LEVEL_RANK[a] - LEVEL_RANK[b])) {
    // Located annotations are the useful ones (they show on the diff); keep them first.
    const ofLevel = annotations.filter((a) => a.level === level).sort((a, b) => Number(!a.file) - Number(!b.file));
    if (ofLevel.length <= perLevel) {
      out.push(...ofLevel);
      continue;
    }
    const kept = ofLevel.slice(0, perLevel - 1);
    const more = ofLevel.length - kept.length;
    out.push(...kept, {
      level,
      title: `dbops: ${more} more ${level === 'notice' ? 'notices' : `${level}s`}`,
      message: `${more} more ${level}${more === 1 ? '' : 's'} not annotated (GitHub shows ${perLevel} per step)${options.seeUrl ? `; see ${options.seeUrl}` : '; see the job summary'}.`,
    });
  }
  return out;
}

/**
 * The workflow command for an annotation, escaped as @actions/core escapes it: in the message
 * `%`, CR and LF; in property values also `:` and `,`.
 */
export function formatAnnotation(annotation: Annotation): string {
  const props: Array<[string, string | number | undefined]> = [
    ['file', annotation.file],
    ['line', annotation.line],
    ['endLine', annotation.endLine],
    // The runner ignores columns on an annotation spanning several lines.
    ['col', multiLine(annotation) ? undefined : annotation.column],
    ['endColumn', multiLine(annotation) ? undefined : annotation.endColumn],
    ['title', annotation.title],
  ];
  const rendered = props
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${annotation.level}${rendered ? ` ${rendered}` : ''}::${escapeData(annotation.message)}`;
}

/** `limitAnnotations` then `formatAnnotation`, with an optional redaction of every string. */
export function annotationCommands(annotations: Annotation[], options: LimitOptions & { redact?: (text: string) => string } = {}): string[] {
  const clean = options.redact ?? ((t: string) => t);
  return limitAnnotations(annotations, options).map((a) =>
    formatAnnotation({
      ...a,
      message: clean(a.message),
      ...(a.title !== undefined ? { title: clean(a.title) } : {}),
      ...(a.file !== undefined ? { file: clean(a.file) } : {}),
    }),
  );
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function multiLine(annotation: Annotation): boolean {
  return annotation.endLine !== undefined && annotation.line !== undefined && annotation.endLine !== annotation.line;
}

function location(ref: { filePath: string; sourceFile?: string; line?: number }): Pick<Annotation, 'file' | 'line'> {
  return { file: ref.sourceFile ?? ref.filePath, ...(ref.line ? { line: ref.line } : {}) };
}
