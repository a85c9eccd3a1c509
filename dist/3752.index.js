export const id = 3752;
export const ids = [3752];
export const modules = {

/***/ 812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ objectKey),
/* harmony export */   Td: () => (/* binding */ SNAPSHOT_FORMAT),
/* harmony export */   sU: () => (/* binding */ SNAPSHOT_FORMAT_VERSION)
/* harmony export */ });
/**
 * A snapshot: the schema objects of a database at one moment, in a format of our own (documented in
 * docs/snapshot.md). It is plain JSON data with a stable key order and sorted collections, so that
 * two snapshots of the same schema are identical byte for byte and a snapshot diffs cleanly in Git.
 *
 * Names are stored exactly as the catalog spells them (unquoted); SQL fragments (types, defaults,
 * definitions) are stored as PostgreSQL prints them with an empty search_path, so every reference to
 * a user object is schema-qualified and the text does not depend on the session that took it.
 */
const SNAPSHOT_FORMAT = 'dbops-snapshot';
const SNAPSHOT_FORMAT_VERSION = 1;
/**
 * The key other objects use to name a relation or type (`schema.name`) or a routine
 * (`schema.name(arguments)`) in `dependsOn`. Relations and types share one namespace in PostgreSQL,
 * so the key is unambiguous. Keys are compared, never parsed.
 */
function objectKey(schema, name, routineArguments) {
    return routineArguments === undefined ? `${schema}.${name}` : `${schema}.${name}(${routineArguments})`;
}


/***/ }),

