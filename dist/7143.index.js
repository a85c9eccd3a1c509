export const id = 7143;
export const ids = [7143];
export const modules = {

/***/ 5610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ changeSetFilter),
/* harmony export */   T: () => (/* binding */ modifySqlApplies)
/* harmony export */ });
/* harmony import */ var _changelog_context_expression_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1273);
/* harmony import */ var _changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1026);
/* harmony import */ var _changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8590);



/** Whether a changeset takes part in this run (contexts, labels, dbms, ignore), and if not, why. */
function changeSetFilter(changeSet, context) {
    if (changeSet.ignore)
        return { included: false, reason: 'ignore="true"' };
    if (!(0,_changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .dbmsMatches */ .e)(changeSet.dbms, context.dialect.name))
        return { included: false, reason: `dbms ${changeSet.dbms} does not include ${context.dialect.name}` };
    const runtime = runtimeFilters(context);
    if (!(0,_changelog_context_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSetMatchesContexts */ .Y5)(changeSet, runtime.contexts)) {
        return { included: false, reason: `context ${(0,_changelog_context_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .contextsColumnValue */ .oD)(changeSet)} does not match --contexts ${context.contexts ?? '(none)'}` };
    }
    if (!(0,_changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSetMatchesLabels */ .V1)(changeSet, runtime.labels)) {
        return { included: false, reason: `labels ${(0,_changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsColumnValue */ .B)(changeSet)} do not match --labels ${context.labels ?? '(none)'}` };
    }
    return { included: true };
}
/** Whether a `<modifySql>` visitor applies to this run: its dbms, context and labels. */
function modifySqlApplies(visitor, context) {
    if (visitor.dbms && !(0,_changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .dbmsMatches */ .e)(visitor.dbms, context.dialect.name))
        return false;
    if (visitor.contextFilter && !(0,_changelog_context_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .contextExpressionMatches */ .bs)(visitor.contextFilter, runtimeFilters(context).contexts))
        return false;
    if (visitor.labels && !(0,_changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .labelsMatch */ .ze)((0,_changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLabelList */ .qt)(visitor.labels), runtimeFilters(context).labels))
        return false;
    return true;
}
/** The run's `--contexts` and `--labels`, parsed once per run rather than once per changeset. */
function runtimeFilters(context) {
    let parsed = parsedFilters.get(context);
    if (!parsed || parsed.contextsText !== context.contexts || parsed.labelsText !== context.labels) {
        parsed = { contextsText: context.contexts, labelsText: context.labels, contexts: (0,_changelog_context_expression_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRuntimeContexts */ .Sw)(context.contexts), labels: (0,_changelog_label_expression_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRuntimeLabels */ .RN)(context.labels) };
        parsedFilters.set(context, parsed);
    }
    return parsed;
}
const parsedFilters = new WeakMap();


/***/ }),

/***/ 2634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xh: () => (/* binding */ changeSetStatements),
/* harmony export */   p6: () => (/* binding */ changeSetTag),
/* harmony export */   rQ: () => (/* binding */ changeSetDescription),
/* harmony export */   ro: () => (/* binding */ rollbackStatements),
/* harmony export */   tR: () => (/* binding */ sqlContextOf),
/* harmony export */   zI: () => (/* binding */ hasRollback)
/* harmony export */ });
/* unused harmony export applyModifySql */
/* harmony import */ var _changes_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2866);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8645);
/* harmony import */ var _changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1026);
/* harmony import */ var _changelog_file_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6327);
/* harmony import */ var _tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4806);
/* harmony import */ var _changeset_filter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5610);






/** The SQL-generation context of a run: its dialect, files, properties, database and filters. */
function sqlContextOf(context) {
    return {
        dialect: context.dialect,
        resources: context.resources,
        expand: context.expand,
        database: context.db,
        modifySqlApplies: (visitor) => (0,_changeset_filter_js__WEBPACK_IMPORTED_MODULE_4__/* .modifySqlApplies */ .T)(visitor, context),
    };
}
async function changeSetStatements(changeSet, context) {
    const statements = [];
    for (const change of changeSet.changes) {
        if (!changeApplies(change, context.dialect.name))
            continue;
        const type = changeTypeOf(change, changeSet);
        if (READS_DATABASE_WHEN_RUN.has(change.type) && context.script) {
            statements.push(...(await type.generateSql(change, { ...context, changeSet, database: undefined })));
            continue;
        }
        if (READS_DATABASE_WHEN_RUN.has(change.type)) {
            statements.push({
                sql: `-- ${type.description(change)}: statements read from the database when it runs`,
                deferred: (database) => type.generateSql(change, { ...context, changeSet, database }),
            });
            continue;
        }
        statements.push(...withChangelogLines(await type.generateSql(change, { ...context, changeSet }), change));
    }
    return applyModifySql(statements, activeVisitors(changeSet, context, false), context.dialect.name, false);
}
/**
 * The statements that undo a changeset: its explicit rollback block (changes in declared order,
 * then referenced changesets), or the automatic inverse of its changes in reverse order.
 * Throws a ChangelogError naming the changeset when no rollback can be generated.
 */
async function rollbackStatements(changeSet, changeLog, context) {
    const generate = { ...context, changeSet };
    const statements = [];
    if (changeSet.rollback) {
        for (const change of changeSet.rollback.changes) {
            if (!changeApplies(change, context.dialect.name))
                continue;
            statements.push(...(await changeTypeOf(change, changeSet).generateSql(change, generate)));
        }
        for (const reference of changeSet.rollback.references) {
            const target = findReferencedChangeSet(changeLog, changeSet, reference);
            for (const change of target.changes) {
                if (!changeApplies(change, context.dialect.name))
                    continue;
                statements.push(...(await changeTypeOf(change, target).generateSql(change, { ...context, changeSet: target })));
            }
        }
    }
    else {
        for (const change of [...changeSet.changes].reverse()) {
            if (!changeApplies(change, context.dialect.name))
                continue;
            const type = changeTypeOf(change, changeSet);
            const inverse = type.inverse ? await type.inverse(change, generate) : undefined;
            if (!inverse) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br(`No inverse to ${change.type} can be generated automatically; add a <rollback> block to the changeset (an empty one if nothing needs undoing)`, { location: changeSet.location, changeSet });
            }
            for (const inverseChange of inverse) {
                statements.push(...(await changeTypeOf(inverseChange, changeSet).generateSql(inverseChange, generate)));
            }
        }
    }
    return applyModifySql(statements, activeVisitors(changeSet, context, true), context.dialect.name, true);
}
function activeVisitors(changeSet, context, rollback) {
    return changeSet.modifySql.filter((visitor) => (!rollback || visitor.applyToRollback) && (context.modifySqlApplies?.(visitor) ?? true));
}
/** Whether a changeset can be rolled back without running anything (for reports and policy). */
function hasRollback(changeSet) {
    if (changeSet.rollback)
        return true;
    return changeSet.changes.every((change) => _changes_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .changeTypes */ .u.get(change.type)?.inverse !== undefined);
}
/** DESCRIPTION as Liquibase writes it: the changes' descriptions joined with `; `, or `empty`. */
function changeSetDescription(changeSet) {
    if (changeSet.changes.length === 0)
        return 'empty';
    return (0,_tracking_tracking_tables_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateColumn */ .RM)(changeSet.changes.map((change) => changeTypeOf(change, changeSet).description(change)).join('; '));
}
/** The tag of a tagDatabase change in the changeset, written to TAG. */
function changeSetTag(changeSet) {
    const tagChange = changeSet.changes.find((change) => change.type === 'tagDatabase');
    const tag = tagChange?.params.tag;
    return typeof tag === 'string' ? tag : null;
}
/**
 * Changes whose SQL depends on what the database holds at that moment, which may be what earlier
 * changes of the same changeset just created: generated when they run, as Liquibase does.
 */
