export const id = 1168;
export const ids = [1168,9594];
export const modules = {

/***/ 1827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JA: () => (/* binding */ openActionEngine),
/* harmony export */   UY: () => (/* binding */ changelogEnvironment),
/* harmony export */   i6: () => (/* binding */ commandOptions)
/* harmony export */ });
/**
 * The process environment as changelogs may see it (`${NAME}` properties): without the inputs
 * and the runtime's tokens, which are nobody's business in a changelog.
 */
function changelogEnvironment(env) {
    const visible = {};
    for (const [name, value] of Object.entries(env)) {
        if (name.startsWith('INPUT_') || name.startsWith('ACTIONS_') || name === 'GITHUB_TOKEN')
            continue;
        visible[name] = value;
    }
    return visible;
}
/** The options every command takes, from the action's database inputs. */
function commandOptions(env, inputs) {
    return {
        changelogFile: inputs.changelogFile,
        searchPath: [inputs.workingDirectory],
        ...(inputs.url ? { url: inputs.url } : {}),
        ...(inputs.username ? { username: inputs.username } : {}),
        ...(inputs.password ? { password: inputs.password } : {}),
        ...(inputs.contexts ? { contexts: inputs.contexts } : {}),
        ...(inputs.labels ? { labels: inputs.labels } : {}),
        ...(inputs.environment ? { environment: inputs.environment } : {}),
        env: changelogEnvironment(env.env),
        logger: env.logger,
    };
}
/** Opens the changelog and the database, logging one line per finished changeset. */
async function openActionEngine(env, options, extra = {}) {
    const { openEngine } = await Promise.all(/* import() */[__webpack_require__.e(2866), __webpack_require__.e(9286), __webpack_require__.e(834), __webpack_require__.e(1062)]).then(__webpack_require__.bind(__webpack_require__, 834));
    return openEngine({
        changelogFile: options.changelogFile,
        searchPath: options.searchPath,
        url: options.url,
        username: options.username,
        password: options.password,
        contexts: options.contexts,
        labels: options.labels,
        environment: options.env,
        logger: options.logger,
        onProgress: progressLine(env),
        ...extra,
    });
}
function progressLine(env) {
    return (event) => {
        if (event.kind !== 'end')
            return;
        const { result } = event;
        const time = result.durationMs !== undefined ? ` (${result.durationMs} ms)` : '';
        env.logger.info(`[${event.index}/${event.total}] ${result.state} ${result.filePath}::${result.id}::${result.author}${time}`);
    };
}


/***/ }),

/***/ 5325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ publishReport)
});

// EXTERNAL MODULE: ./github/annotations.js
var github_annotations = __webpack_require__(6328);
// EXTERNAL MODULE: ./logger.js
var logger_0 = __webpack_require__(9594);
// EXTERNAL MODULE: ./report/comment-sections.js
var comment_sections = __webpack_require__(4843);
// EXTERNAL MODULE: ./github/github-client.js
var github_client = __webpack_require__(87);
// EXTERNAL MODULE: ./github/masking.js
var masking = __webpack_require__(1946);
;// CONCATENATED MODULE: ./github/upsert-pr-comment.js




/**
 * Creates or updates the dbops comment on a PR, replacing only `section`: finds our comment by
 * its marker AND our login (someone else's comment with the same marker is never touched),
 * merges, and updates in place; creates it only when there is none. If two jobs race and both
 * create, the later one folds its section into the older comment and deletes its own.
 *
 * Never throws: failures (a fork PR's read-only token, say) come back as `action: 'failed'`
 * and are logged as a warning, since the job summary still has the report.
 *
 * @example
 * ```ts
 * const result = await upsertPrComment(client, {
 *   repo: context.repo,
 *   issueNumber: context.pullRequestNumber!,
 *   key: { changelog: inputs.changelogFile, environment: inputs.environment },
 *   section: renderPolicySection(policyResult, { runUrl: context.runUrl }),
 *   secrets,
 * });
 * ```
 */
