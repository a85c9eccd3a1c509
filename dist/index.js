import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 3160:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ repositoryPath),
/* harmony export */   T: () => (/* binding */ commentKey)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);

/** A changelog path as the repository sees it: relative to the workspace, forward slashes. */
function repositoryPath(env, file) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(file) ? file : node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(env.workingDirectory, file);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(env.workspace, absolute);
    // Outside the workspace (a temp file): the absolute path is the only honest name.
    return (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(relative) ? absolute : relative).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
}
/** One PR comment per changelog and environment. */
function commentKey(env, changelogFile, environment) {
    return { changelog: repositoryPath(env, changelogFile), ...(environment ? { environment } : {}) };
}


/***/ }),

/***/ 8196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ actionSpec),
/* harmony export */   aA: () => (/* binding */ ROOT_ACTION),
/* harmony export */   mc: () => (/* binding */ INPUTS)
/* harmony export */ });
/* unused harmony export ACTIONS */
/**
 * The one description of every dbops action: its inputs (name, description, default) and outputs.
 * `actions/<name>/action.yml` and the root `action.yml` are generated from it by
 * `scripts/generate-action-yml.mjs` (never edited by hand), and `inputs.ts` refuses to read an
 * input an action does not declare here, so the yml and the code cannot drift apart.
 *
 * This file imports nothing at run time: the generator script transpiles it on its own.
 */
/**
 * Every input, one definition per name, so that an input means the same thing (and has the same
 * default) in every action that reads it, and the root action can take the union.
 */
const INPUTS = {
    'changelog-file': {
        description: 'Root changelog (YAML, XML, JSON or formatted SQL), relative to working-directory.',
        required: true,
    },
    url: {
        description: 'Database URL: postgresql://host:5432/db or jdbc:postgresql://host:5432/db. Pass it from a secret; it is masked. Empty: the embedded PostgreSQL, in memory, empty at the start of the step.',
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
        description: 'The dbops action to run: apply, policy-check, rollback-verify, snapshot, diff-to-changelog, drift, ai-author, promote or status.',
        required: true,
    },
};
const DATABASE = ['changelog-file', 'url', 'username', 'password', 'contexts', 'labels', 'working-directory'];
const REPORTING = ['environment', 'github-token', 'comment'];
const COMMENT_URL = { 'comment-url': 'URL of the PR comment, when one was written.' };
/** The sub-actions, one folder each under `actions/`. */
const ACTIONS = [
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
const ROOT_ACTION = {
    name: 'main',
    title: 'dbops',
    description: 'Liquibase-compatible database changes from Git: apply, policy-check, rollback-verify, snapshot, diff, drift, ai-author, promote, status.',
    branding: { icon: 'database', color: 'blue' },
    inputs: ['command', ...unique(ACTIONS.flatMap((a) => a.inputs))],
    outputs: Object.assign({}, ...ACTIONS.map((a) => a.outputs)),
};
/** The spec of a sub-action or of the root action (`main`). */
function actionSpec(name) {
    return name === ROOT_ACTION.name ? ROOT_ACTION : ACTIONS.find((a) => a.name === name);
}
function unique(values) {
    return [...new Set(values)];
}


/***/ }),

/***/ 9479:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ readPolicyCheckInputs),
/* harmony export */   OS: () => (/* binding */ readSnapshotInputs),
/* harmony export */   QO: () => (/* binding */ readPromoteInputs),
/* harmony export */   SJ: () => (/* binding */ readStatusInputs),
/* harmony export */   Wh: () => (/* binding */ ActionInputReader),
/* harmony export */   mn: () => (/* binding */ readDiffToChangelogInputs),
/* harmony export */   te: () => (/* binding */ readRollbackVerifyInputs),
/* harmony export */   uz: () => (/* binding */ readApplyInputs),
/* harmony export */   zF: () => (/* binding */ readDriftInputs),
/* harmony export */   zr: () => (/* binding */ readAiAuthorInputs)
/* harmony export */ });
/* unused harmony exports inputVariable, readDatabaseInputs, readReportingInputs, INPUT_READERS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8645);
/* harmony import */ var _promotion_status_matrix_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1130);
/* harmony import */ var _action_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8196);
/**
 * Action inputs, read once per run into a typed object. The runner passes each input as
 * `INPUT_<NAME>` (upper-cased, hyphens kept: `INPUT_CHANGELOG-FILE`), defaults included; it does
 * not enforce `required`, so we do. A bad value is a `ConfigurationError` naming the input.
 * Secrets (database URLs, passwords, tokens, API keys) are masked the moment they are read.
 *
 * @example
 * ```ts
 * const reader = new ActionInputReader('apply', { env: process.env, workspace, onSecret: mask });
 * const inputs = readApplyInputs(reader); // { changelogFile, url, dryRun, ... }
 * ```
 */




/**
 * Reads the inputs one action declares, and only those: reading an undeclared input is a bug in
 * dbops (the yml would not pass it), so it throws a plain Error. `names` records what was read,
 * which the manifest test compares with action.yml.
 */