const READS_DATABASE_WHEN_RUN = new Set(['dropAllForeignKeyConstraints', 'loadData', 'loadUpdateData']);
/** Statement lines relative to the change's text become lines of the changelog file. */
function withChangelogLines(statements, change) {
    const base = change.location.line;
    return statements.map((statement) => ({ ...statement, line: base === undefined ? undefined : base + (statement.line ?? 1) - 1 }));
}
function changeApplies(change, dialectName) {
    const dbms = change.params.dbms;
    return typeof dbms !== 'string' || (0,_changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_5__/* .dbmsMatches */ .e)(dbms, dialectName);
}
function changeTypeOf(change, changeSet) {
    const type = _changes_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .changeTypes */ .u.get(change.type);
    if (!type)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br(`Unknown change type '${change.type}'`, { location: change.location, changeSet });
    return type;
}
function findReferencedChangeSet(changeLog, from, reference) {
    const path = reference.path ?? from.filePath;
    const found = changeLog.changeSets.find((candidate) => candidate.id === reference.id && candidate.author === reference.author && (0,_changelog_file_path_js__WEBPACK_IMPORTED_MODULE_2__/* .sameFilePath */ .Iq)(candidate.filePath, path));
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ChangelogError */ .br(`The rollback refers to changeset ${reference.id}::${reference.author}${reference.path ? ` in ${reference.path}` : ''}, which the changelog does not contain`, {
            location: from.rollback?.location ?? from.location,
            changeSet: from,
        });
    }
    return found;
}
/** Applies `<modifySql>` visitors (replace, regExpReplace, prepend, append) to generated statements. */
function applyModifySql(statements, visitors, dialectName, rollback) {
    const active = visitors.filter((visitor) => (!rollback || visitor.applyToRollback) && (!visitor.dbms || (0,_changelog_dbms_filter_js__WEBPACK_IMPORTED_MODULE_5__/* .dbmsMatches */ .e)(visitor.dbms, dialectName)));
    if (active.length === 0)
        return statements;
    return statements.map((statement) => {
        let sql = statement.sql;
        for (const visitor of active) {
            switch (visitor.kind) {
                case 'replace':
                    sql = sql.split(visitor.replace ?? '').join(visitor.with ?? '');
                    break;
                case 'regExpReplace':
                    sql = sql.replace(new RegExp(visitor.replace ?? '', 'g'), javaReplacement(visitor.with ?? ''));
                    break;
                case 'prepend':
                    sql = `${visitor.value ?? ''}${sql}`;
                    break;
                case 'append':
                    sql = `${sql}${visitor.value ?? ''}`;
                    break;
            }
        }
        return { ...statement, sql };
    });
}
/** Java's replacement syntax (`$1`, `\$`) to JavaScript's (`$1`, `$$`). */
function javaReplacement(replacement) {
    return replacement.replace(/\\\$/g, '$$$$');
}


/***/ }),

