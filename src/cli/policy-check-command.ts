import path from 'node:path';
import { existsSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import { POLICY_CONFIG_FILE, type FailOn } from '../policy/policy-config.js';
import type { CliIo } from './cli-io.js';
import { stderrLogger } from './cli-io.js';
import type { CommandHandler } from './main.js';
import type { CliSettings } from './settings.js';
import { DBOPS_VERSION } from '../version.js';

const FAIL_ON = ['error', 'warning', 'notice', 'never'];

/**
 * `dbops policy-check --changelog-file F [--policy-dir DIR] [--config FILE] [--url URL]
 * [--environment ENV] [--fail-on LEVEL] [--format text|json|sarif]`: exit 1 when a finding at or
 * above the failing level remains (suppressed findings never fail).
 */
export const policyCheckCommand: CommandHandler = async (settings: CliSettings, io: CliIo) => {
  const format = settings.options.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new ConfigurationError(`--format must be text, json or sarif, got '${format}'`);
  if (!settings.changelogFile) throw new ConfigurationError('--changelog-file is required');
  const failOn = settings.options['fail-on'];
  if (failOn !== undefined && !FAIL_ON.includes(failOn)) throw new ConfigurationError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got '${failOn}'`);
  const configOption = settings.options.config;
  const configFile = configOption ? path.resolve(settings.workingDirectory, configOption) : path.join(settings.workingDirectory, POLICY_CONFIG_FILE);
  if (configOption && !existsSync(configFile)) throw new ConfigurationError(`--config ${configOption} does not exist`);

  const { policyCheck } = await import('../policy/policy-check.js');
  const redact = (text: string) => (settings.password ? text.split(settings.password).join('***') : text);
  const result = await policyCheck({
    changelogFile: settings.changelogFile,
    searchPath: settings.searchPath,
    url: settings.url,
    username: settings.username,
    password: settings.password,
    contexts: settings.contexts,
    labels: settings.labels,
    properties: settings.properties,
    env: io.env,
    environment: settings.options.environment,
    configFile: existsSync(configFile) ? configFile : undefined,
    policiesDirectory: settings.options['policy-dir'] ? path.resolve(settings.workingDirectory, settings.options['policy-dir']) : undefined,
    noDefaultPolicies: settings.options['no-default-policies'] === 'true',
    failOn: failOn as FailOn | undefined,
    logger: stderrLogger(io, 'warn', redact),
  });

  if (format === 'json') io.stdout(`${redact(JSON.stringify(result, null, 2))}\n`);
  else if (format === 'sarif') {
    const { renderSarif } = await import('../report/sarif.js');
    const { sarifRuleDescriptors } = await import('../policy/sarif-rules.js');
    io.stdout(`${redact(JSON.stringify(renderSarif(result, { toolVersion: DBOPS_VERSION, rules: sarifRuleDescriptors() }), null, 2))}\n`);
  } else {
    const { renderPolicyText } = await import('../report/terminal-text.js');
    io.stdout(redact(renderPolicyText(result, { color: io.isTTY && !io.env.NO_COLOR })));
  }
  return result.ok ? 0 : 1;
};
