#!/usr/bin/env node
// Writes actions/<name>/action.yml and the root action.yml from src/actions/action-manifest.ts.
//
//   node scripts/generate-action-yml.mjs          write the files
//   node scripts/generate-action-yml.mjs --check  exit 1 if a committed file differs (CI)
//
// The manifest and its renderer import nothing at run time, so they are transpiled on their own
// with the TypeScript compiler (a devDependency) instead of building the project.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const work = mkdtempSync(path.join(tmpdir(), 'dbops-action-yml-'));
try {
  writeFileSync(path.join(work, 'package.json'), '{"type":"module"}\n');
  for (const file of ['action-manifest.ts', 'action-yml.ts']) {
    const source = readFileSync(path.join(root, 'src', 'actions', file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: file,
    });
    writeFileSync(path.join(work, file.replace(/\.ts$/, '.js')), outputText);
  }
  const { ACTIONS, ROOT_ACTION } = await import(pathToFileURL(path.join(work, 'action-manifest.js')).href);
  const { actionYmlPath, renderActionYml } = await import(pathToFileURL(path.join(work, 'action-yml.js')).href);

  const stale = [];
  for (const spec of [...ACTIONS, ROOT_ACTION]) {
    const target = path.join(root, actionYmlPath(spec));
    const text = renderActionYml(spec);
    let current;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    stale.push(actionYmlPath(spec));
    if (!check) {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  if (check && stale.length) {
    console.error(`action.yml out of date (run node scripts/generate-action-yml.mjs): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(stale.length ? `wrote ${stale.join(', ')}` : 'action.yml files are up to date');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