/***/ 5969:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ createNameFilter)
/* harmony export */ });
/* unused harmony export globToRegExp */
function createNameFilter({ include = [], exclude = [] }) {
    const included = include.map(compilePattern);
    const excluded = exclude.map(compilePattern);
    return (schema, name) => {
        const matches = (pattern) => pattern.regex.test(pattern.qualified ? `${schema}.${name}` : name);
        if (excluded.some(matches))
            return false;
        return included.length === 0 || included.some(matches);
    };
}
function compilePattern(pattern) {
    return { qualified: pattern.includes('.'), regex: globToRegExp(pattern) };
}
/** Exported for its own tests. */
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === '*')
            source += '.*';
        else if (char === '?')
            source += '.';
        else if (char === '[') {
            const end = glob.indexOf(']', i + 2);
            if (end === -1) {
                source += '\\[';
                continue;
            }
            let body = glob.slice(i + 1, end);
            const negated = body.startsWith('!');
            if (negated)
                body = body.slice(1);
            source += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
            i = end;
        }
        else
            source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^${source}$`, 's');
}


/***/ }),

/***/ 7522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ notExtensionMember),
/* harmony export */   ij: () => (/* binding */ commentJoin),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   uE: () => (/* binding */ collationSql)
/* harmony export */ });
/**
 * SQL predicate: the object is not a member of an extension (those are created by CREATE
 * EXTENSION, so a snapshot that listed them would make a diff recreate them).
 */
function notExtensionMember(catalog, oid) {
    return `not exists (select 1 from pg_catalog.pg_depend ext
                       where ext.classid = 'pg_catalog.${catalog}'::regclass and ext.objid = ${oid} and ext.deptype = 'e')`;
}
/** SQL join bringing an object's comment in as `<alias>.description`. */
function commentJoin(alias, catalog, oid, subId = '0') {
    return `left join pg_catalog.pg_description ${alias}
            on ${alias}.classoid = 'pg_catalog.${catalog}'::regclass and ${alias}.objoid = ${oid} and ${alias}.objsubid = ${subId}`;
}
/** SQL expression: a collation as SQL text (`"C"`, `myschema.mycoll`), schema omitted for pg_catalog. */
function collationSql(collationOid) {
    return `(select case when cn.nspname = 'pg_catalog' then pg_catalog.quote_ident(co.collname)
                       else pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) end
             from pg_catalog.pg_collation co join pg_catalog.pg_namespace cn on cn.oid = co.collnamespace
            where co.oid = ${collationOid})`;
}
/** Drops null/undefined and empty-string comments so optional fields stay absent in the JSON. */
function optional(value) {
    return value === null || value === undefined || value === '' ? undefined : value;
}


/***/ }),

/***/ 2141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ readRelations),
/* harmony export */   NN: () => (/* binding */ readInheritance),
/* harmony export */   kH: () => (/* binding */ normalizeViewDefinition)
/* harmony export */ });
/* harmony import */ var _catalog_fragments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7522);

/** Tables, partitioned tables, views and materialized views of the selected schemas. */
async function readRelations(ctx) {
    const partitioned = ctx.caps.hasPartitioning;
    const { rows } = await ctx.db.query(`select c.oid::text as oid, n.nspname::text as schema, c.relname::text as name, c.relkind::text as relkind,
            c.relpersistence::text as persistence,
            ${partitioned ? `case when c.relkind = 'p' then pg_catalog.pg_get_partkeydef(c.oid) end` : 'null::text'} as partition_key,
            ${partitioned ? `case when c.relispartition then pg_catalog.pg_get_expr(c.relpartbound, c.oid) end` : 'null::text'} as partition_bound,
            case when c.relkind in ('v', 'm') then pg_catalog.pg_get_viewdef(c.oid, true) end as view_definition,
            c.reloptions::text[] as options,
            d.description as comment
       from pg_catalog.pg_class c
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       ${(0,_catalog_fragments_js__WEBPACK_IMPORTED_MODULE_0__/* .commentJoin */ .ij)('d', 'pg_class', 'c.oid')}
      where c.relkind in ('r', 'p', 'v', 'm')
        and n.nspname = any($1::text[])
        and ${(0,_catalog_fragments_js__WEBPACK_IMPORTED_MODULE_0__/* .notExtensionMember */ .RG)('pg_class', 'c.oid')}
      order by n.nspname, c.relname`, [ctx.schemas]);
    return rows.map((row) => ({
        oid: row.oid,
        schema: row.schema,
        name: row.name,
        relkind: row.relkind,
        unlogged: row.persistence === 'u',
        partitionKey: (0,_catalog_fragments_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(row.partition_key),
        partitionBound: (0,_catalog_fragments_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(row.partition_bound),
        viewDefinition: row.view_definition === null ? undefined : normalizeViewDefinition(row.view_definition),
        options: row.options && row.options.length > 0 ? [...row.options].sort() : undefined,
        comment: (0,_catalog_fragments_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(row.comment),
    }));
}
/** Parents of every child table (partitions and classic inheritance), in declared order. */
async function readInheritance(ctx) {
    const { rows } = await ctx.db.query(`select i.inhrelid::text as child_oid, pn.nspname::text as parent_schema, pc.relname::text as parent_name
       from pg_catalog.pg_inherits i
       join pg_catalog.pg_class c on c.oid = i.inhrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       join pg_catalog.pg_class pc on pc.oid = i.inhparent
       join pg_catalog.pg_namespace pn on pn.oid = pc.relnamespace
      where c.relkind in ('r', 'p') and n.nspname = any($1::text[])
      order by i.inhrelid, i.inhseqno`, [ctx.schemas]);
    return rows.map((row) => ({ childOid: row.child_oid, parentSchema: row.parent_schema, parentName: row.parent_name }));
}
/**
 * pg_get_viewdef pretty-prints with a leading space and a trailing semicolon; neither is part of
 * the query, and keeping them would make createView text differ from what users write.
 */
function normalizeViewDefinition(definition) {
    return definition.trim().replace(/;$/, '').trimEnd();
}


/***/ }),

/***/ 3752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ DEFAULT_TRACKING_TABLES),
  takeSnapshot: () => (/* binding */ takeSnapshot)
});

// EXTERNAL MODULE: ./errors.js
var errors = __webpack_require__(8645);
// EXTERNAL MODULE: ./logger.js
var logger = __webpack_require__(9594);
// EXTERNAL MODULE: ./snapshot/model.js
var model = __webpack_require__(812);
// EXTERNAL MODULE: ./snapshot/name-filter.js
var name_filter = __webpack_require__(5969);
;// CONCATENATED MODULE: ./snapshot/postgres/catalog-capabilities.js
const PROBED = ['pg_attribute', 'pg_class', 'pg_constraint', 'pg_index', 'pg_proc', 'pg_trigger'];
async function probeCatalog(db) {
    const { rows } = await db.query(`select current_setting('server_version_num') as version_num,
            current_setting('server_version') as version,
            current_database()::text as database,
            to_regclass('pg_catalog.pg_sequence') is not null as has_sequence,
            to_regclass('pg_catalog.pg_partitioned_table') is not null as has_partitioned,
            array(select c.relname::text || '.' || a.attname::text
                    from pg_catalog.pg_attribute a
                    join pg_catalog.pg_class c on c.oid = a.attrelid
                    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = 'pg_catalog' and c.relname = any($1::text[]) and a.attnum > 0 and not a.attisdropped) as columns`, [PROBED]);
    const first = rows[0];
    const present = new Set(first.columns);
    return {
        serverVersionNum: Number(first.version_num),
        serverVersion: first.version,
        database: first.database,
        hasPgSequence: first.has_sequence,
        hasPartitioning: first.has_partitioned && present.has('pg_class.relispartition'),
        hasColumn: (catalog, column) => present.has(`${catalog}.${column}`),
    };
}

// EXTERNAL MODULE: ./snapshot/postgres/catalog-fragments.js
var catalog_fragments = __webpack_require__(7522);
;// CONCATENATED MODULE: ./snapshot/postgres/read-columns.js

/**
 * Columns of every table, view, materialized view and composite type of the selected schemas, in
 * column order, in one query.
 */
async function readColumns(ctx) {
    const { caps } = ctx;
    const identity = caps.hasColumn('pg_attribute', 'attidentity') ? 'a.attidentity::text' : `''`;
    const generated = caps.hasColumn('pg_attribute', 'attgenerated') ? 'a.attgenerated::text' : `''`;
    const { rows } = await ctx.db.query(`select a.attrelid::text as relation_oid, a.attnum::int as number, a.attname::text as name,
            pg_catalog.format_type(a.atttypid, a.atttypmod) as type,
            a.attnotnull as not_null,
            pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) as expression,
            ${identity} as identity, ${generated} as generated,
            case when a.attcollation <> 0 and a.attcollation <> t.typcollation then ${(0,catalog_fragments/* collationSql */.uE)('a.attcollation')} end as collation,
            a.attislocal as local,
            d.description as comment
       from pg_catalog.pg_attribute a
       join pg_catalog.pg_class c on c.oid = a.attrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       join pg_catalog.pg_type t on t.oid = a.atttypid
       left join pg_catalog.pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
       ${(0,catalog_fragments/* commentJoin */.ij)('d', 'pg_class', 'a.attrelid', 'a.attnum')}
      where c.relkind in ('r', 'p', 'v', 'm', 'c') and a.attnum > 0 and not a.attisdropped
        and n.nspname = any($1::text[])
      order by a.attrelid, a.attnum`, [ctx.schemas]);
    return rows.map((row) => ({
        relationOid: row.relation_oid,
        number: row.number,
        name: row.name,
        type: row.type,
        notNull: row.not_null,
        expression: (0,catalog_fragments/* optional */.lq)(row.expression),
        identity: row.identity === 'a' || row.identity === 'd' ? row.identity : undefined,
        generated: row.generated === 's' || row.generated === 'v' ? row.generated : undefined,
        collation: (0,catalog_fragments/* optional */.lq)(row.collation),
        inherited: !row.local,
        comment: (0,catalog_fragments/* optional */.lq)(row.comment),
    }));
}

;// CONCATENATED MODULE: ./snapshot/postgres/read-constraints.js

const ACTIONS = {
    a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT',
};
const MATCH = { s: 'SIMPLE', f: 'FULL', p: 'PARTIAL' };
/**
 * Primary key, unique, foreign key, check and exclusion constraints of tables, and check
 * constraints of domains, in one query. NOT NULL constraints (catalogued since PostgreSQL 18) are
 * column nullability and are read with the columns.
 */
async function readConstraints(ctx, known = new Map()) {
    const parent = ctx.caps.hasColumn('pg_constraint', 'conparentid') ? 'k.conparentid <> 0' : 'false';
    const noInherit = ctx.caps.hasColumn('pg_constraint', 'connoinherit') ? 'k.connoinherit' : 'false';
    const { rows } = await ctx.db.query(`select k.conrelid::text as relation_oid, k.contypid::text as domain_oid, k.conname::text as name,
            k.contype::text as type,
            pg_catalog.pg_get_constraintdef(k.oid, true) as definition,
            case when k.contype = 'c' then pg_catalog.pg_get_expr(k.conbin, k.conrelid) end as expression,
            k.conkey::int[] as column_numbers, k.confrelid::text as referenced_oid, k.confkey::int[] as referenced_numbers,
            rn.nspname::text as referenced_schema, rc.relname::text as referenced_table,
            k.confupdtype::text as on_update, k.confdeltype::text as on_delete, k.confmatchtype::text as match,
            k.condeferrable as deferrable, k.condeferred as deferred, k.convalidated as validated,
            ${noInherit} as no_inherit,
            (not k.conislocal or ${parent}) as inherited,
            coalesce(ci.indisclustered, false) as clustered,
            d.description as comment
       from pg_catalog.pg_constraint k
       join pg_catalog.pg_namespace n on n.oid = k.connamespace
       left join pg_catalog.pg_class rc on rc.oid = k.confrelid
       left join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace
       left join pg_catalog.pg_index ci on ci.indexrelid = k.conindid and k.contype in ('p', 'u', 'x')
       ${(0,catalog_fragments/* commentJoin */.ij)('d', 'pg_constraint', 'k.oid')}
      where k.contype in ('p', 'u', 'f', 'c', 'x')
        and n.nspname = any($1::text[])
      order by k.conrelid, k.contypid, k.conname`, [ctx.schemas]);
    // Column numbers become names here rather than per row in SQL: the names are mostly known
    // already (`known`: relationOid:attnum → name, from the columns read), and a lookup per
    // constraint column was the costliest part of the query. Only other relations are looked up.
    const missing = rows.flatMap((row) => [
        ...(row.column_numbers?.some((n) => !known.has(`${row.relation_oid}:${n}`)) ? [row.relation_oid] : []),
        ...(row.referenced_numbers?.some((n) => !known.has(`${row.referenced_oid}:${n}`)) ? [row.referenced_oid] : []),
    ]);
    const names = new Map([...known, ...(await columnNames(ctx, missing))]);
    const nameOf = (relation, numbers) => (numbers ?? []).map((n) => names.get(`${relation}:${n}`) ?? `#${n}`);
    return rows.map((row) => ({
        relationOid: row.relation_oid,
        domainOid: row.domain_oid,
        name: row.name,
        type: row.type,
        definition: row.definition,
        expression: (0,catalog_fragments/* optional */.lq)(row.expression),
        columns: nameOf(row.relation_oid, row.column_numbers),
        referencedSchema: (0,catalog_fragments/* optional */.lq)(row.referenced_schema),
        referencedTable: (0,catalog_fragments/* optional */.lq)(row.referenced_table),
        referencedColumns: nameOf(row.referenced_oid, row.referenced_numbers),
        onUpdate: ACTIONS[row.on_update] ?? 'NO ACTION',
        onDelete: ACTIONS[row.on_delete] ?? 'NO ACTION',
        match: MATCH[row.match] ?? 'SIMPLE',
        deferrable: row.deferrable,
        initiallyDeferred: row.deferred,
        validated: row.validated,
        noInherit: row.no_inherit,
        inherited: row.inherited,
        clustered: row.clustered,
        comment: (0,catalog_fragments/* optional */.lq)(row.comment),
    }));
}
/** `relationOid:attnum` → column name for the given relations, in one query. */
async function columnNames(ctx, relationOids) {
    const unique = [...new Set(relationOids)];
    if (unique.length === 0)
        return new Map();
    const { rows } = await ctx.db.query(`select a.attrelid::text as relation, a.attnum::int as number, a.attname::text as name
       from pg_catalog.pg_attribute a
      where a.attrelid = any($1::oid[]) and a.attnum > 0`, [unique]);
    return new Map(rows.map((row) => [`${row.relation}:${row.number}`, row.name]));
}