/***/ 7143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  policyCheck: () => (/* binding */ policyCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./changelog/load-changelog.js + 3 modules
var load_changelog = __webpack_require__(1720);
// EXTERNAL MODULE: ./changelog/resource-accessor.js
var resource_accessor = __webpack_require__(7489);
// EXTERNAL MODULE: ./changes/registry.js + 57 modules
var registry = __webpack_require__(2866);
// EXTERNAL MODULE: ./dialect/postgres/postgres-dialect.js + 6 modules
var postgres_dialect = __webpack_require__(5142);
// EXTERNAL MODULE: ./engine/changeset-filter.js
var changeset_filter = __webpack_require__(5610);
// EXTERNAL MODULE: ./engine/changeset-sql.js
var changeset_sql = __webpack_require__(2634);
// EXTERNAL MODULE: ./engine/database-properties.js
var database_properties = __webpack_require__(7878);
// EXTERNAL MODULE: ./engine/open-engine.js
var open_engine = __webpack_require__(834);
// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(8645);
// EXTERNAL MODULE: ./policy/policy-config.js
var policy_config = __webpack_require__(8280);
;// CONCATENATED MODULE: ./policy/policy-input.js
/**
 * Builds the policy view of a changeset from the changelog model and the statements the engine
 * planned for it. `automaticRollback` says whether every change of it has an automatic inverse.
 *
 * @example
 * const input: PolicyInput = {
 *   dialect: 'postgresql',
 *   changeSets: [policyChangeSet(changeSet, [{ sql: 'DROP TABLE person' }], { automaticRollback: false })],
 * };
 */
function policyChangeSet(changeSet, statements, options) {
    const contexts = [...changeSet.inheritedContexts, ...(changeSet.contextFilter ? [changeSet.contextFilter] : [])];
    const labels = [...changeSet.inheritedLabels, ...changeSet.labels];
    return {
        ref: {
            id: changeSet.id,
            author: changeSet.author,
            filePath: changeSet.filePath,
            sourceFile: changeSet.location.file,
            ...(changeSet.location.line !== undefined ? { line: changeSet.location.line } : {}),
        },
        changeTypes: changeSet.changes.map((change) => change.type),
        hasRollback: changeSet.rollback !== undefined || options.automaticRollback,
        runInTransaction: changeSet.runInTransaction,
        ...(changeSet.comment !== undefined ? { comment: changeSet.comment } : {}),
        ...(contexts.length ? { contexts: contexts.map((c) => (contexts.length > 1 ? `(${c})` : c)).join(' and ') } : {}),
        ...(labels.length ? { labels: labels.join(',') } : {}),
        statements,
    };
}
/** Derives the Rego `input` document from the policy input. */
function toRegoInput(input) {
    const changeSets = input.changeSets.map((cs) => {
        const statements = cs.statements.map((s) => ({ sql: terminateStatement(s.sql), line: s.line ?? null }));
        return {
            id: cs.ref.id,
            author: cs.ref.author,
            filePath: cs.ref.filePath,
            sourceFile: cs.ref.sourceFile ?? null,
            line: cs.ref.line ?? null,
            changeTypes: [...cs.changeTypes],
            hasRollback: cs.hasRollback,
            runInTransaction: cs.runInTransaction,
            comment: cs.comment ?? null,
            contexts: cs.contexts ?? null,
            labels: cs.labels ?? null,
            sqlStatements: statements.map((s) => s.sql),
            statements,
        };
    });
    return {
        dialect: input.dialect,
        environment: input.environment ?? null,
        sqlStatements: changeSets.flatMap((cs) => cs.sqlStatements),
        changeSets,
    };
}
/**
 * Trims and ends the statement with `;`. When the last line may be a `--` comment the
 * terminator goes on its own line, or it would be commented out.
 */
function terminateStatement(sql) {
    const trimmed = sql.trim();
    if (trimmed.endsWith(';'))
        return trimmed;
    const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
    return lastLine.includes('--') ? `${trimmed}\n;` : `${trimmed};`;
}

// EXTERNAL MODULE: ./policy/rules/invalid-suppression.js
var invalid_suppression = __webpack_require__(5882);
// EXTERNAL MODULE: ./policy/rules/syntax-error.js
var syntax_error = __webpack_require__(8871);
// EXTERNAL MODULE: ./policy/postgres-ast.js
var postgres_ast = __webpack_require__(3569);
;// CONCATENATED MODULE: ./policy/schema-timeline.js

/** The statement types applyNode reads. */
const TRACKED_KINDS = new Set([
    'CreateStmt',
    'AlterTableStmt',
    'IndexStmt',
    'CreateTableAsStmt',
    'SelectStmt',
    'CreateSchemaStmt',
    'DropStmt',
    'RenameStmt',
    'VariableSetStmt',
    'TransactionStmt',
]);
class SchemaTimeline {
    tables = new Map();
    schemas = new Set();
    /** Indexes created in the set, by name → whether their table was new then. */
    indexes = new Map();
    /** Column types known from the set (created tables and added columns), by `table.column`. */
    columnTypes = new Map();
    /** NOT VALID `col IS NOT NULL` checks by constraint name. */
    pendingNotNullChecks = new Map();
    validatedNotNull = new Set();
    /** Constraints added NOT VALID in the current changeset: name → kind. */
    notValidInChangeSet = new Map();
    sessionLockTimeout = false;
    localLockTimeout = false;
    transactionDepth = 0;
    /** A table created earlier in the set (and not dropped since). */
    createdTable(r) {
        if (!r)
            return undefined;
        const candidates = this.tables.get(r.name);
        if (!candidates)
            return undefined;
        if (!r.schema)
            return candidates[candidates.length - 1];
        return candidates.find((c) => c.name.schema === undefined || c.name.schema === r.schema);
    }
    isNewTable(r) {
        return this.createdTable(r) !== undefined;
    }
    isNewSchema(name) {
        return this.schemas.has(name);
    }
    /** Whether the index was created in the set on a table that was new at the time. */
    isIndexOfNewTable(indexName) {
        return this.indexes.get(indexName) === true;
    }
    /** The column's type, when the set created the column. */
    knownColumnType(table, column) {
        return this.columnTypes.get(`${table.name}.${column}`);
    }
    /** A validated `CHECK (col IS NOT NULL)` exists, so SET NOT NULL needs no scan (PostgreSQL 12+). */
    hasValidatedNotNullCheck(table, column) {
        return this.validatedNotNull.has(`${table.name}.${column}`);
    }
    /** The kind of a constraint added NOT VALID earlier in the current changeset. */
    notValidConstraintInChangeSet(name) {
        return this.notValidInChangeSet.get(name);
    }
    get lockTimeoutSet() {
        return this.sessionLockTimeout || this.localLockTimeout;
    }
    get inTransactionBlock() {
        return this.transactionDepth > 0;
    }
    get transactionBlockDepth() {
        return this.transactionDepth;
    }
    /** Tables created in the set and still there at the end. */
    allCreatedTables() {
        return [...this.tables.values()].flat();
    }
    startChangeSet() {
        this.localLockTimeout = false;
        this.transactionDepth = 0;
        this.notValidInChangeSet.clear();
    }
    /** Records the effect of a statement, reading its AST only when its type can have one. */
    apply(unit, site) {
        if (!TRACKED_KINDS.has(unit.kind))
            return;
        // A SELECT creates a table only with the keyword INTO (most SELECTs are then never decoded).
        if (unit.kind === 'SelectStmt' && !/\binto\b/i.test(unit.text.slice(unit.codeStart, unit.codeEnd)))
            return;
        this.applyNode(unit.node, site);
    }
    applyNode(node, site) {
        const create = (0,postgres_ast/* nodeAs */.hK)(node, 'CreateStmt');
        if (create)
            return this.applyCreate(create, site);
        const alter = (0,postgres_ast/* nodeAs */.hK)(node, 'AlterTableStmt');
        if (alter)
            return this.applyAlter(alter);
        const index = (0,postgres_ast/* nodeAs */.hK)(node, 'IndexStmt');
        if (index) {
            if (index.idxname)
                this.indexes.set(index.idxname, this.isNewTable((0,postgres_ast/* relationName */.CJ)(index.relation)));
            if (index.primary)
                this.markPrimaryKey((0,postgres_ast/* relationName */.CJ)(index.relation));
            return;
        }
        const ctas = (0,postgres_ast/* nodeAs */.hK)(node, 'CreateTableAsStmt');
        if (ctas)
            return this.addTable((0,postgres_ast/* relationName */.CJ)(ctas.into?.rel), site, ctas.into?.rel?.relpersistence === 't', false, false);
        const select = (0,postgres_ast/* nodeAs */.hK)(node, 'SelectStmt');
        if (select?.intoClause) {
            const rel = select.intoClause.rel;
            return this.addTable((0,postgres_ast/* relationName */.CJ)(rel), site, rel?.relpersistence === 't', false, false);
        }
        const schema = (0,postgres_ast/* nodeAs */.hK)(node, 'CreateSchemaStmt');
        if (schema) {
            if (schema.schemaname)
                this.schemas.add(schema.schemaname);
            for (const element of schema.schemaElts ?? []) {
                const inner = (0,postgres_ast/* nodeAs */.hK)(element, 'CreateStmt');
                if (inner?.relation && !inner.relation.schemaname && schema.schemaname) {
                    this.applyCreate({ ...inner, relation: { ...inner.relation, schemaname: schema.schemaname } }, site);
                }
                else {
                    this.applyNode(element, site);
                }
            }
            return;
        }
        const drop = (0,postgres_ast/* nodeAs */.hK)(node, 'DropStmt');
        if (drop) {
            for (const parts of (0,postgres_ast/* dropObjects */.sP)(drop.objects)) {
                if (drop.removeType === 'OBJECT_TABLE')
                    this.removeTable((0,postgres_ast/* relationFromNames */.be)(parts));
                else if (drop.removeType === 'OBJECT_INDEX')
                    this.indexes.delete(parts[parts.length - 1] ?? '');
                else if (drop.removeType === 'OBJECT_SCHEMA')
                    this.schemas.delete(parts[0] ?? '');
            }
            return;
        }
        const rename = (0,postgres_ast/* nodeAs */.hK)(node, 'RenameStmt');
        if (rename?.newname) {
            if (rename.renameType === 'OBJECT_TABLE') {
                const table = this.createdTable((0,postgres_ast/* relationName */.CJ)(rename.relation));
                if (table) {
                    this.removeTable(table.name);
                    table.name = { ...table.name, name: rename.newname };
                    this.insertTable(table);
                }
            }
            else if (rename.renameType === 'OBJECT_INDEX') {
                const old = rename.relation?.relname;
                if (old && this.indexes.has(old)) {
                    this.indexes.set(rename.newname, this.indexes.get(old));
                    this.indexes.delete(old);
                }
            }
            return;
        }
        const variable = (0,postgres_ast/* nodeAs */.hK)(node, 'VariableSetStmt');
        if (variable?.name?.toLowerCase() === 'lock_timeout') {
            const on = variable.kind === 'VAR_SET_VALUE' && !isZero(variable.args);
            if (variable.is_local)
                this.localLockTimeout = on;
            else {
                this.sessionLockTimeout = on;
                if (!on)
                    this.localLockTimeout = false;
            }
            return;
        }
        const tx = (0,postgres_ast/* nodeAs */.hK)(node, 'TransactionStmt');
        if (tx) {
            if (tx.kind === 'TRANS_STMT_BEGIN' || tx.kind === 'TRANS_STMT_START')
                this.transactionDepth++;
            else if (tx.kind === 'TRANS_STMT_COMMIT' || tx.kind === 'TRANS_STMT_ROLLBACK' || tx.kind === 'TRANS_STMT_PREPARE') {
                this.transactionDepth = 0;
                this.localLockTimeout = false;
            }
        }
    }
    applyCreate(create, site) {
        const name = (0,postgres_ast/* relationName */.CJ)(create.relation);
        if (!name)
            return;
        const { columns, constraints } = (0,postgres_ast/* tableElements */.Kf)(create.tableElts);
        const hasLike = (create.tableElts ?? []).some((e) => 'TableLikeClause' in e);
        const derived = create.partbound !== undefined || hasLike || (create.inhRelations?.length ?? 0) > 0 || create.ofTypename !== undefined;
        const pk = constraints.some((c) => c.contype === 'CONSTR_PRIMARY') ||
            columns.some((col) => (0,postgres_ast/* columnConstraints */.zD)(col).some((c) => c.contype === 'CONSTR_PRIMARY'));
        this.addTable(name, site, create.relation?.relpersistence === 't', pk, derived);
        for (const col of columns) {
            const type = (0,postgres_ast/* columnType */.DW)(col.typeName);
            if (col.colname && type)
                this.columnTypes.set(`${name.name}.${col.colname}`, type);
        }
        for (const con of constraints)
            this.noteCheck(name, con.contype, con.conname, con.raw_expr, con.skip_validation);
    }
    applyAlter(alter) {
        const table = (0,postgres_ast/* relationName */.CJ)(alter.relation);
        if (!table || alter.objtype !== 'OBJECT_TABLE')
            return;
        for (const cmd of (0,postgres_ast/* alterCommands */.$f)(alter.cmds)) {
            if (cmd.subtype === 'AT_AddColumn') {
                const col = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef');
                const type = (0,postgres_ast/* columnType */.DW)(col?.typeName);
                if (col?.colname && type)
                    this.columnTypes.set(`${table.name}.${col.colname}`, type);
                if (col && (0,postgres_ast/* columnConstraints */.zD)(col).some((c) => c.contype === 'CONSTR_PRIMARY'))
                    this.markPrimaryKey(table);
            }
            else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
                const type = (0,postgres_ast/* columnType */.DW)((0,postgres_ast/* nodeAs */.hK)(cmd.def, 'ColumnDef')?.typeName);
                if (type)
                    this.columnTypes.set(`${table.name}.${cmd.name}`, type);
            }
            else if (cmd.subtype === 'AT_AddConstraint') {
                const con = (0,postgres_ast/* nodeAs */.hK)(cmd.def, 'Constraint');
                if (!con)
                    continue;
                if (con.contype === 'CONSTR_PRIMARY')
                    this.markPrimaryKey(table);
                this.noteCheck(table, con.contype, con.conname, con.raw_expr, con.skip_validation);
                if (con.skip_validation && con.conname && (con.contype === 'CONSTR_FOREIGN' || con.contype === 'CONSTR_CHECK')) {
                    this.notValidInChangeSet.set(con.conname, con.contype === 'CONSTR_FOREIGN' ? 'foreign key' : 'check');
                }
            }
            else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
                const pending = this.pendingNotNullChecks.get(cmd.name);
                if (pending)
                    this.validatedNotNull.add(`${pending.table}.${pending.column}`);
            }
            else if (cmd.subtype === 'AT_DropConstraint' && cmd.name) {
                this.pendingNotNullChecks.delete(cmd.name);
            }
        }
    }
    noteCheck(table, contype, conname, expr, notValid) {
        if (contype !== 'CONSTR_CHECK')
            return;
        const column = (0,postgres_ast/* isNotNullCheckColumn */.Bd)(expr);
        if (!column)
            return;
        if (notValid) {
            if (conname)
                this.pendingNotNullChecks.set(conname, { table: table.name, column });
        }
        else {
            this.validatedNotNull.add(`${table.name}.${column}`);
        }
    }
    addTable(name, site, temporary, hasPrimaryKey, derived) {
        if (!name)
            return;
        this.insertTable({ name, site, hasPrimaryKey, temporary, derived });
    }
    insertTable(table) {
        const list = this.tables.get(table.name.name) ?? [];
        const same = list.findIndex((t) => (0,postgres_ast/* formatRelation */.sE)(t.name) === (0,postgres_ast/* formatRelation */.sE)(table.name));
        if (same >= 0)
            list.splice(same, 1);
        list.push(table);
        this.tables.set(table.name.name, list);
    }
    removeTable(r) {
        const table = this.createdTable(r);
        if (!table)
            return;
        const list = this.tables.get(table.name.name).filter((t) => t !== table);
        if (list.length)
            this.tables.set(table.name.name, list);
        else
            this.tables.delete(table.name.name);
    }
    markPrimaryKey(r) {
        const table = this.createdTable(r);
        if (table)
            table.hasPrimaryKey = true;
    }
}
/** `SET lock_timeout = 0` (or '0', '0s') turns the timeout off. */
function isZero(args) {
    const first = (0,postgres_ast/* nodeAs */.hK)(args?.[0], 'A_Const');
    if (!first)
        return false;
    if (first.ival)
        return (first.ival.ival ?? 0) === 0;
    const s = first.sval?.sval?.trim();
    return s !== undefined && /^0+\s*(ms|s|min|h|d)?$/i.test(s);
}