async function upsertPrComment(client, params) {
    const logger = params.logger ?? logger_0/* silentLogger */.q;
    const secrets = params.secrets ?? [];
    const clean = (text) => (0,masking/* redact */.E$)(text, secrets);
    const sections = (Array.isArray(params.section) ? params.section : [params.section]).map((section) => ({
        ...section,
        title: clean(section.title),
        summary: clean(section.summary),
        body: clean(section.body),
    }));
    const section = { id: sections.map((s) => s.id).join(' and ') };
    const mergeOptions = { key: params.key, ...(params.maxLength !== undefined ? { maxLength: params.maxLength } : {}) };
    // Only our sections are redacted: the other sections were redacted by their writers, and running
    // the markers through redact could break them when a secret is an everyday word.
    const render = (existing) => sections.reduce((body, next) => (0,comment_sections/* mergeCommentSections */.e4)(body, next, mergeOptions), existing);
    const where = `${params.repo.owner}/${params.repo.repo}#${params.issueNumber}`;
    try {
        const authorLogin = params.authorLogin ?? (await client.getAuthenticatedLogin());
        const query = { marker: (0,comment_sections/* commentMarker */.Ql)(params.key), authorLogin };
        const existing = await client.findIssueComments(params.repo, params.issueNumber, query);
        if (existing.length > 1) {
            logger.warn(`${existing.length} dbops comments for ${params.key.changelog} on ${where}; updating the oldest (${existing[0].id})`);
        }
        const current = existing[0];
        if (current) {
            const body = render(current.body);
            if (body === current.body) {
                logger.debug(`dbops comment ${current.id} on ${where} is up to date`);
                return done('unchanged', current, body);
            }
            const updated = await client.updateIssueComment(params.repo, current.id, body);
            logger.info(`Updated the ${section.id} section of the dbops comment on ${where}: ${updated.htmlUrl}`);
            return done('updated', updated, body);
        }
        const body = render(undefined);
        const created = await client.createIssueComment(params.repo, params.issueNumber, body);
        logger.info(`Created the dbops comment on ${where}: ${created.htmlUrl}`);
        return await settleRace(created, body);
        async function settleRace(ours, ourBody) {
            // Another job may have created its comment between our search and our create.
            const all = await client.findIssueComments(params.repo, params.issueNumber, query);
            const oldest = all[0];
            if (!oldest || oldest.id === ours.id)
                return done('created', ours, ourBody);
            const merged = render(oldest.body);
            const updated = merged === oldest.body ? oldest : await client.updateIssueComment(params.repo, oldest.id, merged);
            try {
                await client.deleteIssueComment(params.repo, ours.id);
            }
            catch (error) {
                logger.warn(`Could not delete the duplicate dbops comment ${ours.id}: ${message(error)}`);
            }
            logger.info(`Another job created the dbops comment first; merged the ${section.id} section into ${oldest.id}`);
            return done('updated', updated, merged);
        }
    }
    catch (error) {
        const hint = error instanceof github_client/* GitHubApiError */.OS && error.status === 403
            ? ' (a pull request from a fork gets a read-only token; the report is in the job summary)'
            : '';
        logger.warn(`Could not update the dbops comment on ${where}: ${clean(message(error))}${hint}`);
        return { action: 'failed', shortened: false, error: error instanceof Error ? error : new Error(String(error)) };
    }
}
function done(action, comment, body) {
    return {
        action,
        commentId: comment.id,
        url: comment.htmlUrl,
        body,
        shortened: (0,comment_sections/* parseCommentBody */.PJ)(body).sections.some((s) => s.compact),
    };
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./report/markdown.js
var markdown = __webpack_require__(8186);
;// CONCATENATED MODULE: ./report/job-summary.js


/** What `renderJobSummary` aims for by default (1 MiB is the hard limit). */
const DEFAULT_SUMMARY_BUDGET = 1_000_000;
/**
 * The job summary: the same sections as the PR comment, in full, without the hidden markers.
 * Write it to `GITHUB_STEP_SUMMARY` through the action runtime.
 *
 * @example
 * ```ts
 * await runtime.appendSummary(renderJobSummary([renderApplySection(run)], { key, runUrl }));
 * ```
 */
function renderJobSummary(sections, options = {}) {
    const budget = options.maxBytes ?? DEFAULT_SUMMARY_BUDGET;
    const ordered = [...sections].sort((a, b) => rank(a.id) - rank(b.id));
    const bodies = ordered.map((s) => s.body);
    let markdown = assemble(ordered, bodies, options);
    // Over budget (a changelog loading megabytes of data): drop the biggest bodies first. Cutting
    // one in the middle would leave a code fence or <details> open and break everything after it.
    while (Buffer.byteLength(markdown) > budget) {
        let biggest = -1;
        bodies.forEach((b, i) => {
            if (!b.startsWith(OMITTED) && (biggest < 0 || b.length > bodies[biggest].length))
                biggest = i;
        });
        if (biggest < 0)
            break;
        bodies[biggest] = `${OMITTED} (${bodies[biggest].length.toLocaleString('en-US')} characters, over the 1 MiB job summary limit); see the log.`;
        markdown = assemble(ordered, bodies, options);
    }
    return markdown;
}
const OMITTED = '_Details omitted';
function assemble(sections, bodies, options) {
    const parts = [(0,comment_sections/* renderHeadline */.Lf)(sections.map((s) => ({ ...s, compact: false })), options.key, 2)];
    sections.forEach((s, i) => parts.push(`### ${(0,comment_sections/* sectionHeading */.SF)(s)}`, bodies[i]));
    if (options.runUrl)
        parts.push(`${(0,markdown/* link */.nf)('Workflow run', options.runUrl)}`);
    return `${parts.join('\n\n')}\n`;
}
function rank(id) {
    const i = comment_sections/* SECTION_ORDER */.t9.indexOf(id);
    return i < 0 ? comment_sections/* SECTION_ORDER */.t9.length : i;
}

// EXTERNAL MODULE: ./actions/action-environment.js
var action_environment = __webpack_require__(3160);
;// CONCATENATED MODULE: ./actions/report-publisher.js





/**
 * Reports one action's result everywhere a reviewer looks: annotations on the changelog lines,
 * its section of the sticky PR comment, and the job summary. Never throws for a reporting
 * failure: a comment that cannot be written must not fail a migration that succeeded, so the
 * reason is logged and written to the summary instead.
 */
async function publishReport(env, options) {
    const annotations = (options.annotations ?? []).map((a) => (a.file ? { ...a, file: (0,action_environment/* repositoryPath */.S)(env, a.file) } : a));
    for (const annotation of (0,github_annotations/* limitAnnotations */.yV)(annotations, env.context?.runUrl ? { seeUrl: env.context.runUrl } : {})) {
        env.runtime.annotate(annotation);
    }
    const outcome = {};
    const reason = await whyNoComment(env, options);
    if (reason) {
        outcome.noComment = reason;
        env.logger.info(`No PR comment: ${reason}.`);
    }
    else {
        const client = (await env.github(options.githubToken));
        // All of this action's sections in one update.
        const result = await upsertPrComment(client, {
            repo: env.context.repo,
            issueNumber: env.context.pullRequestNumber,
            key: options.key,
            section: options.sections,
            secrets: env.secrets(),
            logger: env.logger,
        });
        if (result.action === 'failed')
            outcome.noComment = `GitHub refused it (${env.redact(result.error?.message ?? 'unknown error')})`;
        else
            outcome.commentUrl = result.url;
    }
    let summary = renderJobSummary(options.sections, { key: options.key, ...(env.context?.runUrl ? { runUrl: env.context.runUrl } : {}) });
    if (outcome.commentUrl)
        summary += `\n${(0,markdown/* link */.nf)('PR comment', outcome.commentUrl)}\n`;
    else if (outcome.noComment)
        summary += `\n_No PR comment: ${outcome.noComment}._\n`;
    try {
        await env.runtime.appendSummary(summary);
    }
    catch (error) {
        env.logger.warn(`Could not write the job summary: ${error.message}`);
    }
    return outcome;
}
/** Undefined when the comment should be written; otherwise the reason, in a phrase. */
async function whyNoComment(env, options) {
    if (options.comment === false)
        return 'the comment input is false';
    if (!env.context)
        return 'not running in a GitHub Actions workflow (GITHUB_REPOSITORY is not set)';
    if (env.context.pullRequestNumber === undefined) {
        return `this run is not for a pull request (event ${env.context.eventName || 'unknown'})`;
    }
    if (!options.githubToken)
        return 'no github-token was given';
    if (!(await env.github(options.githubToken)))
        return 'no GitHub client for the token';
    return undefined;
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


/***/ }),

