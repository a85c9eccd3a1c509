import { ConfigurationError } from '../errors.js';
import { DBOPS_VERSION } from '../version.js';
import { parseArguments } from './arguments.js';
import type { CliIo } from './cli-io.js';
import { commandHelp, generalHelp } from './help.js';
import { resolveSettings, type CliSettings } from './settings.js';

/** A command's implementation: returns the process exit code. */
export type CommandHandler = (settings: CliSettings, io: CliIo) => Promise<number>;

interface CommandEntry {
  summary: string;
  /** Loaded on demand so that `--help` and light commands start fast. */
  load: () => Promise<CommandHandler>;
}

const engine = (name: string) => async () => (await import('./engine-commands.js')).engineCommand(name);

/** Every command, named as in Liquibase 4 where Liquibase has it. */
export const COMMANDS: Record<string, CommandEntry> = {
  update: { summary: 'Apply every pending changeset', load: engine('update') },
  'update-sql': { summary: 'Print the SQL update would run (tracking statements included), change nothing', load: engine('update-sql') },
  'update-count': { summary: 'Apply the next --count pending changesets', load: engine('update-count') },
  'update-count-sql': { summary: 'Print the SQL of update-count', load: engine('update-count-sql') },
  'update-to-tag': { summary: 'Apply changesets up to and including the one that sets --tag', load: engine('update-to-tag') },
  'update-to-tag-sql': { summary: 'Print the SQL of update-to-tag', load: engine('update-to-tag-sql') },
  status: { summary: 'List pending changesets (--verbose: every changeset and its state)', load: engine('status') },
  history: { summary: 'List applied changesets, grouped by deployment', load: engine('history') },
  validate: { summary: 'Check the changelog and the stored checksums; change nothing', load: engine('validate') },
  rollback: { summary: 'Undo changesets applied after the --tag', load: engine('rollback') },
  'rollback-sql': { summary: 'Print the SQL of rollback --tag', load: engine('rollback-sql') },
  'rollback-count': { summary: 'Undo the last --count changesets', load: engine('rollback-count') },
  'rollback-count-sql': { summary: 'Print the SQL of rollback-count', load: engine('rollback-count-sql') },
  'rollback-to-date': { summary: 'Undo changesets applied after --date', load: engine('rollback-to-date') },
  'rollback-to-date-sql': { summary: 'Print the SQL of rollback-to-date', load: engine('rollback-to-date-sql') },
  'future-rollback-sql': { summary: 'Print the SQL that would undo the pending changesets once applied', load: engine('future-rollback-sql') },
  'future-rollback-count-sql': { summary: 'future-rollback-sql for the next --count pending changesets', load: engine('future-rollback-count-sql') },
  tag: { summary: 'Tag the current state of the database with --tag', load: engine('tag') },
  'changelog-sync': { summary: 'Record pending changesets as applied without running them', load: engine('changelog-sync') },
  'changelog-sync-sql': { summary: 'Print the SQL of changelog-sync', load: engine('changelog-sync-sql') },
  'changelog-sync-to-tag': { summary: 'changelog-sync up to and including the changeset that sets --tag', load: engine('changelog-sync-to-tag') },
  'mark-next-changeset-ran': { summary: 'Record the next pending changeset as applied without running it', load: engine('mark-next-changeset-ran') },
  'mark-next-changeset-ran-sql': { summary: 'Print the SQL of mark-next-changeset-ran', load: engine('mark-next-changeset-ran-sql') },
  'update-testing-rollback': { summary: 'Update, roll back what it applied, and update again', load: engine('update-testing-rollback') },
  'tag-exists': { summary: 'Say whether a row of DATABASECHANGELOG carries --tag', load: engine('tag-exists') },
  'unexpected-changesets': { summary: 'List applied changesets the changelog no longer contains', load: engine('unexpected-changesets') },
  'clear-checksums': { summary: 'Set every stored checksum to NULL (recomputed on the next update)', load: engine('clear-checksums') },
  'release-locks': { summary: 'Clear the change log lock, whoever holds it', load: engine('release-locks') },
  'list-locks': { summary: 'Show who holds the change log lock', load: engine('list-locks') },
  'policy-check': {
    summary: 'Check the SQL the changesets will run: built-in rules and Rego policies (--format text|json|sarif)',
    load: async () => (await import('./policy-check-command.js')).policyCheckCommand,
  },
  'rollback-verify': {
    summary: 'Apply, roll back and re-apply each pending changeset; report rollbacks that do not restore the schema',
    load: async () => (await import('./rollback-verify-command.js')).rollbackVerifyCommand,
  },
  'status-matrix': { summary: 'Which changesets each environment has applied (--environments=name=url,...; or DBOPS_ENVIRONMENTS)', load: async () => (await import('./status-matrix-command.js')).statusMatrixCommand },
  demo: { summary: 'Run the main job on the embedded PostgreSQL with the example changelog (no setup)', load: async () => (await import('./demo-command.js')).demoCommand },
  'calculate-checksum': { summary: 'Print the checksum of --changeset-identifier path::id::author', load: engine('calculate-checksum') },
  snapshot: { summary: 'Write the schema as a JSON snapshot (--url SOURCE, --output-file F)', load: async () => (await import('./snapshot-commands.js')).snapshotCommand },
  diff: { summary: 'Compare two schemas (--url TARGET, --reference-url REFERENCE): databases, snapshot files or changelogs', load: async () => (await import('./snapshot-commands.js')).diffCommand },
  'diff-changelog': { summary: 'Write the changesets that make --url look like --reference-url into --changelog-file (appends)', load: async () => (await import('./diff-changelog-commands.js')).diffChangelogCommand },
  'generate-changelog': { summary: 'Write everything in the database as a new changelog (--changelog-file)', load: async () => (await import('./diff-changelog-commands.js')).generateChangelogCommand },
  drift: { summary: 'Check that the database matches what its applied changesets build (exit 1 on drift)', load: async () => (await import('./drift-command.js')).driftCommand },
};

