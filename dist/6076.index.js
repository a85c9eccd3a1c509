export const id = 6076;
export const ids = [6076];
export const modules = {

/***/ 6076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readActionContext: () => (/* binding */ readActionContext)
/* harmony export */ });
/* unused harmony export memoryActionRuntime */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8645);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6328);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87);
/**
 * What an action needs to know about the workflow run, read once from the runner's environment
 * and event file; and the small interface through which the action layer talks back to the
 * runner (outputs, summary, secrets, annotations). Business code receives an `ActionContext`
 * and an `ActionRuntime`; only `core-action-runtime.ts` imports @actions/core.
 */




const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/**
 * Reads the context from `env` (default `process.env`) and the event file. Throws a
 * `ConfigurationError` when the repository is unknown or the event file unreadable.
 *
 * @example
 * ```ts
 * const context = readActionContext();
 * if (context.pullRequestNumber) await upsertPrComment(client, { repo: context.repo, issueNumber: context.pullRequestNumber, ... });
 * ```
 */
function readActionContext(env = process.env, readFile = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')) {
    const payload = readPayload(env.GITHUB_EVENT_PATH, readFile);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const repoName = env.GITHUB_REPOSITORY || stringAt(payload, 'repository', 'full_name');
    if (!repoName)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set: dbops actions must run in a GitHub Actions workflow');
    let repo;
    try {
        repo = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepo */ .E3)(repoName);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GITHUB_REPOSITORY is ${JSON.stringify(repoName)}, expected owner/name`, { cause: error });
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID ?? '';
    const pullRequestNumber = pullRequestOf(eventName, payload);
    return {
        eventName,
        repo,
        ...(pullRequestNumber !== undefined ? { pullRequestNumber } : {}),
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        ...(env.GITHUB_HEAD_REF ? { headRef: env.GITHUB_HEAD_REF } : {}),
        ...(env.GITHUB_BASE_REF ? { baseRef: env.GITHUB_BASE_REF } : {}),
        actor: env.GITHUB_ACTOR ?? '',
        runId,
        runAttempt: Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1,
        serverUrl,
        apiUrl,
        graphqlUrl: (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/+$/, ''),
        ...(runId ? { runUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` } : {}),
        ...(env.GITHUB_WORKSPACE ? { workspace: env.GITHUB_WORKSPACE } : {}),
        payload,
    };
}
/** An `ActionRuntime` that records everything, for tests of the action layer. */
function memoryActionRuntime() {
    const runtime = {
        outputs: {},
        summaries: [],
        secrets: [],
        annotations: [],
        commands: [],
        failed: undefined,
        setOutput(name, value) {
            runtime.outputs[name] = String(value);
        },
        async appendSummary(markdown) {
            runtime.summaries.push(markdown);
        },
        setSecret(value) {
            runtime.secrets.push(value);
        },
        annotate(annotation) {
            runtime.annotations.push(annotation);
            runtime.commands.push(formatAnnotation(annotation));
        },
        setFailed(message) {
            runtime.failed = message;
        },
    };
    return runtime;
}
function readPayload(path, readFile) {
    if (!path)
        return {};
    let text;
    try {
        text = readFile(path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Cannot read the event file GITHUB_EVENT_PATH=${path}`, { cause: error });
    }
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The event file ${path} is not JSON`, { cause: error });
    }
}
function pullRequestOf(eventName, payload) {
    if (PULL_REQUEST_EVENTS.has(eventName)) {
        return numberAt(payload, 'pull_request', 'number') ?? numberAt(payload, 'number');
    }
    if (eventName === 'issue_comment') {
        // A comment on a plain issue is not about a PR; only `issue.pull_request` says it is one.
        const issue = payload.issue;
        return issue?.pull_request ? numberAt(payload, 'issue', 'number') : undefined;
    }
    return undefined;
}
function valueAt(root, ...path) {
    let node = root;
    for (const key of path) {
        if (!node || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node;
}
function numberAt(root, ...path) {
    const value = valueAt(root, ...path);
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
function stringAt(root, ...path) {
    const value = valueAt(root, ...path);
    return typeof value === 'string' && value !== '' ? value : undefined;
}


/***/ }),

/***/ 87:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ parseRepo),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   XI: () => (/* binding */ commentMatches),
/* harmony export */   Y: () => (/* binding */ GITHUB_ACTIONS_BOT_LOGIN),
/* harmony export */   _m: () => (/* binding */ hasPermission)
/* harmony export */ });
/* unused harmony export PERMISSION_RANK */
/**
 * The narrow GitHub client dbops needs: the sticky PR comment, reactions and permission checks
 * for `/author`, pull requests for `promote`. Business code depends on this interface only; the
 * real implementation is `OctokitGitHubClient` (octokit-github-client.ts), the tests' one
 * `MemoryGitHubClient` (memory-github-client.ts).
 */
const PERMISSION_RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
/** True when `actual` grants at least `required`. */
function hasPermission(actual, required) {
    return PERMISSION_RANK[actual] >= PERMISSION_RANK[required];
}
/** The login GitHub gives `GITHUB_TOKEN` comments. */
const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** A GitHub API call that failed, without the request's headers (which carry the token). */
class GitHubApiError extends Error {
    status;
    request;
    name = 'GitHubApiError';
    constructor(message, 
    /** HTTP status; undefined for GraphQL errors returned with 200 and for network failures. */
    status, 
    /** `GET /repos/{owner}/{repo}/...`, for the log. */
    request, options) {
        super(message, options);
        this.status = status;
        this.request = request;
    }
}
/** The one rule for "our comment": written by us, marker on a line of its own. */
function commentMatches(comment, query) {
    if (!comment.user || comment.user.login.toLowerCase() !== query.authorLogin.toLowerCase())
        return false;
    return comment.body.split(/\r?\n/).some((line) => line.trim() === query.marker);
}
/** `owner/name` → `{ owner, repo }`. */
function parseRepo(fullName) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName.trim());
    if (!match)
        throw new TypeError(`Expected a repository as owner/name, got ${JSON.stringify(fullName)}`);
    return { owner: match[1], repo: match[2] };
}


/***/ })

};