/***/ 8598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ renderSchemaChangeSection)
});

;// CONCATENATED MODULE: ./report/er-diagram.js
/**
 * The schema change as a Mermaid `erDiagram`: the input is a small model of the tables a change
 * touches (the snapshot/diff code maps its own model onto it), the output is Mermaid source that
 * GitHub renders in PR comments and job summaries.
 *
 * Mermaid's ER grammar is narrow: entity and attribute names are words, attribute types may hold
 * letters, digits, `-`, `_`, `()` and `[]`, and one quoted comment per attribute. So names are
 * sanitised for the diagram (the section's table lists the real names) and the change marks
 * (new/changed/dropped) travel in the attribute comments.
 */
/** `schema.name`, or `name` in the default schema: how foreign keys refer to a table. */
function qualifiedName(table) {
    return table.schema ? `${table.schema}.${table.name}` : table.name;
}
/**
 * Mermaid source for the change, without the code fence.
 *
 * @example
 * renderErDiagram({
 *   tables: [{ name: 'orders', change: 'new', columns: [{ name: 'id', type: 'bigint', pk: true }] }],
 *   foreignKeys: [],
 * });
 * // erDiagram
 * //     orders {
 * //         bigint id PK "new"
 * //     }
 */
function renderErDiagram(change, options = {}) {
    const maxTables = options.maxTables ?? 40;
    const maxColumns = options.maxColumns ?? 30;
    const entityNames = new EntityNames();
    const lines = ['erDiagram'];
    const drawn = change.tables.slice(0, maxTables);
    for (const table of drawn) {
        const fkColumns = new Set(change.foreignKeys.filter((fk) => fk.fromTable === qualifiedName(table)).flatMap((fk) => fk.fromColumns));
        const entity = entityNames.of(qualifiedName(table));
        if (table.columns.length === 0) {
            lines.push(`    ${entity}`);
            continue;
        }
        lines.push(`    ${entity} {`);
        for (const column of table.columns.slice(0, maxColumns)) {
            lines.push(`        ${attribute(column, table.change, fkColumns.has(column.name))}`);
        }
        if (table.columns.length > maxColumns)
            lines.push(`        more_columns ${sanitiseWord(`and_${table.columns.length - maxColumns}_more`)}`);
        lines.push('    }');
    }
    if (change.tables.length > maxTables)
        lines.push(`    %% ${change.tables.length - maxTables} more tables not drawn`);
    for (const fk of change.foreignKeys) {
        const child = entityNames.of(fk.fromTable);
        const parent = entityNames.of(fk.toTable);
        const childTable = change.tables.find((t) => qualifiedName(t) === fk.fromTable);
        const optional = fk.fromColumns.some((c) => childTable?.columns.find((col) => col.name === c)?.nullable !== false);
        // Many children to one parent; a dotted line for a foreign key the change drops.
        const line = fk.change === 'dropped' ? '..' : '--';
        const label = [fk.name ?? fk.fromColumns.join(', '), fk.change && fk.change !== 'unchanged' ? fk.change : '']
            .filter(Boolean)
            .join(': ');
        lines.push(`    ${child} }o${line}${optional ? 'o|' : '||'} ${parent} : ${quote(label)}`);
    }
    return lines.join('\n');
}
function attribute(column, tableChange, isFk) {
    const keys = [column.pk ? 'PK' : '', isFk ? 'FK' : ''].filter(Boolean).join(', ');
    const notes = [];
    const mark = column.change ?? (tableChange === 'new' || tableChange === 'dropped' ? tableChange : undefined);
    if (mark === 'new')
        notes.push('new');
    if (mark === 'dropped')
        notes.push('dropped');
    if (mark === 'changed')
        notes.push(column.previousType ? `changed, was ${column.previousType}` : 'changed');
    if (column.nullable === false && !column.pk)
        notes.push('not null');
    return [sanitiseType(column.type), sanitiseWord(column.name), keys, notes.length ? quote(notes.join(', ')) : '']
        .filter(Boolean)
        .join(' ');
}
/** Types: `character varying(255)` → `character_varying(255)`, `numeric(12,2)` → `numeric(12_2)`. */
function sanitiseType(type) {
    const word = type
        .trim()
        .replace(/\s*,\s*/g, '_')
        .replace(/\s+/g, '_')
        .replace(/[^A-Za-z0-9_\-()[\]]/g, '');
    return /^[A-Za-z]/.test(word) ? word : `t_${word || 'unknown'}`;
}
function sanitiseWord(name) {
    const word = name.replace(/[^A-Za-z0-9_]/g, '_');
    return /^[A-Za-z_]/.test(word) ? word : `_${word}`;
}
function quote(text) {
    return `"${text.replace(/"/g, "'").replace(/\s+/g, ' ')}"`;
}
/** Sanitised entity names, kept distinct when two real names sanitise alike (`a.b`, `a_b`). */
class EntityNames {
    byName = new Map();
    used = new Set();
    of(name) {
        let entity = this.byName.get(name);
        if (entity)
            return entity;
        const base = sanitiseWord(name.replace(/\./g, '__'));
        entity = base;
        for (let i = 2; this.used.has(entity); i++)
            entity = `${base}_${i}`;
        this.byName.set(name, entity);
        this.used.add(entity);
        return entity;
    }
}

