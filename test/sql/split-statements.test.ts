import { describe, expect, test } from 'vitest';
import { splitStatements, stripComments, type SplitOptions } from '../../src/sql/split-statements.js';
import { genericSyntax, mysqlSyntax, sqlSyntaxFor } from '../../src/sql/sql-syntax.js';

const sqls = (text: string, options?: SplitOptions) => splitStatements(text, options).map((s) => s.sql);

describe('splitStatements on PostgreSQL', () => {
  test('; ends a statement; each statement knows its line and offsets', () => {
    const text = 'create table a (id int);\n\n  insert into a values (1);\nselect 1';
    expect(splitStatements(text)).toEqual([
      { sql: 'create table a (id int)', line: 1, start: 0, end: 23, leadStart: 0, delimiterStart: 23 },
      { sql: 'insert into a values (1)', line: 3, start: 28, end: 52, leadStart: 24, delimiterStart: 52 },
      { sql: 'select 1', line: 4, start: 54, end: 62, leadStart: 53, delimiterStart: 62 },
    ]);
  });

  test('the lead of a statement runs from the previous delimiter: comments after a ; belong to the next statement', () => {
    const text = 'select 1 -- one\n ; -- about two\n;\n/* two */ select 2 \n;  -- trailer';
    const statements = splitStatements(text);
    expect(statements.map((s) => text.slice(s.leadStart, s.delimiterStart))).toEqual(['select 1 -- one\n ', '\n/* two */ select 2 \n']);
    expect(statements.map((s) => s.sql)).toEqual(['select 1 -- one', '/* two */ select 2']);
  });

  test('CRLF and lone CR count as one line break each', () => {
    expect(splitStatements('select 1;\r\nselect 2;\rselect 3').map((s) => s.line)).toEqual([1, 2, 3]);
  });

  test('never splits inside strings, escape strings or quoted identifiers', () => {
    expect(sqls(`select 'a;b', 'it''s;'; select E'\\';', "c;""d"; select U&'x;'`)).toEqual([
      `select 'a;b', 'it''s;'`,
      `select E'\\';', "c;""d"`,
      `select U&'x;'`,
    ]);
  });

  test('a backslash ends an ordinary string (standard_conforming_strings), not an escape string', () => {
    expect(sqls(`select 'a\\'; select E'b\\'c'; select 3`)).toEqual([`select 'a\\'`, `select E'b\\'c'`, 'select 3']);
  });

  test('never splits inside comments, which nest', () => {
    expect(sqls('select 1 -- one; two\n; /* a /* nested; */ still; */ select 2;')).toEqual([
      'select 1 -- one; two',
      '/* a /* nested; */ still; */ select 2',
    ]);
  });

  test('comment and quote ends are found where a character could belong to two of them', () => {
    expect(sqls('select /* a /*/ b; */ c; */ 1; select /*/ x; */ 2; select /* */*/ 3')).toEqual([
      'select /* a /*/ b; */ c; */ 1',
      'select /*/ x; */ 2',
      'select /* */*/ 3',
    ]);
    expect(sqls(`select 'a''; b''', 'c'''; select ''''; select 2`)).toEqual([`select 'a''; b''', 'c'''`, `select ''''`, 'select 2']);
    expect(sqls(`select 'x\\\\''; y', "z"; select 2`, { syntax: mysqlSyntax })).toEqual([`select 'x\\\\''; y', "z"`, 'select 2']);
    expect(sqls(`select 'open\\`, { syntax: mysqlSyntax })).toEqual([`select 'open\\`]);
  });

  test('never splits inside dollar-quoted bodies, tagged or not', () => {
    const fn = `CREATE FUNCTION f() RETURNS text AS $body$
BEGIN
  RETURN $$a;b$$ || $x$;$x$;
END;
$body$ LANGUAGE plpgsql`;
    expect(sqls(`${fn};\nselect $1, a$b$c, f();`)).toEqual([fn, 'select $1, a$b$c, f()']);
  });

  test('IF … END IF; inside a $$ body stays whole (Liquibase splits it, liquibase#5538)', () => {
    const text = `CREATE OR REPLACE FUNCTION set_x() RETURNS trigger AS $$
BEGIN
  IF NEW.x IS NULL THEN
    NEW.x := 1;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app') THEN
    CREATE ROLE app;
  END IF;
END
$$;
select 1;`;
    const statements = splitStatements(text);
    expect(statements.map((s) => s.line)).toEqual([1, 9, 16]);
    expect(statements[0]!.sql).toMatch(/^CREATE OR REPLACE FUNCTION[\s\S]*END;\n\$\$ LANGUAGE plpgsql$/);
    expect(statements[1]!.sql).toMatch(/^DO \$\$[\s\S]*END IF;\nEND\n\$\$$/);
    // What Liquibase 4.28 executes for the first statement, recorded with update-sql: four pieces,
    // "CREATE … END IF", "RETURN NEW", "END", "$$ LANGUAGE plpgsql".
  });

  test('BEGIN; and BEGIN TRANSACTION are statements, not blocks', () => {
    expect(sqls('BEGIN;\nupdate a set x = 1;\nCOMMIT;\nBEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE; select 1; END;')).toEqual([
      'BEGIN',
      'update a set x = 1',
      'COMMIT',
      'BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE',
      'select 1',
      'END',
    ]);
  });

  test('BEGIN ATOMIC … END bodies of SQL-standard functions hold their ; (CASE … END included)', () => {
    const fn = `CREATE OR REPLACE FUNCTION g(a int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;
  SELECT a;
END`;
    const proc = 'create procedure p() begin atomic insert into t values (1); end';
    expect(sqls(`${fn};\n${proc}; select 3`)).toEqual([fn, proc, 'select 3']);
  });

  test('a ; inside parentheses does not end the statement (CREATE RULE … DO (…; …))', () => {
    const rule = 'create rule r as on insert to t do instead (insert into a values (1); insert into b values (2))';
    expect(sqls(`${rule}; select 1`)).toEqual([rule, 'select 1']);
  });

  test('a line holding only GO or only / ends a statement', () => {
    expect(sqls('select 1\nGO\nselect 2\n  go  \nselect 3\n/\nselect 4 / 2\n/ 2\nselect good\ngo\n')).toEqual([
      'select 1',
      'select 2',
      'select 3',
      'select 4 / 2\n/ 2\nselect good',
    ]);
  });

  test('statements holding only comments are dropped', () => {
    expect(sqls('-- header\nselect 1;\n/* trailer */\n-- end\n')).toEqual(['-- header\nselect 1']);
    expect(sqls('-- nothing here\n;  ;\n')).toEqual([]);
    expect(sqls('')).toEqual([]);
  });

  test('unterminated strings, comments and bodies run to the end without failing', () => {
    expect(sqls("select 1; select 'open; select 2")).toEqual(['select 1', "select 'open; select 2"]);
    expect(sqls('select 1; select $$ open; select 2')).toEqual(['select 1', 'select $$ open; select 2']);
    expect(sqls('select 1; /* open; select 2')).toEqual(['select 1']);
    expect(sqls('select 1 /* open; select 2', { stripComments: true })).toEqual(['select 1']);
  });
});

