export const id = 3867;
export const ids = [3867,9594];
export const modules = {

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


/***/ }),

/***/ 3867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OctokitGitHubClient: () => (/* binding */ OctokitGitHubClient)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9703);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9594);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87);



/**
 * `GitHubClient` over @octokit/rest: pagination through Link headers, errors wrapped in
 * `GitHubApiError` (message and status only: Octokit's error carries the request headers).
 *
 * @example
 * ```ts
 * const client = new OctokitGitHubClient({ token: inputs.token });
 * const login = await client.getAuthenticatedLogin();
 * ```
 */
class OctokitGitHubClient {
    octokit;
    logger;
    login;
    constructor(options) {
        const env = options.env ?? process.env;
        this.logger = options.logger ?? _logger_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLogger */ .q;
        this.octokit = new _octokit_rest__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E({
            auth: options.token,
            baseUrl: (options.apiUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
            userAgent: options.userAgent ?? 'dbops',
            // Octokit's own logger would print request URLs at debug level only; keep it that way.
            log: { debug: (m) => this.logger.debug(m), info: (m) => this.logger.debug(m), warn: (m) => this.logger.warn(m), error: (m) => this.logger.error(m) },
        });
    }
    getAuthenticatedLogin() {
        this.login ??= this.resolveLogin();
        return this.login;
    }
    async resolveLogin() {
        try {
            const { data } = await this.octokit.rest.users.getAuthenticated();
            return data.login;
        }
        catch (error) {
            if (!isStatus(error, 403))
                throw wrap(error, 'GET /user');
        }
        // An installation token (GITHUB_TOKEN, a GitHub App) has no user: GET /user answers 403. The
        // GraphQL viewer is the app's bot; REST spells its login with a `[bot]` suffix.
        try {
            const result = await this.octokit.graphql('query { viewer { login } }');
            const login = result.viewer.login;
            return login.endsWith('[bot]') ? login : `${login}[bot]`;
        }
        catch (error) {
            this.logger.debug(`Could not read the token's login (${describe(error)}); assuming ${_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ACTIONS_BOT_LOGIN */ .Y}`);
            return _github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_ACTIONS_BOT_LOGIN */ .Y;
        }
    }
    async findIssueComments(repo, issueNumber, query) {
        const found = [];
        const request = `GET /repos/${repo.owner}/${repo.repo}/issues/${issueNumber}/comments`;
        try {
            const pages = this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
                owner: repo.owner,
                repo: repo.repo,
                issue_number: issueNumber,
                per_page: 100,
            });
            for await (const page of pages) {
                for (const raw of page.data) {
                    const comment = toComment(raw);
                    if ((0,_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .commentMatches */ .XI)(comment, query))
                        found.push(comment);
                }
            }
        }
        catch (error) {
            throw wrap(error, request);
        }
        return found.sort((a, b) => a.id - b.id);
    }
    async createIssueComment(repo, issueNumber, body) {
        return this.call(`POST /repos/${repo.owner}/${repo.repo}/issues/${issueNumber}/comments`, async () => toComment((await this.octokit.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: issueNumber, body })).data));
    }
    async updateIssueComment(repo, commentId, body) {
        return this.call(`PATCH /repos/${repo.owner}/${repo.repo}/issues/comments/${commentId}`, async () => toComment((await this.octokit.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: commentId, body })).data));
    }
    async deleteIssueComment(repo, commentId) {
        await this.call(`DELETE /repos/${repo.owner}/${repo.repo}/issues/comments/${commentId}`, () => this.octokit.rest.issues.deleteComment({ owner: repo.owner, repo: repo.repo, comment_id: commentId }));
    }
    async addReaction(repo, commentId, content) {
        await this.call(`POST /repos/${repo.owner}/${repo.repo}/issues/comments/${commentId}/reactions`, () => this.octokit.rest.reactions.createForIssueComment({ owner: repo.owner, repo: repo.repo, comment_id: commentId, content }));
    }
    async getCollaboratorPermission(repo, username) {
        const request = `GET /repos/${repo.owner}/${repo.repo}/collaborators/${username}/permission`;
        try {
            const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: repo.owner, repo: repo.repo, username });
            return toPermission(data);
        }
        catch (error) {
            if (isStatus(error, 404))
                return 'none';
            throw wrap(error, request);
        }
    }
    async getPullRequest(repo, pullNumber) {
        return this.call(`GET /repos/${repo.owner}/${repo.repo}/pulls/${pullNumber}`, async () => toPullRequest((await this.octokit.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: pullNumber })).data));
    }
    async listPullRequestFiles(repo, pullNumber) {
        return this.call(`GET /repos/${repo.owner}/${repo.repo}/pulls/${pullNumber}/files`, async () => {
            const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
                owner: repo.owner,
                repo: repo.repo,
                pull_number: pullNumber,
                per_page: 100,
            });
            return files.map((f) => ({
                filename: f.filename,
                status: f.status,
                additions: f.additions,
                deletions: f.deletions,
                ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
            }));
        });
    }
    async findPullRequests(repo, query) {
        return this.call(`GET /repos/${repo.owner}/${repo.repo}/pulls`, async () => {
            const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, {
                owner: repo.owner,
                repo: repo.repo,
                state: query.state ?? 'open',
                ...(query.head ? { head: query.head } : {}),
                ...(query.base ? { base: query.base } : {}),
                per_page: 100,
            });
            return pulls.map(toPullRequest);
        });
    }
    async createPullRequest(repo, pull) {
        return this.call(`POST /repos/${repo.owner}/${repo.repo}/pulls`, async () => {
            const { data } = await this.octokit.rest.pulls.create({
                owner: repo.owner,
                repo: repo.repo,
                title: pull.title,
                head: pull.head,
                base: pull.base,
                ...(pull.body !== undefined ? { body: pull.body } : {}),
                ...(pull.draft !== undefined ? { draft: pull.draft } : {}),
                ...(pull.maintainerCanModify !== undefined ? { maintainer_can_modify: pull.maintainerCanModify } : {}),
            });
            return toPullRequest(data);
        });
    }
    async updatePullRequest(repo, pullNumber, update) {
        return this.call(`PATCH /repos/${repo.owner}/${repo.repo}/pulls/${pullNumber}`, async () => toPullRequest((await this.octokit.rest.pulls.update({ owner: repo.owner, repo: repo.repo, pull_number: pullNumber, ...update })).data));
    }
    async enableAutoMerge(pullRequestNodeId, options) {
        const mutation = `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!, $expectedHeadOid: GitObjectID, $commitHeadline: String, $commitBody: String) {
  enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod, expectedHeadOid: $expectedHeadOid, commitHeadline: $commitHeadline, commitBody: $commitBody }) {
    pullRequest { number }
  }
}`;
        await this.call('POST /graphql enablePullRequestAutoMerge', () => this.octokit.graphql(mutation, {
            pullRequestId: pullRequestNodeId,
            mergeMethod: options.mergeMethod,
            expectedHeadOid: options.expectedHeadOid ?? null,
            commitHeadline: options.commitHeadline ?? null,
            commitBody: options.commitBody ?? null,
        }));
    }
    async call(request, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw wrap(error, request);
        }
    }
}
function toComment(raw) {
    return {
        id: raw.id,
        body: raw.body ?? '',
        user: raw.user ? { login: raw.user.login, ...(raw.user.type ? { type: raw.user.type } : {}) } : null,
        htmlUrl: raw.html_url,
        ...(raw.created_at ? { createdAt: raw.created_at } : {}),
        ...(raw.updated_at ? { updatedAt: raw.updated_at } : {}),
    };
}
function toPullRequest(raw) {
    const branch = (b) => ({ ref: b.ref, sha: b.sha, repoFullName: b.repo?.full_name ?? null });
    return {
        number: raw.number,
        nodeId: raw.node_id,
        state: raw.state === 'closed' ? 'closed' : 'open',
        title: raw.title,
        body: raw.body ?? '',
        htmlUrl: raw.html_url,
        draft: raw.draft ?? false,
        merged: raw.merged ?? !!raw.merged_at,
        head: branch(raw.head),
        base: branch(raw.base),
        autoMergeEnabled: raw.auto_merge != null,
    };
}
/**
 * `user.permissions` holds the real grants (maintain, triage); `permission` folds them into the
 * legacy admin/write/read. Prefer the first, as slash-command-dispatch does.
 */