;// CONCATENATED MODULE: ./snapshot/postgres/read-dependencies.js
/**
 * The dependencies that order creation: a view on its tables, views and functions; a table on the
 * types of its columns, the sequences and functions in its defaults, checks and index
 * expressions; a domain on its base type; a routine on its argument types (and, for SQL-standard
 * bodies, on the tables it reads). Foreign keys are left out on purpose: they are created after
 * every table, so they never order tables (and two tables may reference each other).
 *
 * One query over pg_depend, restricted to objects created after initdb (oid >= 16384).
 */
async function readDependencies(db) {
    const { rows } = await db.query(`with type_owner as (
       select t.oid,
              case when t.typrelid <> 0 and r.relkind <> 'c' then 'c:' || t.typrelid::text
                   when t.typcategory = 'A' and t.typelem <> 0 then 't:' || t.typelem::text
                   else 't:' || t.oid::text end as owner
         from pg_catalog.pg_type t left join pg_catalog.pg_class r on r.oid = t.typrelid
        where t.oid >= 16384
     )
     select distinct
            case d.classid
              when 'pg_catalog.pg_class'::regclass then
                (select case when c.relkind in ('i', 'I') then 'c:' || ix.indrelid::text
                             when c.relkind = 'c' then 't:' || c.reltype::text
                             else 'c:' || c.oid::text end
                   from pg_catalog.pg_class c left join pg_catalog.pg_index ix on ix.indexrelid = c.oid
                  where c.oid = d.objid)
              when 'pg_catalog.pg_rewrite'::regclass then
                (select 'c:' || r.ev_class::text from pg_catalog.pg_rewrite r where r.oid = d.objid)
              when 'pg_catalog.pg_attrdef'::regclass then
                (select 'c:' || a.adrelid::text from pg_catalog.pg_attrdef a where a.oid = d.objid)
              when 'pg_catalog.pg_constraint'::regclass then
                (select case when k.contype = 'f' then null
                             when k.conrelid <> 0 then 'c:' || k.conrelid::text
                             else 't:' || k.contypid::text end
                   from pg_catalog.pg_constraint k where k.oid = d.objid)
              when 'pg_catalog.pg_type'::regclass then (select o.owner from type_owner o where o.oid = d.objid)
              when 'pg_catalog.pg_proc'::regclass then 'p:' || d.objid::text
            end as dependent,
            case d.refclassid
              when 'pg_catalog.pg_class'::regclass then
                (select case when c.relkind = 'c' then 't:' || c.reltype::text else 'c:' || c.oid::text end
                   from pg_catalog.pg_class c where c.oid = d.refobjid)
              when 'pg_catalog.pg_type'::regclass then (select o.owner from type_owner o where o.oid = d.refobjid)
              when 'pg_catalog.pg_proc'::regclass then 'p:' || d.refobjid::text
            end as referenced
       from pg_catalog.pg_depend d
      where d.deptype = 'n' and d.objid >= 16384 and d.refobjid >= 16384`);
    return rows
        .filter((row) => row.dependent !== null && row.referenced !== null && row.dependent !== row.referenced);
}

;// CONCATENATED MODULE: ./snapshot/postgres/read-indexes.js
// An expression's collation is not in the catalog; 100 (the database default) is what an
// expression on a text column gets, so only another collation is worth recording.

/**
 * Indexes of tables and materialized views that do not back a primary key, unique or exclusion
 * constraint (those come with their constraint), in one query. Each key column is described
 * (column or expression, direction, non-default NULLS order, operator class and collation) so the
 * diff can tell a plain index, which Liquibase's createIndex expresses, from one that needs SQL.
 */