class ActionInputReader {
    action;
    options;
    names = [];
    declared;
    constructor(action, options) {
        this.action = action;
        this.options = options;
        const spec = (0,_action_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .actionSpec */ .CY)(action);
        if (!spec)
            throw new Error(`No action named ${action} in the manifest`);
        this.declared = new Set(spec.inputs);
    }
    get workspace() {
        return this.options.workspace;
    }
    /** A required input: missing or blank is a configuration error. */
    required(name) {
        const value = this.raw(name);
        if (value === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' is required: add \`${name}:\` under \`with:\` in the workflow step.`);
        return value;
    }
    /** An optional input; blank means not given. */
    optional(name) {
        const value = this.raw(name);
        return value === '' ? undefined : value;
    }
    /** An optional secret, masked before it is returned. */
    secret(name) {
        const value = this.optional(name);
        if (value !== undefined)
            this.options.onSecret?.(value);
        return value;
    }
    /** A required secret, masked before it is returned. */
    requiredSecret(name) {
        const value = this.required(name);
        this.options.onSecret?.(value);
        return value;
    }
    /**
     * A required input of `name=secret` items, one per line or comma-separated: each secret is
     * masked before the items are returned.
     */
    requiredSecretItems(name) {
        const lines = this.required(name)
            .split(/[\n,]/)
            .map((l) => l.trim())
            .filter((l) => l !== '');
        for (const line of lines) {
            const value = line.includes('=') ? line.slice(line.indexOf('=') + 1).trim() : '';
            if (value)
                this.options.onSecret?.(value);
        }
        return lines;
    }
    /** `true` or `false` only (any case, as @actions/core's getBooleanInput); blank takes the manifest default. */
    boolean(name) {
        const value = this.raw(name);
        if (/^true$/i.test(value))
            return true;
        if (/^false$/i.test(value))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' must be true or false, got ${JSON.stringify(value)}.`);
    }
    /** One of `choices` (case-insensitive); blank takes the manifest default, else `fallback`. */
    choice(name, choices, fallback) {
        const value = this.raw(name).toLowerCase();
        if (value === '' && fallback !== undefined)
            return fallback;
        const match = choices.find((c) => c.toLowerCase() === value);
        if (!match)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' must be one of ${choices.join(', ')}, got ${JSON.stringify(this.raw(name))}.`);
        return match;
    }
    /** Items separated by commas or new lines, trimmed, blanks dropped. */
    list(name) {
        return this.raw(name)
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    }
    /** A directory, resolved against the workspace. */
    directory(name) {
        return node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(this.options.workspace, this.raw(name) || '.');
    }
    /**
     * The value as the runner passes it, trimmed (as core.getInput). When the variable is absent
     * (a local run, a test) the manifest default applies, as the runner would have applied it;
     * expression defaults (`${{ github.token }}`) cannot be evaluated here and count as blank.
     */
    raw(name) {
        if (!this.declared.has(name))
            throw new Error(`dbops bug: the ${this.action} action reads input '${name}', which its action.yml does not declare`);
        if (!this.names.includes(name))
            this.names.push(name);
        const value = this.options.env[inputVariable(name)];
        if (value !== undefined)
            return value.trim();
        const spec = _action_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .mc[name];
        return spec.default && !spec.default.includes('${{') ? spec.default : '';
    }
}
/** `changelog-file` → `INPUT_CHANGELOG-FILE`, as the runner names it. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function readDatabaseInputs(r) {
    return {
        changelogFile: r.required('changelog-file'),
        url: r.secret('url'),
        username: r.optional('username'),
        password: r.secret('password'),
        contexts: r.optional('contexts'),
        labels: r.optional('labels'),
        workingDirectory: r.directory('working-directory'),
    };
}
function readReportingInputs(r) {
    const comment = r.choice('comment', ['true', 'false', 'auto']);
    return {
        environment: r.optional('environment'),
        githubToken: r.secret('github-token'),
        comment: comment === 'auto' ? 'auto' : comment === 'true',
    };
}
function readApplyInputs(r) {
    return { ...readDatabaseInputs(r), ...readReportingInputs(r), rollbackOnFailure: r.boolean('rollback-on-failure'), dryRun: r.boolean('dry-run') };
}
function readPolicyCheckInputs(r) {
    const database = readDatabaseInputs(r);
    const inDirectory = (value) => (value === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(database.workingDirectory, value));
    const failOn = r.optional('fail-on');
    return {
        ...database,
        ...readReportingInputs(r),
        failOn: failOn === undefined ? undefined : r.choice('fail-on', ['error', 'warning', 'notice', 'never']),
        configFile: inDirectory(r.optional('config-file') ?? 'dbops-policy.yaml'),
        policiesDirectory: inDirectory(r.optional('policies')),
        sarifFile: inDirectory(r.optional('sarif-file')),
    };
}
function readRollbackVerifyInputs(r) {
    return { ...readDatabaseInputs(r), ...readReportingInputs(r) };
}
function readSnapshotInputs(r) {
    const database = readDatabaseInputs(r);
    return {
        ...database,
        outputFile: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(database.workingDirectory, r.optional('output-file') ?? 'dbops-snapshot.json'),
        schemas: r.list('schemas'),
        include: r.list('include'),
        exclude: r.list('exclude'),
    };
}
function readDiffToChangelogInputs(r) {
    const database = readDatabaseInputs(r);
    const outputFile = r.optional('output-file');
    return {
        ...database,
        ...readReportingInputs(r),
        referenceUrl: r.secret('reference-url'),
        outputFile: outputFile === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(database.workingDirectory, outputFile),
        author: r.optional('author') ?? 'dbops',
    };
}
function readDriftInputs(r) {
    return { ...readDatabaseInputs(r), ...readReportingInputs(r), schemas: r.list('schemas'), failOnDrift: r.boolean('fail-on-drift') };
}
function readAiAuthorInputs(r) {
    return {
        ...readDatabaseInputs(r),
        ...readReportingInputs(r),
        allowedPermission: r.choice('allowed-permission', ['admin', 'maintain', 'write', 'triage']),
        allowForks: r.boolean('allow-forks'),
        model: r.optional('model'),
        apiKey: r.secret('api-key'),
        apiBaseUrl: r.optional('api-base-url'),
    };
}
function readPromoteInputs(r) {
    const branchList = r.required('branches');
    const branches = branchList
        .split(/\s*(?:->|→|,|\n)\s*/)
        .map((b) => b.trim())
        .filter((b) => b !== '');
    if (branches.length < 2 || new Set(branches).size !== branches.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'branches' must name at least two different branches, lowest first, e.g. "dev -> staging -> main"; got ${JSON.stringify(branchList)}.`);
    }
    const method = r.choice('merge-method', ['merge', 'squash', 'rebase']);
    return {
        changelogFile: r.required('changelog-file'),
        contexts: r.optional('contexts'),
        labels: r.optional('labels'),
        workingDirectory: r.directory('working-directory'),
        githubToken: r.secret('github-token'),
        environment: r.optional('environment'),
        branches,
        nextBranch: r.optional('next-branch'),
        nextEnvironment: r.optional('next-environment'),
        nextUrl: r.requiredSecret('next-url'),
        nextUsername: r.optional('next-username'),
        nextPassword: r.secret('next-password'),
        autoMerge: r.boolean('auto-merge'),
        mergeMethod: method.toUpperCase(),
    };
}
function readStatusInputs(r) {
    return {
        changelogFile: r.required('changelog-file'),
        environments: (0,_promotion_status_matrix_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvironments */ .m)(r.requiredSecretItems('environments'), "Input 'environments'"),
        contexts: r.optional('contexts'),
        labels: r.optional('labels'),
        workingDirectory: r.directory('working-directory'),
    };
}
/** Every action's input reader, by action name: what the manifest test runs. */
const INPUT_READERS = {
    apply: readApplyInputs,
    'policy-check': readPolicyCheckInputs,
    'rollback-verify': readRollbackVerifyInputs,
    snapshot: readSnapshotInputs,
    'diff-to-changelog': readDiffToChangelogInputs,
    drift: readDriftInputs,
    'ai-author': readAiAuthorInputs,
    promote: readPromoteInputs,
    status: readStatusInputs,
};


/***/ }),

/***/ 1273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ NO_CONTEXTS),
/* harmony export */   Sw: () => (/* binding */ parseRuntimeContexts),
/* harmony export */   Y5: () => (/* binding */ changeSetMatchesContexts),
/* harmony export */   bs: () => (/* binding */ contextExpressionMatches),
/* harmony export */   oD: () => (/* binding */ contextsColumnValue)
/* harmony export */ });
/* harmony import */ var _filter_expression_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6042);

/** No `--contexts`: every changeset runs except those that require (`@`) a context. */
const NO_CONTEXTS = {};
/**
 * Reads `--contexts` (a comma list, or several values).
 *
 * @example parseRuntimeContexts('test, context-b').names // Set { 'test', 'context-b' }
 */
function parseRuntimeContexts(value) {
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    // Asked again for every changeset of a run, always with the same `--contexts`.
    if (lastRuntimeContexts?.text !== text)
        lastRuntimeContexts = { text, parsed: runtimeContextsOf(text) };
    return lastRuntimeContexts.parsed;
}
let lastRuntimeContexts;
function runtimeContextsOf(text) {
    const parts = (0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(text);
    if (parts.length === 0)
        return NO_CONTEXTS;
    return { names: new Set(parts.map((part) => part.toLowerCase())) };
}
/**
 * Whether one context expression (a changeset's, an include's, a property's) accepts the run.
 * A blank expression accepts everything.
 */
function contextExpressionMatches(expression, runtime) {
    const parsed = (0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFilterExpression */ .W2)(expression);
    if (parsed === undefined)
        return true;
    return (0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateFilterExpression */ .mP)(parsed, runtime.names);
}
/** Whether a changeset runs under the run's contexts: its own expression and every inherited one. */
function changeSetMatchesContexts(changeSet, runtime) {
    return (contextExpressionMatches(changeSet.contextFilter, runtime) &&
        changeSet.inheritedContexts.every((inherited) => contextExpressionMatches(inherited, runtime)));
}
/**
 * The CONTEXTS column of DATABASECHANGELOG: the inherited expressions, innermost first, then the
 * changeset's own, joined with ` AND `; a part holding a comma or a space is parenthesised; each
 * part is written as it was spelled. `null` when there is none.
 *
 * @example contextsColumnValue({ contextFilter: 'a, b', inheritedContexts: ['inc'] }) // 'inc AND (a, b)'
 */
function contextsColumnValue(changeSet) {
    const parts = [...changeSet.inheritedContexts].reverse();
    if (changeSet.contextFilter !== undefined)
        parts.push(changeSet.contextFilter);
    const written = parts
        .filter((part) => part.trim() !== '')
        .map((part) => (part.includes(',') || part.includes(' ') ? `(${part})` : part));
    const value = written.join(' AND ').trim();
    return value === '' ? null : value;
}


/***/ }),

/***/ 1026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ dbmsMatches)
/* harmony export */ });
/**
 * A `dbms` attribute (on a changeset, a property, a change, modifySql): a comma list of database
 * short names where `!x` excludes x, `all` matches every database and `none` none (note §2.3).
 */
/**
 * Whether `definition` admits the `target` database short name. An empty or absent definition
 * gives `ifEmpty` (true in every place Liquibase uses it for changesets and properties).
 *
 * @example dbmsMatches('!mysql, h2', 'postgresql') // false: a positive list that omits it
 * @example dbmsMatches('!mysql', 'postgresql') // true: only exclusions
 */
function dbmsMatches(definition, target, ifEmpty = true) {
    if (definition === undefined || definition === null || definition === '')
        return ifEmpty;
    const entries = (Array.isArray(definition) ? definition : String(definition ?? '').split(','))
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== '');
    if (entries.length === 0)
        return ifEmpty;
    const wanted = target.toLowerCase();
    if (entries.includes('all'))
        return true;
    if (entries.includes('none'))
        return false;
    if (entries.some((entry) => entry.startsWith('!') && entry.slice(1).trim() === wanted))
        return false;
    const positives = entries.filter((entry) => !entry.startsWith('!'));
    return positives.length === 0 || positives.includes(wanted);
}


/***/ }),

/***/ 6042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ FilterExpressionError),
/* harmony export */   W2: () => (/* binding */ parseFilterExpression),
/* harmony export */   mP: () => (/* binding */ evaluateFilterExpression),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony export hasRequiredName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8645);

/** A filter expression that cannot be parsed. */
class FilterExpressionError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'FilterExpressionError';
}
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const ch = source[i];
        if (/\s/.test(ch)) {
            i++;
        }
        else if (ch === '(' || ch === ')' || ch === ',' || ch === '!' || ch === '@') {
            tokens.push({ type: ch });
            i++;
        }
        else {
            let j = i;
            while (j < source.length && !/[\s(),!@]/.test(source[j]))
                j++;
            tokens.push({ type: 'word', text: source.slice(i, j) });
            i = j;
        }
    }
    return tokens;
}
const isKeyword = (token, keyword) => token?.type === 'word' && token.text.toLowerCase() === keyword;
/**
 * Parses an expression. An empty or blank string gives `undefined` (no filter).
 *
 * @example parseFilterExpression('test, !prod and @qa')
 */
function parseFilterExpression(source) {
    if (source === undefined || source === null || source.trim() === '')
        return undefined;
    // A run evaluates the same few expressions for every changeset; the trees are never modified.
    let parsed = parsedExpressions.get(source);
    if (parsed === undefined) {
        parsed = parse(source);
        if (parsedExpressions.size >= 1024)
            parsedExpressions.clear();
        parsedExpressions.set(source, parsed);
    }
    return parsed;
}
const parsedExpressions = new Map();
function parse(source) {
    const tokens = tokenize(source);
    let pos = 0;
    const fail = (what) => {
        throw new FilterExpressionError(`Cannot parse expression '${source}': ${what}`);
    };
    const parseOr = () => {
        const operands = [parseAnd()];
        while (tokens[pos]?.type === ',' || isKeyword(tokens[pos], 'or')) {
            pos++;
            operands.push(parseAnd());
        }
        return operands.length === 1 ? operands[0] : { kind: 'or', operands };
    };
    const parseAnd = () => {
        const operands = [parseUnary()];
        while (isKeyword(tokens[pos], 'and')) {
            pos++;
            operands.push(parseUnary());
        }
        return operands.length === 1 ? operands[0] : { kind: 'and', operands };
    };
    const parseUnary = () => {
        const token = tokens[pos];
        if (token?.type === '!' || (isKeyword(token, 'not') && tokens[pos + 1] !== undefined)) {
            pos++;
            return { kind: 'not', operand: parseUnary() };
        }
        if (token?.type === '@') {
            pos++;
            return markRequired(parseUnary());
        }
        return parsePrimary();
    };
    const parsePrimary = () => {
        const token = tokens[pos];
        if (token === undefined)
            return fail('unexpected end');
        if (token.type === '(') {
            pos++;
            const inner = parseOr();
            if (tokens[pos]?.type !== ')')
                fail('missing )');
            pos++;
            return inner;
        }
        if (token.type !== 'word' || isKeyword(token, 'and') || isKeyword(token, 'or')) {
            return fail(`unexpected '${token.type === 'word' ? token.text : token.type}'`);
        }
        // Words written side by side form one name, as Liquibase compares the whole text.
        const words = [token.text];
        pos++;
        while (tokens[pos]?.type === 'word' && !['and', 'or', 'not'].includes(tokens[pos].text.toLowerCase())) {
            words.push(tokens[pos].text);
            pos++;
        }
        return { kind: 'name', name: words.join(' ').toLowerCase(), required: false };
    };
    const expression = parseOr();
    if (pos < tokens.length)
        fail(`unexpected '${tokens[pos].type === 'word' ? tokens[pos].text : tokens[pos].type}'`);
    return expression;
}
function markRequired(expression) {
    switch (expression.kind) {
        case 'name':
            return { ...expression, required: true };
        case 'not':
            return { kind: 'not', operand: markRequired(expression.operand) };
        default:
            return { kind: expression.kind, operands: expression.operands.map(markRequired) };
    }
}
/** Whether the expression uses `@` anywhere. */
function hasRequiredName(expression) {
    switch (expression.kind) {
        case 'name':
            return expression.required;
        case 'not':
            return hasRequiredName(expression.operand);
        default:
            return expression.operands.some(hasRequiredName);
    }
}
/**
 * Evaluates against supplied names (lower-cased). `undefined` means "nothing supplied": then
 * every part without `@` is true as a whole, and a required name is false.
 */
function evaluateFilterExpression(expression, supplied) {
    if (supplied === undefined && !hasRequiredName(expression))
        return true;
    switch (expression.kind) {
        case 'name':
            return supplied !== undefined && supplied.has(expression.name);
        case 'not':
            return !evaluateFilterExpression(expression.operand, supplied);
        case 'and':
            return expression.operands.every((e) => evaluateFilterExpression(e, supplied));
        case 'or':
            return expression.operands.some((e) => evaluateFilterExpression(e, supplied));
    }
}
/** Splits a comma list the way Liquibase does (trimmed, blanks dropped). */
function splitList(value) {
    if (!value)
        return [];
    return value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
}


/***/ }),

/***/ 8590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ labelsColumnValue),
/* harmony export */   RN: () => (/* binding */ parseRuntimeLabels),
/* harmony export */   V1: () => (/* binding */ changeSetMatchesLabels),
/* harmony export */   qt: () => (/* binding */ parseLabelList),
/* harmony export */   ze: () => (/* binding */ labelsMatch)
/* harmony export */ });
/* harmony import */ var _filter_expression_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6042);

/** Parses `--labels`. A blank value means no filter. */
function parseRuntimeLabels(value) {
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    return (0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFilterExpression */ .W2)(text.replace(/\\/g, ''));
}
/** Splits a `labels` attribute into its labels: trimmed, lower-cased, without duplicates (Liquibase's Labels). */
function parseLabelList(value) {
    if (!value)
        return [];
    return [...new Set((0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .splitList */ .ry)(value).map((label) => label.toLowerCase()))];
}
/** Whether one list of labels (a changeset's own, or an include's) passes the run's filter. */
function labelsMatch(labels, runtime) {
    if (labels.length === 0 || runtime === undefined)
        return true;
    return (0,_filter_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateFilterExpression */ .mP)(runtime, new Set(labels.map((label) => label.toLowerCase())));
}
/** Whether a changeset runs under the run's label filter: its own labels and every inherited list. */
function changeSetMatchesLabels(changeSet, runtime) {
    return (labelsMatch(changeSet.labels, runtime) &&
        changeSet.inheritedLabels.every((inherited) => labelsMatch(parseLabelList(inherited), runtime)));
}
/**
 * The LABELS column of DATABASECHANGELOG: inherited label lists, innermost first, then the
 * changeset's own; each list lower-cased, without duplicates, comma-joined without spaces.
 * `null` when there is none.
 *
 * @example labelsColumnValue({ labels: ['B', 'c'], inheritedLabels: ['inc'] }) // 'inc,b,c'
 */
function labelsColumnValue(changeSet) {
    const lists = [...changeSet.inheritedLabels].reverse().map(parseLabelList);
    lists.push([...changeSet.labels]);
    const parts = lists
        .map((list) => [...new Set(list.map((label) => label.toLowerCase()))].join(','))
        .filter((part) => part !== '');
    const value = parts.join(',');
    return value === '' ? null : value;
}


/***/ }),

/***/ 1184:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ChangeLogProperties),
/* harmony export */   R: () => (/* binding */ parsePropertiesFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8645);
/* harmony import */ var _context_expression_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1273);
/* harmony import */ var _label_expression_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8590);
/* harmony import */ var _dbms_filter_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1026);




class ChangeLogProperties {
    system = [];
    global = [];
    local = new Map();
    options;
    constructor(options = {}) {
        this.options = options;
        for (const [name, value] of Object.entries(options.environment ?? {})) {
            if (value !== undefined)
                this.system.push({ name, value, filterable: false });
        }
        for (const [name, value] of Object.entries(options.builtIns ?? {}))
            this.global.push({ name, value, filterable: true });
        for (const [name, value] of Object.entries(options.commandLine ?? {}))
            this.global.push({ name, value, filterable: true });
    }
    /** Records a `<property>`; an earlier visible definition of the same name keeps winning. */
    define(definition, changeLogFile) {
        const stored = {
            name: definition.name,
            value: definition.value,
            context: definition.context,
            labels: definition.labels,
            dbms: definition.dbms,
            filterable: true,
        };
        if (definition.global) {
            this.global.push(stored);
        }
        else {
            const list = this.local.get(changeLogFile) ?? [];
            list.push(stored);
            this.local.set(changeLogFile, list);
        }
    }
    /** The raw (unexpanded) value visible for `name` in a changelog, or undefined. */
    lookup(name, scope) {
        const execution = this.executionValue(name, scope);
        if (execution !== undefined)
            return execution;
        const key = name.toLowerCase();
        const lists = [this.system, this.global, this.local.get(scope.changeLogFile) ?? []];
        for (const list of lists) {
            const found = list.find((p) => p.name.toLowerCase() === key && this.visible(p));
            if (found)
                return found.value;
        }
        return undefined;
    }
    /** Whether `name` has a visible value (the `changeLogPropertyDefined` precondition). */
    isDefined(name, scope) {
        return this.lookup(name, scope) !== undefined;
    }
    /**
     * Expands `${name}` references, innermost first (`${a${b}}` looks up `a` + value of `b`), and
     * expands values that themselves hold references. Unknown names follow `missingPropertyMode`.
     *
     * @example properties.expand('create table ${schema}.t', { changeLogFile: 'db/a.xml' })
     */
    expand(text, scope) {
        if (!text.includes('${'))
            return text;
        return this.expandFrom(text, 0, false, scope, new Set()).text;
    }
    /** Properties the changelogs defined (first visible definition of each name), for reports. */
    definedProperties() {
        const result = {};
        const all = [...this.global.slice(Object.keys(this.options.builtIns ?? {}).length + Object.keys(this.options.commandLine ?? {}).length)];
        for (const list of this.local.values())
            all.push(...list);
        for (const property of all) {
            if (this.visible(property) && !(property.name in result))
                result[property.name] = property.value;
        }
        return result;
    }
    visible(property) {
        const hasFilters = Boolean(property.context?.trim() || property.labels?.trim() || property.dbms?.trim());
        if (!property.filterable && !hasFilters)
            return true;
        return ((0,_context_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .contextExpressionMatches */ .bs)(property.context, this.options.contexts ?? _context_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_CONTEXTS */ .$K) &&
            (0,_label_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .labelsMatch */ .ze)((0,_label_expression_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLabelList */ .qt)(property.labels), this.options.labels) &&
            (this.options.dbms === undefined || (0,_dbms_filter_js__WEBPACK_IMPORTED_MODULE_3__/* .dbmsMatches */ .e)(property.dbms, this.options.dbms)));
    }
    executionValue(name, scope) {
        switch (name.toUpperCase()) {
            case 'LIQUIBASE_EXECUTION_DEPLOYMENT_ID':
                return this.options.deploymentId;
            case 'LIQUIBASE_EXECUTION_CHANGELOG_FILE':
                return scope.changeLogFile;
            case 'LIQUIBASE_EXECUTION_CHANGESET_ID':
                return scope.changeSet?.id;
            case 'LIQUIBASE_EXECUTION_CHANGESET_AUTHOR':
                return scope.changeSet?.author;
            default:
                return undefined;
        }
    }
    /**
     * Reads from `start`; inside an expression it stops at the closing `}`. Returns the text and
     * where reading stopped, and whether the `}` was found.
     */
    expandFrom(text, start, inExpression, scope, expanding) {
        let out = '';
        let i = start;
        while (i < text.length) {
            const ch = text[i];
            if (ch === '$' && text[i + 1] === '{') {
                const inner = this.expandFrom(text, i + 2, true, scope, expanding);
                i = inner.end;
                if (!inner.closed) {
                    out += `\${${inner.text}`;
                    continue;
                }
                out += this.replacement(inner.text, scope, expanding);
                continue;
            }
            if (ch === '}' && inExpression)
                return { text: out, end: i + 1, closed: true };
            out += ch;
            i++;
        }
        return { text: out, end: i, closed: false };
    }
    replacement(expression, scope, expanding) {
        if (expression.startsWith(':') && this.options.supportPropertyEscaping)
            return `\${${expression.slice(1).trim()}}`;
        const name = expression.trim();
        const value = this.lookup(name, scope);
        if (value === undefined) {
            switch (this.options.missingPropertyMode ?? 'PRESERVE') {
                case 'EMPTY':
                    return '';
                case 'ERROR':
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`Could not resolve expression \`\${${expression}}\` in file ${scope.changeLogFile}`, {
                        location: scope.location,
                        changeSet: scope.changeSet?.id !== undefined ? { id: scope.changeSet.id, author: scope.changeSet.author ?? '' } : undefined,
                    });
                default:
                    return `\${${expression}}`;
            }
        }
        // A property whose value refers to itself would loop for ever; Liquibase overflows its stack.
        if (expanding.has(name.toLowerCase())) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangelogError */ .br(`Property '${name}' refers to itself`, { location: scope.location });
        }
        if (!value.includes('${'))
            return value;
        expanding.add(name.toLowerCase());
        try {
            return this.expandFrom(value, 0, false, scope, expanding).text;
        }
        finally {
            expanding.delete(name.toLowerCase());
        }
    }
}
/**
 * Reads a Java `.properties` file (`<property file="...">`): `key=value`, `key: value` or
 * `key value`, `#`/`!` comments, `\` line continuations and escapes (`\n`, `\t`, `\uXXXX`).
 */
