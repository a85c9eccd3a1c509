import type { OpenEngineOptions, OpenedEngine } from '../engine/open-engine.js';
import type { ProgressEvent } from '../engine/engine-context.js';
import type { ActionEnvironment } from './action-environment.js';
import type { CommandOptions } from './commands.js';
import type { DatabaseInputs } from './inputs.js';

/**
 * The process environment as changelogs may see it (`${NAME}` properties): without the inputs
 * and the runtime's tokens, which are nobody's business in a changelog.
 */
export function changelogEnvironment(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const visible: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith('INPUT_') || name.startsWith('ACTIONS_') || name === 'GITHUB_TOKEN') continue;
    visible[name] = value;
  }
  return visible;
}

/** The options every command takes, from the action's database inputs. */
export function commandOptions(env: ActionEnvironment, inputs: DatabaseInputs & { environment?: string }): CommandOptions {
  return {
    changelogFile: inputs.changelogFile,
    searchPath: [inputs.workingDirectory],
    ...(inputs.url ? { url: inputs.url } : {}),
    ...(inputs.username ? { username: inputs.username } : {}),
    ...(inputs.password ? { password: inputs.password } : {}),
    ...(inputs.contexts ? { contexts: inputs.contexts } : {}),
    ...(inputs.labels ? { labels: inputs.labels } : {}),
    ...(inputs.environment ? { environment: inputs.environment } : {}),
    env: changelogEnvironment(env.env),
    logger: env.logger,
  };
}

/** Opens the changelog and the database, logging one line per finished changeset. */
export async function openActionEngine(env: ActionEnvironment, options: CommandOptions, extra: Partial<OpenEngineOptions> = {}): Promise<OpenedEngine> {
  const { openEngine } = await import('../engine/open-engine.js');
  return openEngine({
    changelogFile: options.changelogFile,
    searchPath: options.searchPath,
    url: options.url,
    username: options.username,
    password: options.password,
    contexts: options.contexts,
    labels: options.labels,
    environment: options.env,
    logger: options.logger,
    onProgress: progressLine(env),
    ...extra,
  });
}

function progressLine(env: ActionEnvironment): (event: ProgressEvent) => void {
  return (event) => {
    if (event.kind !== 'end') return;
    const { result } = event;
    const time = result.durationMs !== undefined ? ` (${result.durationMs} ms)` : '';
    env.logger.info(`[${event.index}/${event.total}] ${result.state} ${result.filePath}::${result.id}::${result.author}${time}`);
  };
}
