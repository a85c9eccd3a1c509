/**
 * Renders an action's `action.yml` from the manifest. Pure and dependency-free (the generator
 * script transpiles this file and the manifest alone); strings are written as JSON strings, which
 * YAML reads as double-quoted scalars, so no description can break the file.
 */
import { ACTIONS, type ActionSpec, type InputSpec, INPUTS, ROOT_ACTION } from './action-manifest.js';

/** Where each action.yml lives, relative to the repository root. */
export function actionYmlPath(spec: ActionSpec): string {
  return spec.name === ROOT_ACTION.name ? 'action.yml' : `actions/${spec.name}/action.yml`;
}

/** The bundle stub the yml points at, relative to the yml's folder. */
export function actionMainPath(spec: ActionSpec): string {
  return spec.name === ROOT_ACTION.name ? 'dist/actions/main.js' : `../../dist/actions/${spec.name}.js`;
}

/**
 * The yml text. In the root action only `command` is required: the others are required by some
 * commands only, which their description says.
 */
export function renderActionYml(spec: ActionSpec): string {
  const q = (text: string) => JSON.stringify(text);
  const root = spec.name === ROOT_ACTION.name;
  const lines = [
    `# Generated from src/actions/action-manifest.ts by scripts/generate-action-yml.mjs. Do not edit.`,
    `name: ${q(spec.title)}`,
    `description: ${q(spec.description)}`,
    `author: "dbops"`,
    `branding:`,
    `  icon: ${q(spec.branding.icon)}`,
    `  color: ${q(spec.branding.color)}`,
    `inputs:`,
  ];
  for (const name of spec.inputs) {
    const input: InputSpec = INPUTS[name];
    const required = input.required === true && (!root || name === 'command');
    const users = root && input.required && name !== 'command' ? ACTIONS.filter((a) => a.inputs.includes(name)).map((a) => a.name) : [];
    const description = users.length ? `${input.description} Required by ${users.join(', ')}.` : input.description;
    lines.push(`  ${name}:`, `    description: ${q(description)}`, `    required: ${required}`);
    // In the root action an input required by some commands only is optional, with a blank default.
    const fallback = input.default ?? (required ? undefined : '');
    if (fallback !== undefined) lines.push(`    default: ${q(fallback)}`);
  }
  lines.push('outputs:');
  for (const [name, description] of Object.entries(spec.outputs)) {
    lines.push(`  ${name}:`, `    description: ${q(description)}`);
  }
  lines.push('runs:', '  using: "node24"', `  main: ${q(actionMainPath(spec))}`);
  return `${lines.join('\n')}\n`;
}