describe('splitStatements options', () => {
  test('splitStatements: false keeps one statement, delimiters included', () => {
    expect(splitStatements('  select 1;\nselect 2;\n', { splitStatements: false })).toEqual([
      { sql: 'select 1;\nselect 2;', line: 1, start: 2, end: 21, leadStart: 0, delimiterStart: 22 },
    ]);
  });

  test('stripComments removes comments but never string, identifier or body contents', () => {
    const text = `select '--not', "/*x*/" -- gone
from t /* gone; */ where a = $$ -- kept $$;
-- whole line
select/*x*/1`;
    expect(sqls(text, { stripComments: true })).toEqual([`select '--not', "/*x*/" \nfrom t  where a = $$ -- kept $$`, 'select 1']);
  });

  test('stripComments starts the statement and its line at the SQL, not at the comment', () => {
    expect(splitStatements('select 1; -- about the next\n\nselect 2', { stripComments: true })).toEqual([
      { sql: 'select 1', line: 1, start: 0, end: 8, leadStart: 0, delimiterStart: 8 },
      { sql: 'select 2', line: 3, start: 29, end: 37, leadStart: 9, delimiterStart: 37 },
    ]);
  });

  test('a literal endDelimiter replaces ; and the GO and / lines', () => {
    expect(sqls('select 6 -- x\nGO\nselect 7; select 8', { endDelimiter: 'GO' })).toEqual(['select 6 -- x', 'select 7; select 8']);
    expect(sqls('select 1; select 2 go select 3\nselect gone', { endDelimiter: 'go' })).toEqual(['select 1; select 2', 'select 3\nselect gone']);
    expect(sqls('a; b // c', { endDelimiter: '//' })).toEqual(['a; b', 'c']);
  });

  test('a / endDelimiter counts only at the start of a line, so divisions stay whole', () => {
    expect(sqls('begin\n  x := 4 / 2;\nend;\n/\nselect 1\n  /\n', { endDelimiter: '/' })).toEqual(['begin\n  x := 4 / 2;\nend;', 'select 1']);
  });

  test('endDelimiter $$ wins over dollar quoting (MySQL habits in PostgreSQL files)', () => {
    expect(sqls('select 1; select 2 $$ select 3', { endDelimiter: '$$' })).toEqual(['select 1; select 2', 'select 3']);
  });

  test('a regular-expression endDelimiter: \\n/$ (Liquibase for a body ending in a / line), \\nGO', () => {
    expect(sqls('begin\n  null;\nend;\n/\nselect 5 from dual\n/', { endDelimiter: '\\n/$' })).toEqual(['begin\n  null;\nend;', 'select 5 from dual']);
    expect(sqls('select 1;\ngo\nselect 2 go\nGOTO\nselect 3', { endDelimiter: '\\ngo' })).toEqual(['select 1;', 'select 2 go\nGOTO\nselect 3']);
  });

  test('an endDelimiter that is not a valid regular expression is matched literally', () => {
    expect(sqls('a (( b (( c', { endDelimiter: '((' })).toEqual(['a', 'b', 'c']);
    expect(sqls('a [ b', { endDelimiter: '[' })).toEqual(['a', 'b']);
  });

  test('an empty endDelimiter never splits', () => {
    expect(sqls('select 1; select 2', { endDelimiter: '' })).toEqual(['select 1; select 2']);
  });

  test('delimiters inside strings, comments and bodies never count, custom ones included', () => {
    expect(sqls("select 'GO' -- GO\nGO\nselect $$\nGO\n$$", { endDelimiter: 'GO' })).toEqual(["select 'GO' -- GO", 'select $$\nGO\n$$']);
  });
});