// EXTERNAL MODULE: ./sql/sql-lexer.js
var sql_lexer = __webpack_require__(744);
;// CONCATENATED MODULE: ./policy/postgres-parser.js
/** What the parser rejects a text with. */
class PostgresSyntaxError extends Error {
    cursorPosition;
    constructor(message, 
    /** 0-based position (in characters) the parser points at; 0 also when it points nowhere. */
    cursorPosition) {
        super(message);
        this.cursorPosition = cursorPosition;
        this.name = 'PostgresSyntaxError';
    }
}
let loading;
/** Loads and instantiates the WebAssembly module (once per process). */
function loadPostgresParser() {
    loading ??= import(/* webpackIgnore: true */ 'libpg-query/wasm/libpg-query.js').then(async (factory) => {
        const wasm = await factory.default();
        return { parse: (sql) => parse(wasm, sql) };
    });
    return loading;
}
const encoder = new TextEncoder();
const decoder = new TextDecoder();
function parse(wasm, sql) {
    // UTF-16 to UTF-8 takes at most 3 bytes per code unit.
    const capacity = sql.length * 3 + 1;
    const query = wasm._malloc(capacity);
    let result = 0;
    try {
        const { written } = encoder.encodeInto(sql, wasm.HEAPU8.subarray(query, query + capacity - 1));
        wasm.HEAPU8[query + written] = 0;
        result = wasm._wasm_parse_query_raw(query);
        if (!result)
            throw new Error('libpg-query could not allocate memory for its result');
        // Read the views again: parsing may have grown the memory (and replaced them).
        const heap = wasm.HEAPU8;
        const words = wasm.HEAPU32;
        const tree = words[result >> 2];
        const error = words[(result + 8) >> 2];
        if (error) {
            const message = words[error >> 2];
            const cursor = words[(error + 16) >> 2];
            throw new PostgresSyntaxError(message ? cString(heap, message) : 'unknown parser error', cursor > 0 ? cursor - 1 : 0);
        }
        if (!tree)
            throw new Error('libpg-query returned no parse tree');
        const end = heap.indexOf(0, tree);
        // A copy: the parser's memory is freed (and reused) once this returns.
        return statementsOf(heap.slice(tree, end));
    }
    finally {
        wasm._free(query);
        if (result)
            wasm._wasm_free_parse_result(result);
    }
}
function cString(heap, pointer) {
    return decoder.decode(heap.subarray(pointer, heap.indexOf(0, pointer)));
}
const OPEN = encoder.encode('{"version":');
const STMTS = encoder.encode('"stmts":[');
const STMT = encoder.encode('{"stmt":{"');
const QUOTE = 0x22;
/** The statements of the parser's JSON, each holding its bytes until its AST is wanted. */
function statementsOf(json) {
    const buffer = Buffer.from(json.buffer, json.byteOffset, json.byteLength);
    const list = buffer.indexOf(STMTS);
    if (!startsWith(json, OPEN, 0) || list < 0 || json[json.length - 1] !== 0x7d)
        return decodeWhole(json);
    const starts = [];
    for (let at = buffer.indexOf(STMT, list); at >= 0; at = buffer.indexOf(STMT, at + STMT.length))
        starts.push(at);
    const statements = [];
    for (let i = 0; i < starts.length; i++) {
        // Statements are separated by `,`; the list ends with `]}`.
        const end = i + 1 < starts.length ? starts[i + 1] - 1 : json.length - 2;
        const statement = lazyStatement(json, starts[i], end);
        if (!statement)
            return decodeWhole(json);
        statements.push(statement);
    }
    return statements;
}
/**
 * `{"stmt":{"<Type>":…}[,"stmt_location":N][,"stmt_len":N]}` in json[start, end): the fields
 * are read from the end backwards, so the node in between is left undecoded.
 */