function parsePropertiesFile(content) {
    const entries = [];
    const physical = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    for (let i = 0; i < physical.length; i++) {
        let line = physical[i].replace(/^[ \t\f]+/, '');
        if (line === '' || line.startsWith('#') || line.startsWith('!'))
            continue;
        while (endsWithOddBackslashes(line) && i + 1 < physical.length) {
            line = line.slice(0, -1) + physical[++i].replace(/^[ \t\f]+/, '');
        }
        let keyEnd = 0;
        while (keyEnd < line.length) {
            const ch = line[keyEnd];
            if (ch === '\\') {
                keyEnd += 2;
                continue;
            }
            if (ch === '=' || ch === ':' || ch === ' ' || ch === '\t' || ch === '\f')
                break;
            keyEnd++;
        }
        const key = line.slice(0, keyEnd);
        let rest = line.slice(keyEnd).replace(/^[ \t\f]+/, '');
        if (rest.startsWith('=') || rest.startsWith(':'))
            rest = rest.slice(1).replace(/^[ \t\f]+/, '');
        entries.push([unescapeProperty(key), unescapeProperty(rest)]);
    }
    return entries;
}
function endsWithOddBackslashes(line) {
    let count = 0;
    for (let i = line.length - 1; i >= 0 && line[i] === '\\'; i--)
        count++;
    return count % 2 === 1;
}
function unescapeProperty(text) {
    return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, escape) => {
        if (escape.startsWith('u') && escape.length === 5)
            return String.fromCharCode(parseInt(escape.slice(1), 16));
        switch (escape) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            default:
                return escape;
        }
    });
}