describe('splitStatements with other syntaxes', () => {
  test('generic (Liquibase) rules: BEGIN … END blocks hold their ; but BEGIN TRANSACTION does not', () => {
    const block = 'BEGIN\n  IF x THEN\n    y := CASE WHEN z THEN 1 END;\n  END IF;\n  LOOP\n    NULL;\n  END LOOP;\nEND';
    expect(sqls(`${block};\nBEGIN TRANSACTION;\nselect 1;\nBEGIN;\nselect 2;`, { syntax: genericSyntax })).toEqual([
      block,
      'BEGIN TRANSACTION',
      'select 1',
      'BEGIN',
      'select 2',
    ]);
  });

  test('generic rules know no dollar quoting and no parentheses rule', () => {
    expect(sqls('select $$a;b$$; select (1; 2)', { syntax: genericSyntax })).toEqual(['select $$a', 'b$$', 'select (1', '2)']);
  });

  test('MySQL: backticks, # comments, backslash escapes, -- needs a space, DELIMITER', () => {
    const text = [
      "select `a;b`, 'it\\'s;', \"x;y\" # c;",
      ';',
      'select 1 --2;',
      'DELIMITER $$',
      'CREATE PROCEDURE p() BEGIN SELECT 1; END$$',
      'DELIMITER ;',
      'select 3;',
    ].join('\n');
    expect(sqls(text, { syntax: mysqlSyntax })).toEqual([
      "select `a;b`, 'it\\'s;', \"x;y\" # c;",
      'select 1 --2',
      'CREATE PROCEDURE p() BEGIN SELECT 1; END',
      'select 3',
    ]);
  });

  test('sqlSyntaxFor maps Liquibase dbms names', () => {
    expect(sqlSyntaxFor('postgresql').name).toBe('postgresql');
    expect(sqlSyntaxFor('MariaDB').name).toBe('mysql');
    expect(sqlSyntaxFor('oracle').name).toBe('generic');
  });
});

describe('stripComments', () => {
  test('removes line and nested block comments, keeps line breaks and quoted text', () => {
    expect(stripComments("select 1 -- one\nfrom t /* x /* y */ z */ where a = '--' and b = $q$/*$q$")).toBe(
      "select 1 \nfrom t  where a = '--' and b = $q$/*$q$",
    );
  });

  test('a comment that alone separated two tokens becomes a space', () => {
    expect(stripComments('select/*x*/1')).toBe('select 1');
    expect(stripComments('select 1/*x*/ ')).toBe('select 1 ');
  });

  test('follows the syntax given', () => {
    expect(stripComments('select 1 # two\n', mysqlSyntax)).toBe('select 1 \n');
    expect(stripComments('select 1 # two\n')).toBe('select 1 # two\n');
  });
});