async function readIndexes(ctx) {
    const { caps } = ctx;
    const keyCount = caps.hasColumn('pg_index', 'indnkeyatts') ? 'i.indnkeyatts' : 'i.indnatts';
    const isPartition = caps.hasColumn('pg_class', 'relispartition') ? 'ic.relispartition' : 'false';
    const { rows } = await ctx.db.query(`select i.indexrelid::text as oid, i.indrelid::text as relation_oid, ic.relname::text as name,
            am.amname::text as method, i.indisunique as unique,
            pg_catalog.pg_get_indexdef(i.indexrelid) as definition,
            pg_catalog.pg_get_expr(i.indpred, i.indrelid) as predicate,
            ic.reloptions::text[] as options,
            i.indisclustered as clustered,
            ${isPartition} as inherited,
            d.description as comment,
            array(select pg_catalog.pg_get_indexdef(i.indexrelid, k + 1, true)
                    from generate_series(0, ${keyCount} - 1) k order by k) as keys,
            array(select i.indkey[k] = 0 from generate_series(0, ${keyCount} - 1) k order by k) as is_expression,
            array(select (i.indoption[k] & 1) <> 0 from generate_series(0, ${keyCount} - 1) k order by k) as descending,
            array(select (i.indoption[k] & 2) <> 0 from generate_series(0, ${keyCount} - 1) k order by k) as nulls_first,
            array(select case when not opc.opcdefault then
                           case when opn.nspname = 'pg_catalog' then pg_catalog.quote_ident(opc.opcname)
                                else pg_catalog.quote_ident(opn.nspname) || '.' || pg_catalog.quote_ident(opc.opcname) end
                         end
                    from generate_series(0, ${keyCount} - 1) k
                    join pg_catalog.pg_opclass opc on opc.oid = i.indclass[k]
                    join pg_catalog.pg_namespace opn on opn.oid = opc.opcnamespace
                   order by k) as opclasses,
            array(select case when i.indcollation[k] = 0 then null
                              when att.attnum is null and i.indcollation[k] = 100 then null
                              when i.indcollation[k] in (att.attcollation,
                                     (select t.typcollation from pg_catalog.pg_type t where t.oid = att.atttypid)) then null
                              else ${(0,catalog_fragments/* collationSql */.uE)('i.indcollation[k]')} end
                    from generate_series(0, ${keyCount} - 1) k
                    left join pg_catalog.pg_attribute att on att.attrelid = i.indrelid and att.attnum = i.indkey[k] and i.indkey[k] <> 0
                   order by k) as collations,
            array(select pg_catalog.pg_get_indexdef(i.indexrelid, k + 1, true)
                    from generate_series(${keyCount}, i.indnatts - 1) k order by k) as include
       from pg_catalog.pg_index i
       join pg_catalog.pg_class ic on ic.oid = i.indexrelid
       join pg_catalog.pg_class tc on tc.oid = i.indrelid
       join pg_catalog.pg_namespace n on n.oid = tc.relnamespace
       join pg_catalog.pg_am am on am.oid = ic.relam
       ${(0,catalog_fragments/* commentJoin */.ij)('d', 'pg_class', 'i.indexrelid')}
      where tc.relkind in ('r', 'p', 'm')
        and n.nspname = any($1::text[])
        and not exists (select 1 from pg_catalog.pg_constraint k
                         where k.conindid = i.indexrelid and k.conrelid = i.indrelid and k.contype in ('p', 'u', 'x'))
      order by i.indrelid, ic.relname`, [ctx.schemas]);
    return rows.map((row) => {
        const columns = row.keys.map((key, k) => {
            const descending = row.descending[k] ?? false;
            const nullsFirst = row.nulls_first[k] ?? false;
            const column = row.is_expression[k] ? { expression: key } : { name: unquoteIdentifier(key) };
            if (descending)
                column.descending = true;
            // DESC implies NULLS FIRST and ASC NULLS LAST: record the order only when it is not implied.
            if (nullsFirst !== descending)
                column.nullsFirst = nullsFirst;
            if (row.opclasses[k])
                column.opclass = row.opclasses[k];
            if (row.collations[k])
                column.collation = row.collations[k];
            return column;
        });
        const index = {
            name: row.name,
            unique: row.unique,
            method: row.method,
            columns,
            include: row.include.map(unquoteIdentifier),
            predicate: (0,catalog_fragments/* optional */.lq)(row.predicate),
            storageParameters: row.options && row.options.length > 0 ? [...row.options].sort() : undefined,
            definition: row.definition,
            clustered: row.clustered || undefined,
            inherited: row.inherited || undefined,
            comment: (0,catalog_fragments/* optional */.lq)(row.comment),
        };
        return { oid: row.oid, relationOid: row.relation_oid, index };
    });
}
/** pg_get_indexdef prints a key column as a possibly quoted identifier; the model stores names. */
function unquoteIdentifier(text) {
    return /^".*"$/s.test(text) ? text.slice(1, -1).replace(/""/g, '"') : text;
}

// EXTERNAL MODULE: ./snapshot/postgres/read-relations.js
var read_relations = __webpack_require__(2141);
;// CONCATENATED MODULE: ./snapshot/postgres/read-routines.js

/**
 * Functions and procedures of the selected schemas with their full definition, in one query.
 * Aggregates and window functions are left out: pg_get_functiondef cannot print them.
 */
async function readRoutines(ctx) {
    const hasKind = ctx.caps.hasColumn('pg_proc', 'prokind');
    const kind = hasKind ? 'p.prokind' : `case when p.proisagg then 'a' when p.proiswindow then 'w' else 'f' end`;
    const { rows } = await ctx.db.query(`select p.oid::text as oid, n.nspname::text as schema, p.proname::text as name, (${kind})::text as kind,
            pg_catalog.pg_get_function_identity_arguments(p.oid) as arguments,
            pg_catalog.pg_get_function_result(p.oid) as returns,
            l.lanname::text as language,
            pg_catalog.pg_get_functiondef(p.oid) as definition,
            d.description as comment
       from pg_catalog.pg_proc p
       join pg_catalog.pg_namespace n on n.oid = p.pronamespace
       join pg_catalog.pg_language l on l.oid = p.prolang
       ${(0,catalog_fragments/* commentJoin */.ij)('d', 'pg_proc', 'p.oid')}
      where (${kind}) in ('f', 'p')
        and n.nspname = any($1::text[])
        and ${(0,catalog_fragments/* notExtensionMember */.RG)('pg_proc', 'p.oid')}
      order by n.nspname, p.proname, 5`, [ctx.schemas]);
    return rows.map((row) => ({
        oid: row.oid,
        schema: row.schema,
        name: row.name,
        kind: row.kind === 'p' ? 'procedure' : 'function',
        arguments: row.arguments,
        returns: row.kind === 'p' ? undefined : (0,catalog_fragments/* optional */.lq)(row.returns),
        language: row.language,
        definition: row.definition.trimEnd(),
        comment: (0,catalog_fragments/* optional */.lq)(row.comment),
    }));
}