/***/ }),

/***/ 7628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stderrLogger),
/* harmony export */   W: () => (/* binding */ processIo)
/* harmony export */ });
function processIo() {
    return {
        stdout: (text) => void process.stdout.write(text),
        stderr: (text) => void process.stderr.write(text),
        isTTY: Boolean(process.stderr.isTTY),
        env: process.env,
        cwd: process.cwd(),
    };
}
/** Logs to stderr so that stdout carries only the command's output (SQL, JSON). */
function stderrLogger(io, level, redact) {
    const order = { debug: 0, info: 1, warn: 2, error: 3 };
    const at = (name, prefix) => (message) => {
        if (order[name] >= order[level])
            io.stderr(`${prefix}${redact(message)}\n`);
    };
    return { debug: at('debug', 'debug: '), info: at('info', ''), warn: at('warn', 'warning: '), error: at('error', 'error: ') };
}


/***/ }),

/***/ 3489:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N7: () => (/* binding */ reportError),
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: COMMANDS

// EXTERNAL MODULE: ./errors.js
var errors = __nccwpck_require__(8645);
// EXTERNAL MODULE: ./version.js
var version = __nccwpck_require__(56);
;// CONCATENATED MODULE: ./cli/arguments.js

/** Options that never take a value. */
const FLAGS = new Set(['help', 'version', 'verbose', 'force', 'no-rename-detection', 'commit', 'dry-run', 'json', 'no-default-policies', 'compare-data', 'require-rollback', 'include-drops', 'overwrite-output-file']);
function parseArguments(argv) {
    const parsed = { options: {}, properties: {}, positionals: [] };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            parsed.positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg.startsWith('-D') && arg.length > 2) {
            const body = arg.slice(2);
            const eq = body.indexOf('=');
            if (eq <= 0)
                throw new errors/* ConfigurationError */.j1(`${arg}: a property is written -Dname=value`);
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
            }
            else if (FLAGS.has(name) || i + 1 >= argv.length || isOption(argv[i + 1])) {
                parsed.options[name] = 'true';
            }
            else {
                parsed.options[name] = argv[++i];
            }
            continue;
        }
        if (arg.startsWith('-') && arg.length > 1)
            throw new errors/* ConfigurationError */.j1(`Unknown option ${arg} (options are written --name=value)`);
        if (parsed.command === undefined)
            parsed.command = arg;
        else
            parsed.positionals.push(arg);
    }
    return parsed;
}
function isOption(arg) {
    return arg.startsWith('--') || (arg.startsWith('-D') && arg.includes('='));
}
/** `changeLogFile` → `changelog-file`, `contextFilter` → `context-filter`; kebab-case passes through. */
function kebabCase(name) {
    const aliases = { changeLogFile: 'changelog-file', changelogFile: 'changelog-file' };
    if (aliases[name])
        return aliases[name];
    return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

;// CONCATENATED MODULE: ./cli/help.js
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
function generalHelp(commands) {
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
const SCHEMA_FILTERS = '  --schemas=a,b             schemas to read (default: every user schema)\n' +
    '  --include=GLOB,..         only objects whose name matches (orders*, app.*)\n' +
    '  --exclude=GLOB,..         leave these out (wins over --include)\n';
const COMMAND_OPTIONS = {
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
    'rollback-verify': '  --url=URL                 a SCRATCH database: its pending changesets are applied and rolled back (default: the embedded PostgreSQL)\n' +
        '  --compare-data            also compare the rows of the tables each changeset touches\n' +
        '  --require-rollback        a changeset without any rollback fails the check too\n',
    'policy-check': '  --policy-dir=DIR          your Rego policies (.rego) and OPA-compiled policies (policy.wasm, bundle.tar.gz)\n' +
        '  --config=FILE             rules configuration (default: dbops-policy.yaml if present)\n' +
        '  --environment=ENV         per-environment settings of the configuration\n' +
        '  --fail-on=LEVEL           error | warning | notice | never\n' +
        '  --format=text|json|sarif  sarif: for github/codeql-action/upload-sarif\n' +
        '  --no-default-policies     leave out the Rego policies shipped with dbops\n' +
        '  --url=URL                 check only what this database has not applied yet\n',
    snapshot: '  --url=SOURCE              a database URL (none: the embedded PostgreSQL), changelog:PATH (the schema\n' +
        '                            that changelog builds) or a snapshot file\n' +
        '  --output-file=FILE        write the JSON snapshot there (default: stdout)\n' +
        SCHEMA_FILTERS,
    diff: '  --url=TARGET              what to compare: a database URL, snapshot:FILE.json (or FILE.json,\n' +
        '                            or offline:postgresql?snapshot=FILE.json), or changelog:PATH (applied to\n' +
        '                            a throwaway embedded PostgreSQL, with --contexts/--labels)\n' +
        '  --reference-url=REFERENCE what it should look like (the same forms)\n' +
        '  --reference-username, --reference-password  credentials of the reference database\n' +
        '  --format=text|json        json: the diff object (missing, unexpected, changed, renamed)\n' +
        '  --no-rename-detection     report look-alike tables and columns as a drop and an add\n' +
        SCHEMA_FILTERS +
        '  Exit 0 whether or not they differ (use drift for a check that fails).\n',
    'diff-changelog': '  --url=TARGET --reference-url=REFERENCE  as for diff; the changesets make TARGET look like REFERENCE\n' +
        '  --changelog-file=OUT      the changelog written (.yaml, .yml, .xml, .json, .sql); appended to when it\n' +
        '                            exists (its ids are refused, its comments and layout kept)\n' +
        '  --author=NAME             default: <user> (generated)\n' +
        '  --changeset-id-prefix=P   ids P-1, P-2, ... (default: <epoch ms>-1, ...)\n' +
        '  --contexts=C --labels=L   written on every generated changeset\n' +
        '  --comment=TEXT            put in front of every changeset comment\n' +
        '  --include-drops           also drop what only TARGET has (default: left alone, listed in a warning)\n' +
        '  --no-rename-detection     a drop and an add instead of renameTable/renameColumn\n' +
        SCHEMA_FILTERS,
    'generate-changelog': '  --url=URL                 the database to describe (a snapshot file or changelog:PATH works too)\n' +
        '  --changelog-file=OUT      the changelog written; refused when it exists unless --overwrite-output-file\n' +
        '  --author=NAME             default: <user> (generated)\n' +
        '  --changeset-id-prefix=P --contexts=C --labels=L --comment=TEXT  as for diff-changelog\n' +
        SCHEMA_FILTERS,
    drift: '  --url=URL                 the database to check\n' +
        '  --changelog-file=FILE     its changelog; the changesets its DATABASECHANGELOG records are replayed\n' +
        '                            on the embedded PostgreSQL and the two schemas compared\n' +
        '  --contexts, --labels, -D  as the database was updated with (they decide which modifySql apply)\n' +
        '  --format=text|json\n' +
        '  --no-rename-detection\n' +
        SCHEMA_FILTERS +
        '  Exit 1 on drift, 0 without.\n',
};
function commandHelp(name, summary) {
    const own = COMMAND_OPTIONS[name];
    return `dbops ${name}: ${summary}\n\n${own ? `Command options:\n${own}\n` : ''}${COMMON_OPTIONS}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./changelog/properties.js
var changelog_properties = __nccwpck_require__(1184);
;// CONCATENATED MODULE: ./cli/settings.js





/** Environment variables Liquibase users already set in their pipelines, and ours. */
const ENVIRONMENT_OPTIONS = {
    LIQUIBASE_COMMAND_URL: 'url',
    LIQUIBASE_COMMAND_USERNAME: 'username',
    LIQUIBASE_COMMAND_PASSWORD: 'password',
    LIQUIBASE_COMMAND_CHANGELOG_FILE: 'changelog-file',
    LIQUIBASE_COMMAND_CONTEXTS: 'contexts',
    LIQUIBASE_COMMAND_LABEL_FILTER: 'labels',
    LIQUIBASE_SEARCH_PATH: 'search-path',
    DBOPS_URL: 'url',
    DBOPS_USERNAME: 'username',
    DBOPS_PASSWORD: 'password',
    DBOPS_CHANGELOG_FILE: 'changelog-file',
};
/**
 * Precedence: command line, then environment, then the defaults file (`--defaults-file`, else
 * `liquibase.properties` in the working directory if present).
 */
async function resolveSettings(args, env, cwd) {
    const options = {};
    const properties = {};
    const defaultsFile = args.options['defaults-file'] ?? 'liquibase.properties';
    const defaultsPath = external_node_path_.resolve(cwd, defaultsFile);
    let defaultsText;
    try {
        defaultsText = await (0,promises_.readFile)(defaultsPath, 'utf8');
    }
    catch (error) {
        if (args.options['defaults-file'])
            throw new errors/* ConfigurationError */.j1(`--defaults-file ${defaultsFile}: ${error.message}`);
    }
    if (defaultsText !== undefined) {
        for (const [key, value] of (0,changelog_properties/* parsePropertiesFile */.R)(defaultsText)) {
            if (key.startsWith('parameter.'))
                properties[key.slice('parameter.'.length)] = value;
            else
                options[normalizeOptionName(key)] = value;
        }
    }
    for (const [variable, option] of Object.entries(ENVIRONMENT_OPTIONS)) {
        const value = env[variable];
        if (value !== undefined && value !== '')
            options[option] = value;
    }
    Object.assign(options, args.options);
    Object.assign(properties, args.properties);
    const format = options.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'sarif')
        throw new errors/* ConfigurationError */.j1(`--format must be text or json (or sarif for policy-check), got '${format}'`);
    const workingDirectory = external_node_path_.resolve(cwd, options['working-directory'] ?? '.');
    return {
        command: args.command,
        changelogFile: options['changelog-file'],
        url: options.url,
        username: options.username,
        password: options.password,
        contexts: options.contexts ?? options['context-filter'],
        labels: options.labels ?? options['label-filter'],
        searchPath: (options['search-path'] ?? '.').split(',').map((p) => external_node_path_.resolve(workingDirectory, p.trim())),
        properties,
        format,
        options,
        workingDirectory,
    };
}
/** liquibase.properties keys: `changeLogFile`, `liquibase.command.url`, `url` ... → kebab-case option names. */
function normalizeOptionName(key) {
    const bare = key.replace(/^liquibase\.(command\.)?/, '');
    return kebabCase(bare);
}

;// CONCATENATED MODULE: ./cli/main.js





const engine = (name) => async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2866), __nccwpck_require__.e(9286), __nccwpck_require__.e(834), __nccwpck_require__.e(9611), __nccwpck_require__.e(8194)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8194))).engineCommand(name);
/** Every command, named as in Liquibase 4 where Liquibase has it. */
const COMMANDS = {
    update: { summary: 'Apply every pending changeset', load: engine('update') },
    'update-sql': { summary: 'Print the SQL update would run (tracking statements included), change nothing', load: engine('update-sql') },
    'update-count': { summary: 'Apply the next --count pending changesets', load: engine('update-count') },
    'update-count-sql': { summary: 'Print the SQL of update-count', load: engine('update-count-sql') },
    'update-to-tag': { summary: 'Apply changesets up to and including the one that sets --tag', load: engine('update-to-tag') },
    'update-to-tag-sql': { summary: 'Print the SQL of update-to-tag', load: engine('update-to-tag-sql') },
    status: { summary: 'List pending changesets (--verbose: every changeset and its state)', load: engine('status') },
    history: { summary: 'List applied changesets, grouped by deployment', load: engine('history') },
    validate: { summary: 'Check the changelog and the stored checksums; change nothing', load: engine('validate') },
    rollback: { summary: 'Undo changesets applied after the --tag', load: engine('rollback') },
    'rollback-sql': { summary: 'Print the SQL of rollback --tag', load: engine('rollback-sql') },
    'rollback-count': { summary: 'Undo the last --count changesets', load: engine('rollback-count') },
    'rollback-count-sql': { summary: 'Print the SQL of rollback-count', load: engine('rollback-count-sql') },
    'rollback-to-date': { summary: 'Undo changesets applied after --date', load: engine('rollback-to-date') },
    'rollback-to-date-sql': { summary: 'Print the SQL of rollback-to-date', load: engine('rollback-to-date-sql') },
    'future-rollback-sql': { summary: 'Print the SQL that would undo the pending changesets once applied', load: engine('future-rollback-sql') },
    'future-rollback-count-sql': { summary: 'future-rollback-sql for the next --count pending changesets', load: engine('future-rollback-count-sql') },
    tag: { summary: 'Tag the current state of the database with --tag', load: engine('tag') },
    'changelog-sync': { summary: 'Record pending changesets as applied without running them', load: engine('changelog-sync') },
    'changelog-sync-sql': { summary: 'Print the SQL of changelog-sync', load: engine('changelog-sync-sql') },
    'changelog-sync-to-tag': { summary: 'changelog-sync up to and including the changeset that sets --tag', load: engine('changelog-sync-to-tag') },
    'mark-next-changeset-ran': { summary: 'Record the next pending changeset as applied without running it', load: engine('mark-next-changeset-ran') },
    'mark-next-changeset-ran-sql': { summary: 'Print the SQL of mark-next-changeset-ran', load: engine('mark-next-changeset-ran-sql') },
    'update-testing-rollback': { summary: 'Update, roll back what it applied, and update again', load: engine('update-testing-rollback') },
    'tag-exists': { summary: 'Say whether a row of DATABASECHANGELOG carries --tag', load: engine('tag-exists') },
    'unexpected-changesets': { summary: 'List applied changesets the changelog no longer contains', load: engine('unexpected-changesets') },
    'clear-checksums': { summary: 'Set every stored checksum to NULL (recomputed on the next update)', load: engine('clear-checksums') },
    'release-locks': { summary: 'Clear the change log lock, whoever holds it', load: engine('release-locks') },
    'list-locks': { summary: 'Show who holds the change log lock', load: engine('list-locks') },
    'policy-check': {
        summary: 'Check the SQL the changesets will run: built-in rules and Rego policies (--format text|json|sarif)',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8280), __nccwpck_require__.e(5307)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1814))).policyCheckCommand,
    },
    'rollback-verify': {
        summary: 'Apply, roll back and re-apply each pending changeset; report rollbacks that do not restore the schema',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2866), __nccwpck_require__.e(9286), __nccwpck_require__.e(834), __nccwpck_require__.e(9611), __nccwpck_require__.e(6987)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6987))).rollbackVerifyCommand,
    },
    'status-matrix': { summary: 'Which changesets each environment has applied (--environments=name=url,...; or DBOPS_ENVIRONMENTS)', load: async () => (await __nccwpck_require__.e(/* import() */ 3981).then(__nccwpck_require__.bind(__nccwpck_require__, 3981))).statusMatrixCommand },
    demo: { summary: 'Run the main job on the embedded PostgreSQL with the example changelog (no setup)', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(2866), __nccwpck_require__.e(9286), __nccwpck_require__.e(834), __nccwpck_require__.e(9611), __nccwpck_require__.e(6574)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6574))).demoCommand },
    'calculate-checksum': { summary: 'Print the checksum of --changeset-identifier path::id::author', load: engine('calculate-checksum') },
    snapshot: { summary: 'Write the schema as a JSON snapshot (--url SOURCE, --output-file F)', load: async () => (await __nccwpck_require__.e(/* import() */ 6736).then(__nccwpck_require__.bind(__nccwpck_require__, 6736))).snapshotCommand },
    diff: { summary: 'Compare two schemas (--url TARGET, --reference-url REFERENCE): databases, snapshot files or changelogs', load: async () => (await __nccwpck_require__.e(/* import() */ 6736).then(__nccwpck_require__.bind(__nccwpck_require__, 6736))).diffCommand },
    'diff-changelog': { summary: 'Write the changesets that make --url look like --reference-url into --changelog-file (appends)', load: async () => (await __nccwpck_require__.e(/* import() */ 2656).then(__nccwpck_require__.bind(__nccwpck_require__, 2656))).diffChangelogCommand },
    'generate-changelog': { summary: 'Write everything in the database as a new changelog (--changelog-file)', load: async () => (await __nccwpck_require__.e(/* import() */ 2656).then(__nccwpck_require__.bind(__nccwpck_require__, 2656))).generateChangelogCommand },
    drift: { summary: 'Check that the database matches what its applied changesets build (exit 1 on drift)', load: async () => (await __nccwpck_require__.e(/* import() */ 4442).then(__nccwpck_require__.bind(__nccwpck_require__, 4442))).driftCommand },
};
/** Runs the CLI; returns the exit code (0 success, 1 failure, 2 usage or configuration error). */
async function runCli(argv, io) {
    let settings;
    try {
        const args = parseArguments(argv);
        if (args.options.version === 'true' || args.command === 'version') {
            io.stdout(`dbops ${version/* DBOPS_VERSION */.m}\n`);
            return 0;
        }
        if (!args.command || args.command === 'help') {
            const topic = args.command === 'help' ? args.positionals[0] : undefined;
            io.stdout(topic && COMMANDS[topic] ? commandHelp(topic, COMMANDS[topic].summary) : generalHelp(COMMANDS));
            return args.command || args.options.help === 'true' ? 0 : 2;
        }
        const entry = COMMANDS[args.command];
        if (!entry) {
            io.stderr(`dbops: unknown command '${args.command}'. Run 'dbops --help' for the list.\n`);
            return 2;
        }
        if (args.options.help === 'true') {
            io.stdout(commandHelp(args.command, entry.summary));
            return 0;
        }
        settings = await resolveSettings(args, io.env, io.cwd);
        const handler = await entry.load();
        return await handler(settings, io);
    }
    catch (error) {
        return reportError(error, io);
    }
}
/** One line that says what failed, then detail; configuration errors exit 2, others 1. */
function reportError(error, io, redact = (t) => t) {
    const message = error instanceof Error ? error.message : String(error);
    const [first, ...rest] = redact(message).split('\n');
    io.stderr(`dbops: ${first}\n`);
    if (rest.length)
        io.stderr(`${rest.join('\n')}\n`);
    if (!(error instanceof errors/* ConfigurationError */.j1) && error instanceof Error && error.stack && io.env.DBOPS_DEBUG)
        io.stderr(`${redact(error.stack)}\n`);
    return error instanceof errors/* ConfigurationError */.j1 ? 2 : 1;
}


/***/ }),

/***/ 8645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ ChangelogValidationError),
/* harmony export */   br: () => (/* binding */ ChangelogError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * Two kinds of failure, as in github/codeql-action: a ConfigurationError means "fix your
 * workflow, changelog or command line"; anything else is a bug or a database failure.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    constructor(message, options) {
        super(message, options);
    }
}
/** A changelog that cannot be read or is invalid. Raised before anything touches the database. */
class ChangelogError extends ConfigurationError {
    name = 'ChangelogError';
    location;
    changeSet;
    /** The message without the location prefix. */
    reason;
    constructor(reason, context = {}, options) {
        super(formatChangelogMessage(reason, context), options);
        this.reason = reason;
        this.location = context.location;
        this.changeSet = context.changeSet;
    }
}
function formatChangelogMessage(reason, { location, changeSet }) {
    const where = [];
    if (location)
        where.push(location.line ? `${location.file}:${location.line}` : location.file);
    if (changeSet)
        where.push(`changeset ${changeSet.id}::${changeSet.author}`);
    return where.length ? `${where.join(', ')}: ${reason}` : reason;
}
/** Several changelog problems found in one pass (validation reports them all, not just the first). */
class ChangelogValidationError extends ConfigurationError {
    errors;
    name = 'ChangelogValidationError';
    constructor(errors) {
        super(errors.length === 1
            ? errors[0].message
            : `${errors.length} changelog errors:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
        this.errors = errors;
    }
}


/***/ }),

