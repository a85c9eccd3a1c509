/**
 * The one bundle's entry (dist/index.js): the CLI (bin/dbops.js) and every action stub
 * (dist/actions/<name>.js) call into it. Everything heavy is imported on demand.
 */
import type { RunActionDeps } from './actions/run-action.js';
export { runCli } from './cli/main.js';
export { processIo } from './cli/cli-io.js';

/** Runs the action `name` (see actions/run-action.ts); loaded on demand, so the CLI does not load the actions' code. */
export async function runAction(name: string, deps?: RunActionDeps): Promise<void> {
  return (await import('./actions/run-action.js')).runAction(name, deps);
}
