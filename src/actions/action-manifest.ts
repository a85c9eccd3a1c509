/**
 * The one description of every dbops action: its inputs (name, description, default) and outputs.
 * `actions/<name>/action.yml` and the root `action.yml` are generated from it by
 * `scripts/generate-action-yml.mjs` (never edited by hand), and `inputs.ts` refuses to read an
 * input an action does not declare here, so the yml and the code cannot drift apart.
 *
 * This file imports nothing at run time: the generator script transpiles it on its own.
 */

export interface InputSpec {
  description: string;
  /** Required inputs have no default; the action checks them (the runner does not). */
  required?: boolean;
  /** As written in action.yml; may be an expression such as `${{ github.token }}`. */
  default?: string;
}

export interface ActionSpec {
  /** The folder under `actions/` and the stub `dist/actions/<name>.js`. */
  name: string;
  title: string;
  description: string;
  branding: { icon: string; color: 'white' | 'yellow' | 'blue' | 'green' | 'orange' | 'red' | 'purple' | 'gray-dark' };
  /** Names from `INPUTS`, in the order the yml lists them. */
  inputs: readonly InputName[];
  /** Output name → description. */
  outputs: Readonly<Record<string, string>>;
}

/**
 * Every input, one definition per name, so that an input means the same thing (and has the same
 * default) in every action that reads it, and the root action can take the union.
 */