/***/ 6328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ findingAnnotations),
/* harmony export */   Vs: () => (/* binding */ rollbackAnnotations),
/* harmony export */   cL: () => (/* binding */ runAnnotations),
/* harmony export */   tn: () => (/* binding */ formatAnnotation),
/* harmony export */   uf: () => (/* binding */ escapeData),
/* harmony export */   yV: () => (/* binding */ limitAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, annotationCommands, escapeProperty */
/* harmony import */ var _report_changeset_label_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8380);

/** The runner's limit per level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
const LEVEL_RANK = { error: 0, warning: 1, notice: 2 };
const SEVERITY_LEVEL = { error: 'error', warning: 'warning', notice: 'notice' };
/** One annotation per active (not suppressed) finding, titled with the rule code. */
function findingAnnotations(findings) {
    return findings
        .filter((f) => !f.suppressed)
        .map((f) => {
        const file = f.file ?? f.changeSet?.sourceFile ?? f.changeSet?.filePath;
        const line = f.line ?? f.changeSet?.line;
        const subject = f.changeSet ? ` (changeset ${(0,_report_changeset_label_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSetLabel */ .Z)(f.changeSet)})` : '';
        return {
            level: SEVERITY_LEVEL[f.severity],
            title: `dbops ${f.rule}`,
            message: `${f.message}${subject}${f.hint ? `\nFix: ${f.hint}` : ''}`,
            ...(file ? { file } : {}),
            ...(line ? { line } : {}),
        };
    });
}
/** An error annotation per failed changeset, at the changeset, with what the database said. */
function runAnnotations(run) {
    const annotations = run.changeSets
        .filter((c) => c.state === 'failed')
        .map((c) => ({
        level: 'error',
        title: `dbops: changeset ${(0,_report_changeset_label_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSetLabel */ .Z)(c)} failed`,
        message: [
            c.error?.message ?? c.reason ?? 'failed',
            c.error?.code ? `SQLSTATE ${c.error.code}` : '',
            c.error?.statement ? `Statement: ${c.error.statement}` : '',
        ]
            .filter(Boolean)
            .join('\n'),
        ...location(c),
    }));
    if (annotations.length === 0 && run.error) {
        annotations.push({
            level: 'error',
            title: `dbops ${run.command} failed`,
            message: run.error.message,
            ...(run.error.changeSet ? location(run.error.changeSet) : { file: run.changelog }),
        });
    }
    return annotations;
}
/** Errors for mismatches and failed rollbacks, warnings for changesets that cannot be rolled back. */
function rollbackAnnotations(result) {
    const annotations = [];
    for (const v of result.verifications) {
        const where = location(v);
        if (v.status === 'mismatch') {
            annotations.push({ level: 'error', title: `dbops: rollback of ${(0,_report_changeset_label_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSetLabel */ .Z)(v)} does not restore the schema`, message: (v.differences ?? []).join('\n') || 'schema differs after rollback', ...where });
        }
        else if (v.status === 'error') {
            annotations.push({ level: 'error', title: `dbops: rollback of ${(0,_report_changeset_label_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSetLabel */ .Z)(v)} failed`, message: v.error?.message ?? 'rollback failed', ...where });
        }
        else if (v.status === 'no-rollback') {
            annotations.push({ level: 'warning', title: `dbops: ${(0,_report_changeset_label_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSetLabel */ .Z)(v)} has no rollback`, message: 'Add a rollback block so this changeset can be undone.', ...where });
        }
    }
    return annotations;
}
/**
 * Keeps at most `perLevel` annotations of each level: when there are more, the first
 * `perLevel - 1` (those with a file first, in input order) and one saying how many more there are.
 */
