import type { CommentSection, SectionOptions, SectionStatus } from './comment-sections.js';
import { type ChangeMark, type DiagramTable, type ErDiagramOptions, type SchemaChange, qualifiedName, renderErDiagram } from './er-diagram.js';
import { MarkdownBuilder, escapeText, inlineCode, plural } from './markdown.js';

export interface SchemaChangeSectionOptions extends SectionOptions, ErDiagramOptions {
  /**
   * `diff`: the change a PR makes (information). `drift`: the database differs from what the
   * changelog says, which is a warning when anything differs.
   */
  kind?: 'diff' | 'drift';
}

const MARK_ICON: Record<ChangeMark, string> = { new: '🆕', changed: '✏️', dropped: '🗑️', unchanged: '▫️' };

/**
 * The schema change (diff or drift) section: a table of what changed per table, then the tables
 * touched as a Mermaid `erDiagram` (new/changed/dropped marked in the attribute comments).
 */
export function renderSchemaChangeSection(change: SchemaChange, options: SchemaChangeSectionOptions = {}): CommentSection {
  const kind = options.kind ?? 'diff';
  const touched = change.tables.filter((t) => tableMark(t) !== 'unchanged');
  const fkChanges = change.foreignKeys.filter((fk) => fk.change && fk.change !== 'unchanged');
  const md = new MarkdownBuilder();

  if (touched.length === 0 && fkChanges.length === 0) {
    md.paragraph(kind === 'drift' ? '_No drift: the database matches the changelog._' : '_No schema change._');
  } else {
    md.table(
      ['', 'Table', 'Change'],
      touched.map((t) => [MARK_ICON[tableMark(t)], inlineCode(qualifiedName(t)), describe(t)]),
    );
    if (fkChanges.length > 0) {
      md.list(
        fkChanges.map(
          (fk) =>
            `${MARK_ICON[fk.change!]} foreign key ${inlineCode(fk.name ?? fk.fromColumns.join(', '))}: ` +
            `${inlineCode(`${fk.fromTable}(${fk.fromColumns.join(', ')})`)} → ${inlineCode(`${fk.toTable}(${fk.toColumns.join(', ')})`)} ${fk.change}`,
        ),
      );
    }
    md.details('Entity-relationship diagram', (b) => b.codeBlock(renderErDiagram(change, options), 'mermaid'), { open: true });
  }

  return {
    id: options.id ?? kind,
    title: options.title ?? (kind === 'drift' ? 'Drift' : 'Schema change'),
    status: statusFor(kind, touched.length + fkChanges.length),
    summary: summaryFor(change.tables, fkChanges.length, kind),
    body: md.stringify(),
    ...(options.runUrl ? { url: options.runUrl } : {}),
  };
}

/** A table's mark, `changed` when only its columns say so. */
function tableMark(table: DiagramTable): ChangeMark {
  if (table.change && table.change !== 'unchanged') return table.change;
  return table.columns.some((c) => c.change && c.change !== 'unchanged') ? 'changed' : 'unchanged';
}

function describe(table: DiagramTable): string {
  const mark = tableMark(table);
  if (mark === 'new') return `new table, ${plural(table.columns.length, 'column')}`;
  if (mark === 'dropped') return 'dropped';
  const parts: string[] = [];
  for (const c of table.columns) {
    if (c.change === 'new') parts.push(`+ ${inlineCode(c.name)} ${escapeText(c.type)}`);
    if (c.change === 'dropped') parts.push(`− ${inlineCode(c.name)}`);
    if (c.change === 'changed') parts.push(`~ ${inlineCode(c.name)} ${c.previousType ? `${escapeText(c.previousType)} → ` : ''}${escapeText(c.type)}`);
  }
  return parts.length ? parts.join('<br>') : 'changed';
}

function statusFor(kind: 'diff' | 'drift', changes: number): SectionStatus {
  if (kind === 'drift') return changes > 0 ? 'warn' : 'pass';
  return 'info';
}

function summaryFor(tables: DiagramTable[], fkChanges: number, kind: 'diff' | 'drift'): string {
  const count = (m: ChangeMark) => tables.filter((t) => tableMark(t) === m).length;
  const parts: string[] = [];
  if (count('new')) parts.push(plural(count('new'), 'new table'));
  if (count('changed')) parts.push(plural(count('changed'), 'changed table'));
  if (count('dropped')) parts.push(plural(count('dropped'), 'dropped table'));
  if (fkChanges) parts.push(plural(fkChanges, 'foreign key change'));
  return parts.length ? parts.join(', ') : kind === 'drift' ? 'no drift' : 'no schema change';
}
