import { defineChange } from './define-change.js';
import { changeNode } from './field-schema.js';

export interface ExecuteCommandParams {
  executable: string;
  os?: string;
  timeout?: string;
  args?: string[];
}

/**
 * executeCommand: a program the engine runs between statements (SqlStatement.command), when its
 * `os` list names this system, as Liquibase does; elsewhere it is skipped. It has no automatic
 * rollback. Only `executable` is part of the checksum.
 */
export const executeCommand = defineChange<ExecuteCommandParams>({
  name: 'executeCommand',
  fields: [
    { name: 'executable', kind: 'string', required: true },
    { name: 'os', kind: 'string', notHashed: true },
    { name: 'timeout', kind: 'string' },
  ],
  load(reader, params) {
    params.args = reader.children('arg').map((arg) => reader.nested(arg, 'executeCommand arg').string('value') ?? '');
  },
  toNode(params, node) {
    node.children.push(...(params.args ?? []).map((value) => changeNode('arg', { value })));
  },
  generateSql(params) {
    if (params.os !== undefined && !osMatches(params.os)) return [];
    const args = params.args ?? [];
    const timeoutMs = params.timeout !== undefined ? timeoutMillis(params.timeout) : undefined;
    return [{ sql: `-- executeCommand: ${[params.executable, ...args].join(' ')}`, command: { executable: params.executable, args, timeoutMs } }];
  },
});

/** Liquibase compares the os list with Java's os.name (`Linux`, `Mac OS X`, `Windows 10`…). */
function osMatches(os: string): boolean {
  const current = ({ linux: 'Linux', darwin: 'Mac OS X', win32: 'Windows', freebsd: 'FreeBSD', sunos: 'SunOS' } as Record<string, string>)[process.platform] ?? process.platform;
  return os.split(',').some((entry) => {
    const name = entry.trim();
    return current === 'Windows' ? name.startsWith('Windows') : name === current;
  });
}

/** Liquibase's timeout: a number with an optional unit (`10s`, `2m`, `1h`), seconds by default. */
function timeoutMillis(value: string): number | undefined {
  const match = /^(\d+)\s*([smh]?)$/i.exec(value.trim());
  if (!match) return undefined;
  const unit = { '': 1, s: 1, m: 60, h: 3600 }[match[2]!.toLowerCase() as '' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit * 1000;
}
