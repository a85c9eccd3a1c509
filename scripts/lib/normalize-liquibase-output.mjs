// Masks what changes from one Liquibase run to the next in its printed output (SQL scripts,
// status, history): database names, clock times, deployment ids, host names.

/**
 * @param {string} text
 * @param {{ databases?: string[], paths?: string[], tables?: boolean, deploymentIds?: boolean }} [context]
 *   database names to mask as `<database>`; absolute paths to mask as `<path>`; `tables` compacts
 *   ASCII tables (their column widths follow the masked values); `deploymentIds` masks every
 *   10-digit number (history prints them bare)
 */
export function normalizeLiquibaseOutput(text, context = {}) {
  let out = text.replace(/\r\n?/g, '\n');
  for (const name of context.databases ?? []) out = out.split(name).join('<database>');
  for (const p of context.paths ?? []) out = out.split(p).join('<path>');
  out = maskInsertedDeploymentIds(out)
    .replace(/^(-- Ran at: ).*$/gm, '$1<timestamp>')
    .replace(/LOCKEDBY = '[^']*'/g, "LOCKEDBY = '<lockedby>'")
    .replace(/(DEPLOYMENT_ID = )'\d{10}'/g, "$1'<deployment_id>'")
    // history / status / list-locks print clock times and deployment ids
    .replace(/\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?\b/g, '<timestamp>')
    .replace(/\b\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(:\d{2})?\s?[AP]M\b/g, '<timestamp>')
    .replace(/(Deployment ID: )\d{10}/g, '$1<deployment_id>')
    .replace(/[ \t]+$/gm, '');
  if (context.deploymentIds) out = out.replace(/\b\d{10}\b/g, '<deployment_id>');
  if (context.tables) out = compactTables(out);
  return out.endsWith('\n') ? out : out + '\n';
}

const INSERT_ROW = /INSERT INTO \S*databasechangelog \(([^)]*)\) VALUES \(/gi;

/**
 * Replaces the DEPLOYMENT_ID value of every `INSERT INTO ...databasechangelog (...) VALUES (...)`.
 * The values are walked as SQL literals because comments and descriptions may hold newlines,
 * commas and quotes.
 * @param {string} text
 */
function maskInsertedDeploymentIds(text) {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(INSERT_ROW)) {
    const columns = match[1].split(',').map((c) => c.trim().toUpperCase());
    const target = columns.indexOf('DEPLOYMENT_ID');
    const start = /** @type {number} */ (match.index) + match[0].length;
    if (target < 0 || start < last) continue;
    let i = start;
    for (let column = 0; column < columns.length && i < text.length; column++) {
      while (text[i] === ' ') i++;
      const valueStart = i;
      if (text[i] === "'") {
        i++;
        while (i < text.length) {
          if (text[i] === "'" && text[i + 1] === "'") i += 2;
          else if (text[i] === "'") break;
          else i++;
        }
        i++;
      } else {
        let depth = 0;
        while (i < text.length && !(depth === 0 && (text[i] === ',' || text[i] === ')'))) {
          if (text[i] === '(') depth++;
          if (text[i] === ')') depth--;
          i++;
        }
      }
      if (column === target) {
        out += text.slice(last, valueStart) + "'<deployment_id>'";
        last = i;
      }
      while (text[i] === ' ') i++;
      i++; // the comma, or the closing parenthesis
    }
  }
  return out + text.slice(last);
}

/**
 * `+----+-----+` becomes `+-+-+` and `| a   | b |` becomes `| a | b |`.
 * @param {string} text
 */
function compactTables(text) {
  return text
    .split('\n')
    .map((line) => {
      if (/^\+[-+]+\+$/.test(line)) return line.replace(/-+/g, '-');
      if (/^\|.*\|$/.test(line)) return line.split('|').map((cell, i, all) => (i === 0 || i === all.length - 1 ? cell : ` ${cell.trim()} `)).join('|').replace(/\|  \|/g, '| |');
      return line;
    })
    .join('\n');
}
