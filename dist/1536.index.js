export const id = 1536;
export const ids = [1536];
export const modules = {

/***/ 1536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffSnapshots: () => (/* binding */ diffSnapshots)
});

;// CONCATENATED MODULE: ./diff/attribute-comparison.js
function compareAttributes(reference, target, rules) {
    const differences = [];
    for (const rule of rules) {
        if (rule.fallback && differences.length > 0)
            continue;
        const wanted = rule.reference(reference);
        const actual = (rule.target ?? rule.reference)(target);
        const as = rule.compareAs ?? ((value) => value);
        if (!sameValue(as(wanted), as(actual))) {
            const difference = { attribute: rule.attribute };
            if (wanted !== undefined)
                difference.reference = wanted;
            const shown = (rule.show ?? rule.reference)(target);
            if (shown !== undefined)
                difference.target = shown;
            differences.push(difference);
        }
    }
    return differences;
}
/** Deep equality on JSON data; an absent key and an undefined value are the same. */
function sameValue(a, b) {
    return canonicalJson(a) === canonicalJson(b);
}
function canonicalJson(value) {
    if (value === undefined)
        return 'undefined';
    return JSON.stringify(value, (_, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v);
}

;// CONCATENATED MODULE: ./diff/object-matching.js
function matchObjects(references, targets, key, signature) {
    const targetByKey = new Map();
    for (const target of targets)
        targetByKey.set(key(target, 'target'), target);
    const pairs = [];
    const missing = [];
    const matched = new Set();
    for (const reference of references) {
        const target = targetByKey.get(key(reference, 'reference'));
        if (target !== undefined && !matched.has(target)) {
            pairs.push({ reference, target });
            matched.add(target);
        }
        else
            missing.push(reference);
    }
    let unexpected = targets.filter((t) => !matched.has(t));
    if (!signature || missing.length === 0 || unexpected.length === 0)
        return { pairs, missing, unexpected };
    const stillMissing = [];
    const bySignature = new Map();
    for (const target of unexpected) {
        const s = signature(target, 'target');
        bySignature.set(s, [...(bySignature.get(s) ?? []), target]);
    }
    for (const reference of missing) {
        const candidates = bySignature.get(signature(reference, 'reference'));
        const target = candidates?.shift();
        if (target !== undefined) {
            pairs.push({ reference, target });
            matched.add(target);
        }
        else
            stillMissing.push(reference);
    }
    unexpected = unexpected.filter((t) => !matched.has(t));
    // In the reference's order, however each pair was found.
    const order = new Map(references.map((r, i) => [r, i]));
    pairs.sort((a, b) => order.get(a.reference) - order.get(b.reference));
    return { pairs, missing: stillMissing, unexpected };
}

;// CONCATENATED MODULE: ./diff/relation-diff.js


/**
 * Compares one table of the reference with its counterpart in the target (same name, or renamed):
 * the table's own attributes, then its columns, constraints and indexes. Objects a partition
 * inherits from its parent are left out: they follow the parent.
 */
function diffTables(reference, target, renames, out) {
    const { schema } = reference;
    const scope = [{ schema, table: reference.name }];
    const relation = { schema, name: reference.name };
    const id = `${schema}.${reference.name}`;
    const seeTable = (s, t) => ({ schema: s, table: renames.table(s, t) });
    const tableDifferences = compareAttributes(reference, target, [
        { attribute: 'unlogged', reference: (t) => t.unlogged ?? false },
        {
            attribute: 'partitioning',
            reference: (t) => t.partitioning,
            target: (t) => t.partitioning && { ...t.partitioning, key: renames.rewrite(t.partitioning.key, scope) },
        },
        {
            attribute: 'partitionOf',
            reference: (t) => t.partitionOf,
            target: (t) => t.partitionOf && { ...t.partitionOf, table: renames.table(t.partitionOf.schema, t.partitionOf.table) },
        },
        { attribute: 'inherits', reference: (t) => t.inherits, target: (t) => t.inherits?.map((p) => ({ ...seeTable(p.schema, p.table) })) },
        { attribute: 'comment', reference: (t) => t.comment },
    ]);
    if (tableDifferences.length > 0)
        out.changed.push({ kind: 'table', id, reference, target, differences: tableDifferences });
    diffColumns(reference, target, renames, out);
    diffPrimaryKeys(relation, reference.primaryKey, target.primaryKey, renames, out);
    diffNamed('uniqueConstraint', relation, own(reference.uniqueConstraints), own(target.uniqueConstraints), out, {
        signature: (u, side) => columnsOf(u.columns, side, relation, renames).join(','),
        rules: [
            ...nameRule(),
            columnsRule(relation, renames),
            { attribute: 'deferrable', reference: (u) => u.deferrable },
            { attribute: 'initiallyDeferred', reference: (u) => u.initiallyDeferred },
            { attribute: 'validated', reference: (u) => u.validated ?? true },
            { attribute: 'clustered', reference: (u) => u.clustered ?? false },
            { attribute: 'comment', reference: (u) => u.comment },
            { attribute: 'definition', reference: (u) => u.definition, target: (u) => renames.rewrite(u.definition, scope), fallback: true },
        ],
    });
    diffNamed('checkConstraint', relation, own(reference.checkConstraints), own(target.checkConstraints), out, {
        signature: (c, side) => (side === 'target' ? renames.rewrite(c.expression, scope) : c.expression),
        rules: [
            ...nameRule(),
            { attribute: 'expression', reference: (c) => c.expression, target: (c) => renames.rewrite(c.expression, scope) },
            { attribute: 'noInherit', reference: (c) => c.noInherit ?? false },
            { attribute: 'validated', reference: (c) => c.validated ?? true },
            { attribute: 'comment', reference: (c) => c.comment },
        ],
    });
    diffNamed('exclusionConstraint', relation, own(reference.exclusionConstraints), own(target.exclusionConstraints), out, {
        signature: (x, side) => (side === 'target' ? renames.rewrite(x.definition, scope) : x.definition),
        rules: [
            ...nameRule(),
            { attribute: 'definition', reference: (x) => x.definition, target: (x) => renames.rewrite(x.definition, scope) },
            { attribute: 'comment', reference: (x) => x.comment },
        ],
    });
    const referencedTable = (f, side) => side === 'target' ? renames.table(f.referencedSchema, f.referencedTable) : f.referencedTable;
    const referencedColumns = (f, side) => side === 'target' ? renames.columnList(f.referencedSchema, referencedTable(f, side), f.referencedColumns) : f.referencedColumns;
    diffNamed('foreignKey', relation, own(reference.foreignKeys), own(target.foreignKeys), out, {
        signature: (f, side) => `${columnsOf(f.columns, side, relation, renames).join(',')}>${f.referencedSchema}.${referencedTable(f, side)}(${referencedColumns(f, side).join(',')})`,
        rules: [
            ...nameRule(),
            columnsRule(relation, renames),
            { attribute: 'referencedTable', reference: (f) => `${f.referencedSchema}.${f.referencedTable}`, target: (f) => `${f.referencedSchema}.${referencedTable(f, 'target')}` },
            { attribute: 'referencedColumns', reference: (f) => f.referencedColumns, target: (f) => referencedColumns(f, 'target') },
            { attribute: 'onUpdate', reference: (f) => f.onUpdate },
            { attribute: 'onDelete', reference: (f) => f.onDelete },
            { attribute: 'match', reference: (f) => f.match },
            { attribute: 'deferrable', reference: (f) => f.deferrable },
            { attribute: 'initiallyDeferred', reference: (f) => f.initiallyDeferred },
            { attribute: 'validated', reference: (f) => f.validated ?? true },
            { attribute: 'comment', reference: (f) => f.comment },
        ],
    });
    diffIndexes(relation, own(reference.indexes), own(target.indexes), renames, out);
}
/** Indexes of a table or a materialized view. */
function diffIndexes(relation, references, targets, renames, out) {
    const scope = [{ schema: relation.schema, table: relation.name }];
    const shape = (i, side) => side === 'target' ? renames.rewrite(normalizeIndexDefinition(i.definition), scope) : normalizeIndexDefinition(i.definition);
    const columns = (i, side) => i.columns.map((c) => side === 'reference'
        ? c
        : {
            ...c,
            name: c.name === undefined ? undefined : renames.column(relation.schema, relation.name, c.name),
            expression: c.expression === undefined ? undefined : renames.rewrite(c.expression, scope),
        });
    diffNamed('index', relation, references, targets, out, {
        signature: shape,
        rules: [
            ...nameRule(),
            { attribute: 'unique', reference: (i) => i.unique },
            { attribute: 'method', reference: (i) => i.method },
            { attribute: 'columns', reference: (i) => columns(i, 'reference'), target: (i) => columns(i, 'target'), show: (i) => i.columns },
            { attribute: 'include', reference: (i) => i.include, target: (i) => renames.columnList(relation.schema, relation.name, i.include) },
            { attribute: 'predicate', reference: (i) => i.predicate, target: (i) => i.predicate && renames.rewrite(i.predicate, scope) },
            { attribute: 'storageParameters', reference: (i) => i.storageParameters },
            { attribute: 'clustered', reference: (i) => i.clustered ?? false },
            { attribute: 'definition', reference: (i) => shape(i, 'reference'), target: (i) => shape(i, 'target'), show: (i) => i.definition, fallback: true },
            { attribute: 'comment', reference: (i) => i.comment },
        ],
    });
}
/**
 * CREATE INDEX text without the index and table names (`UNIQUE USING btree (a, b) WHERE ...`),
 * so that two indexes doing the same thing compare equal whatever they are called.
 */
function normalizeIndexDefinition(definition) {
    const at = definition.indexOf(' USING ');
    const unique = /^CREATE UNIQUE /i.test(definition) ? 'UNIQUE' : '';
    return at < 0 ? definition : `${unique}${definition.slice(at)}`;
}
function diffColumns(reference, target, renames, out) {
    const { schema } = reference;
    const scope = [{ schema, table: reference.name }];
    const relation = { schema, name: reference.name };
    const matching = matchObjects(own(reference.columns), own(target.columns), (c, side) => side === 'target' ? renames.column(schema, reference.name, c.name) : c.name);
    const idOf = (c) => `${schema}.${reference.name}.${c.name}`;
    for (const object of matching.missing)
        out.missing.push({ kind: 'column', id: idOf(object), relation, object });
    for (const object of matching.unexpected)
        out.unexpected.push({ kind: 'column', id: idOf(object), relation, object });
    for (const pair of matching.pairs) {
        const differences = compareAttributes(pair.reference, pair.target, [
            { attribute: 'type', reference: (c) => c.type },
            { attribute: 'nullable', reference: (c) => c.nullable },
            { attribute: 'default', reference: (c) => c.default, target: (c) => c.default, show: (c) => c.default, compareAs: comparableDefault },
            { attribute: 'identity', reference: (c) => c.identity && withoutSequenceName(c.identity) },
            // The name the sequence has, compared apart: renaming a table leaves its identity sequence's
            // name as it was, so the recorded name alone does not say whether the names differ.
            {
                attribute: 'identitySequence',
                reference: (c) => c.identity && identitySequenceName(reference.name, c),
                target: (c) => c.identity && identitySequenceName(target.name, c),
            },
            {
                attribute: 'generated',
                reference: (c) => c.generated,
                target: (c) => c.generated && { ...c.generated, expression: renames.rewrite(c.generated.expression, scope) },
            },
            { attribute: 'collation', reference: (c) => c.collation },
            { attribute: 'comment', reference: (c) => c.comment },
        ]);
        if (differences.length > 0) {
            out.changed.push({ kind: 'column', id: idOf(pair.reference), relation, reference: pair.reference, target: pair.target, differences });
        }
    }
}
function diffPrimaryKeys(relation, reference, target, renames, out) {
    const scope = [{ schema: relation.schema, table: relation.name }];
    const ownReference = reference?.inherited ? undefined : reference;
    const ownTarget = target?.inherited ? undefined : target;
    const idOf = (k) => `${relation.schema}.${relation.name}.${k.name}`;
    if (ownReference && !ownTarget)
        out.missing.push({ kind: 'primaryKey', id: idOf(ownReference), relation, object: ownReference });
    else if (!ownReference && ownTarget)
        out.unexpected.push({ kind: 'primaryKey', id: idOf(ownTarget), relation, object: ownTarget });
    else if (ownReference && ownTarget) {
        const differences = compareAttributes(ownReference, ownTarget, [
            ...nameRule(),
            columnsRule(relation, renames),
            { attribute: 'validated', reference: (k) => k.validated ?? true },
            { attribute: 'clustered', reference: (k) => k.clustered ?? false },
            { attribute: 'comment', reference: (k) => k.comment },
            { attribute: 'definition', reference: (k) => k.definition, target: (k) => renames.rewrite(k.definition, scope), fallback: true },
        ]);
        if (differences.length > 0) {
            out.changed.push({ kind: 'primaryKey', id: idOf(ownReference), relation, reference: ownReference, target: ownTarget, differences });
        }
    }
}
function diffNamed(kind, relation, references, targets, out, how) {
    const matching = matchObjects(references, targets, (o) => o.name, how.signature);
    const idOf = (o) => `${relation.schema}.${relation.name}.${o.name}`;
    // The casts: `kind` and T always agree (each caller passes its kind with its object type).
    for (const object of matching.missing)
        out.missing.push({ kind, id: idOf(object), relation, object });
    for (const object of matching.unexpected)
        out.unexpected.push({ kind, id: idOf(object), relation, object });
    for (const { reference, target } of matching.pairs) {
        const differences = compareAttributes(reference, target, how.rules);
        if (differences.length > 0) {
            out.changed.push({ kind, id: idOf(reference), relation, reference, target, differences });
        }
    }
}
function nameRule() {
    return [{ attribute: 'name', reference: (o) => o.name }];
}
function columnsRule(relation, renames) {
    return { attribute: 'columns', reference: (o) => o.columns, target: (o) => renames.columnList(relation.schema, relation.name, o.columns) };
}
function columnsOf(columns, side, relation, renames) {
    return side === 'target' ? renames.columnList(relation.schema, relation.name, columns) : columns;
}
function withoutSequenceName(identity) {
    const { sequenceName: _name, ...options } = identity;
    return options;
}
/** The identity sequence's name: recorded when not PostgreSQL's own choice, which is `<table>_<column>_seq`. */
function identitySequenceName(table, column) {
    return column.identity?.sequenceName ?? `${table}_${column.name}_seq`;
}
/**
 * Defaults PostgreSQL evaluates identically but prints differently: CURRENT_TIMESTAMP is now()
 * (and Liquibase writes NOW() for it on PostgreSQL, so a round trip changes the spelling).
 */
function comparableDefault(expression) {
    return typeof expression === 'string' ? expression.replace(/^(CURRENT_TIMESTAMP|transaction_timestamp\(\))$/i, 'now()') : expression;
}
function own(objects) {
    return objects.filter((o) => !o.inherited);
}

;// CONCATENATED MODULE: ./diff/rename-detection.js
/** Below this, a pair is not reported as a rename. */
const RENAME_THRESHOLD = 0.7;
/** Two candidates closer than this for the same object make the pairing ambiguous. */
const AMBIGUITY_MARGIN = 0.05;
function pairRenames(gone, appeared, score) {
    const candidates = [];
    for (const from of gone) {
        for (const to of appeared) {
            const scored = score(from, to);
            if (scored && scored.confidence >= RENAME_THRESHOLD)
                candidates.push({ from, to, ...scored });
        }
    }
    // Stable: equal confidences keep the snapshot order, so the result is deterministic.
    candidates.sort((a, b) => b.confidence - a.confidence);
    const taken = new Set();
    const pairs = [];
    for (const candidate of candidates) {
        if (taken.has(candidate.from) || taken.has(candidate.to))
            continue;
        const rival = candidates.find((other) => other !== candidate &&
            (other.from === candidate.from || other.to === candidate.to) &&
            !taken.has(other.from === candidate.from ? other.to : other.from) &&
            candidate.confidence - other.confidence < AMBIGUITY_MARGIN);
        taken.add(candidate.from);
        taken.add(candidate.to);
        if (!rival)
            pairs.push(candidate);
    }
    return pairs;
}
function scoreTableRename(from, to) {
    if (from.schema !== to.schema || from.columns.length === 0 || to.columns.length === 0)
        return undefined;
    if (Boolean(from.partitionOf) !== Boolean(to.partitionOf))
        return undefined;
    const signature = (c) => `${c.name}\u0000${c.type}`;
    const fromColumns = new Set(from.columns.map(signature));
    const toColumns = new Set(to.columns.map(signature));
    const common = [...fromColumns].filter((c) => toColumns.has(c)).length;
    const jaccard = common / (fromColumns.size + toColumns.size - common);
    const sameTypes = from.columns.length === to.columns.length && from.columns.every((c, i) => c.type === to.columns[i].type);
    const total = Math.max(from.columns.length, to.columns.length);
    let confidence;
    let reason;
    if (jaccard === 1) {
        confidence = 0.95;
        reason = `same ${total} column${total === 1 ? '' : 's'} with the same names and types`;
    }
    else if (sameTypes) {
        confidence = 0.75 + 0.15 * jaccard;
        reason = `same column types in the same order, ${common} of ${total} column names equal`;
    }
    else {
        confidence = 0.8 * jaccard;
        reason = `${common} of ${total} columns equal by name and type`;
    }
    confidence = Math.min(0.99, confidence + 0.04 * nameSimilarity(from.name, to.name));
    return { confidence: round(confidence), reason };
}
function scoreColumnRename(from, fromPosition, to, toPosition) {
    if (from.type !== to.type)
        return undefined;
    const signs = [`same type ${to.type}`];
    let confidence = 0.6;
    if (from.nullable === to.nullable) {
        confidence += 0.1;
        signs.push('same nullability');
    }
    if ((from.default ?? '') === (to.default ?? '') && JSON.stringify(from.identity) === JSON.stringify(to.identity)) {
        confidence += 0.1;
        signs.push(from.default ? 'same default' : 'no default on either');
    }
    if (fromPosition === toPosition) {
        confidence += 0.1;
        signs.push('same position');
    }
    const similarity = nameSimilarity(from.name, to.name);
    confidence += 0.1 * similarity;
    if (similarity >= 0.5)
        signs.push('similar name');
    return { confidence: round(confidence), reason: signs.join(', ') };
}
/** 1 for equal names, 0 for nothing in common: 1 - Levenshtein distance / longer length. */
function nameSimilarity(a, b) {
    if (a === b)
        return 1;
    const longer = Math.max(a.length, b.length);
    if (longer === 0)
        return 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return 1 - previous[b.length] / longer;
}
function round(value) {
    return Math.round(value * 100) / 100;
}

// EXTERNAL MODULE: ./diff/postgres-quoting.js
var postgres_quoting = __webpack_require__(2309);
;// CONCATENATED MODULE: ./diff/rename-map.js

/**
 * Target names → reference names, for the renames the diff accepted. Comparisons run on the
 * target's objects seen through this map, so a renamed column does not also show up as a changed
 * primary key, index or view definition.
 */
class RenameMap {
    tables = new Map();
    columns = new Map();
    constructor(renames = []) {
        for (const rename of renames) {
            if (rename.kind === 'table')
                this.tables.set(key(rename.schema, rename.from), rename.to);
            else {
                const table = key(rename.schema, rename.table ?? '');
                let map = this.columns.get(table);
                if (!map)
                    this.columns.set(table, (map = new Map()));
                map.set(rename.from, rename.to);
            }
        }
    }
    get isEmpty() {
        return this.tables.size === 0 && this.columns.size === 0;
    }
    /** A target table's name as the reference calls it. */
    table(schema, name) {
        return this.tables.get(key(schema, name)) ?? name;
    }
    /** A target column's name as the reference calls it; `table` is the reference's table name. */
    column(schema, table, name) {
        return this.columns.get(key(schema, table))?.get(name) ?? name;
    }
    columnList(schema, table, names) {
        return names.map((name) => this.column(schema, table, name));
    }
    /** Every table with renamed columns, for texts that may name any of them (view definitions). */
    allColumnScopes() {
        return [...this.columns.keys()].map((k) => {
            const [schema, table] = splitKey(k);
            return { schema, table };
        });
    }
    /**
     * Rewrites SQL text printed by PostgreSQL (qualified names, identifiers quoted only when needed)
     * from target names to reference names: renamed tables everywhere, renamed columns of the given
     * tables (reference names). Textual, so only used to decide whether two texts are the same.
     */
    rewrite(text, tablesInScope = []) {
        if (this.isEmpty)
            return text;
        let result = text;
        for (const [qualified, to] of this.tables) {
            const [schema, from] = splitKey(qualified);
            const pattern = new RegExp(`(^|[^\\w$"])${rename_map_escape((0,postgres_quoting/* quoteIdentifier */.Cm)(schema))}\\.${rename_map_escape((0,postgres_quoting/* quoteIdentifier */.Cm)(from))}(?![\\w$"])`, 'g');
            result = result.replace(pattern, (_, before) => `${before}${(0,postgres_quoting/* quoteIdentifier */.Cm)(schema)}.${(0,postgres_quoting/* quoteIdentifier */.Cm)(to)}`);
        }
        for (const { schema, table } of tablesInScope) {
            for (const [from, to] of this.columns.get(key(schema, table)) ?? []) {
                const pattern = new RegExp(`(^|[^\\w$"])${rename_map_escape((0,postgres_quoting/* quoteIdentifier */.Cm)(from))}(?![\\w$"])`, 'g');
                result = result.replace(pattern, (_, before) => `${before}${(0,postgres_quoting/* quoteIdentifier */.Cm)(to)}`);
            }
        }
        return result;
    }
}
function key(schema, name) {
    return `${schema}\u0000${name}`;
}
function splitKey(value) {
    const at = value.indexOf('\u0000');
    return [value.slice(0, at), value.slice(at + 1)];
}
function rename_map_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./diff/diff-snapshots.js





/**
 * Compares two snapshots: what must change in TARGET to make it look like REFERENCE.
 *
 * @example
 * const diff = diffSnapshots(await readSnapshotFile('main.json'), await takeSnapshot(connection));
 * console.log(renderDiffText(diff));
 */
function diffSnapshots(reference, target, options = {}) {
    const out = { missing: [], unexpected: [], changed: [], renamed: [] };
    const detectRenames = options.detectRenames ?? true;
    // Tables first: renames found here change how every other object is compared.
    const tables = matchObjects(reference.tables, target.tables, (t) => `${t.schema}.${t.name}`);
    if (detectRenames) {
        for (const pair of pairRenames(tables.unexpected, tables.missing, scoreTableRename)) {
            tables.pairs.push({ reference: pair.to, target: pair.from });
            tables.missing.splice(tables.missing.indexOf(pair.to), 1);
            tables.unexpected.splice(tables.unexpected.indexOf(pair.from), 1);
            out.renamed.push({ kind: 'table', schema: pair.to.schema, from: pair.from.name, to: pair.to.name, confidence: pair.confidence, reason: pair.reason });
        }
        for (const { reference: r, target: t } of tables.pairs)
            out.renamed.push(...detectColumnRenames(r, t));
    }
    const renames = new RenameMap(out.renamed);
    const entry = (kind, id, object) => ({ kind, id, object });
    const collect = (kind, idOf, matching, compare) => {
        for (const o of matching.missing)
            out.missing.push(entry(kind, idOf(o), o));
        for (const o of matching.unexpected)
            out.unexpected.push(entry(kind, idOf(o), o));
        if (!compare)
            return;
        for (const { reference: r, target: t } of matching.pairs) {
            const differences = compare(r, t);
            if (differences.length > 0)
                out.changed.push({ kind, id: idOf(r), reference: r, target: t, differences });
        }
    };
    const by = (rules) => (r, t) => compareAttributes(r, t, rules);
    collect('schema', (s) => s.name, matchObjects(reference.schemas, target.schemas, (s) => s.name), by([
        { attribute: 'comment', reference: (s) => s.comment },
    ]));
    collect('extension', (e) => e.name, matchObjects(reference.extensions, target.extensions, (e) => e.name), by(extensionRules));
    collect('type', qualified, matchObjects(reference.types, target.types, qualified), compareTypes);
    collect('sequence', qualified, matchObjects(reference.sequences, target.sequences, qualified), by(sequenceRules(renames)));
    collect('table', qualified, { pairs: [], missing: tables.missing, unexpected: tables.unexpected });
    for (const { reference: r, target: t } of tables.pairs)
        diffTables(r, t, renames, out);
    const views = matchObjects(reference.views, target.views, (v, side) => (side === 'target' ? `${v.schema}.${renames.table(v.schema, v.name)}` : qualified(v)));
    collect('view', qualified, views, by(viewRules(renames)));
    for (const { reference: r, target: t } of views.pairs) {
        if (r.materialized && t.materialized)
            diffIndexes({ schema: r.schema, name: r.name, materializedView: true }, r.indexes, t.indexes, renames, out);
    }
    const routineKey = (f) => `${f.schema}.${f.name}(${f.arguments})`;
    collect('function', routineKey, matchObjects(reference.functions, target.functions, routineKey), by(routineRules));
    const triggerKey = (g, side) => `${g.schema}.${side === 'target' ? renames.table(g.schema, g.table) : g.table}.${g.name}`;
    collect('trigger', (g) => triggerKey(g, 'reference'), matchObjects(diff_snapshots_own(reference.triggers), diff_snapshots_own(target.triggers), triggerKey), by(triggerRules(renames)));
    attachDependentViews(out.changed, reference, target, renames);
    return {
        reference: { ...reference.source, generatedAt: reference.generatedAt },
        target: { ...target.source, generatedAt: target.generatedAt },
        missing: out.missing,
        unexpected: out.unexpected,
        changed: out.changed,
        renamed: out.renamed,
    };
}
/**
 * Gives the view changes that need a drop (a changed definition) and the column type changes the
 * views that read them, from the reference's dependencies, when those views exist on both sides.
 */
function attachDependentViews(changed, reference, target, renames) {
    const readers = new Map();
    for (const view of reference.views) {
        for (const key of view.dependsOn)
            readers.set(key, [...(readers.get(key) ?? []), view]);
    }
    const targetViews = new Map(target.views.map((v) => [`${v.schema}.${v.name}`, v]));
    const dependentsOf = (key) => {
        const found = [];
        const visit = (k) => {
            for (const view of readers.get(k) ?? []) {
                if (found.includes(view))
                    continue;
                found.push(view);
                visit(`${view.schema}.${view.name}`);
            }
        };
        visit(key);
        return orderByDependency(found).flatMap((view) => {
            const other = targetViews.get(`${view.schema}.${renames.table(view.schema, view.name)}`);
            return other ? [{ reference: view, target: other }] : [];
        });
    };
    for (const entry of changed) {
        const attributes = new Set(entry.differences.map((d) => d.attribute));
        if (entry.kind === 'view' && (attributes.has('definition') || attributes.has('materialized'))) {
            const dependents = dependentsOf(`${entry.reference.schema}.${entry.reference.name}`);
            if (dependents.length)
                entry.dependentViews = dependents;
        }
        else if (entry.kind === 'column' && (attributes.has('type') || attributes.has('collation'))) {
            const dependents = dependentsOf(`${entry.relation.schema}.${entry.relation.name}`);
            if (dependents.length)
                entry.dependentViews = dependents;
        }
    }
}
/** Views before the views that read them (stable otherwise). */
function orderByDependency(views) {
    const keys = new Set(views.map((v) => `${v.schema}.${v.name}`));
    const done = new Set();
    const ordered = [];
    const place = (view, path) => {
        const key = `${view.schema}.${view.name}`;
        if (done.has(key) || path.has(key))
            return;
        path.add(key);
        for (const needed of view.dependsOn) {
            const other = keys.has(needed) ? views.find((v) => `${v.schema}.${v.name}` === needed) : undefined;
            if (other)
                place(other, path);
        }
        done.add(key);
        ordered.push(view);
    };
    for (const view of views)
        place(view, new Set());
    return ordered;
}
function detectColumnRenames(reference, target) {
    const referenceNames = new Set(reference.columns.map((c) => c.name));
    const targetNames = new Set(target.columns.map((c) => c.name));
    const gone = target.columns.filter((c) => !referenceNames.has(c.name) && !c.inherited);
    const appeared = reference.columns.filter((c) => !targetNames.has(c.name) && !c.inherited);
    if (gone.length === 0 || appeared.length === 0)
        return [];
    const position = (table, name) => table.columns.findIndex((c) => c.name === name);
    return pairRenames(gone, appeared, (from, to) => scoreColumnRename(from, position(target, from.name), to, position(reference, to.name))).map((pair) => ({
        kind: 'column',
        schema: reference.schema,
        table: reference.name,
        from: pair.from.name,
        to: pair.to.name,
        confidence: pair.confidence,
        reason: pair.reason,
    }));
}
function qualified(o) {
    return `${o.schema}.${o.name}`;
}
function diff_snapshots_own(objects) {
    return objects.filter((o) => !o.inherited);
}
const extensionRules = [
    { attribute: 'version', reference: (e) => e.version },
    { attribute: 'schema', reference: (e) => e.schema },
    { attribute: 'comment', reference: (e) => e.comment },
];
function compareTypes(reference, target) {
    // A type of another kind differs by its kind alone: the rest is not comparable.
    if (reference.kind !== target.kind)
        return [{ attribute: 'kind', reference: reference.kind, target: target.kind }];
    const comment = { attribute: 'comment', reference: (t) => t.comment };
    const field = (_kind, attribute) => ({
        attribute: String(attribute),
        reference: (t) => t[attribute],
    });
    switch (reference.kind) {
        case 'enum':
            return compareAttributes(reference, target, [field('enum', 'labels'), comment]);
        case 'composite':
            return compareAttributes(reference, target, [field('composite', 'attributes'), comment]);
        case 'domain':
            return compareAttributes(reference, target, [
                field('domain', 'baseType'),
                field('domain', 'nullable'),
                field('domain', 'default'),
                field('domain', 'collation'),
                field('domain', 'constraints'),
                comment,
            ]);
    }
}
function sequenceRules(renames) {
    return [
        { attribute: 'dataType', reference: (s) => s.dataType },
        { attribute: 'start', reference: (s) => s.start },
        { attribute: 'increment', reference: (s) => s.increment },
        { attribute: 'min', reference: (s) => s.min },
        { attribute: 'max', reference: (s) => s.max },
        { attribute: 'cache', reference: (s) => s.cache },
        { attribute: 'cycle', reference: (s) => s.cycle },
        {
            attribute: 'ownedBy',
            reference: (s) => s.ownedBy,
            target: (s) => {
                if (!s.ownedBy)
                    return undefined;
                const table = renames.table(s.ownedBy.schema, s.ownedBy.table);
                return { schema: s.ownedBy.schema, table, column: renames.column(s.ownedBy.schema, table, s.ownedBy.column) };
            },
        },
        { attribute: 'comment', reference: (s) => s.comment },
    ];
}
function viewRules(renames) {
    const columnComments = (v) => Object.fromEntries(v.columns.filter((c) => c.comment).map((c) => [c.name, c.comment]));
    return [
        { attribute: 'materialized', reference: (v) => v.materialized },
        {
            attribute: 'definition',
            reference: (v) => v.definition,
            // After a column rename PostgreSQL keeps the view's output name with an alias
            // (`c.email_address AS email`); once rewritten that alias is redundant, and PostgreSQL would not print it.
            target: (v) => renames.isEmpty ? v.definition : renames.rewrite(v.definition, renames.allColumnScopes()).replace(/((?:\b\w+\.)?)\b(\w+) AS \2\b/g, '$1$2'),
        },
        { attribute: 'options', reference: (v) => v.options },
        { attribute: 'comment', reference: (v) => v.comment },
        { attribute: 'columnComments', reference: columnComments },
    ];
}
const routineRules = [
    { attribute: 'returns', reference: (f) => f.returns },
    { attribute: 'language', reference: (f) => f.language },
    { attribute: 'definition', reference: (f) => f.definition },
    { attribute: 'comment', reference: (f) => f.comment },
];
function triggerRules(renames) {
    return [
        {
            attribute: 'definition',
            reference: (g) => g.definition,
            target: (g) => renames.rewrite(g.definition, [{ schema: g.schema, table: renames.table(g.schema, g.table) }]),
        },
        { attribute: 'enabled', reference: (g) => g.enabled },
        { attribute: 'comment', reference: (g) => g.comment },
    ];
}


/***/ }),