// EXTERNAL MODULE: ./report/markdown.js
var markdown = __webpack_require__(8186);
;// CONCATENATED MODULE: ./report/schema-change-section.js


const MARK_ICON = { new: '🆕', changed: '✏️', dropped: '🗑️', unchanged: '▫️' };
/**
 * The schema change (diff or drift) section: a table of what changed per table, then the tables
 * touched as a Mermaid `erDiagram` (new/changed/dropped marked in the attribute comments).
 */
function renderSchemaChangeSection(change, options = {}) {
    const kind = options.kind ?? 'diff';
    const touched = change.tables.filter((t) => tableMark(t) !== 'unchanged');
    const fkChanges = change.foreignKeys.filter((fk) => fk.change && fk.change !== 'unchanged');
    const md = new markdown/* MarkdownBuilder */.$6();
    if (touched.length === 0 && fkChanges.length === 0) {
        md.paragraph(kind === 'drift' ? '_No drift: the database matches the changelog._' : '_No schema change._');
    }
    else {
        md.table(['', 'Table', 'Change'], touched.map((t) => [MARK_ICON[tableMark(t)], (0,markdown/* inlineCode */.ti)(qualifiedName(t)), describe(t)]));
        if (fkChanges.length > 0) {
            md.list(fkChanges.map((fk) => `${MARK_ICON[fk.change]} foreign key ${(0,markdown/* inlineCode */.ti)(fk.name ?? fk.fromColumns.join(', '))}: ` +
                `${(0,markdown/* inlineCode */.ti)(`${fk.fromTable}(${fk.fromColumns.join(', ')})`)} → ${(0,markdown/* inlineCode */.ti)(`${fk.toTable}(${fk.toColumns.join(', ')})`)} ${fk.change}`));
        }
        md.details('Entity-relationship diagram', (b) => b.codeBlock(renderErDiagram(change, options), 'mermaid'), { open: true });
    }
    return {
        id: options.id ?? kind,
        title: options.title ?? (kind === 'drift' ? 'Drift' : 'Schema change'),
        status: statusFor(kind, touched.length + fkChanges.length),
        summary: summaryFor(change.tables, fkChanges.length, kind),
        body: md.stringify(),
        ...(options.runUrl ? { url: options.runUrl } : {}),
    };
}
/** A table's mark, `changed` when only its columns say so. */
function tableMark(table) {
    if (table.change && table.change !== 'unchanged')
        return table.change;
    return table.columns.some((c) => c.change && c.change !== 'unchanged') ? 'changed' : 'unchanged';
}
function describe(table) {
    const mark = tableMark(table);
    if (mark === 'new')
        return `new table, ${(0,markdown/* plural */.LS)(table.columns.length, 'column')}`;
    if (mark === 'dropped')
        return 'dropped';
    const parts = [];
    for (const c of table.columns) {
        if (c.change === 'new')
            parts.push(`+ ${(0,markdown/* inlineCode */.ti)(c.name)} ${(0,markdown/* escapeText */.X1)(c.type)}`);
        if (c.change === 'dropped')
            parts.push(`− ${(0,markdown/* inlineCode */.ti)(c.name)}`);
        if (c.change === 'changed')
            parts.push(`~ ${(0,markdown/* inlineCode */.ti)(c.name)} ${c.previousType ? `${(0,markdown/* escapeText */.X1)(c.previousType)} → ` : ''}${(0,markdown/* escapeText */.X1)(c.type)}`);
    }
    return parts.length ? parts.join('<br>') : 'changed';
}
function statusFor(kind, changes) {
    if (kind === 'drift')
        return changes > 0 ? 'warn' : 'pass';
    return 'info';
}
function summaryFor(tables, fkChanges, kind) {
    const count = (m) => tables.filter((t) => tableMark(t) === m).length;
    const parts = [];
    if (count('new'))
        parts.push((0,markdown/* plural */.LS)(count('new'), 'new table'));
    if (count('changed'))
        parts.push((0,markdown/* plural */.LS)(count('changed'), 'changed table'));
    if (count('dropped'))
        parts.push((0,markdown/* plural */.LS)(count('dropped'), 'dropped table'));
    if (fkChanges)
        parts.push((0,markdown/* plural */.LS)(fkChanges, 'foreign key change'));
    return parts.length ? parts.join(', ') : kind === 'drift' ? 'no drift' : 'no schema change';
}


/***/ })

};