;// CONCATENATED MODULE: ./snapshot/postgres/read-schemas.js

/**
 * User schemas: everything but pg_catalog, information_schema, the pg_toast/pg_temp families and
 * schemas created by an extension. `only` narrows the list (names that do not exist are ignored).
 */
async function readSchemas(db, only) {
    const { rows } = await db.query(`select n.nspname::text as name, d.description as comment
       from pg_catalog.pg_namespace n
       ${(0,catalog_fragments/* commentJoin */.ij)('d', 'pg_namespace', 'n.oid')}
      where n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
        and ($1::text[] is null or n.nspname = any($1::text[]))
        and ${(0,catalog_fragments/* notExtensionMember */.RG)('pg_namespace', 'n.oid')}
      order by n.nspname`, [only ?? null]);
    return rows.map((row) => ({ name: row.name, comment: (0,catalog_fragments/* optional */.lq)(row.comment) }));
}
/** Extensions installed in the selected schemas (plpgsql lives in pg_catalog and is left out). */
async function readExtensions(ctx) {
    const { rows } = await ctx.db.query(`select e.extname::text as name, n.nspname::text as schema, e.extversion::text as version, d.description as comment
       from pg_catalog.pg_extension e
       join pg_catalog.pg_namespace n on n.oid = e.extnamespace
       ${(0,catalog_fragments/* commentJoin */.ij)('d', 'pg_extension', 'e.oid')}
      where n.nspname = any($1::text[])
      order by e.extname`, [ctx.schemas]);
    return rows.map((row) => ({ name: row.name, schema: row.schema, version: row.version, comment: (0,catalog_fragments/* optional */.lq)(row.comment) }));
}

;// CONCATENATED MODULE: ./snapshot/postgres/read-sequences.js

/**
 * Every sequence of the selected schemas with its options and owner, in one query: pg_sequence
 * where it exists (PostgreSQL 10+), information_schema.sequences otherwise (older servers and
 * wire-compatible engines; the cache size is not available there and reads as 1).
 */
async function readSequences(ctx) {
    const options = ctx.caps.hasPgSequence
        ? {
            join: 'join pg_catalog.pg_sequence s on s.seqrelid = c.oid',
            columns: `pg_catalog.format_type(s.seqtypid, null) as data_type, s.seqstart::text as start,
                  s.seqincrement::text as increment, s.seqmin::text as min, s.seqmax::text as max,
                  s.seqcache::text as cache, s.seqcycle as cycle`,
        }
        : {
            join: `join information_schema.sequences s on s.sequence_schema = n.nspname and s.sequence_name = c.relname`,
            columns: `s.data_type::text as data_type, s.start_value::text as start, s.increment::text as increment,
                  s.minimum_value::text as min, s.maximum_value::text as max, '1' as cache,
                  s.cycle_option = 'YES' as cycle`,
        };
    const { rows } = await ctx.db.query(`select c.oid::text as oid, n.nspname::text as schema, c.relname::text as name, ${options.columns},
            dep.deptype::text as owner_kind, dep.refobjid::text as owner_oid,
            own_n.nspname::text as owner_schema, own_c.relname::text as owner_table, own_a.attname::text as owner_column,
            d.description as comment
       from pg_catalog.pg_class c
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       ${options.join}
       left join pg_catalog.pg_depend dep
              on dep.classid = 'pg_catalog.pg_class'::regclass and dep.objid = c.oid
             and dep.refclassid = 'pg_catalog.pg_class'::regclass and dep.deptype in ('a', 'i')
       left join pg_catalog.pg_class own_c on own_c.oid = dep.refobjid
       left join pg_catalog.pg_namespace own_n on own_n.oid = own_c.relnamespace
       left join pg_catalog.pg_attribute own_a on own_a.attrelid = dep.refobjid and own_a.attnum = dep.refobjsubid
       ${(0,catalog_fragments/* commentJoin */.ij)('d', 'pg_class', 'c.oid')}
      where c.relkind = 'S'
        and n.nspname = any($1::text[])
        and ${(0,catalog_fragments/* notExtensionMember */.RG)('pg_class', 'c.oid')}
      order by n.nspname, c.relname`, [ctx.schemas]);
    return rows.map((row) => ({
        oid: row.oid,
        schema: row.schema,
        name: row.name,
        dataType: row.data_type,
        start: row.start,
        increment: row.increment,
        min: row.min,
        max: row.max,
        cache: row.cache,
        cycle: row.cycle,
        ownerKind: row.owner_kind === 'a' || row.owner_kind === 'i' ? row.owner_kind : undefined,
        owner: row.owner_oid && row.owner_schema && row.owner_table && row.owner_column
            ? { oid: row.owner_oid, schema: row.owner_schema, table: row.owner_table, column: row.owner_column }
            : undefined,
        comment: (0,catalog_fragments/* optional */.lq)(row.comment),
    }));
}

;// CONCATENATED MODULE: ./snapshot/postgres/read-triggers.js

/** User triggers (not the internal ones behind foreign keys) on relations of the selected schemas. */
async function readTriggers(ctx) {
    const parent = ctx.caps.hasColumn('pg_trigger', 'tgparentid') ? 't.tgparentid <> 0' : 'false';
    const { rows } = await ctx.db.query(`select t.tgrelid::text as relation_oid, n.nspname::text as schema, c.relname::text as table, t.tgname::text as name,
            pg_catalog.pg_get_triggerdef(t.oid, true) as definition,
            pn.nspname::text as function_schema, p.proname::text as function_name,
            t.tgenabled::text as enabled, ${parent} as inherited,
            d.description as comment
       from pg_catalog.pg_trigger t
       join pg_catalog.pg_class c on c.oid = t.tgrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       join pg_catalog.pg_proc p on p.oid = t.tgfoid
       join pg_catalog.pg_namespace pn on pn.oid = p.pronamespace
       ${(0,catalog_fragments/* commentJoin */.ij)('d', 'pg_trigger', 't.oid')}
      where not t.tgisinternal
        and n.nspname = any($1::text[])
        and ${(0,catalog_fragments/* notExtensionMember */.RG)('pg_trigger', 't.oid')}
      order by n.nspname, c.relname, t.tgname`, [ctx.schemas]);
    return rows.map((row) => ({
        relationOid: row.relation_oid,
        trigger: {
            schema: row.schema,
            table: row.table,
            name: row.name,
            definition: row.definition,
            function: { schema: row.function_schema, name: row.function_name },
            enabled: (['O', 'D', 'R', 'A'].includes(row.enabled) ? row.enabled : 'O'),
            inherited: row.inherited || undefined,
            comment: (0,catalog_fragments/* optional */.lq)(row.comment),
        },
    }));
}