function lazyStatement(json, start, end) {
    if (json[end - 1] !== 0x7d)
        return undefined;
    let p = end - 1;
    const fields = {};
    while (isDigit(json[p - 1])) {
        let digits = p;
        while (isDigit(json[digits - 1]))
            digits--;
        const value = Number(decoder.decode(json.subarray(digits, p)));
        // `,"name":` before the digits.
        if (json[digits - 1] !== 0x3a || json[digits - 2] !== QUOTE)
            return undefined;
        const keyEnd = digits - 2;
        const keyStart = json.lastIndexOf(QUOTE, keyEnd - 1) + 1;
        if (keyStart <= start || json[keyStart - 2] !== 0x2c)
            return undefined;
        fields[decoder.decode(json.subarray(keyStart, keyEnd))] = value;
        p = keyStart - 2;
    }
    const nodeStart = start + STMT.length - 2;
    const kindEnd = json.indexOf(QUOTE, nodeStart + 2);
    if (kindEnd < 0 || kindEnd >= p || json[p - 1] !== 0x7d)
        return undefined;
    return new LazyStatement(decoder.decode(json.subarray(nodeStart + 2, kindEnd)), fields.stmt_location ?? 0, fields.stmt_len ?? 0, json.subarray(nodeStart, p));
}
class LazyStatement {
    kind;
    location;
    length;
    decoded;
    json;
    constructor(kind, location, length, json) {
        this.kind = kind;
        this.location = location;
        this.length = length;
        this.json = json;
    }
    get node() {
        if (!this.decoded) {
            this.decoded = JSON.parse(decoder.decode(this.json));
            this.json = undefined;
        }
        return this.decoded;
    }
}
/** Output of another shape than expected: decoded the ordinary way. */
function decodeWhole(json) {
    const result = JSON.parse(decoder.decode(json));
    return (result.stmts ?? []).flatMap((raw) => raw.stmt ? [{ kind: Object.keys(raw.stmt)[0], location: raw.stmt_location ?? 0, length: raw.stmt_len ?? 0, node: raw.stmt }] : []);
}
function startsWith(bytes, prefix, at) {
    for (let i = 0; i < prefix.length; i++)
        if (bytes[at + i] !== prefix[i])
            return false;
    return true;
}
function isDigit(byte) {
    return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

// EXTERNAL MODULE: ./sql/sql-syntax.js
var sql_syntax = __webpack_require__(8795);
// EXTERNAL MODULE: ./sql/split-statements.js + 1 modules
var split_statements = __webpack_require__(8875);
;// CONCATENATED MODULE: ./policy/sql-parser.js




const cache = new Map();
/**
 * Bounds the memory the cache holds (an AST takes about ten times its SQL) when a long-lived
 * process checks many changelogs: past this many cached characters, the cache starts over.
 */
const CACHE_CHARS = 4_000_000;
let cachedChars = 0;
/** Parses every statement of the input; a statement the parser rejects becomes an error entry, never an exception. */
async function parsePolicyInput(input) {
    const parser = await loadSqlParser();
    const parsed = parser.parseMany(input.changeSets.flatMap((cs) => cs.statements.map((s) => s.sql)));
    let next = 0;
    return {
        input,
        changeSets: input.changeSets.map((changeSet) => ({
            changeSet,
            statements: changeSet.statements.map((statement) => ({ statement, parsed: parsed[next++] })),
        })),
    };
}
/** Loads libpg-query (once) and returns a synchronous, caching parser. */
async function loadSqlParser() {
    const lib = await loadPostgresParser();
    const remember = (sql, parsed) => {
        if (cachedChars + sql.length > CACHE_CHARS) {
            cache.clear();
            cachedChars = 0;
        }
        cache.set(sql, parsed);
        cachedChars += sql.length;
        return parsed;
    };
    const parse = (sql) => cache.get(sql) ?? remember(sql, parseText(lib, sql));
    return {
        parse,
        parseMany(sqls) {
            // This call's results, apart from the cache, which may start over while they are parsed.
            const found = new Map();
            const queued = new Set();
            let batch = [];
            let size = 0;
            const flush = () => {
                const parsed = parseBatch(lib, batch);
                batch.forEach((sql, i) => found.set(sql, remember(sql, parsed[i])));
                batch = [];
                size = 0;
            };
            for (const sql of sqls) {
                if (found.has(sql) || queued.has(sql))
                    continue;
                const cached = cache.get(sql);
                if (cached) {
                    found.set(sql, cached);
                    continue;
                }
                if (size + sql.length > BATCH_CHARS && batch.length)
                    flush();
                batch.push(sql);
                queued.add(sql);
                size += sql.length;
            }
            flush();
            return sqls.map((sql) => found.get(sql));
        },
    };
}
/** Texts parsed in one call, up to about this many characters. */
const BATCH_CHARS = 256 * 1024;
const SEPARATOR = '\n;\n';
/** Pieces of a rejected text are parsed in windows of about this many characters. */
const WINDOW_CHARS = 16 * 1024;
function tryParse(lib, sql) {
    try {
        return lib.parse(sql);
    }
    catch (error) {
        return { error, at: errorOffset(error, sql) };
    }
}
function isRejection(outcome) {
    return !Array.isArray(outcome);
}
/**
 * Parses several texts in one parser call, joined by `;` on lines of their own, and hands each
 * its statements back (see parseSegments for what happens when the parser rejects the batch).
 */
function parseBatch(lib, texts) {
    const results = new Array(texts.length);
    const starts = [];
    let position = 0;
    for (const text of texts) {
        starts.push(position);
        position += text.length + SEPARATOR.length;
    }
    parseSegments(lib, {
        count: texts.length,
        length: (i) => texts[i].length + SEPARATOR.length,
        window: (from, to) => (from === 0 && to === texts.length ? texts : texts.slice(from, to)).join(SEPARATOR),
        offset: (from, i) => starts[i] - starts[from],
        accept(from, to, _text, result) {
            const split = splitBatch(result, texts.slice(from, to));
            split?.forEach((parsed, i) => (results[from + i] = parsed));
            return split !== undefined;
        },
        alone(i) {
            results[i] = parseText(lib, texts[i]);
            return results[i].errors.length === 0;
        },
    });
    return results;
}
/** The parsed batch's statements, handed to the texts they come from; undefined when one spans two texts. */
function splitBatch(statements, texts) {
    const lengths = texts.map((t) => Buffer.byteLength(t, 'utf8'));
    const starts = [];
    let position = 0;
    for (const length of lengths) {
        starts.push(position);
        position += length + SEPARATOR.length;
    }
    const buckets = texts.map(() => []);
    let index = 0;
    for (const statement of statements) {
        const { location, length } = statement;
        while (index + 1 < starts.length && location >= starts[index + 1])
            index++;
        const start = starts[index];
        // A text's last statement runs to the separator's `;`, just after the text's end (unitsOf
        // ends it with the text, as parsing the text alone would). Anything longer spans two texts.
        if (location < start || (length && location + length > start + lengths[index] + 1))
            return undefined;
        buckets[index].push(statement);
    }
    return texts.map((text, i) => ({ units: unitsOf(buckets[i], text, 0, starts[i]), errors: [] }));
}
function parseText(lib, sql) {
    // libpg-query refuses an empty string; an empty statement simply has nothing in it.
    if (!sql.trim())
        return { units: [], errors: [] };
    const whole = tryParse(lib, sql);
    if (!isRejection(whole))
        return { units: unitsOf(whole, sql, 0), errors: [] };
    // One rejected statement must not hide the others: they are parsed apart from it.
    const pieces = (0,split_statements/* splitStatements */.X)(sql);
    if (pieces.length <= 1) {
        const piece = pieces[0];
        const text = piece ? sql.slice(piece.leadStart, piece.delimiterStart) : sql;
        return { units: [], errors: [syntaxError(whole.error, text, countNewlines(sql, 0, piece?.leadStart ?? 0))] };
    }
    return parsePieces(lib, sql, pieces, whole);
}
/**
 * The statements of a text the parser rejected, given its pieces: a piece is a statement with
 * the comments before it, from the previous `;` up to its own. Each piece gets what parsing it
 * alone would give.
 */
function parsePieces(lib, sql, pieces, rejection) {
    const result = { units: [], errors: [] };
    const leads = pieces.map((p) => p.leadStart);
    // Line breaks before an offset; pieces are parsed in order, so the count only moves forward.
    let newlines = 0;
    let counted = 0;
    const linesBefore = (offset) => {
        newlines += countNewlines(sql, counted, offset);
        counted = offset;
        return newlines;
    };
    const window = (from, to) => sql.slice(leads[from], pieces[to - 1].delimiterStart);
    parseSegments(lib, {
        count: pieces.length,
        length: (i) => pieces[i].delimiterStart - leads[i] + 1,
        window,
        offset: (from, i) => leads[i] - leads[from],
        accept(from, _to, text, parsed) {
            result.units.push(...unitsOf(parsed, text, linesBefore(leads[from])));
            return true;
        },
        alone(i) {
            const text = window(i, i + 1);
            const outcome = tryParse(lib, text);
            if (isRejection(outcome))
                result.errors.push(syntaxError(outcome.error, text, linesBefore(leads[i])));
            else
                result.units.push(...unitsOf(outcome, text, linesBefore(leads[i])));
            return !isRejection(outcome);
        },
    }, 
    // The whole text starts where the first piece does, so its rejection points the same way.
    leads[0] === 0 ? rejection : undefined);
    return result;
}
/**
 * Parses segments in as few parser calls as it can: all in one call; when the parser rejects
 * them, the segments before the one it points at again in one call, that one on its own, and
 * the rest the same way, so that a few rejected statements cost a few calls, not one per
 * statement. After a rejection, windows hold about WINDOW_CHARS, since each rejected window is
 * encoded for the parser again from its start. An error the parser does not place, or one it
 * places on a segment it accepts alone, sends the rest to be parsed one by one.
 */
function parseSegments(lib, segments, known, first = 0, end = segments.count) {
    let windowChars = Infinity;
    let from = first;
    const oneByOne = (to) => {
        for (let i = from; i < to; i++)
            segments.alone(i);
        from = to;
    };
    while (from < end) {
        let to = from + 1;
        for (let size = segments.length(from); to < end && size < windowChars; to++)
            size += segments.length(to);
        if (to - from === 1) {
            oneByOne(to);
            continue;
        }
        const text = known ? '' : segments.window(from, to);
        const outcome = known ?? tryParse(lib, text);
        known = undefined;
        if (!isRejection(outcome)) {
            if (segments.accept(from, to, text, outcome))
                from = to;
            else
                oneByOne(to);
            continue;
        }
        const k = outcome.at === undefined ? undefined : segmentAt(segments, from, to, outcome.at);
        if (k === undefined) {
            oneByOne(to);
            continue;
        }
        if (k > from)
            parseSegments(lib, segments, undefined, from, k);
        from = k + 1;
        if (segments.alone(k)) {
            oneByOne(end);
            return;
        }
        windowChars = WINDOW_CHARS;
    }
}
/** The segment of window(from, to) that holds `offset`. */
function segmentAt(segments, from, to, offset) {
    let low = from;
    let high = to - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (segments.offset(from, mid) <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
/**
 * Where in `sql` the parser's error points, as a UTF-16 offset. PostgreSQL counts characters
 * (code points) from 0; libpg-query reports 0 also when the error has no position, so 0 is only
 * a hint (callers check that the text it points at is really rejected).
 */
function errorOffset(error, sql) {
    if (!(error instanceof PostgresSyntaxError))
        return undefined;
    const cursor = error.cursorPosition;
    if (!/[\ud800-\udfff]/.test(sql))
        return Math.min(cursor, sql.length);
    let i = 0;
    for (let n = 0; n < cursor && i < sql.length; n++)
        i += sql.codePointAt(i) > 0xffff ? 2 : 1;
    return i;
}
function syntaxError(error, text, baseLines) {
    const message = error instanceof Error ? error.message : String(error);
    const cursor = error instanceof PostgresSyntaxError ? error.cursorPosition : undefined;
    // The cursor is a byte position; for non-ASCII text the line may be off by the multi-byte count, never by a line.
    const at = cursor !== undefined && cursor > 0 ? Math.min(cursor - 1, text.length) : firstCodeOffset(text);
    return { message, text, lineOffset: baseLines + countNewlines(text, 0, at) };
}
/**
 * Turns the parser's statements into units. libpg-query reports byte offsets; they are mapped
 * back to characters (exactly, through a byte buffer, when the text is not plain ASCII).
 *
 * PostgreSQL 18 places a statement at its first token, so the comments before it are not part
 * of it; a unit's text starts right after the previous statement's `;`, so that `dbops:ignore`
 * directives written above a statement belong to it (a comment after a `;` belongs to the next
 * statement, as when the engine splits a script into statements).
 */
function unitsOf(statements, text, baseLines, byteOffset = 0) {
    if (!statements.length)
        return [];
    const ascii = !/[^\x00-\x7f]/.test(text);
    const bytes = ascii ? undefined : Buffer.from(text, 'utf8');
    const total = bytes ? bytes.length : text.length;
    const slice = (from, to) => (bytes ? bytes.subarray(from, to).toString('utf8') : text.slice(from, to));
    const spans = statements.map((raw) => {
        const code = raw.location - byteOffset;
        return { code, end: raw.length ? Math.min(code + raw.length, total) : total, start: 0 };
    });
    for (let i = 1; i < spans.length; i++) {
        const prev = spans[i - 1];
        const cur = spans[i];
        const gap = slice(prev.end, cur.code);
        const after = afterLastDelimiter(gap);
        cur.start = prev.end + (bytes ? Buffer.byteLength(gap.slice(0, after), 'utf8') : after);
    }
    const units = [];
    let newlines = baseLines;
    let counted = 0;
    for (let i = 0; i < statements.length; i++) {
        const span = spans[i];
        newlines += bytes ? countByte(bytes, counted, span.code) : countNewlines(text, counted, span.code);
        counted = span.code;
        const raw = statements[i];
        units.push(new ParsedUnit(raw, slice(span.start, span.end), bytes ? bytes.subarray(span.start, span.code).toString('utf8').length : span.code - span.start, bytes ? bytes.subarray(span.start, span.end).toString('utf8').length : span.end - span.start, newlines));
    }
    return units;
}
class ParsedUnit {
    raw;
    text;
    codeStart;
    codeEnd;
    lineOffset;
    kind;
    constructor(raw, text, codeStart, codeEnd, lineOffset) {
        this.raw = raw;
        this.text = text;
        this.codeStart = codeStart;
        this.codeEnd = codeEnd;
        this.lineOffset = lineOffset;
        this.kind = raw.kind;
    }
    /** Decoded when a rule or the schema timeline reads it. */
    get node() {
        return this.raw.node;
    }
}
/**
 * Offset just after the last `;` in `gap` (0 when there is none), the text between two
 * statements: whitespace, comments and the `;` of empty statements.
 */
function afterLastDelimiter(gap) {
    if (!gap.includes('-') && !gap.includes('/'))
        return gap.lastIndexOf(';') + 1;
    let after = 0;
    const token = new sql_lexer/* SqlScanner */.pT(gap, sql_syntax/* postgresSyntax */.hw);
    while (token.next())
        if (token.kind === 'symbol' && gap[token.start] === ';')
            after = token.end;
    return after;
}
function countByte(bytes, from, to) {
    let count = 0;
    for (let i = from; i < to; i++)
        if (bytes[i] === 10)
            count++;
    return count;
}
/** Offset of the first character that is neither whitespace nor inside a comment. */
function firstCodeOffset(text) {
    const token = new sql_lexer/* SqlScanner */.pT(text, sql_syntax/* postgresSyntax */.hw);
    while (token.next())
        if ((0,sql_lexer/* isContent */.az)(token))
            return token.start;
    return text.length;
}
/** Counts the line breaks in `text` between `start` and `end`. */
function countNewlines(text, start, end) {
    let count = 0;
    for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1))
        count++;
    return count;
}

// EXTERNAL MODULE: ./policy/rule.js
var rule = __webpack_require__(6509);
// EXTERNAL MODULE: ./policy/rules/catalog.js + 49 modules
var catalog = __webpack_require__(1180);
;// CONCATENATED MODULE: ./policy/suppression.js


const IN_COMMENT = /(?:--|\/\*)[ \t]*dbops:ignore\b([^\n]*)/g;
const ANYWHERE = /dbops:ignore\b([^\n]*)/g;
/** Reads the directives of a text: only inside SQL comments when `sql` is true (statements), anywhere otherwise (changeset comments). */
function readDirectives(text, sql) {
    if (!text.includes('dbops:ignore'))
        return [];
    const out = [];
    for (const match of text.matchAll(sql ? IN_COMMENT : ANYWHERE)) {
        let body = match[1];
        const close = body.indexOf('*/');
        if (close >= 0)
            body = body.slice(0, close);
        const at = body.search(/\breason\s*:/i);
        const ruleText = at >= 0 ? body.slice(0, at) : body;
        const reason = at >= 0 ? body.slice(at).replace(/^reason\s*:/i, '').trim() : undefined;
        out.push({
            rules: ruleText.split(/[\s,]+/).filter(Boolean),
            ...(reason ? { reason } : {}),
            text: `dbops:ignore${body.trimEnd()}`,
        });
    }
    return out;
}
/** Whether a reference in a directive names something a finding can come from. */
function isKnownRuleReference(ref) {
    return (0,catalog/* findRule */.Il)(ref) !== undefined || rule/* RULE_FAMILIES */.s.includes(ref.toLowerCase()) || ref.startsWith('rego:');
}
/** Whether the directive's rule references cover the finding's rule. */
function coversRule(directive, ruleId) {
    const rule = (0,catalog/* findRule */.Il)(ruleId);
    return directive.rules.some((ref) => {
        const lower = ref.toLowerCase();
        if (rule)
            return (0,catalog/* findRule */.Il)(ref) === rule || lower === rule.family;
        return ref === ruleId;
    });
}
/** The finding, suppressed by the first applicable directive with a reason; unchanged if none applies. */
function suppressWith(finding, directives) {
    if (finding.suppressed)
        return finding;
    const directive = directives.find((d) => d.reason && coversRule(d, finding.rule));
    return directive ? { ...finding, suppressed: { reason: directive.reason } } : finding;
}
/**
 * Applies the input's inline suppressions to findings from elsewhere (Rego policies): a finding
 * with a statement is covered by that statement's directives, a changeset-level one by the
 * directives of any statement of its changeset; the changeset comment covers both.
 */
function applySuppressions(findings, input) {
    return findings.map((finding) => {
        const changeSet = finding.changeSet && input.changeSets.find((cs) => sameChangeSet(cs, finding.changeSet));
        if (!changeSet)
            return finding;
        const statementText = finding.statement?.trim();
        const statements = statementText
            ? changeSet.statements.filter((s) => s.sql.includes(statementText))
            : changeSet.statements;
        const directives = [
            ...readDirectives(changeSet.comment ?? '', false),
            ...statements.flatMap((s) => readDirectives(s.sql, true)),
        ];
        return suppressWith(finding, directives);
    });
}
function sameChangeSet(cs, ref) {
    return cs.ref.id === ref.id && cs.ref.author === ref.author && cs.ref.filePath === ref.filePath;
}

;// CONCATENATED MODULE: ./policy/run-rules.js






/**
 * The findings of the enabled built-in rules (and of the parser) on parsed input. Pure: the same
 * input and configuration give the same findings, in changeset and line order.
 *
 * @example
 * const findings = checkRules(await parsePolicyInput(input), resolvePolicyConfig(config, 'production'));
 */
function checkRules(parsed, config = (0,policy_config/* resolvePolicyConfig */.Xw)()) {
    return runRules(parsed, config, false).findings;
}
/** Like checkRules, and also lists what each rule exempted and why (used to compare with peer tools). */
function explainRules(parsed, config = resolvePolicyConfig()) {
    return runRules(parsed, config, true);
}
/** Parses the input (loading the SQL parser on first use) and runs the built-in rules. */
async function runBuiltinRules(input, config = (0,policy_config/* resolvePolicyConfig */.Xw)(undefined, input.environment)) {
    return checkRules(await parsePolicyInput(input), config);
}
function runRules(parsed, config, collectExemptions) {
    const active = [];
    for (const resolved of config.rules.values()) {
        if (resolved.enabled)
            active.push({ resolved, visitor: resolved.rule.create(resolved.options) });
    }
    const forAll = active.filter((a) => a.resolved.rule.kinds === '*' && a.visitor.statement);
    const byKind = new Map();
    for (const a of active) {
        if (a.resolved.rule.kinds === '*' || !a.visitor.statement)
            continue;
        for (const kind of a.resolved.rule.kinds) {
            const list = byKind.get(kind);
            if (list)
                list.push(a);
            else
                byKind.set(kind, [a]);
        }
    }
    const timeline = new SchemaTimeline();
    const hits = [];
    const exemptions = [];
    const unitsByChangeSet = [];
    let current;
    const syntax = config.rules.get(syntax_error/* syntaxError */.I.code);
    parsed.changeSets.forEach((changeSet, changeSetIndex) => {
        timeline.startChangeSet();
        const units = [];
        for (const { statement, parsed: sql } of changeSet.statements) {
            for (const unit of sql.units)
                units.push({ unit, statement, unitIndex: units.length });
            if (syntax?.enabled) {
                for (const error of sql.errors) {
                    hits.push({
                        rule: syntax,
                        source: 'parser',
                        changeSetIndex,
                        report: { message: `PostgreSQL rejects the statement: ${error.message.replace(/\.?$/, '.')}` },
                        rejected: { text: error.text, lineOffset: error.lineOffset, ...(statement.line !== undefined ? { statementLine: statement.line } : {}) },
                    });
                }
            }
        }
        unitsByChangeSet.push(units);
        const base = {
            changeSet,
            changeSetIndex,
            units,
            timeline,
            report(report) {
                hits.push({ rule: current.resolved, report, changeSetIndex, source: 'builtin' });
            },
            exempt(reason, at) {
                if (collectExemptions) {
                    exemptions.push({ rule: current.resolved.rule.code, reason, changeSetIndex, ...(at ? { unitIndex: at.unitIndex } : {}) });
                }
            },
        };
        // One context per changeset, moved from statement to statement: rules must not keep it. The
        // node is read from the unit when a rule asks (an AST is decoded on first use).
        const ctx = {
            ...base,
            current: units[0],
            get node() {
                return ctx.current.unit.node;
            },
            report(report) {
                hits.push({ rule: current.resolved, report: report.at ? report : { ...report, at: ctx.current }, changeSetIndex, source: 'builtin' });
            },
            exempt(reason, at) {
                base.exempt(reason, at ?? ctx.current);
            },
        };
        for (const ref of units) {
            const kindRules = byKind.get(ref.unit.kind);
            if (kindRules || forAll.length) {
                ctx.current = ref;
                for (const a of kindRules ?? []) {
                    current = a;
                    a.visitor.statement(ctx);
                }
                for (const a of forAll) {
                    current = a;
                    a.visitor.statement(ctx);
                }
            }
            timeline.apply(ref.unit, { changeSetIndex, unitIndex: ref.unitIndex });
        }
        const endCtx = base;
        for (const a of active) {
            if (!a.visitor.changeSetEnd)
                continue;
            current = a;
            a.visitor.changeSetEnd(endCtx);
        }
    });
    const endCtx = {
        changeSets: parsed.changeSets,
        units: unitsByChangeSet,
        timeline,
        report(report) {
            hits.push({ rule: current.resolved, report, changeSetIndex: report.changeSetIndex, source: 'builtin' });
        },
    };
    for (const a of active) {
        if (!a.visitor.end)
            continue;
        current = a;
        a.visitor.end(endCtx);
    }
    const findings = toFindings(hits, parsed.changeSets, config);
    return { findings, exemptions };
}
function toFindings(hits, changeSets, config) {
    const directivesOf = new Map();
    const none = [];
    const directives = (text, sql) => {
        if (!text.includes('dbops:ignore'))
            return none;
        const key = `${sql ? 's' : 'c'}${text}`;
        let found = directivesOf.get(key);
        if (!found)
            directivesOf.set(key, (found = readDirectives(text, sql)));
        return found;
    };
    // Every directive of a changeset: its comment's and its statements'. Computed when needed.
    const changeSetDirectiveCache = new Map();
    const changeSetDirectives = (index) => {
        let found = changeSetDirectiveCache.get(index);
        if (!found) {
            const cs = changeSets[index];
            found = [...directives(cs.changeSet.comment ?? '', false)];
            for (const { parsed } of cs.statements) {
                for (const unit of parsed.units)
                    found.push(...directives(unit.text, true));
                for (const error of parsed.errors)
                    found.push(...directives(error.text, true));
            }
            changeSetDirectiveCache.set(index, found);
        }
        return found;
    };
    const ordered = [];
    for (const hit of hits) {
        const changeSet = changeSets[hit.changeSetIndex].changeSet;
        const ref = changeSet.ref;
        let finding = baseFinding(hit, ref);
        const at = hit.report.at;
        let scope;
        if (hit.rejected) {
            finding.statement = hit.rejected.text.trim();
            const line = lineOf(ref, hit.rejected.statementLine, hit.rejected.lineOffset);
            if (line !== undefined)
                finding.line = line;
            scope = [...directives(changeSet.comment ?? '', false), ...directives(hit.rejected.text, true)];
        }
        else if (at) {
            finding.statement = at.unit.text.slice(at.unit.codeStart, at.unit.codeEnd).trim();
            const line = lineOf(ref, at.statement.line, at.unit.lineOffset);
            if (line !== undefined)
                finding.line = line;
            scope = [...directives(changeSet.comment ?? '', false), ...directives(at.unit.text, true)];
        }
        else {
            scope = changeSetDirectives(hit.changeSetIndex);
        }
        finding = suppressWith(finding, scope);
        ordered.push({ finding, order: [hit.changeSetIndex, finding.line ?? 0, at ? at.unitIndex : hit.rejected ? -1 : Number.MAX_SAFE_INTEGER] });
    }
    const invalid = config.rules.get(invalid_suppression/* invalidSuppression */.R.code);
    if (invalid?.enabled) {
        changeSets.forEach((cs, changeSetIndex) => {
            for (const directive of changeSetDirectives(changeSetIndex)) {
                const unknown = directive.rules.filter((r) => !isKnownRuleReference(r));
                const problems = [
                    ...(directive.reason ? [] : ['has no `reason:`, so it suppresses nothing']),
                    ...(directive.rules.length ? [] : ['names no rule']),
                    ...(unknown.length ? [`names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`] : []),
                ];
                if (!problems.length)
                    continue;
                const finding = baseFinding({ rule: invalid, source: 'builtin', changeSetIndex, report: { message: `"${directive.text}" ${problems.join(' and ')}.` } }, cs.changeSet.ref);
                ordered.push({ finding, order: [changeSetIndex, finding.line ?? 0, -2] });
            }
        });
    }
    ordered.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2] || a.finding.rule.localeCompare(b.finding.rule));
    return ordered.map((o) => o.finding);
}
function baseFinding(hit, ref) {
    const finding = {
        rule: hit.rule.rule.code,
        severity: hit.rule.severity,
        message: hit.report.message,
        hint: hit.report.hint ?? hit.rule.rule.hint,
        source: hit.source,
        changeSet: ref,
        file: ref.sourceFile ?? ref.filePath,
    };
    if (ref.line !== undefined)
        finding.line = ref.line;
    return finding;
}
/** The statement's line plus the offset inside it; the changeset's line when the statement has none. */
function lineOf(ref, statementLine, offset) {
    return statementLine !== undefined ? statementLine + offset : ref.line;
}

