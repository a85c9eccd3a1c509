import { ConfigurationError } from '../errors.js';

/**
 * The command line as Liquibase 4 users write it: `dbops [options] <command> [options]`,
 * `--changelog-file=x` or `--changelog-file x`, the old camelCase spellings (`--changeLogFile`),
 * and `-Dname=value` changelog properties.
 */
export interface ParsedArguments {
  command?: string;
  /** Option values by kebab-case name; flags without a value are `'true'`. */
  options: Record<string, string>;
  /** `-Dname=value` properties. */
  properties: Record<string, string>;
  positionals: string[];
}

/** Options that never take a value. */
const FLAGS = new Set(['help', 'version', 'verbose', 'force', 'no-rename-detection', 'commit', 'dry-run', 'json', 'no-default-policies', 'compare-data', 'require-rollback', 'include-drops', 'overwrite-output-file']);

export function parseArguments(argv: readonly string[]): ParsedArguments {
  const parsed: ParsedArguments = { options: {}, properties: {}, positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-D') && arg.length > 2) {
      const body = arg.slice(2);
      const eq = body.indexOf('=');
      if (eq <= 0) throw new ConfigurationError(`${arg}: a property is written -Dname=value`);
      parsed.properties[body.slice(0, eq)] = body.slice(eq + 1);
      continue;
    }
    if (arg === '-h') {
      parsed.options.help = 'true';
      continue;
    }
    if (arg.startsWith('--')) {
      const body = arg.slice(2);
      const eq = body.indexOf('=');
      const name = kebabCase(eq >= 0 ? body.slice(0, eq) : body);
      if (eq >= 0) {
        parsed.options[name] = body.slice(eq + 1);
      } else if (FLAGS.has(name) || i + 1 >= argv.length || isOption(argv[i + 1]!)) {
        parsed.options[name] = 'true';
      } else {
        parsed.options[name] = argv[++i]!;
      }
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) throw new ConfigurationError(`Unknown option ${arg} (options are written --name=value)`);
    if (parsed.command === undefined) parsed.command = arg;
    else parsed.positionals.push(arg);
  }
  return parsed;
}

function isOption(arg: string): boolean {
  return arg.startsWith('--') || (arg.startsWith('-D') && arg.includes('='));
}

/** `changeLogFile` → `changelog-file`, `contextFilter` → `context-filter`; kebab-case passes through. */
export function kebabCase(name: string): string {
  const aliases: Record<string, string> = { changeLogFile: 'changelog-file', changelogFile: 'changelog-file' };
  if (aliases[name]) return aliases[name]!;
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