;// CONCATENATED MODULE: ./snapshot/postgres/read-types.js

/**
 * User-defined enum, composite and domain types of the selected schemas in one query (array types
 * and the row types of tables are not user-defined types in this sense).
 */
async function readTypes(ctx) {
    const { rows } = await ctx.db.query(`select t.oid::text as oid, n.nspname::text as schema, t.typname::text as name, t.typtype::text as typtype,
            case when t.typtype = 'e' then
              array(select e.enumlabel::text from pg_catalog.pg_enum e where e.enumtypid = t.oid order by e.enumsortorder)
            end as labels,
            t.typrelid::text as relation_oid,
            case when t.typtype = 'd' then pg_catalog.format_type(t.typbasetype, t.typtypmod) end as base_type,
            t.typnotnull as not_null,
            case when t.typtype = 'd' then coalesce(pg_catalog.pg_get_expr(t.typdefaultbin, 0), t.typdefault) end as default,
            case when t.typtype = 'd' and t.typcollation <> 0
                  and t.typcollation <> coalesce((select b.typcollation from pg_catalog.pg_type b where b.oid = t.typbasetype), 0)
                 then ${(0,catalog_fragments/* collationSql */.uE)('t.typcollation')} end as collation,
            d.description as comment
       from pg_catalog.pg_type t
       join pg_catalog.pg_namespace n on n.oid = t.typnamespace
       ${(0,catalog_fragments/* commentJoin */.ij)('d', 'pg_type', 't.oid')}
      where (t.typtype in ('e', 'd')
             or (t.typtype = 'c' and exists (select 1 from pg_catalog.pg_class r where r.oid = t.typrelid and r.relkind = 'c')))
        and n.nspname = any($1::text[])
        and ${(0,catalog_fragments/* notExtensionMember */.RG)('pg_type', 't.oid')}
      order by n.nspname, t.typname`, [ctx.schemas]);
    return rows.map((row) => ({
        oid: row.oid,
        schema: row.schema,
        name: row.name,
        kind: row.typtype === 'e' ? 'enum' : row.typtype === 'd' ? 'domain' : 'composite',
        labels: row.labels ?? [],
        relationOid: row.typtype === 'c' ? row.relation_oid : undefined,
        baseType: (0,catalog_fragments/* optional */.lq)(row.base_type),
        notNull: row.not_null,
        default: (0,catalog_fragments/* optional */.lq)(row.default),
        collation: (0,catalog_fragments/* optional */.lq)(row.collation),
        comment: (0,catalog_fragments/* optional */.lq)(row.comment),
    }));
}

;// CONCATENATED MODULE: ./snapshot/postgres/postgres-snapshot-reader.js












/**
 * Reads a PostgreSQL schema with a fixed number of catalog queries (one per object kind, whatever
 * the number of objects) and assembles the snapshot model.
 *
 * The search_path is emptied for the duration, as pg_dump does, so that every type, default and
 * definition names user objects with their schema, whatever the caller's session looks like.
 */
async function readPostgresSnapshot(db, request) {
    const caps = await probeCatalog(db);
    const restore = await overrideSettings(db, SNAPSHOT_SETTINGS);
    try {
        const schemas = await readSchemas(db, request.schemas);
        const ctx = { db, caps, schemas: schemas.map((s) => s.name) };
        const incomplete = [];
        // A kind the server cannot describe (an engine with a partial catalog) is reported, not fatal.
        const attempt = async (kind, read) => {
            try {
                return await read();
            }
            catch (error) {
                const reason = `${kind}: ${error.message}`;
                incomplete.push(reason);
                request.logger.warn(`snapshot: could not read ${reason}`);
                return [];
            }
        };
        const relations = await attempt('tables and views', () => (0,read_relations/* readRelations */.Ae)(ctx));
        const inheritance = await attempt('inheritance', () => (0,read_relations/* readInheritance */.NN)(ctx));
        const columns = await attempt('columns', () => readColumns(ctx));
        const knownColumns = new Map(columns.map((c) => [`${c.relationOid}:${c.number}`, c.name]));
        const constraints = await attempt('constraints', () => readConstraints(ctx, knownColumns));
        const indexes = await attempt('indexes', () => readIndexes(ctx));
        const sequences = await attempt('sequences', () => readSequences(ctx));
        const types = await attempt('types', () => readTypes(ctx));
        const routines = await attempt('functions', () => readRoutines(ctx));
        const triggers = await attempt('triggers', () => readTriggers(ctx));
        const extensions = await attempt('extensions', () => readExtensions(ctx));
        const dependencies = await attempt('dependencies', () => readDependencies(db));
        return {
            database: caps.database,
            serverVersion: caps.serverVersion,
            incomplete,
            ...assemble(request, { schemas, relations, inheritance, columns, constraints, indexes, sequences, types, routines, triggers, extensions, dependencies }),
        };
    }
    finally {
        await restore();
    }
}
/**
 * Session settings for the duration of a snapshot. An empty search_path makes PostgreSQL qualify
 * every user object in the text it prints. JIT off: the catalog queries are small but their
 * estimated cost crosses jit_above_cost, and compiling them costs more than running them.
 */
const SNAPSHOT_SETTINGS = { search_path: '', jit: 'off' };
/**
 * Sets the settings the server knows (an engine may lack `jit`) and returns how to put them back.
 * When the server refuses them, the session is left as it is rather than failing the snapshot.
 */