function limitAnnotations(annotations, options = {}) {
    const perLevel = Math.max(1, options.perLevel ?? ANNOTATIONS_PER_LEVEL);
    const out = [];
    const levels = ['error', 'warning', 'notice'].filter((l) => annotations.some((a) => a.level === l));
    for (const level of levels.sort((a, b) => LEVEL_RANK[a] - LEVEL_RANK[b])) {
        // Located annotations are the useful ones (they show on the diff); keep them first.
        const ofLevel = annotations.filter((a) => a.level === level).sort((a, b) => Number(!a.file) - Number(!b.file));
        if (ofLevel.length <= perLevel) {
            out.push(...ofLevel);
            continue;
        }
        const kept = ofLevel.slice(0, perLevel - 1);
        const more = ofLevel.length - kept.length;
        out.push(...kept, {
            level,
            title: `dbops: ${more} more ${level === 'notice' ? 'notices' : `${level}s`}`,
            message: `${more} more ${level}${more === 1 ? '' : 's'} not annotated (GitHub shows ${perLevel} per step)${options.seeUrl ? `; see ${options.seeUrl}` : '; see the job summary'}.`,
        });
    }
    return out;
}
/**
 * The workflow command for an annotation, escaped as @actions/core escapes it: in the message
 * `%`, CR and LF; in property values also `:` and `,`.
 */
