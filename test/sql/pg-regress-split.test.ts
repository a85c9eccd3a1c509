import { readdirSync, readFileSync } from 'node:fs';
import { loadModule, parseSync } from 'libpg-query';
import { beforeAll, describe, expect, test } from 'vitest';
import { splitStatements, type SplitStatement } from '../../src/sql/split-statements.js';
import { PG_REGRESS } from '../support/corpus.js';

/**
 * PostgreSQL's regression SQL (244 files of dollar quoting, functions, rules, COPY, …) split by us
 * and by PostgreSQL's own parser (libpg-query), statement by statement.
 */
const corpus = PG_REGRESS;
const files = readdirSync(corpus).filter((name) => name.endsWith('.sql')).sort();

/**
 * psql meta-commands are not SQL: a line starting with `\` is blanked (keeping offsets) so that
 * libpg-query can read the rest. The corpus has them commented out already; this is a guard.
 */
function withoutPsqlCommands(text: string): string {
  return text.replace(/^[ \t]*\\[^\n]*/gm, (line) => ' '.repeat(line.length));
}

/** libpg-query reports byte offsets into the UTF-8 text; statements are compared in UTF-16 offsets. */
function charOffsets(text: string): Int32Array {
  const bytes = Buffer.byteLength(text, 'utf8');
  const map = new Int32Array(bytes + 1);
  let byte = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const length = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let k = 0; k < length; k++) map[byte + k] = i;
    byte += length;
    if (code >= 0x10000) i++;
  }
  map[bytes] = text.length;
  return map;
}

/** Where libpg-query says each statement ends (before its `;`, trailing whitespace excluded). */
function parserStatementEnds(text: string): number[] {
  const result = parseSync(text);
  const toChar = charOffsets(text);
  const totalBytes = Buffer.byteLength(text, 'utf8');
  return (result.stmts ?? []).map((stmt) => {
    const start = stmt.stmt_location ?? 0;
    const end = stmt.stmt_len ? start + stmt.stmt_len : totalBytes;
    let charEnd = toChar[end]!;
    while (charEnd > 0 && /\s/.test(text[charEnd - 1]!)) charEnd--;
    return charEnd;
  });
}

function tryParse(sql: string): number | 'error' {
  try {
    return parseSync(sql).stmts?.length ?? 0;
  } catch {
    return 'error';
  }
}

interface FileOutcome {
  file: string;
  /** libpg-query accepts the whole file. */
  parsed: boolean;
  agrees: boolean;
  ours: number;
  theirs?: number;
  firstDifference?: string;
  /** For files libpg-query rejects: our statements it accepts one by one, rejects, or reads as several. */
  accepted?: number;
  rejected?: number;
  underSplit?: string[];
  /** Two neighbouring statements of ours that libpg-query reads as one. */
  overSplit?: string[];
}

function compareFile(file: string): FileOutcome {
  const text = withoutPsqlCommands(readFileSync(`${corpus}/${file}`, 'utf8'));
  const ours = splitStatements(text);
  let theirs: number[] | undefined;
  try {
    theirs = parserStatementEnds(text);
  } catch {
    return { file, parsed: false, agrees: false, ours: ours.length, ...piecewise(text, ours) };
  }
  const differs = ours.findIndex((statement, i) => statement.end !== theirs![i]);
  const agrees = ours.length === theirs.length && differs < 0;
  const outcome: FileOutcome = { file, parsed: true, agrees, ours: ours.length, theirs: theirs.length };
  if (!agrees) {
    const at = differs < 0 ? Math.min(ours.length, theirs.length) : differs;
    outcome.firstDifference = `statement ${at + 1}: ours ends at ${ours[at]?.end}, libpg-query at ${theirs[at]}: ${JSON.stringify(ours[at]?.sql.slice(0, 120))}`;
  }
  return outcome;
}

function piecewise(text: string, ours: SplitStatement[]): Pick<FileOutcome, 'accepted' | 'rejected' | 'underSplit' | 'overSplit'> {
  let accepted = 0;
  let rejected = 0;
  const underSplit: string[] = [];
  const overSplit: string[] = [];
  ours.forEach((statement, i) => {
    const count = tryParse(statement.sql);
    if (count === 1) accepted++;
    else if (count === 'error') {
      rejected++;
      const next = ours[i + 1];
      if (next && tryParse(text.slice(statement.start, next.end)) === 1) overSplit.push(`line ${statement.line}`);
    } else underSplit.push(`line ${statement.line}: ${count} statements`);
  });
  return { accepted, rejected, underSplit, overSplit };
}

describe('splitting PostgreSQL regression SQL like libpg-query', () => {
  let outcomes: FileOutcome[];

  beforeAll(async () => {
    await loadModule();
    outcomes = files.map(compareFile);
    const parsed = outcomes.filter((o) => o.parsed);
    const agreeing = parsed.filter((o) => o.agrees);
    const pieces = outcomes.filter((o) => !o.parsed);
    const sum = (key: 'accepted' | 'rejected') => pieces.reduce((n, o) => n + (o[key] ?? 0), 0);
    console.log(
      [
        `pg-regress: ${files.length} files, ${outcomes.reduce((n, o) => n + o.ours, 0)} statements split.`,
        `libpg-query parses ${parsed.length} files whole; our statement boundaries agree exactly on ${agreeing.length}.`,
        `${pieces.length} files hold statements libpg-query rejects (deliberate errors, newer syntax); of their ` +
          `${sum('accepted') + sum('rejected')} statements it accepts ${sum('accepted')} one by one as exactly one statement ` +
          `and rejects ${sum('rejected')}; under-split: ${pieces.flatMap((o) => o.underSplit ?? []).length}, ` +
          `over-split: ${pieces.flatMap((o) => o.overSplit ?? []).length}.`,
        ...parsed.filter((o) => !o.agrees).map((o) => `  differs: ${o.file} (${o.ours} vs ${o.theirs}) ${o.firstDifference}`),
      ].join('\n'),
    );
  });

  test('every file libpg-query parses whole is split at exactly its statement boundaries', () => {
    const differing = outcomes.filter((o) => o.parsed && !o.agrees).map((o) => `${o.file}: ${o.firstDifference}`);
    expect(differing).toEqual([]);
    expect(outcomes.filter((o) => o.parsed).length).toBeGreaterThan(150);
  });

  test('in files with statements libpg-query rejects, no statement of ours holds two, and no two of ours make one', () => {
    const pieces = outcomes.filter((o) => !o.parsed);
    expect(pieces.flatMap((o) => (o.underSplit ?? []).map((u) => `${o.file} ${u}`))).toEqual([]);
    expect(pieces.flatMap((o) => (o.overSplit ?? []).map((u) => `${o.file} ${u}`))).toEqual([]);
  });
});