async function overrideSettings(db, settings) {
    const { rows } = await db.query(`select name::text as name, pg_catalog.current_setting(name) as setting from pg_catalog.pg_settings where name = any($1::text[])`, [Object.keys(settings)]);
    // All in one statement each way: every round trip counts in a snapshot of a few dozen milliseconds.
    const apply = async (values) => {
        if (values.length === 0)
            return true;
        const calls = values.map((_, i) => `pg_catalog.set_config($${2 * i + 1}, $${2 * i + 2}, false)`).join(', ');
        try {
            await db.query(`select ${calls}`, values.flat());
            return true;
        }
        catch {
            return false;
        }
    };
    const applied = await apply(rows.map((row) => [row.name, settings[row.name]]));
    return async () => {
        if (applied)
            await apply(rows.map((row) => [row.name, row.setting]));
    };
}
function assemble(request, rows) {
    const { keep } = request;
    const columnsByRelation = groupBy(rows.columns, (c) => c.relationOid);
    const constraintsByRelation = groupBy(rows.constraints.filter((k) => k.relationOid !== '0'), (k) => k.relationOid);
    const constraintsByDomain = groupBy(rows.constraints.filter((k) => k.domainOid !== '0'), (k) => k.domainOid);
    const indexesByRelation = groupBy(rows.indexes, (i) => i.relationOid);
    const parentsByChild = groupBy(rows.inheritance, (i) => i.childOid);
    const identityByColumn = new Map();
    for (const sequence of rows.sequences) {
        if (sequence.ownerKind === 'i' && sequence.owner)
            identityByColumn.set(`${sequence.owner.oid}:${sequence.owner.column}`, sequence);
    }
    // Object keys by catalog oid, to turn pg_depend rows into dependsOn lists.
    const keyByOid = new Map();
    const keptRelations = rows.relations.filter((r) => {
        if ((r.relkind === 'r' || r.relkind === 'p') && request.skipTables.has(r.name.toLowerCase()))
            return false;
        return keep(r.schema, r.name);
    });
    const keptRelationOids = new Set(keptRelations.map((r) => r.oid));
    for (const r of rows.relations)
        keyByOid.set(`c:${r.oid}`, (0,model/* objectKey */.T5)(r.schema, r.name));
    for (const s of rows.sequences)
        keyByOid.set(`c:${s.oid}`, (0,model/* objectKey */.T5)(s.schema, s.name));
    for (const t of rows.types)
        keyByOid.set(`t:${t.oid}`, (0,model/* objectKey */.T5)(t.schema, t.name));
    for (const p of rows.routines)
        keyByOid.set(`p:${p.oid}`, (0,model/* objectKey */.T5)(p.schema, p.name, p.arguments));
    const dependencies = new Map();
    for (const edge of rows.dependencies) {
        const referenced = keyByOid.get(edge.referenced);
        if (!referenced)
            continue;
        let set = dependencies.get(edge.dependent);
        if (!set)
            dependencies.set(edge.dependent, (set = new Set()));
        set.add(referenced);
    }
    const dependsOnOf = (oidKey) => {
        const own = keyByOid.get(oidKey);
        return sortStrings([...(dependencies.get(oidKey) ?? [])].filter((key) => key !== own));
    };
    const tables = [];
    const views = [];
    for (const relation of keptRelations) {
        const relationColumns = columnsByRelation.get(relation.oid) ?? [];
        if (relation.relkind === 'v' || relation.relkind === 'm') {
            views.push({
                schema: relation.schema,
                name: relation.name,
                materialized: relation.relkind === 'm',
                definition: relation.viewDefinition ?? '',
                options: relation.options,
                columns: relationColumns.map((c) => ({ name: c.name, type: c.type, comment: c.comment })),
                indexes: sortByName((indexesByRelation.get(relation.oid) ?? []).map((i) => i.index)),
                dependsOn: dependsOnOf(`c:${relation.oid}`),
                comment: relation.comment,
            });
            continue;
        }
        const parents = parentsByChild.get(relation.oid) ?? [];
        const table = {
            schema: relation.schema,
            name: relation.name,
            unlogged: relation.unlogged || undefined,
            partitioning: relation.partitionKey ? parsePartitionKey(relation.partitionKey) : undefined,
            partitionOf: relation.partitionBound && parents[0]
                ? { schema: parents[0].parentSchema, table: parents[0].parentName, bound: relation.partitionBound }
                : undefined,
            inherits: !relation.partitionBound && parents.length > 0
                ? parents.map((p) => ({ schema: p.parentSchema, table: p.parentName }))
                : undefined,
            columns: relationColumns.map((c) => toColumn(c, identityByColumn.get(`${relation.oid}:${c.name}`))),
            primaryKey: undefined,
            uniqueConstraints: [],
            checkConstraints: [],
            exclusionConstraints: [],
            foreignKeys: [],
            indexes: sortByName((indexesByRelation.get(relation.oid) ?? []).map((i) => i.index)),
            dependsOn: dependsOnOf(`c:${relation.oid}`),
            comment: relation.comment,
        };
        for (const k of constraintsByRelation.get(relation.oid) ?? []) {
            const base = { name: k.name, definition: k.definition };
            const tail = { validated: k.validated ? undefined : false, inherited: k.inherited || undefined, comment: k.comment };
            switch (k.type) {
                case 'p':
                    table.primaryKey = { ...base, columns: k.columns, ...(k.clustered ? { clustered: true } : {}), ...tail };
                    break;
                case 'u':
                    table.uniqueConstraints.push({
                        ...base,
                        columns: k.columns,
                        deferrable: k.deferrable,
                        initiallyDeferred: k.initiallyDeferred,
                        ...(k.clustered ? { clustered: true } : {}),
                        ...tail,
                    });
                    break;
                case 'c':
                    table.checkConstraints.push({ ...base, expression: k.expression ?? k.definition, noInherit: k.noInherit || undefined, ...tail });
                    break;
                case 'x':
                    table.exclusionConstraints.push({ ...base, ...tail });
                    break;
                case 'f':
                    table.foreignKeys.push({
                        ...base,
                        columns: k.columns,
                        referencedSchema: k.referencedSchema ?? '',
                        referencedTable: k.referencedTable ?? '',
                        referencedColumns: k.referencedColumns,
                        onUpdate: k.onUpdate,
                        onDelete: k.onDelete,
                        match: k.match,
                        deferrable: k.deferrable,
                        initiallyDeferred: k.initiallyDeferred,
                        ...tail,
                    });
                    break;
            }
        }
        sortByName(table.uniqueConstraints);
        sortByName(table.checkConstraints);
        sortByName(table.exclusionConstraints);
        sortByName(table.foreignKeys);
        tables.push(table);
    }
    const sequences = rows.sequences
        .filter((s) => {
        if (s.ownerKind === 'i')
            return false;
        // A serial's sequence follows its table: created and dropped with it.
        if (s.ownerKind === 'a' && s.owner && rows.relations.some((r) => r.oid === s.owner.oid)) {
            return keptRelationOids.has(s.owner.oid);
        }
        return keep(s.schema, s.name);
    })
        .map((s) => ({
        schema: s.schema,
        name: s.name,
        dataType: s.dataType,
        start: s.start,
        increment: s.increment,
        min: s.min,
        max: s.max,
        cache: s.cache,
        cycle: s.cycle,
        ownedBy: s.ownerKind === 'a' && s.owner ? { schema: s.owner.schema, table: s.owner.table, column: s.owner.column } : undefined,
        comment: s.comment,
    }));
    const types = rows.types
        .filter((t) => keep(t.schema, t.name))
        .map((t) => {
        if (t.kind === 'enum') {
            const type = { kind: 'enum', schema: t.schema, name: t.name, labels: t.labels, comment: t.comment };
            return type;
        }
        if (t.kind === 'composite') {
            const type = {
                kind: 'composite',
                schema: t.schema,
                name: t.name,
                attributes: (columnsByRelation.get(t.relationOid ?? '') ?? []).map((c) => ({
                    name: c.name,
                    type: c.type,
                    collation: c.collation,
                    comment: c.comment,
                })),
                dependsOn: dependsOnOf(`t:${t.oid}`),
                comment: t.comment,
            };
            return type;
        }
        const type = {
            kind: 'domain',
            schema: t.schema,
            name: t.name,
            baseType: t.baseType ?? '',
            nullable: !t.notNull,
            default: t.default,
            collation: t.collation,
            constraints: sortByName((constraintsByDomain.get(t.oid) ?? [])
                .filter((k) => k.type === 'c')
                .map((k) => ({ name: k.name, definition: k.definition, comment: k.comment }))),
            dependsOn: dependsOnOf(`t:${t.oid}`),
            comment: t.comment,
        };
        return type;
    });
    const functions = rows.routines
        .filter((r) => keep(r.schema, r.name))
        .map((r) => ({
        schema: r.schema,
        name: r.name,
        kind: r.kind,
        arguments: r.arguments,
        returns: r.returns,
        language: r.language,
        definition: r.definition,
        dependsOn: dependsOnOf(`p:${r.oid}`),
        comment: r.comment,
    }));
    const triggers = rows.triggers.filter((t) => keptRelationOids.has(t.relationOid)).map((t) => t.trigger);
    const extensions = rows.extensions.filter((e) => keep(e.schema, e.name));
    return {
        schemas: rows.schemas,
        extensions: sortBy(extensions, (e) => [e.name]),
        types: sortBy(types, (t) => [t.schema, t.name]),
        sequences: sortBy(sequences, (s) => [s.schema, s.name]),
        tables: sortBy(tables, (t) => [t.schema, t.name]),
        views: sortBy(views, (v) => [v.schema, v.name]),
        functions: sortBy(functions, (f) => [f.schema, f.name, f.arguments]),
        triggers: sortBy(triggers, (t) => [t.schema, t.table, t.name]),
    };
}
function toColumn(row, identity) {
    const generated = row.generated ? { expression: row.expression ?? '', kind: row.generated === 's' ? 'stored' : 'virtual' } : undefined;
    return {
        name: row.name,
        type: row.type,
        nullable: !row.notNull,
        default: generated || row.identity ? undefined : row.expression,
        identity: row.identity && identity
            ? {
                generation: row.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT',
                start: identity.start,
                increment: identity.increment,
                min: identity.min,
                max: identity.max,
                cache: identity.cache,
                cycle: identity.cycle,
                // PostgreSQL names it <table>_<column>_seq (shortened when too long); only another name is worth recording.
                ...(identity.owner && identity.name !== `${identity.owner.table}_${row.name}_seq` ? { sequenceName: identity.name } : {}),
            }
            : row.identity
                ? { generation: row.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT' }
                : undefined,
        generated,
        collation: row.collation,
        inherited: row.inherited || undefined,
        comment: row.comment,
    };
}
/** `RANGE (created_at)` → strategy and key; the key keeps PostgreSQL's own spelling. */
function parsePartitionKey(definition) {
    const match = /^(RANGE|LIST|HASH)\s*\((.*)\)$/is.exec(definition.trim());
    if (!match)
        return { strategy: 'range', key: definition };
    return { strategy: match[1].toLowerCase(), key: match[2] };
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group)
            group.push(item);
        else
            groups.set(k, [item]);
    }
    return groups;
}
/** Code-unit order, never the locale: a snapshot must sort the same on every machine. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortStrings(values) {
    return values.sort(compareStrings);
}
function sortByName(items) {
    return items.sort((a, b) => compareStrings(a.name, b.name));
}
function sortBy(items, key) {
    return items.sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        for (let i = 0; i < ka.length; i++) {
            const c = compareStrings(ka[i], kb[i]);
            if (c !== 0)
                return c;
        }
        return 0;
    });
}

;// CONCATENATED MODULE: ./snapshot/take-snapshot.js





const DEFAULT_TRACKING_TABLES = ['databasechangelog', 'databasechangeloglock'];
/**
 * Captures the schema objects of a database: schemas, extensions, types, sequences, tables with
 * columns, constraints and indexes, views, materialized views, functions, procedures, triggers and
 * their comments. A few catalog queries per object kind, never one per object.
 *
 * @example
 * const connection = await PgConnection.connect({ connectionString, displayName: 'dev' });
 * const snapshot = await takeSnapshot(connection, { schemas: ['public'], exclude: ['tmp_*'] });
 * await writeFile('schema.json', serializeSnapshot(snapshot));
 */