;// CONCATENATED MODULE: ./policy/policy-check.js


















/**
 * policy-check: the SQL each changeset will really run, checked by the built-in rules and the Rego
 * policies. Returns the findings; never throws for findings (a bad configuration, changelog or
 * policy file is a ConfigurationError).
 *
 * @example
 * const result = await policyCheck({ changelogFile: 'db/changelog.yaml', searchPath: [process.cwd()], env: process.env, logger });
 * if (!result.ok) process.exitCode = 1;
 */
async function policyCheck(options) {
    const started = Date.now();
    // The SQL parser's WebAssembly compiles on other threads while the changelog is read. A failure
    // to load it is reported where the rules wait for it.
    loadSqlParser().catch(() => undefined);
    const configFile = options.configFile && (0,external_node_fs_.existsSync)(options.configFile) ? options.configFile : undefined;
    const config = (0,policy_config/* resolvePolicyConfig */.Xw)(configFile ? await (0,policy_config/* loadPolicyConfig */.v1)(configFile) : undefined, options.environment);
    const failOn = options.failOn ?? config.failOn;
    const policies = await loadRegoPolicies(options);
    const planned = await planChangeSets(options);
    try {
        const generationFindings = [];
        const changeSets = [];
        for (const changeSet of planned.changeSets) {
            let statements = [];
            try {
                statements = await (0,changeset_sql/* changeSetStatements */.Xh)(changeSet, planned.sqlContext);
            }
            catch (error) {
                generationFindings.push({
                    rule: 'DB000',
                    severity: 'error',
                    source: 'parser',
                    message: `The SQL of this changeset cannot be generated: ${error.message}`,
                    hint: 'Fix the changeset, or check against a database (--url) if its SQL depends on what the database holds',
                    changeSet: refOf(changeSet),
                    file: changeSet.location.file,
                    line: changeSet.location.line,
                });
            }
            const policyStatements = statements
                // Programs (executeCommand) and statements generated from the database when they run are not SQL to check here.
                .filter((s) => !s.command && !s.deferred)
                .map((s) => ({ sql: s.sql, ...(s.line !== undefined ? { line: s.line } : {}) }));
            changeSets.push(policyChangeSet(changeSet, policyStatements, { automaticRollback: (0,changeset_sql/* hasRollback */.zI)(changeSet) }));
        }
        const input = { changeSets, environment: options.environment, dialect: 'postgresql' };
        const builtin = await runBuiltinRules(input, config);
        const rego = applySuppressions(await policies.evaluate(input), input);
        const findings = [...generationFindings, ...builtin, ...rego];
        return {
            changelog: options.changelogFile,
            environment: options.environment,
            findings,
            checked: changeSets.map((c) => c.ref),
            ok: !(0,policy_config/* failsCheck */.k2)(findings, failOn),
            durationMs: Date.now() - started,
        };
    }
    finally {
        await planned.close();
    }
}
/**
 * Against a database: its pending changesets, SQL generated as update would. Without one: every
 * changeset the filters select, SQL generated offline for PostgreSQL (changes that read the
 * database when they run are left out).
 */
