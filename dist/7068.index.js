export const id = 7068;
export const ids = [7068];
export const modules = {

/***/ 3160:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ repositoryPath),
/* harmony export */   T: () => (/* binding */ commentKey)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8645);
/* harmony import */ var _promotion_status_matrix_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1130);
/* harmony import */ var _action_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8196);
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

/***/ 7068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION_NAMES: () => (/* binding */ ACTION_NAMES),
  describeFailure: () => (/* binding */ describeFailure),
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./errors.js
var errors_0 = __webpack_require__(8645);
// EXTERNAL MODULE: ./github/masking.js
var masking = __webpack_require__(1946);
// EXTERNAL MODULE: ./version.js
var version = __webpack_require__(56);
// EXTERNAL MODULE: ./actions/action-environment.js
var action_environment = __webpack_require__(3160);
// EXTERNAL MODULE: ./github/annotations.js
var annotations = __webpack_require__(6328);
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
var action_manifest = __webpack_require__(8196);
// EXTERNAL MODULE: ./actions/inputs.js
var actions_inputs = __webpack_require__(9479);
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
    apply: async () => (await Promise.all(/* import() */[__webpack_require__.e(7605), __webpack_require__.e(1168), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 639))).runApply,
    'policy-check': async () => (await Promise.all(/* import() */[__webpack_require__.e(7605), __webpack_require__.e(5224)]).then(__webpack_require__.bind(__webpack_require__, 5224))).runPolicyCheck,
    'rollback-verify': async () => (await Promise.all(/* import() */[__webpack_require__.e(7605), __webpack_require__.e(1602)]).then(__webpack_require__.bind(__webpack_require__, 1602))).runRollbackVerify,
    snapshot: async () => (await __webpack_require__.e(/* import() */ 2533).then(__webpack_require__.bind(__webpack_require__, 2533))).runSnapshot,
    'diff-to-changelog': async () => (await Promise.all(/* import() */[__webpack_require__.e(7605), __webpack_require__.e(1168), __webpack_require__.e(5075)]).then(__webpack_require__.bind(__webpack_require__, 5075))).runDiffToChangelog,
    drift: async () => (await Promise.all(/* import() */[__webpack_require__.e(7605), __webpack_require__.e(1168), __webpack_require__.e(1026)]).then(__webpack_require__.bind(__webpack_require__, 5788))).runDrift,
    'ai-author': async () => (await Promise.all(/* import() */[__webpack_require__.e(7605), __webpack_require__.e(4403)]).then(__webpack_require__.bind(__webpack_require__, 4403))).runAiAuthor,
    promote: async () => (await __webpack_require__.e(/* import() */ 4790).then(__webpack_require__.bind(__webpack_require__, 4790))).runPromote,
    status: async () => (await __webpack_require__.e(/* import() */ 4539).then(__webpack_require__.bind(__webpack_require__, 4539))).runStatus,
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
        runtime = deps.runtime ?? (await Promise.all(/* import() */[__webpack_require__.e(2825), __webpack_require__.e(1787)]).then(__webpack_require__.bind(__webpack_require__, 1787))).coreActionRuntime({ redact, write });
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
                client ??= Promise.all(/* import() */[__webpack_require__.e(9703), __webpack_require__.e(3867)]).then(__webpack_require__.bind(__webpack_require__, 3867)).then(({ OctokitGitHubClient }) => new OctokitGitHubClient({ token, env, logger: quiet }));
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
    const { readActionContext } = await __webpack_require__.e(/* import() */ 6076).then(__webpack_require__.bind(__webpack_require__, 6076));
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


/***/ }),

/***/ 6328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ findingAnnotations),
/* harmony export */   Vs: () => (/* binding */ rollbackAnnotations),
/* harmony export */   cL: () => (/* binding */ runAnnotations),
/* harmony export */   tn: () => (/* binding */ formatAnnotation),
/* harmony export */   uf: () => (/* binding */ escapeData),
/* harmony export */   yV: () => (/* binding */ limitAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, annotationCommands, escapeProperty */
/* harmony import */ var _report_changeset_label_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8380);

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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ readStatusMatrix),
/* harmony export */   m: () => (/* binding */ parseEnvironments)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8645);

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
    const { openEngine } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(1062)]).then(__webpack_require__.bind(__webpack_require__, 834));
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
        const { status } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(1548)]).then(__webpack_require__.bind(__webpack_require__, 6709));
        const { history } = await __webpack_require__.e(/* import() */ 8583).then(__webpack_require__.bind(__webpack_require__, 8583));
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