function toPermission(data) {
    const grants = data.user?.permissions;
    if (grants) {
        if (grants.admin)
            return 'admin';
        if (grants.maintain)
            return 'maintain';
        if (grants.push)
            return 'write';
        if (grants.triage)
            return 'triage';
        if (grants.pull)
            return 'read';
    }
    switch (data.permission) {
        case 'admin':
        case 'maintain':
        case 'write':
        case 'triage':
        case 'read':
            return data.permission;
        default:
            return 'none';
    }
}
function isStatus(error, ...statuses) {
    const status = error?.status;
    return typeof status === 'number' && statuses.includes(status);
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
function wrap(error, request) {
    if (error instanceof _github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .OS)
        return error;
    const status = error?.status;
    const graphqlErrors = error?.errors;
    const message = Array.isArray(graphqlErrors) && graphqlErrors.length
        ? graphqlErrors.map((e) => e.message ?? 'GraphQL error').join('; ')
        : describe(error);
    return new _github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .OS(`${request} failed: ${message}`, typeof status === 'number' ? status : undefined, request);
}


/***/ }),

/***/ 9594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export memoryLogger */
/** Discards everything; the default for library calls and tests. */
const silentLogger = {
    debug() { },
    info() { },
    warn() { },
    error() { },
};
/** Collects messages, for tests that assert on what was logged. */
function memoryLogger() {
    const lines = [];
    const at = (level) => (message) => void lines.push({ level, message });
    return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}


/***/ })

};
