import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { PgliteConnection } from '../database/pglite-connection.js';
import { openEngine } from '../engine/open-engine.js';
import { ConfigurationError } from '../errors.js';
import type { RunResult } from '../report/model.js';
import { renderRunText } from '../report/terminal-text.js';
import type { CliIo } from './cli-io.js';
import { stderrLogger } from './cli-io.js';
import type { CommandHandler } from './main.js';
import { renderRunResultText } from './run-result-text.js';
import type { CliSettings } from './settings.js';

/**
 * `dbops demo`: the main job on the embedded PostgreSQL, with nothing to set up (no server, no
 * key, no token): read the demo changelog, show the SQL it will run, check it (policy-check),
 * apply it, show the status, roll back to a tag, verify the rollbacks of what follows the tag
 * (which applies them again), and show the history.
 */
export const demoCommand: CommandHandler = async (settings: CliSettings, io: CliIo) => {
  const changelogFile = settings.changelogFile ?? 'changelog.yaml';
  const searchPath = settings.changelogFile ? settings.searchPath : [findDemoFolder()];
  const say = (text: string) => io.stdout(`${text}\n`);
  const heading = (text: string) => say(`\n== ${text} ${'='.repeat(Math.max(0, 70 - text.length))}`);

  heading('Starting the embedded PostgreSQL (PGlite, in memory)');
  const started = Date.now();
  const connection = await PgliteConnection.open();
  say(`ready in ${Date.now() - started} ms`);
  try {
    const opened = await openEngine({
      changelogFile,
      searchPath,
      connection,
      contexts: settings.contexts,
      labels: settings.labels,
      properties: settings.properties,
      environment: io.env,
      logger: stderrLogger(io, 'warn', (t) => t),
    });
    const { context } = opened;
    const { update } = await import('../engine/update.js');
    const { status } = await import('../engine/status.js');
    const { history } = await import('../engine/history.js');
    const { rollback } = await import('../engine/rollback.js');
    const color = io.isTTY && !io.env.NO_COLOR;
    const show = (command: string, result: RunResult) => {
      say(renderRunResultText(command, result, { verbose: true, progressShown: false, color }).trimEnd());
      if (!result.ok) throw new ConfigurationError(`demo: ${command} failed: ${result.error?.message}`);
    };

    heading(`Changelog ${searchPath[0] ? path.join(path.relative(io.cwd, searchPath[0]) || '.', changelogFile) : changelogFile}: what update would run (update-sql)`);
    const sql = await update(context, { sqlOnly: true });
    if (!sql.ok) show('update-sql', sql);
    say(sql.script!.split('\n').filter((line) => !/databasechangelog/i.test(line)).join('\n').trim());

    heading('policy-check: built-in rules and Rego policies on that SQL');
    const { policyCheck } = await import('../policy/policy-check.js');
    const { renderPolicyText, renderRollbackText } = await import('../report/terminal-text.js');
    const policy = await policyCheck({ changelogFile, searchPath, env: io.env, contexts: settings.contexts, labels: settings.labels, logger: stderrLogger(io, 'warn', (t) => t) });
    say(renderPolicyText(policy, { color }).trimEnd());

    heading('update: apply every pending changeset (each commits with its tracking row)');
    say(renderRunText(await update(context), { color }).trimEnd());

    heading('status --verbose');
    show('status', await status(context));

    heading('rollback --tag release-1: undo what came after the tag');
    show('rollback', await rollback(context, { tag: 'release-1' }));

    heading('rollback-verify: apply, roll back and re-apply each pending changeset');
    const { verifyRollbacks } = await import('../verify/rollback-verify.js');
    const verified = await verifyRollbacks(context, { logger: stderrLogger(io, 'warn', (t) => t) });
    say(renderRollbackText(verified, { color }).trimEnd());
    if (!verified.ok) throw new ConfigurationError('demo: rollback-verify found a rollback that does not restore the schema');

    heading('history');
    show('history', await history(context));

    say('\nThe same commands run against PostgreSQL with --url postgresql://user@host:5432/db; see README.md.');
    return 0;
  } finally {
    await connection.close();
  }
};

/** examples/demo, found from the bundle (dist/) or from the sources (src/cli/). */
function findDemoFolder(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.resolve(here, '..', 'examples', 'demo'), path.resolve(here, '..', '..', 'examples', 'demo')]) {
    if (existsSync(path.join(candidate, 'changelog.yaml'))) return candidate;
  }
  throw new ConfigurationError('The demo changelog (examples/demo/changelog.yaml) is not there; run the demo from a checkout of dbops');
}