function formatAnnotation(annotation) {
    const props = [
        ['file', annotation.file],
        ['line', annotation.line],
        ['endLine', annotation.endLine],
        // The runner ignores columns on an annotation spanning several lines.
        ['col', multiLine(annotation) ? undefined : annotation.column],
        ['endColumn', multiLine(annotation) ? undefined : annotation.endColumn],
        ['title', annotation.title],
    ];
    const rendered = props
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${annotation.level}${rendered ? ` ${rendered}` : ''}::${escapeData(annotation.message)}`;
}
/** `limitAnnotations` then `formatAnnotation`, with an optional redaction of every string. */
function annotationCommands(annotations, options = {}) {
    const clean = options.redact ?? ((t) => t);
    return limitAnnotations(annotations, options).map((a) => formatAnnotation({
        ...a,
        message: clean(a.message),
        ...(a.title !== undefined ? { title: clean(a.title) } : {}),
        ...(a.file !== undefined ? { file: clean(a.file) } : {}),
    }));
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function multiLine(annotation) {
    return annotation.endLine !== undefined && annotation.line !== undefined && annotation.endLine !== annotation.line;
}
function location(ref) {
    return { file: ref.sourceFile ?? ref.filePath, ...(ref.line ? { line: ref.line } : {}) };
}


/***/ }),

/***/ 1946:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony export expandSecrets */
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
function expandSecrets(values) {
    const found = new Set();
    const add = (value) => {
        if (value === undefined || value.trim() === '')
            return;
        for (const variant of variants(value))
            if (variant.trim() !== '')
                found.add(variant);
    };
    for (const value of values) {
        if (!value)
            continue;
        add(value);
        for (const part of embeddedSecrets(value))
            add(part);
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
function redact(text, secrets, replacement = '***') {
    const usable = [...new Set(secrets.filter((s) => s.trim() !== ''))].sort((a, b) => b.length - a.length);
    if (usable.length === 0 || text === '')
        return text;
    const pattern = new RegExp(usable.map(escapedSpellings).join('|'), 'g');
    return text.replace(pattern, replacement);
}
/**
 * A pattern for the secret as it may look once rendered to Markdown by src/report: `&<>` as
 * entities, `|` escaped in tables, whitespace runs collapsed, and a zero-width space after `@`
 * (which stops mentions, and would otherwise split `p@ss` out of a plain search).
 */
function escapedSpellings(secret) {
    const parts = [];
    for (const token of secret.match(/\s+|[\s\S]/gu) ?? []) {
        if (/^\s+$/.test(token))
            parts.push('(?:\\s|<br>)+');
        else if (token === '&')
            parts.push('(?:&|&amp;)');
        else if (token === '<')
            parts.push('(?:<|&lt;)');
        else if (token === '>')
            parts.push('(?:>|&gt;)');
        else if (token === '|')
            parts.push('\\\\?\\|');
        else
            parts.push(escapeRegExp(token));
    }
    return parts.join('\u200b?');
}
/**
 * Registers every form of every secret with the runner and returns them for `redact`.
 * Multi-line values are registered line by line: the runner masks per line.
 */
function maskSecrets(values, registry) {
    const secrets = expandSecrets(values);
    const registered = new Set();
    for (const secret of secrets) {
        for (const line of secret.split(/\r?\n/)) {
            if (line.trim() === '' || registered.has(line))
                continue;
            registered.add(line);
            registry.setSecret(line);
        }
    }
    return secrets;
}
/** A `redact` bound to a set of secrets, for passing around as a function. */
function createRedactor(values) {
    const secrets = expandSecrets(values);
    return (text) => redact(text, secrets);
}
/** Passwords and credentials found inside a connection string or URL. */
function embeddedSecrets(value) {
    const parts = [];
    // scheme://user:password@host — the authority runs to the first / ? or #, the userinfo to its last @.
    const authority = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/([^/?#]*)@/.exec(value.trim());
    if (authority) {
        const userinfo = authority[1];
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
            if (eq > 0 && SECRET_PARAMS.test(safeDecode(pair.slice(0, eq))))
                parts.push(pair.slice(eq + 1).replace(/#.*$/, ''));
        }
    }
    // libpq key/value: host=db password='it''s secret'
    for (const match of value.matchAll(/(?:^|\s)([A-Za-z_]+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/g)) {
        if (!SECRET_PARAMS.test(match[1]))
            continue;
        const raw = match[2];
        parts.push(raw);
        if (raw.startsWith("'"))
            parts.push(raw.slice(1, -1).replace(/\\(.)/g, '$1'));
    }
    return parts;
}
/** The spellings one secret can take in text we produce or receive. */
function variants(secret) {
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
function safeDecode(text) {
    try {
        return decodeURIComponent(text.replace(/\+/g, '%20'));
    }
    catch {
        return text;
    }
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 1130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readStatusMatrix),
/* harmony export */   m: () => (/* binding */ parseEnvironments)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8645);

/**
 * `name=url` items, one per line or comma-separated (`dev=postgresql://…`). Names are what the
 * matrix shows; URLs come from secrets. `source` names the input or option in messages.
 */
function parseEnvironments(items, source) {
    const environments = [];
    for (const item of items.flatMap((i) => i.split(/[\n,]/)).map((i) => i.trim()).filter(Boolean)) {
        const eq = item.indexOf('=');
        const name = eq > 0 ? item.slice(0, eq).trim() : '';
        if (!/^[A-Za-z0-9][\w.-]*$/.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source}: each item is name=url (e.g. staging=\${{ secrets.STAGING_DATABASE_URL }}); one does not start with a name.`);
        }
        if (environments.some((e) => e.name === name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source}: environment '${name}' is listed twice.`);
        const url = item.slice(eq + 1).trim();
        // An unset secret expands to nothing; reading an empty embedded database instead would show
        // an environment with nothing applied, which is a lie.
        if (url === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source}: environment '${name}' has no URL (is its secret set?).`);
        environments.push({ name, url });
    }
    if (environments.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${source} lists no environment.`);
    return environments;
}
/**
 * Reads every environment's tracking table (in parallel, nothing locked or changed) and lines
 * them up against the changelog. Rows follow the changelog's order; changesets an environment
 * applied that the changelog lacks come last. An unreachable environment is reported in its
 * column (`unknown`) and makes `ok` false; the others are still read.
 *
 * @example
 * ```ts
 * const matrix = await readStatusMatrix({
 *   changelog: { changelogFile: 'changelog.yaml', searchPath: ['db'] },
 *   environments: [{ name: 'dev', url: devUrl }, { name: 'staging', url: stagingUrl }],
 *   logger,
 * });
 * ```
 */
async function readStatusMatrix(options) {
    const redact = options.redact ?? ((text) => text);
    const reads = await Promise.all(options.environments.map((environment) => readEnvironment(options, environment, redact)));
    const rows = [];
    const byKey = new Map();
    const rowFor = (ref, inChangelog) => {
        const key = `${ref.filePath}::${ref.id}::${ref.author}`;
        let row = byKey.get(key);
        if (!row) {
            row = { id: ref.id, author: ref.author, filePath: ref.filePath, inChangelog, states: {} };
            byKey.set(key, row);
            rows.push(row);
        }
        return row;
    };
    // The changelog's order first (every environment reads the same changelog), then the strays.
    for (const read of reads)
        for (const c of read.changelog)
            rowFor(c, true);
    for (const read of reads)
        for (const c of read.applied)
            if (!byKey.has(`${c.filePath}::${c.id}::${c.author}`))
                rowFor(c, false);
    for (const [i, environment] of options.environments.entries()) {
        const read = reads[i];
        const states = new Map(read.changelog.map((c) => [`${c.filePath}::${c.id}::${c.author}`, c.state]));
        const applied = new Map(read.applied.map((c) => [`${c.filePath}::${c.id}::${c.author}`, c]));
        for (const row of rows) {
            const key = `${row.filePath}::${row.id}::${row.author}`;
            const ran = applied.get(key);
            if (read.error)
                row.states[environment.name] = { state: 'unknown' };
            else if (ran)
                row.states[environment.name] = { state: ran.markRan ? 'markRan' : 'applied', dateExecuted: ran.dateExecuted, ...(ran.deploymentId ? { deploymentId: ran.deploymentId } : {}) };
            else
                row.states[environment.name] = { state: states.get(key) === 'skipped' ? 'skipped' : 'pending' };
        }
    }
    const environments = options.environments.map((environment, i) => {
        const read = reads[i];
        const cells = rows.map((r) => r.states[environment.name].state);
        return {
            name: environment.name,
            ...(read.database ? { database: read.database } : {}),
            applied: cells.filter((s) => s === 'applied' || s === 'markRan').length,
            pending: cells.filter((s) => s === 'pending').length,
            ...(read.error ? { error: read.error } : {}),
        };
    });
    return { changelog: options.changelog.changelogFile, environments, rows, ok: reads.every((r) => !r.error) };
}
async function readEnvironment(options, environment, redact) {
    const { openEngine } = await Promise.all(/* import() */[__nccwpck_require__.e(2866), __nccwpck_require__.e(9286), __nccwpck_require__.e(834), __nccwpck_require__.e(1062)]).then(__nccwpck_require__.bind(__nccwpck_require__, 834));
    let opened;
    try {
        opened = await openEngine({
            ...options.changelog,
            url: environment.url,
            username: environment.username,
            password: environment.password,
            logger: options.logger,
        });
    }
    catch (error) {
        const message = redact(error.message);
        options.logger.warn(`${environment.name}: ${message}`);
        return { changelog: [], applied: [], error: message };
    }
    try {
        const { status } = await Promise.all(/* import() */[__nccwpck_require__.e(2866), __nccwpck_require__.e(6325), __nccwpck_require__.e(1548)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6709));
        const { history } = await __nccwpck_require__.e(/* import() */ 8583).then(__nccwpck_require__.bind(__nccwpck_require__, 8583));
        const planned = await status(opened.context);
        const ran = await history(opened.context);
        if (!ran.ok || !ran.rows)
            throw new Error(ran.error?.message ?? 'cannot read DATABASECHANGELOG');
        if (!planned.ok)
            options.logger.warn(`${environment.name}: ${opened.redact(planned.error?.message ?? 'status failed')}`);
        return {
            database: opened.context.db.displayName,
            changelog: planned.changeSets.map(({ id, author, filePath, state }) => ({ id, author, filePath, state })),
            applied: ran.rows.map((row) => ({
                id: row.id,
                author: row.author,
                filePath: row.filename,
                dateExecuted: row.dateExecuted.toISOString(),
                ...(row.deploymentId ? { deploymentId: row.deploymentId } : {}),
                markRan: row.execType === 'MARK_RAN',
            })),
        };
    }
    catch (error) {
        const message = redact(opened.redact(error.message));
        options.logger.warn(`${environment.name}: ${message}`);
        return { database: opened.context.db.displayName, changelog: [], applied: [], error: message };
    }
    finally {
        await opened.close();
    }
}


/***/ }),

/***/ 8380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ changeSetLabel),
/* harmony export */   k: () => (/* binding */ changeSetLocation)
/* harmony export */ });
/** `id::author`, the way Liquibase names a changeset in its messages. */
function changeSetLabel(ref) {
    return `${ref.id}::${ref.author}`;
}
/** `file:line` where the changeset is written, else the changelog path it is recorded under. */
function changeSetLocation(ref) {
    const file = ref.sourceFile ?? ref.filePath;
    return ref.line ? `${file}:${ref.line}` : file;
}


/***/ }),

/***/ 56:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ DBOPS_VERSION)
/* harmony export */ });
/** dbops's own version (a test keeps it equal to package.json's). */
const DBOPS_VERSION = '0.1.0';


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Wr: () => (/* reexport */ cli_io/* processIo */.W),
  Cs: () => (/* reexport */ runAction),
  ak: () => (/* reexport */ main/* runCli */.ak)
});

