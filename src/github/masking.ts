/**
 * Secrets (database URLs, passwords, tokens) must never reach a log line, a comment, a summary or
 * an output. Two defences: register every form of every secret with the runner (`::add-mask::`),
 * which masks the log; and `redact` whatever text we produce ourselves, which covers comments
 * and API request bodies the runner never sees.
 *
 * A password hides in more than one spelling: inside a URL it is percent-encoded (`p%40ss` for
 * `p@ss`), in JSON its quotes and backslashes are escaped, in a libpq string it may be quoted.
 * `expandSecrets` derives all of them.
 */

/** Where secrets are registered: `core.setSecret`, or an `ActionRuntime`. */
export interface SecretRegistry {
  setSecret(value: string): void;
}

/** Query or key/value parameter names whose value is a secret. */
const SECRET_PARAMS = /^(password|passwd|pass|pwd|sslpassword|token|access_token|api_key|apikey|secret)$/i;

/**
 * Every value to hide: each input as given, the password (and the user:password pair) inside
 * URLs, JDBC query strings and libpq key/value strings, and each of those in its encoded forms.
 * Longest first, so that `redact` replaces a whole URL before a part of it.
 *
 * @example
 * expandSecrets(['postgres://app:p%40ss@db/app'])
 * // ['postgres://app:p%40ss@db/app', 'app:p%40ss', 'app:p@ss', 'p%40ss', 'p@ss', ...]
 */
export function expandSecrets(values: Iterable<string | undefined | null>): string[] {
  const found = new Set<string>();
  const add = (value: string | undefined) => {
    if (value === undefined || value.trim() === '') return;
    for (const variant of variants(value)) if (variant.trim() !== '') found.add(variant);
  };
  for (const value of values) {
    if (!value) continue;
    add(value);
    for (const part of embeddedSecrets(value)) add(part);
  }
  return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * Replaces every occurrence of every secret (as given: pass the result of `expandSecrets`) with
 * `replacement`.
 *
 * @example
 * redact('connecting to postgres://app:s3cret@db/app', expandSecrets(['postgres://app:s3cret@db/app']))
 * // 'connecting to ***'
 */
export function redact(text: string, secrets: readonly string[], replacement = '***'): string {
  const usable = [...new Set(secrets.filter((s) => s.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (usable.length === 0 || text === '') return text;
  const pattern = new RegExp(usable.map(escapedSpellings).join('|'), 'g');
  return text.replace(pattern, replacement);
}

/**
 * A pattern for the secret as it may look once rendered to Markdown by src/report: `&<>` as
 * entities, `|` escaped in tables, whitespace runs collapsed, and a zero-width space after `@`
 * (which stops mentions, and would otherwise split `p@ss` out of a plain search).
 */
function escapedSpellings(secret: string): string {
  const parts: string[] = [];
  for (const token of secret.match(/\s+|[\s\S]/gu) ?? []) {
    if (/^\s+$/.test(token)) parts.push('(?:\\s|<br>)+');
    else if (token === '&') parts.push('(?:&|&amp;)');
    else if (token === '<') parts.push('(?:<|&lt;)');
    else if (token === '>') parts.push('(?:>|&gt;)');
    else if (token === '|') parts.push('\\\\?\\|');
    else parts.push(escapeRegExp(token));
  }
  return parts.join('\u200b?');
}

/**
 * Registers every form of every secret with the runner and returns them for `redact`.
 * Multi-line values are registered line by line: the runner masks per line.
 */
export function maskSecrets(values: Iterable<string | undefined | null>, registry: SecretRegistry): string[] {
  const secrets = expandSecrets(values);
  const registered = new Set<string>();
  for (const secret of secrets) {
    for (const line of secret.split(/\r?\n/)) {
      if (line.trim() === '' || registered.has(line)) continue;
      registered.add(line);
      registry.setSecret(line);
    }
  }
  return secrets;
}

/** A `redact` bound to a set of secrets, for passing around as a function. */
export function createRedactor(values: Iterable<string | undefined | null>): (text: string) => string {
  const secrets = expandSecrets(values);
  return (text) => redact(text, secrets);
}

/** Passwords and credentials found inside a connection string or URL. */
function embeddedSecrets(value: string): string[] {
  const parts: string[] = [];
  // scheme://user:password@host — the authority runs to the first / ? or #, the userinfo to its last @.
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/([^/?#]*)@/.exec(value.trim());
  if (authority) {
    const userinfo = authority[1]!;
    const colon = userinfo.indexOf(':');
    if (colon >= 0) {
      parts.push(userinfo, userinfo.slice(colon + 1));
    }
  }
  // ?password=... in URLs and JDBC strings.
  const query = value.indexOf('?');
  if (query >= 0) {
    for (const pair of value.slice(query + 1).split(/[&;]/)) {
      const eq = pair.indexOf('=');
      if (eq > 0 && SECRET_PARAMS.test(safeDecode(pair.slice(0, eq)))) parts.push(pair.slice(eq + 1).replace(/#.*$/, ''));
    }
  }
  // libpq key/value: host=db password='it''s secret'
  for (const match of value.matchAll(/(?:^|\s)([A-Za-z_]+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/g)) {
    if (!SECRET_PARAMS.test(match[1]!)) continue;
    const raw = match[2]!;
    parts.push(raw);
    if (raw.startsWith("'")) parts.push(raw.slice(1, -1).replace(/\\(.)/g, '$1'));
  }
  return parts;
}

/** The spellings one secret can take in text we produce or receive. */
function variants(secret: string): string[] {
  const forms = new Set([secret]);
  const decoded = safeDecode(secret);
  forms.add(decoded);
  for (const base of [secret, decoded]) {
    const encoded = encodeURIComponent(base);
    forms.add(encoded);
    forms.add(encoded.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
    forms.add(encodeURIComponent(base).replace(/%20/g, '+')); // form encoding
    forms.add(JSON.stringify(base).slice(1, -1)); // inside a JSON string
  }
  return [...forms];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    return text;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
