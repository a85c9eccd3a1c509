/**
 * The one bundle's entry (dist/index.js): the CLI (bin/dbops.js) and every action stub
 * (dist/actions/<name>.js) call into it. Everything heavy is imported on demand.
 */
export { runCli } from './cli/main.js';
export { processIo } from './cli/cli-io.js';
export { runAction } from './actions/run-action.js';