async function planChangeSets(options) {
    if (options.url) {
        const opened = await (0,open_engine.openEngine)({ ...options, environment: options.env });
        try {
            const { status } = await Promise.all(/* import() */[__webpack_require__.e(3840), __webpack_require__.e(1224), __webpack_require__.e(6709)]).then(__webpack_require__.bind(__webpack_require__, 6709));
            const result = await status(opened.context);
            if (result.error && !result.ok && result.changeSets.length === 0)
                throw new errors/* ConfigurationError */.j1(result.error.message);
            const pending = new Set(result.changeSets.filter((c) => c.state === 'pending').map((c) => `${c.filePath}::${c.id}::${c.author}`));
            return {
                changeSets: opened.context.changeLog.changeSets.filter((c) => pending.has(`${c.filePath}::${c.id}::${c.author}`)),
                sqlContext: (0,changeset_sql/* sqlContextOf */.tR)(opened.context),
                close: opened.close,
            };
        }
        catch (error) {
            await opened.close();
            throw error;
        }
    }
    const dialect = new postgres_dialect/* PostgresDialect */.a();
    const builtIns = (0,database_properties/* postgresBuiltInProperties */.m)({ schema: dialect.defaultSchema, database: '', majorVersion: 15, minorVersion: 0, productVersion: '' }, { changelogTable: 'databasechangelog', lockTable: 'databasechangeloglock' });
    const resources = new resource_accessor/* FileSystemResourceAccessor */.d(options.searchPath);
    const changeLog = await (0,load_changelog/* loadChangeLog */.R)(options.changelogFile, {
        resources,
        loadChange: registry/* loadChange */.H,
        properties: options.properties,
        environment: options.env,
        builtInProperties: builtIns,
        contexts: options.contexts,
        labels: options.labels,
        dbms: dialect.name,
        logger: options.logger,
    });
    const filters = { contexts: options.contexts, labels: options.labels, dialect };
    return {
        changeSets: changeLog.changeSets.filter((changeSet) => (0,changeset_filter/* changeSetFilter */.B)(changeSet, filters).included),
        sqlContext: {
            dialect,
            resources,
            expand: (0,open_engine/* executionExpander */.O)(changeLog.rootPath, changeLog.properties, { ...builtIns, ...(options.properties ?? {}) }, options.env),
            modifySqlApplies: (visitor) => (0,changeset_filter/* modifySqlApplies */.T)(visitor, filters),
        },
        close: async () => { },
    };
}
/**
 * The policies shipped in dbops's policies/ folder (top level only; policies/examples/ are
 * examples) and the team's, compiled once. `deny` messages are errors, `warn` messages warnings.
 */