export const INPUTS = {
  'changelog-file': {
    description: 'Root changelog (YAML, XML, JSON or formatted SQL), relative to working-directory.',
    required: true,
  },
  url: {
    description:
      'Database URL: postgresql://host:5432/db or jdbc:postgresql://host:5432/db. Pass it from a secret; it is masked. Empty: the embedded PostgreSQL, in memory, empty at the start of the step.',
    default: '',
  },
  username: { description: 'Database user, when not in the URL.', default: '' },
  password: { description: 'Database password, when not in the URL. Pass it from a secret; it is masked.', default: '' },
  contexts: { description: 'Liquibase contexts to run (a list or an expression, as --contexts).', default: '' },
  labels: { description: 'Liquibase label expression (as --labels).', default: '' },
  'working-directory': {
    description: 'Directory the changelog and the files it includes are relative to, relative to the workspace.',
    default: '.',
  },
  'github-token': {
    description: 'Token for the PR comment and pull requests. Needs pull-requests: write to comment; contents: write for promote.',
    default: '${{ github.token }}',
  },
  comment: {
    description: 'Post the report to the pull request comment: true, false, or auto (true on pull_request events).',
    default: 'auto',
  },
  environment: {
    description: 'Name of the environment (dev, staging, production): keys the PR comment and selects per-environment policy settings.',
    default: '',
  },
  'rollback-on-failure': {
    description: 'When a changeset fails, roll back the changesets this run applied before failing the step.',
    default: 'true',
  },
  'dry-run': { description: 'Show the SQL that would run (update-sql) and change nothing.', default: 'false' },
  'fail-on': {
    description: 'Lowest severity that fails the step: error, warning, notice or never. Empty: failOn from the policy configuration (default error).',
    default: '',
  },
  'config-file': { description: 'Policy configuration file, relative to working-directory.', default: 'dbops-policy.yaml' },
  policies: { description: 'Directory of Rego policies (.rego files), relative to working-directory. Empty: built-in rules only.', default: '' },
  'sarif-file': {
    description: 'Write the findings as SARIF 2.1.0 to this file, for github/codeql-action/upload-sarif. Empty: no SARIF.',
    default: '',
  },
  'output-file': { description: 'File to write, relative to working-directory.', default: '' },
  schemas: { description: 'Schemas to read, comma-separated. Empty: every user schema.', default: '' },
  include: { description: 'Object name globs to include, comma-separated (orders*, app.*). Empty: everything.', default: '' },
  exclude: { description: 'Object name globs to leave out, comma-separated; wins over include.', default: '' },
  'reference-url': {
    description: 'Database whose schema the changelog should reach (masked). Empty: the embedded PostgreSQL with the changelog applied.',
    default: '',
  },
  author: { description: 'Author written on generated changesets.', default: 'dbops' },
  'fail-on-drift': { description: 'Fail the step when the database differs from what the changelog builds.', default: 'true' },
  'allowed-permission': {
    description: 'Lowest repository permission a commenter needs for /author: admin, maintain, write or triage.',
    default: 'write',
  },
  'allow-forks': { description: 'Answer /author on pull requests from forks (read only: nothing is pushed to a fork).', default: 'false' },
  model: { description: 'Model for /author. Empty: the ai-author default.', default: '' },
  'api-key': { description: 'API key of the model provider for /author (masked).', default: '' },
  'api-base-url': { description: 'Base URL of an OpenAI-compatible API. Empty: the provider default.', default: '' },
  branches: {
    description: 'The environment branches in promotion order, lowest first, joined by ->.',
    default: 'dev -> staging -> main',
  },
  'next-branch': { description: 'Branch to promote into. Empty: the branch after this one in branches.', default: '' },
  'next-environment': { description: 'Name of the next environment, for the pull request. Empty: next-branch.', default: '' },
  'next-url': {
    description: "Database URL of the next environment (masked): what its DATABASECHANGELOG lacks is what the pull request lists.",
    required: true,
  },
  'next-username': { description: 'User for next-url, when not in the URL.', default: '' },
  'next-password': { description: 'Password for next-url, when not in the URL (masked).', default: '' },
  'auto-merge': {
    description: 'Enable auto-merge on the promotion pull request (merges when required checks pass), pinned to the commit this run applied.',
    default: 'false',
  },
  'merge-method': { description: 'Auto-merge method: merge, squash or rebase.', default: 'merge' },
  environments: {
    description: 'One environment per line, name=url (urls from secrets; masked). The status matrix shows which changesets each has applied.',
    required: true,
  },
  command: {
    description:
      'The dbops action to run: apply, policy-check, rollback-verify, snapshot, diff-to-changelog, drift, ai-author, promote or status.',
    required: true,
  },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

const DATABASE = ['changelog-file', 'url', 'username', 'password', 'contexts', 'labels', 'working-directory'] as const satisfies readonly InputName[];
const REPORTING = ['environment', 'github-token', 'comment'] as const satisfies readonly InputName[];
const COMMENT_URL = { 'comment-url': 'URL of the PR comment, when one was written.' };

/** The sub-actions, one folder each under `actions/`. */
export const ACTIONS: readonly ActionSpec[] = [
  {
    name: 'apply',
    title: 'dbops apply',
    description: 'Apply pending changesets (Liquibase update); on failure roll back what this run applied. Reports to the PR comment and job summary.',
    branding: { icon: 'database', color: 'blue' },
    inputs: [...DATABASE, ...REPORTING, 'rollback-on-failure', 'dry-run'],
    outputs: {
      applied: 'Number of changesets this run applied (and left applied).',
      changesets: 'JSON list of the changesets this run touched: [{id, author, filePath, state}].',
      ...COMMENT_URL,
    },
  },
  {
    name: 'policy-check',
    title: 'dbops policy-check',
    description: 'Check pending changesets against built-in rules and Rego policies; annotate the changelog, report to the PR comment, optionally write SARIF.',
    branding: { icon: 'shield', color: 'orange' },
    inputs: [...DATABASE, ...REPORTING, 'fail-on', 'config-file', 'policies', 'sarif-file'],
    outputs: {
      findings: 'Number of active (not suppressed) findings.',
      errors: 'Number of active findings of severity error.',
      warnings: 'Number of active findings of severity warning.',
      'sarif-file': 'Path of the SARIF file, when written.',
      ...COMMENT_URL,
    },
  },
  {
    name: 'rollback-verify',
    title: 'dbops rollback-verify',
    description: 'Apply each pending changeset, roll it back and check that the schema is as before.',
    branding: { icon: 'rotate-ccw', color: 'purple' },
    inputs: [...DATABASE, ...REPORTING],
    outputs: {
      verified: 'Number of changesets whose rollback restores the schema.',
      failed: 'Number of changesets whose rollback fails, is missing or leaves a difference.',
      ...COMMENT_URL,
    },
  },
  {
    name: 'snapshot',
    title: 'dbops snapshot',
    description: 'Write a JSON snapshot of a database schema (with no url: of the schema the changelog builds).',
    branding: { icon: 'camera', color: 'gray-dark' },
    inputs: [...DATABASE, 'output-file', 'schemas', 'include', 'exclude'],
    outputs: {
      'snapshot-file': 'Path of the snapshot written.',
      tables: 'Number of tables in the snapshot.',
    },
  },
  {
    name: 'diff-to-changelog',
    title: 'dbops diff-to-changelog',
    description: 'Compare a database with the schema the changelog builds and write the difference as changesets.',
    branding: { icon: 'git-pull-request', color: 'green' },
    inputs: [...DATABASE, ...REPORTING, 'reference-url', 'output-file', 'author'],
    outputs: {
      'output-file': 'Path of the changelog written, when there was a difference.',
      changesets: 'Number of changesets generated.',
      ...COMMENT_URL,
    },
  },
  {
    name: 'drift',
    title: 'dbops drift',
    description: 'Detect drift: differences between a database and the schema its applied changesets should have built.',
    branding: { icon: 'activity', color: 'yellow' },
    inputs: [...DATABASE, ...REPORTING, 'schemas', 'fail-on-drift'],
    outputs: {
      drifted: 'true when the database differs from the changelog.',
      ...COMMENT_URL,
    },
  },
  {
    name: 'ai-author',
    title: 'dbops ai-author',
    description: 'Answer /author comments on pull requests: authorise the commenter, pin the head commit, draft changesets.',
    branding: { icon: 'edit-3', color: 'purple' },
    inputs: [...DATABASE, ...REPORTING, 'allowed-permission', 'allow-forks', 'model', 'api-key', 'api-base-url'],
    outputs: {
      status: 'done, denied (commenter not allowed, fork, moved head) or ignored (not an /author command).',
      ...COMMENT_URL,
    },
  },
  {
    name: 'promote',
    title: 'dbops promote',
    description: "Open or update the pull request into the next environment's branch, listing the changesets its database lacks, with their SQL.",
    branding: { icon: 'arrow-up-circle', color: 'green' },
    inputs: [
      'changelog-file',
      'contexts',
      'labels',
      'working-directory',
      'github-token',
      'environment',
      'branches',
      'next-branch',
      'next-environment',
      'next-url',
      'next-username',
      'next-password',
      'auto-merge',
      'merge-method',
    ],
    outputs: {
      result: 'created, updated, unchanged, nothing-to-promote, last-environment, or not-deployed (the deploy run did not succeed).',
      'pull-request-number': 'Number of the promotion pull request.',
      'pull-request-url': 'URL of the promotion pull request.',
      pending: 'Number of changesets the next environment has not applied.',
    },
  },
  {
    name: 'status',
    title: 'dbops status',
    description: 'Which changesets each environment has applied, as a matrix in the job summary and as JSON.',
    branding: { icon: 'grid', color: 'blue' },
    inputs: ['changelog-file', 'environments', 'contexts', 'labels', 'working-directory'],
    outputs: {
      matrix: 'JSON: {environments: [...], changeSets: [{id, author, filePath, states: {<env>: state}}]}.',
      pending: 'JSON object: number of pending changesets per environment.',
    },
  },
];

/** The root action (`uses: owner/dbops@v1` with `command:`): every input and output of every action. */
export const ROOT_ACTION: ActionSpec = {
  name: 'main',
  title: 'dbops',
  description: 'Liquibase-compatible database changes from Git: apply, policy-check, rollback-verify, snapshot, diff, drift, ai-author, promote, status.',
  branding: { icon: 'database', color: 'blue' },
  inputs: ['command', ...unique(ACTIONS.flatMap((a) => a.inputs))],
  outputs: Object.assign({}, ...ACTIONS.map((a) => a.outputs)) as Record<string, string>,
};

/** The spec of a sub-action or of the root action (`main`). */
export function actionSpec(name: string): ActionSpec | undefined {
  return name === ROOT_ACTION.name ? ROOT_ACTION : ACTIONS.find((a) => a.name === name);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