async function takeSnapshot(connection, options = {}) {
    const dialect = connection.dialectName ?? 'postgresql';
    if (dialect !== 'postgresql') {
        throw new errors/* ConfigurationError */.j1(`snapshot is not supported on ${dialect} yet (PostgreSQL only)`);
    }
    const clock = options.clock === undefined ? () => new Date() : options.clock;
    const generatedAt = clock ? clock().toISOString() : undefined;
    const content = await readPostgresSnapshot(connection, {
        schemas: options.schemas,
        keep: (0,name_filter/* createNameFilter */.u)({ include: options.include, exclude: options.exclude }),
        skipTables: new Set((options.trackingTables ?? DEFAULT_TRACKING_TABLES).map((t) => t.toLowerCase())),
        logger: options.logger ?? logger/* silentLogger */.q,
    });
    const filters = options.schemas || options.include?.length || options.exclude?.length
        ? { schemas: options.schemas, include: options.include, exclude: options.exclude }
        : undefined;
    return {
        format: model/* SNAPSHOT_FORMAT */.Td,
        formatVersion: model/* SNAPSHOT_FORMAT_VERSION */.sU,
        generatedAt,
        source: {
            dialect,
            database: content.database,
            serverVersion: content.serverVersion,
            filters,
            incomplete: content.incomplete.length > 0 ? content.incomplete : undefined,
        },
        schemas: content.schemas,
        extensions: content.extensions,
        types: content.types,
        sequences: content.sequences,
        tables: content.tables,
        views: content.views,
        functions: content.functions,
        triggers: content.triggers,
    };
}


/***/ })

};