/***/ 2309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ quoteIdentifier),
/* harmony export */   OL: () => (/* binding */ qualifiedName),
/* harmony export */   ce: () => (/* binding */ quoteLiteral)
/* harmony export */ });
/**
 * Quoting for the SQL the changeset generator writes itself (`sql` changes), with PostgreSQL's own
 * rules (quote_ident / quote_literal), so that the text reads like what pg_dump and the catalog
 * print. Liquibase-style quoting for change types lives in src/dialect/postgres/.
 */
/**
 * PostgreSQL key words that are not "unreserved" (reserved, type/function-name and column-name
 * key words, PostgreSQL 18). quote_ident quotes these; quoting one more than needed is harmless.
 */
const KEYWORDS = new Set(('all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
    'current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc ' +
    'distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral ' +
    'leading limit localtime localtimestamp not null offset on only or order placing primary references returning select ' +
    'session_user some symmetric system_user table then to trailing true union unique user using variadic when where ' +
    'window with ' +
    'authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join left like ' +
    'natural notnull outer overlaps right similar tablesample verbose ' +
    'between bigint bit boolean char character coalesce dec decimal exists extract float greatest grouping inout int ' +
    'integer interval json json_array json_arrayagg json_exists json_object json_objectagg json_query json_scalar ' +
    'json_serialize json_table json_value least merge_action national nchar none normalize nullif numeric out overlay ' +
    'position precision real row setof smallint substring time timestamp treat trim values varchar xmlattributes ' +
    'xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable').split(' '));
/** `orders` → `orders`, `Order` → `"Order"`, `user` → `"user"`. */
function quoteIdentifier(name) {
    if (/^[a-z_][a-z0-9_$]*$/.test(name) && !KEYWORDS.has(name))
        return name;
    return `"${name.replaceAll('"', '""')}"`;
}
/** `schema.name`, each part quoted as needed. */
function qualifiedName(schema, name) {
    return `${quoteIdentifier(schema)}.${quoteIdentifier(name)}`;
}
/** A string literal: `'it''s'`, or `E'...'` when it holds a backslash (as quote_literal does). */
function quoteLiteral(value) {
    const body = value.replaceAll("'", "''");
    return value.includes('\\') ? `E'${body.replaceAll('\\', '\\\\')}'` : `'${body}'`;
}


/***/ })

};
