import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePropertiesFile } from '../changelog/properties.js';
import { ConfigurationError } from '../errors.js';
import { kebabCase, type ParsedArguments } from './arguments.js';

/** The settings a command runs with, read once from the command line, the environment and liquibase.properties. */
export interface CliSettings {
  command?: string;
  changelogFile?: string;
  url?: string;
  username?: string;
  password?: string;
  contexts?: string;
  labels?: string;
  /** Directories changelog paths are resolved against (Liquibase's --search-path); default the working directory. */
  searchPath: string[];
  /** `-D` and `parameter.*` properties for `${…}` substitution. */
  properties: Record<string, string>;
  /** `sarif` only for policy-check. */
  format: 'text' | 'json' | 'sarif';
  /** Every option by kebab-case name, for command-specific ones (`count`, `tag`, `date`, ...). */
  options: Record<string, string>;
  workingDirectory: string;
}

/** Environment variables Liquibase users already set in their pipelines, and ours. */
const ENVIRONMENT_OPTIONS: Record<string, string> = {
  LIQUIBASE_COMMAND_URL: 'url',
  LIQUIBASE_COMMAND_USERNAME: 'username',
  LIQUIBASE_COMMAND_PASSWORD: 'password',
  LIQUIBASE_COMMAND_CHANGELOG_FILE: 'changelog-file',
  LIQUIBASE_COMMAND_CONTEXTS: 'contexts',
  LIQUIBASE_COMMAND_LABEL_FILTER: 'labels',
  LIQUIBASE_SEARCH_PATH: 'search-path',
  DBOPS_URL: 'url',
  DBOPS_USERNAME: 'username',
  DBOPS_PASSWORD: 'password',
  DBOPS_CHANGELOG_FILE: 'changelog-file',
};

/**
 * Precedence: command line, then environment, then the defaults file (`--defaults-file`, else
 * `liquibase.properties` in the working directory if present).
 */
export async function resolveSettings(args: ParsedArguments, env: NodeJS.ProcessEnv, cwd: string): Promise<CliSettings> {
  const options: Record<string, string> = {};
  const properties: Record<string, string> = {};

  const defaultsFile = args.options['defaults-file'] ?? 'liquibase.properties';
  const defaultsPath = path.resolve(cwd, defaultsFile);
  let defaultsText: string | undefined;
  try {
    defaultsText = await readFile(defaultsPath, 'utf8');
  } catch (error) {
    if (args.options['defaults-file']) throw new ConfigurationError(`--defaults-file ${defaultsFile}: ${(error as Error).message}`);
  }
  if (defaultsText !== undefined) {
    for (const [key, value] of parsePropertiesFile(defaultsText)) {
      if (key.startsWith('parameter.')) properties[key.slice('parameter.'.length)] = value;
      else options[normalizeOptionName(key)] = value;
    }
  }
  for (const [variable, option] of Object.entries(ENVIRONMENT_OPTIONS)) {
    const value = env[variable];
    if (value !== undefined && value !== '') options[option] = value;
  }
  Object.assign(options, args.options);
  Object.assign(properties, args.properties);

  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new ConfigurationError(`--format must be text or json (or sarif for policy-check), got '${format}'`);
  const workingDirectory = path.resolve(cwd, options['working-directory'] ?? '.');

  return {
    command: args.command,
    changelogFile: options['changelog-file'],
    url: options.url,
    username: options.username,
    password: options.password,
    contexts: options.contexts ?? options['context-filter'],
    labels: options.labels ?? options['label-filter'],
    searchPath: (options['search-path'] ?? '.').split(',').map((p) => path.resolve(workingDirectory, p.trim())),
    properties,
    format,
    options,
    workingDirectory,
  };
}

/** liquibase.properties keys: `changeLogFile`, `liquibase.command.url`, `url` ... → kebab-case option names. */
function normalizeOptionName(key: string): string {
  const bare = key.replace(/^liquibase\.(command\.)?/, '');
  return kebabCase(bare);
}
