const COMMON_OPTIONS = `Options (as in Liquibase 4; also read from liquibase.properties and LIQUIBASE_COMMAND_* variables):
  --changelog-file=FILE     root changelog (XML, YAML, JSON or formatted SQL)
  --url=URL                 postgresql://user@host:5432/db, jdbc:postgresql://host:5432/db,
                            or pglite:<folder>; omitted: an embedded PostgreSQL in memory
  --username=USER --password=PASSWORD
  --contexts=EXPR           run changesets whose context matches (list or expression)
  --labels=EXPR             label filter expression
  -Dname=value              changelog property for \${name}
  --search-path=DIRS        directories changelog paths are relative to (default: .)
  --defaults-file=FILE      properties file (default: liquibase.properties if present)
  --format=text|json        json: one JSON document on stdout
  --liquibase-schema-name, --database-changelog-table-name, --database-changelog-lock-table-name
  --lock-wait-timeout=SECONDS  how long to wait for another process's lock (default 300)
`;

export function generalHelp(commands: Record<string, { summary: string }>): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`);
  return `dbops: database changes shipped like application code (Liquibase-compatible changelogs)

Usage: dbops <command> [options]

Commands:
${lines.join('\n')}

${COMMON_OPTIONS}
Run 'dbops <command> --help' for a command's options.
`;
}

const SCHEMA_FILTERS =
  '  --schemas=a,b             schemas to read (default: every user schema)\n' +
  '  --include=GLOB,..         only objects whose name matches (orders*, app.*)\n' +
  '  --exclude=GLOB,..         leave these out (wins over --include)\n';

const COMMAND_OPTIONS: Record<string, string> = {
  'update-count': '  --count=N                 how many pending changesets\n',
  'update-count-sql': '  --count=N\n',
  'update-to-tag': '  --tag=TAG                 stop after the changeset whose tagDatabase sets TAG\n',
  'update-to-tag-sql': '  --tag=TAG\n',
  rollback: '  --tag=TAG                 undo everything applied after TAG\n',
  'rollback-sql': '  --tag=TAG\n',
  'rollback-count': '  --count=N                 undo the last N changesets\n',
  'rollback-count-sql': '  --count=N\n',
  'rollback-to-date': '  --date=DATE               undo changesets applied after DATE (ISO 8601)\n',
  'rollback-to-date-sql': '  --date=DATE\n',
  'future-rollback-count-sql': '  --count=N\n',
  tag: '  --tag=TAG\n',
  'tag-exists': '  --tag=TAG\n',
  'changelog-sync-to-tag': '  --tag=TAG\n',
  status: '  --verbose                 list every changeset, not only the pending ones\n',
  'calculate-checksum': '  --changeset-identifier=PATH::ID::AUTHOR\n',
  'rollback-verify':
    '  --url=URL                 a SCRATCH database: its pending changesets are applied and rolled back (default: the embedded PostgreSQL)\n' +
    '  --compare-data            also compare the rows of the tables each changeset touches\n' +
    '  --require-rollback        a changeset without any rollback fails the check too\n',
  'policy-check':
    '  --policy-dir=DIR          your Rego policies (.rego) and OPA-compiled policies (policy.wasm, bundle.tar.gz)\n' +
    '  --config=FILE             rules configuration (default: dbops-policy.yaml if present)\n' +
    '  --environment=ENV         per-environment settings of the configuration\n' +
    '  --fail-on=LEVEL           error | warning | notice | never\n' +
    '  --format=text|json|sarif  sarif: for github/codeql-action/upload-sarif\n' +
    '  --no-default-policies     leave out the Rego policies shipped with dbops\n' +
    '  --url=URL                 check only what this database has not applied yet\n',
  snapshot:
    '  --url=SOURCE              a database URL (none: the embedded PostgreSQL), changelog:PATH (the schema\n' +
    '                            that changelog builds) or a snapshot file\n' +
    '  --output-file=FILE        write the JSON snapshot there (default: stdout)\n' +
    SCHEMA_FILTERS,
  diff:
    '  --url=TARGET              what to compare: a database URL, snapshot:FILE.json (or FILE.json,\n' +
    '                            or offline:postgresql?snapshot=FILE.json), or changelog:PATH (applied to\n' +
    '                            a throwaway embedded PostgreSQL, with --contexts/--labels)\n' +
    '  --reference-url=REFERENCE what it should look like (the same forms)\n' +
    '  --reference-username, --reference-password  credentials of the reference database\n' +
    '  --format=text|json        json: the diff object (missing, unexpected, changed, renamed)\n' +
    '  --no-rename-detection     report look-alike tables and columns as a drop and an add\n' +
    SCHEMA_FILTERS +
    '  Exit 0 whether or not they differ (use drift for a check that fails).\n',
  'diff-changelog':
    '  --url=TARGET --reference-url=REFERENCE  as for diff; the changesets make TARGET look like REFERENCE\n' +
    '  --changelog-file=OUT      the changelog written (.yaml, .yml, .xml, .json, .sql); appended to when it\n' +
    '                            exists (its ids are refused, its comments and layout kept)\n' +
    '  --author=NAME             default: <user> (generated)\n' +
    '  --changeset-id-prefix=P   ids P-1, P-2, ... (default: <epoch ms>-1, ...)\n' +
    '  --contexts=C --labels=L   written on every generated changeset\n' +
    '  --comment=TEXT            put in front of every changeset comment\n' +
    '  --include-drops           also drop what only TARGET has (default: left alone, listed in a warning)\n' +
    '  --no-rename-detection     a drop and an add instead of renameTable/renameColumn\n' +
    SCHEMA_FILTERS,
  'generate-changelog':
    '  --url=URL                 the database to describe (a snapshot file or changelog:PATH works too)\n' +
    '  --changelog-file=OUT      the changelog written; refused when it exists unless --overwrite-output-file\n' +
    '  --author=NAME             default: <user> (generated)\n' +
    '  --changeset-id-prefix=P --contexts=C --labels=L --comment=TEXT  as for diff-changelog\n' +
    SCHEMA_FILTERS,
  drift:
    '  --url=URL                 the database to check\n' +
    '  --changelog-file=FILE     its changelog; the changesets its DATABASECHANGELOG records are replayed\n' +
    '                            on the embedded PostgreSQL and the two schemas compared\n' +
    '  --contexts, --labels, -D  as the database was updated with (they decide which modifySql apply)\n' +
    '  --format=text|json\n' +
    '  --no-rename-detection\n' +
    SCHEMA_FILTERS +
    '  Exit 1 on drift, 0 without.\n',
};

export function commandHelp(name: string, summary: string): string {
  const own = COMMAND_OPTIONS[name];
  return `dbops ${name}: ${summary}\n\n${own ? `Command options:\n${own}\n` : ''}${COMMON_OPTIONS}`;
}
