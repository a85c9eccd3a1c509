// Reads Liquibase's tracking tables in a deterministic, comparable form.

/**
 * Every DATABASECHANGELOG row, ordered by ORDEREXECUTED, all columns. DATEEXECUTED (a clock
 * time) is masked as `<dateexecuted>`; DEPLOYMENT_ID becomes `D1`, `D2`, ... in order of first
 * appearance, so rows written by the same Liquibase run still share a label. The placeholder row
 * that `tag` inserts into an empty table has the clock time as its ID: masked as `<epoch-millis>`.
 * @param {import('./throwaway-database.mjs').ThrowawayDatabase} db
 * @param {Map<string, string>} [deployments] shared across several reads of the same database so
 *   that the same run keeps the same label
 * @returns {Promise<Record<string, unknown>[]>}
 */
export async function readChangelogRows(db, deployments = new Map()) {
  const exists = await db.query(`SELECT to_regclass('public.databasechangelog') AS t`);
  if (!exists.rows[0].t) return [];
  const { rows } = await db.query(
    `SELECT id, author, filename,
            dateexecuted,
            orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels,
            deployment_id
       FROM public.databasechangelog
      ORDER BY orderexecuted, dateexecuted, id`,
  );
  return rows.map((row) => {
    let deployment = row.deployment_id;
    if (deployment !== null) {
      if (!deployments.has(deployment)) deployments.set(deployment, `D${deployments.size + 1}`);
      deployment = deployments.get(deployment);
    }
    const id = row.filename === 'liquibase-internal' && /^\d{10,}$/.test(row.id) ? '<epoch-millis>' : row.id;
    return { ...row, id, dateexecuted: '<dateexecuted>', deployment_id: deployment };
  });
}

/**
 * The DATABASECHANGELOGLOCK rows, LOCKGRANTED and LOCKEDBY masked when set.
 * @param {import('./throwaway-database.mjs').ThrowawayDatabase} db
 */
export async function readLockRows(db) {
  const exists = await db.query(`SELECT to_regclass('public.databasechangeloglock') AS t`);
  if (!exists.rows[0].t) return [];
  const { rows } = await db.query(`SELECT id, locked, lockgranted, lockedby FROM public.databasechangeloglock ORDER BY id`);
  return rows.map((row) => ({
    ...row,
    lockgranted: row.lockgranted === null ? null : '<lockgranted>',
    lockedby: row.lockedby === null ? null : '<lockedby>',
  }));
}
