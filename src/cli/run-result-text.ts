import type { ChangeSetResult, RunResult } from '../report/model.js';
import { renderRunText } from '../report/terminal-text.js';

/**
 * The text people read after a command; JSON (--format json) is for tools. status and history
 * read like Liquibase's; everything else is the shared terminal renderer (src/report).
 */
export function renderRunResultText(command: string, result: RunResult, options: { verbose: boolean; progressShown: boolean; color: boolean }): string {
  const lines: string[] = [];
  const count = (state: ChangeSetResult['state']) => result.changeSets.filter((c) => c.state === state).length;
  const id = (c: ChangeSetResult) => `${c.filePath}::${c.id}::${c.author}`;

  switch (command) {
    case 'status':
    case 'validate': {
      const pending = result.changeSets.filter((c) => c.state === 'pending');
      if (command === 'validate') {
        lines.push(result.ok ? `No validation errors found (${result.changeSets.length} changesets).` : 'Validation failed.');
      } else {
        lines.push(pending.length === 0 ? `${result.database} is up to date` : `${pending.length} changeset${pending.length === 1 ? ' has' : 's have'} not been applied to ${result.database}`);
      }
      const shown = options.verbose ? result.changeSets : pending;
      for (const c of shown) lines.push(`  ${options.verbose ? `${c.state.padEnd(8)} ` : ''}${id(c)}${c.reason ? `  (${c.reason})` : ''}`);
      break;
    }
    case 'history': {
      let deployment: string | undefined;
      lines.push(`${result.changeSets.length} changeset${result.changeSets.length === 1 ? '' : 's'} applied to ${result.database}`);
      for (const c of result.changeSets) {
        const group = c.reason?.match(/deployment (\S+)/)?.[1];
        if (group !== deployment) {
          deployment = group;
          lines.push(`- deployment ${group}`);
        }
        lines.push(`    ${id(c)}  ${c.reason?.split(' deployment')[0] ?? ''}${c.tag ? `  tag=${c.tag}` : ''}`);
      }
      break;
    }
    default:
      return renderRunText(result, { progressShown: options.progressShown, color: options.color });
  }
  return `${lines.join('\n')}\n`;
}