// EXTERNAL MODULE: ./cli/main.js + 3 modules
var main = __nccwpck_require__(3489);
// EXTERNAL MODULE: ./cli/cli-io.js
var cli_io = __nccwpck_require__(7628);
// EXTERNAL MODULE: ./errors.js
var errors_0 = __nccwpck_require__(8645);
// EXTERNAL MODULE: ./github/masking.js
var masking = __nccwpck_require__(1946);
// EXTERNAL MODULE: ./version.js
var version = __nccwpck_require__(56);
// EXTERNAL MODULE: ./actions/action-environment.js
var action_environment = __nccwpck_require__(3160);
// EXTERNAL MODULE: ./github/annotations.js
var annotations = __nccwpck_require__(6328);
;// CONCATENATED MODULE: ./actions/action-logger.js

/**
 * Writes to the step log as @actions/core does: info as plain lines, warnings and errors as
 * `::warning::` / `::error::` (shown on the run page), debug as `::debug::` (visible with step
 * debugging). Every line goes through `redact` first: the runner masks the secrets registered
 * with it, and `redact` also covers the spellings it does not know (URL-encoded, JSON-escaped).
 */
function actionLogger(write, redact) {
    const command = (name) => (message) => write(`::${name}::${(0,annotations/* escapeData */.uf)(redact(message))}`);
    return {
        debug: command('debug'),
        info: (message) => {
            for (const line of redact(message).split(/\r?\n/))
                write(neutralise(line));
        },
        warn: command('warning'),
        error: command('error'),
        group(title, lines) {
            write(`::group::${(0,annotations/* escapeData */.uf)(redact(title))}`);
            for (const line of redact(lines).split(/\r?\n/))
                write(neutralise(line));
            write('::endgroup::');
        },
    };
}
/**
 * A logged line that starts with `::` would be read as a workflow command (a changelog comment
 * could set outputs or add masks); a zero-width space in front makes it plain text.
 */
function neutralise(line) {
    return line.startsWith('::') ? `\u200b${line}` : line;
}

// EXTERNAL MODULE: ./actions/action-manifest.js
var action_manifest = __nccwpck_require__(8196);
// EXTERNAL MODULE: ./actions/inputs.js
var actions_inputs = __nccwpck_require__(9479);
;// CONCATENATED MODULE: ./actions/run-action.js
/**
 * The single entry of every action: `dist/actions/<name>.js` is `await runAction('<name>')`.
 * It reads the workflow context, builds the action's environment (inputs, runtime, log, GitHub),
 * runs the action's handler and turns whatever escapes into a failed step of the right kind:
 * a ConfigurationError says "fix your workflow or changelog", anything else is a dbops bug.
 * Secrets are redacted from every line, output, summary, annotation and failure.
 *
 * Handlers are imported on demand, so an action loads only what it runs (the embedded
 * PostgreSQL, the SQL parser, Octokit and the model client are never loaded by an action that
 * does not need them).
 */







/** Each action's handler, loaded when that action runs. */
const HANDLERS = {
    apply: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7605), __nccwpck_require__.e(1168), __nccwpck_require__.e(639)]).then(__nccwpck_require__.bind(__nccwpck_require__, 639))).runApply,
    'policy-check': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7605), __nccwpck_require__.e(5224)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5224))).runPolicyCheck,
    'rollback-verify': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7605), __nccwpck_require__.e(1602)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1602))).runRollbackVerify,
    snapshot: async () => (await __nccwpck_require__.e(/* import() */ 2533).then(__nccwpck_require__.bind(__nccwpck_require__, 2533))).runSnapshot,
    'diff-to-changelog': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7605), __nccwpck_require__.e(1168), __nccwpck_require__.e(5075)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5075))).runDiffToChangelog,
    drift: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7605), __nccwpck_require__.e(1168), __nccwpck_require__.e(1026)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5788))).runDrift,
    'ai-author': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7605), __nccwpck_require__.e(4403)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4403))).runAiAuthor,
    promote: async () => (await __nccwpck_require__.e(/* import() */ 4790).then(__nccwpck_require__.bind(__nccwpck_require__, 4790))).runPromote,
    status: async () => (await __nccwpck_require__.e(/* import() */ 4539).then(__nccwpck_require__.bind(__nccwpck_require__, 4539))).runStatus,
};
/** The sub-actions, as the root action's `command` input accepts them. */
const ACTION_NAMES = Object.keys(HANDLERS);
/**
 * Runs one action as the runner runs it. Never rejects: every failure ends as a failed step.
 *
 * @example
 * ```ts
 * // dist/actions/apply.js
 * import { runAction } from '../index.js';
 * await runAction('apply');
 * ```
 */
async function runAction(name, deps = {}) {
    const started = Date.now();
    const env = deps.env ?? process.env;
    const write = deps.write ?? ((line) => void process.stdout.write(`${line}\n`));
    const secrets = [];
    const redact = (text) => (0,masking/* redact */.E$)(text, secrets);
    const logger = actionLogger(write, redact);
    write(`dbops ${version/* DBOPS_VERSION */.m}: ${name === action_manifest/* ROOT_ACTION */.aA.name ? 'dbops' : name}`);
    let runtime;
    try {
        runtime = deps.runtime ?? (await Promise.all(/* import() */[__nccwpck_require__.e(2825), __nccwpck_require__.e(1787)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1787))).coreActionRuntime({ redact, write });
    }
    catch (error) {
        write(`::error::dbops ${name}: cannot start (${error.message}); this is a bug in dbops.`);
        process.exitCode = 1;
        return;
    }
    let failure;
    let client;
    let action = name;
    let environment;
    const workspace = env.GITHUB_WORKSPACE || deps.cwd || process.cwd();
    const inputs = new actions_inputs/* ActionInputReader */.Wh(name, {
        env,
        workspace,
        onSecret: (value) => void secrets.push(...(0,masking/* maskSecrets */.QU)([value], runtime)),
    });
    try {
        const context = await readContext(env, logger);
        if (name === action_manifest/* ROOT_ACTION */.aA.name)
            action = inputs.choice('command', ACTION_NAMES);
        environment = {
            action,
            inputs,
            runtime,
            logger,
            ...(context ? { context } : {}),
            env,
            workspace,
            commands: deps.commands ?? {},
            workingDirectory: workspace,
            secrets: () => secrets,
            addSecrets: (values) => void secrets.push(...(0,masking/* maskSecrets */.QU)(values, runtime)),
            redact,
            github: async (token) => {
                if (deps.client)
                    return deps.client;
                if (!token)
                    return undefined;
                // Octokit logs every failed request as an error, expected ones too (GET /user answers 403
                // to GITHUB_TOKEN); callers report the failures that matter, so its errors go to debug.
                const quiet = { ...logger, error: logger.debug };
                client ??= Promise.all(/* import() */[__nccwpck_require__.e(9703), __nccwpck_require__.e(3867)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3867)).then(({ OctokitGitHubClient }) => new OctokitGitHubClient({ token, env, logger: quiet }));
                return client;
            },
            fail: (message) => {
                failure = failure ? `${failure}\n${message}` : message;
            },
        };
        const load = HANDLERS[action];
        if (!load)
            throw new Error(`dbops has no action named '${action}' (the stub dist/actions/${name}.js is stale: rebuild dist)`);
        const handler = await load();
        await handler(environment);
        if (failure !== undefined)
            runtime.setFailed(redact(failure));
    }
    catch (error) {
        if (environment)
            annotateChangelogErrors(environment, error);
        if (!(error instanceof errors_0/* ConfigurationError */.j1) && error instanceof Error && error.stack) {
            logger.group('Stack trace (for the bug report)', error.stack);
        }
        runtime.setFailed(describeFailure(action, error, redact));
    }
    logger.debug(`dbops ${name} took ${Date.now() - started} ms`);
}
async function readContext(env, logger) {
    const { readActionContext } = await __nccwpck_require__.e(/* import() */ 6076).then(__nccwpck_require__.bind(__nccwpck_require__, 6076));
    if (!env.GITHUB_REPOSITORY && !env.GITHUB_EVENT_PATH) {
        logger.info('Not running in a GitHub Actions workflow (GITHUB_REPOSITORY is not set): nothing will be posted to GitHub.');
        return undefined;
    }
    return readActionContext(env);
}
/** The step's failure message: configuration problems say what to fix, anything else is a bug. */
function describeFailure(action, error, redact) {
    const message = redact(error instanceof Error ? error.message : String(error));
    if (error instanceof errors_0/* ConfigurationError */.j1) {
        return `dbops ${action}: ${message}\nThis is a configuration problem: fix the workflow inputs or the changelog.`;
    }
    return `dbops ${action} failed unexpectedly: ${message}\nThis is a bug in dbops; please report it with this log (the stack trace is in the group just above).`;
}
/** Changelog errors know their file and line: show them on the changelog in the PR. */
function annotateChangelogErrors(env, error) {
    const errors = error instanceof errors_0/* ChangelogValidationError */._E ? error.errors : error instanceof errors_0/* ChangelogError */.br ? [error] : [];
    for (const e of errors.slice(0, 10)) {
        if (!e.location)
            continue;
        env.runtime.annotate({
            level: 'error',
            title: 'dbops: invalid changelog',
            message: env.redact(e.reason),
            file: (0,action_environment/* repositoryPath */.S)(env, e.location.file),
            ...(e.location.line ? { line: e.location.line } : {}),
        });
    }
}

;// CONCATENATED MODULE: ./entry.js
/**
 * The one bundle's entry (dist/index.js): the CLI (bin/dbops.js) and every action stub
 * (dist/actions/<name>.js) call into it. Everything heavy is imported on demand.
 */




var __webpack_exports__processIo = __webpack_exports__.Wr;
var __webpack_exports__runAction = __webpack_exports__.Cs;
var __webpack_exports__runCli = __webpack_exports__.ak;
export { __webpack_exports__processIo as processIo, __webpack_exports__runAction as runAction, __webpack_exports__runCli as runCli };
