export const id = 6796;
export const ids = [6796,2428];
export const modules = {

/***/ 8343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isEmptyDiff)
/* harmony export */ });
/* unused harmony export RELATION_LEVEL_KINDS */
const RELATION_LEVEL_KINDS = (/* unused pure expression or super */ null && ([
    'column', 'primaryKey', 'uniqueConstraint', 'checkConstraint', 'exclusionConstraint', 'foreignKey', 'index',
]));
/** True when the two schemas are the same. */
function isEmptyDiff(diff) {
    return diff.missing.length + diff.unexpected.length + diff.changed.length + diff.renamed.length === 0;
}


/***/ }),

/***/ 2428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDiffText: () => (/* binding */ renderDiffText)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8343);

const KIND_LABELS = {
    schema: 'schema',
    extension: 'extension',
    type: 'type',
    sequence: 'sequence',
    table: 'table',
    view: 'view',
    function: 'function',
    trigger: 'trigger',
    column: 'column',
    primaryKey: 'primary key',
    uniqueConstraint: 'unique constraint',
    checkConstraint: 'check constraint',
    exclusionConstraint: 'exclusion constraint',
    foreignKey: 'foreign key',
    index: 'index',
};
/**
 * The diff as plain text for a terminal or a log: one section per kind of difference, one line
 * per object, changed attributes indented under their object as `target → reference` (what the
 * target has → what the reference wants).
 *
 * @example
 * process.stdout.write(renderDiffText(diffSnapshots(reference, target)));
 */
function renderDiffText(diff) {
    const lines = [`Reference: ${describeSide(diff.reference)}`, `Target:    ${describeSide(diff.target)}`, ''];
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isEmptyDiff */ .$)(diff)) {
        lines.push('No differences.');
        return `${lines.join('\n')}\n`;
    }
    if (diff.renamed.length > 0) {
        lines.push(`Probable renames (${diff.renamed.length}):`);
        for (const rename of diff.renamed) {
            const where = rename.kind === 'column' ? `${rename.schema}.${rename.table}.` : `${rename.schema}.`;
            lines.push(`  ${rename.kind} ${where}${rename.from} → ${rename.to} (confidence ${rename.confidence.toFixed(2)}: ${rename.reason})`);
        }
        lines.push('');
    }
    section(lines, 'Missing from the target (in the reference only)', diff.missing);
    section(lines, 'Unexpected in the target (not in the reference)', diff.unexpected);
    if (diff.changed.length > 0) {
        lines.push(`Changed (${diff.changed.length}):`);
        for (const entry of diff.changed) {
            lines.push(`  ${KIND_LABELS[entry.kind]} ${entry.id}`);
            for (const difference of entry.differences)
                lines.push(...renderDifference(difference));
        }
        lines.push('');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
function section(lines, title, entries) {
    if (entries.length === 0)
        return;
    lines.push(`${title} (${entries.length}):`);
    for (const entry of entries)
        lines.push(`  ${KIND_LABELS[entry.kind]} ${entry.id}${summary(entry)}`);
    lines.push('');
}
/** A few words that tell objects apart at a glance. */
function summary(entry) {
    switch (entry.kind) {
        case 'table': {
            const t = entry.object;
            const parts = [`${t.columns.length} column${t.columns.length === 1 ? '' : 's'}`];
            if (t.indexes.length)
                parts.push(`${t.indexes.length} index${t.indexes.length === 1 ? '' : 'es'}`);
            if (t.foreignKeys.length)
                parts.push(`${t.foreignKeys.length} foreign key${t.foreignKeys.length === 1 ? '' : 's'}`);
            return ` (${parts.join(', ')})`;
        }
        case 'column':
            return ` ${entry.object.type}${entry.object.nullable ? '' : ' NOT NULL'}`;
        case 'type':
            return ` (${entry.object.kind})`;
        case 'view':
            return entry.object.materialized ? ' (materialized)' : '';
        case 'foreignKey':
            return ` (${entry.object.columns.join(', ')}) → ${entry.object.referencedSchema}.${entry.object.referencedTable}`;
        case 'index':
        case 'primaryKey':
        case 'uniqueConstraint':
            return 'columns' in entry.object && Array.isArray(entry.object.columns)
                ? ` (${entry.object.columns.map((c) => (typeof c === 'string' ? c : c.name ?? c.expression)).join(', ')})`
                : '';
        default:
            return '';
    }
}
function renderDifference(difference) {
    const reference = show(difference.reference);
    const target = show(difference.target);
    if (!reference.includes('\n') && !target.includes('\n') && reference.length + target.length < 100) {
        return [`    ${difference.attribute}: ${target} → ${reference}`];
    }
    return [
        `    ${difference.attribute}:`,
        ...indent('target:    ', target),
        ...indent('reference: ', reference),
    ];
}
function indent(label, text) {
    return text.split('\n').map((line, i) => `      ${i === 0 ? label : ' '.repeat(label.length)}${line}`);
}
function show(value) {
    if (value === undefined || value === null)
        return '(none)';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
function describeSide(side) {
    const parts = [side.database ?? 'unknown database'];
    if (side.serverVersion)
        parts.push(`(PostgreSQL ${side.serverVersion.split(' ')[0]})`);
    if (side.generatedAt)
        parts.push(`snapshot of ${side.generatedAt}`);
    return parts.join(' ');
}


/***/ }),

/***/ 6796:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDriftText: () => (/* binding */ renderDriftText)
/* harmony export */ });
/* harmony import */ var _render_diff_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2428);

/**
 * A drift report for a terminal or a log: the verdict first, then what was replayed and what
 * could not be, then the differences (reference: what the changelog builds; target: the database).
 */
function renderDriftText(report) {
    const lines = [
        report.drifted
            ? `Drift: ${report.differences} object${report.differences === 1 ? '' : 's'} in ${report.database} differ from what ${report.changelog} builds.`
            : `No drift: ${report.database} matches what ${report.changelog} builds.`,
        `${report.replayed} applied changeset${report.replayed === 1 ? '' : 's'} replayed on the embedded PostgreSQL.`,
    ];
    if (report.notInChangelog.length > 0) {
        lines.push(`Applied but no longer in the changelog (not replayed): ${report.notInChangelog.map((c) => `${c.filePath}::${c.id}::${c.author}`).join(', ')}`);
    }
    if (report.changedSinceApplied.length > 0) {
        lines.push(`Changed since applied (replayed as they are now): ${report.changedSinceApplied.map((c) => `${c.filePath}::${c.id}::${c.author}`).join(', ')}`);
    }
    if (!report.drifted)
        return `${lines.join('\n')}\n`;
    return `${lines.join('\n')}\n\n${(0,_render_diff_text_js__WEBPACK_IMPORTED_MODULE_0__.renderDiffText)(report.diff)}`;
}


/***/ })

};
