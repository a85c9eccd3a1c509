import { MarkdownBuilder, escapeText, inlineCode, plural } from '../report/markdown.js';
import type { MatrixCell, MatrixState, StatusMatrix } from './status-matrix.js';

const ICON: Record<MatrixState, string> = { applied: '✅', markRan: '☑️', pending: '🕓', skipped: '⏭️', unknown: '❓' };
const WORD: Record<MatrixState, string> = { applied: 'applied', markRan: 'marked ran', pending: 'pending', skipped: 'skipped', unknown: 'unknown' };

/** The matrix for the job summary: one line per environment, then changesets × environments. */
export function renderStatusMatrixMarkdown(matrix: StatusMatrix): string {
  const md = new MarkdownBuilder();
  md.heading('dbops status: what is deployed where', 2);
  md.list(
    matrix.environments.map((e) =>
      e.error
        ? `❓ **${escapeText(e.name)}**: could not be read: ${escapeText(e.error)}`
        : `**${escapeText(e.name)}**${e.database ? ` (${inlineCode(e.database)})` : ''}: ${plural(e.applied, 'changeset')} applied, ${e.pending} pending`,
    ),
  );
  if (matrix.rows.length === 0) {
    md.paragraph('_No changesets._');
    return `${md.stringify()}\n`;
  }
  md.table(
    ['Changeset', 'File', ...matrix.environments.map((e) => escapeText(e.name))],
    matrix.rows.map((row) => [
      `${inlineCode(`${row.id}::${row.author}`)}${row.inChangelog ? '' : ' _(not in the changelog)_'}`,
      inlineCode(row.filePath),
      ...matrix.environments.map((e) => cellMarkdown(row.states[e.name]!)),
    ]),
  );
  md.paragraph(`${Object.entries(ICON).map(([state, icon]) => `${icon} ${WORD[state as MatrixState]}`).join(' · ')}`);
  return `${md.stringify()}\n`;
}

function cellMarkdown(cell: MatrixCell): string {
  const date = cell.dateExecuted ? ` ${cell.dateExecuted.slice(0, 10)}` : '';
  return `${ICON[cell.state]}${cell.state === 'applied' ? date : ` ${WORD[cell.state]}${date}`}`;
}

/** The matrix as aligned plain text, for the CLI. */
export function renderStatusMatrixText(matrix: StatusMatrix): string {
  const header = ['CHANGESET', ...matrix.environments.map((e) => e.name)];
  const body = matrix.rows.map((row) => [
    `${row.filePath}::${row.id}::${row.author}${row.inChangelog ? '' : ' (not in changelog)'}`,
    ...matrix.environments.map((e) => {
      const cell = row.states[e.name]!;
      return cell.state === 'applied' || cell.state === 'markRan' ? `${WORD[cell.state]} ${cell.dateExecuted?.slice(0, 10) ?? ''}`.trim() : WORD[cell.state];
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const lines = [line(header), ...body.map(line), ''];
  for (const e of matrix.environments) {
    lines.push(e.error ? `${e.name}: could not be read: ${e.error}` : `${e.name}: ${e.applied} applied, ${e.pending} pending${e.database ? ` (${e.database})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