/** Runs the CLI; returns the exit code (0 success, 1 failure, 2 usage or configuration error). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let settings: CliSettings;
  try {
    const args = parseArguments(argv);
    if (args.options.version === 'true' || args.command === 'version') {
      io.stdout(`dbops ${DBOPS_VERSION}\n`);
      return 0;
    }
    if (!args.command || args.command === 'help') {
      const topic = args.command === 'help' ? args.positionals[0] : undefined;
      io.stdout(topic && COMMANDS[topic] ? commandHelp(topic, COMMANDS[topic]!.summary) : generalHelp(COMMANDS));
      return args.command || args.options.help === 'true' ? 0 : 2;
    }
    const entry = COMMANDS[args.command];
    if (!entry) {
      io.stderr(`dbops: unknown command '${args.command}'. Run 'dbops --help' for the list.\n`);
      return 2;
    }
    if (args.options.help === 'true') {
      io.stdout(commandHelp(args.command, entry.summary));
      return 0;
    }
    settings = await resolveSettings(args, io.env, io.cwd);
    const handler = await entry.load();
    return await handler(settings, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/** One line that says what failed, then detail; configuration errors exit 2, others 1. */
export function reportError(error: unknown, io: CliIo, redact: (text: string) => string = (t) => t): number {
  const message = error instanceof Error ? error.message : String(error);
  const [first, ...rest] = redact(message).split('\n');
  io.stderr(`dbops: ${first}\n`);
  if (rest.length) io.stderr(`${rest.join('\n')}\n`);
  if (!(error instanceof ConfigurationError) && error instanceof Error && error.stack && io.env.DBOPS_DEBUG) io.stderr(`${redact(error.stack)}\n`);
  return error instanceof ConfigurationError ? 2 : 1;
}