async function loadRegoPolicies(options) {
    const files = [];
    const shipped = options.noDefaultPolicies ? undefined : shippedPoliciesDirectory();
    if (shipped)
        files.push(...(await (0,promises_.readdir)(shipped)).filter((f) => f.endsWith('.rego')).map((f) => external_node_path_.join(shipped, f)));
    if (options.policiesDirectory) {
        if (!(0,external_node_fs_.existsSync)(options.policiesDirectory))
            throw new errors/* ConfigurationError */.j1(`--policy-dir ${options.policiesDirectory} does not exist`);
        files.push(...(await walk(options.policiesDirectory)));
    }
    const regoFiles = files.filter((f) => f.endsWith('.rego'));
    const wasmFiles = files.filter((f) => f.endsWith('.wasm') || f.endsWith('.tar.gz'));
    if (regoFiles.length === 0 && wasmFiles.length === 0)
        return { evaluate: async () => [] };
    const rego = await Promise.all(/* import() */[__webpack_require__.e(3483), __webpack_require__.e(992)]).then(__webpack_require__.bind(__webpack_require__, 8303));
    const modules = await Promise.all(regoFiles.map(async (file) => ({ path: external_node_path_.relative(process.cwd(), file) || file, source: await (0,promises_.readFile)(file, 'utf8') })));
    let compiled;
    try {
        compiled = modules.length ? rego.compileModules(modules) : undefined;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Rego policy error: ${error.message}`, { cause: error });
    }
    const wasm = await Promise.all(wasmFiles.map(async (file) => {
        const { loadWasmPolicy, readOpaBundle } = await Promise.all(/* import() */[__webpack_require__.e(3483), __webpack_require__.e(3362), __webpack_require__.e(992), __webpack_require__.e(8982)]).then(__webpack_require__.bind(__webpack_require__, 8982));
        const bytes = await (0,promises_.readFile)(file);
        const policy = file.endsWith('.tar.gz') ? readOpaBundle(bytes, external_node_path_.basename(file)) : { wasm: bytes, data: undefined };
        return { file, policy: await loadWasmPolicy(policy.wasm, { name: external_node_path_.basename(file), data: policy.data }) };
    }));
    return {
        async evaluate(input) {
            const regoInput = toRegoInput(input);
            let quoted;
            const regoFindingOf = (pkg, message, severity) => regoFinding((quoted ??= new QuotedStatements(input, regoInput)), pkg, message, severity);
            const findings = [];
            const messages = [];
            if (compiled)
                messages.push(rego.collectPolicyMessages(compiled, regoInput));
            for (const { policy } of wasm)
                messages.push(policy.collectPolicyMessages(regoInput));
            for (const set of messages) {
                for (const m of set.deny)
                    findings.push(regoFindingOf(m.package, m.message, 'error'));
                for (const m of set.warn)
                    findings.push(regoFindingOf(m.package, m.message, 'warning'));
                for (const e of set.errors) {
                    findings.push({ rule: `rego:${e.package}`, severity: 'error', source: 'rego', message: `The policy could not be evaluated: ${e.error.message}` });
                }
            }
            return findings;
        },
    };
}
/** A policy message, placed at the statement it quotes when it quotes one (case-insensitively). */
function regoFinding(quoted, pkg, message, severity) {
    const found = quoted.find(message);
    if (!found)
        return { rule: `rego:${pkg}`, severity, source: 'rego', message };
    const { changeSet, statement } = found;
    return {
        rule: `rego:${pkg}`,
        severity,
        source: 'rego',
        message,
        changeSet: changeSet.ref,
        statement: statement.sql,
        file: changeSet.ref.sourceFile,
        line: statement.line ?? changeSet.ref.line,
    };
}
/**
 * Finds the first statement (in execution order) whose text, as the policies saw it (without
 * its final `;`), a message quotes, ignoring case. Statements are
 * indexed by their first characters, so a message costs a look-up per character, not a search
 * through every statement.
 */
class QuotedStatements {
    entries = [];
    /** Entries by the first PREFIX characters of their text. */
    byPrefix = new Map();
    /** Entries shorter than PREFIX, tried one by one. */
    short = [];
    constructor(input, regoInput) {
        for (const [c, changeSet] of input.changeSets.entries()) {
            for (const [s, statement] of changeSet.statements.entries()) {
                const text = regoInput.changeSets[c].sqlStatements[s].toLowerCase().replace(/;$/, '');
                const index = this.entries.push({ changeSet, statement, text }) - 1;
                if (text.length < PREFIX)
                    this.short.push(index);
                else {
                    const key = text.slice(0, PREFIX);
                    const list = this.byPrefix.get(key);
                    if (list)
                        list.push(index);
                    else
                        this.byPrefix.set(key, [index]);
                }
            }
        }
    }
    find(message) {
        const lower = message.toLowerCase();
        let best = Infinity;
        for (const index of this.short) {
            if (index >= best)
                break;
            if (lower.includes(this.entries[index].text))
                best = index;
        }
        for (let at = 0; at + PREFIX <= lower.length; at++) {
            for (const index of this.byPrefix.get(lower.slice(at, at + PREFIX)) ?? []) {
                if (index >= best)
                    break;
                if (lower.startsWith(this.entries[index].text, at))
                    best = index;
            }
        }
        return this.entries[best];
    }
}
const PREFIX = 8;
function refOf(changeSet) {
    return { id: changeSet.id, author: changeSet.author, filePath: changeSet.filePath, sourceFile: changeSet.location.file, line: changeSet.location.line };
}
/** dbops's own policies/ folder, from the bundle (dist/) or the sources (src/policy/). */
function shippedPoliciesDirectory() {
    const here = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const candidate of [external_node_path_.resolve(here, '..', 'policies'), external_node_path_.resolve(here, '..', '..', 'policies')]) {
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    return undefined;
}
async function walk(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(external_node_path_.join(dir, e.name)) : Promise.resolve([external_node_path_.join(dir, e.name)]))));
    return nested.flat().sort();
}


/***/ })

};
