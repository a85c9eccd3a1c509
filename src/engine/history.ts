import type { RunResult } from '../report/model.js';
import type { EngineContext } from './engine-context.js';
import { failResult, startResult } from './results.js';
import { readTrackingRows } from './tracking-session.js';

/** Every DATABASECHANGELOG row in execution order (the renderer groups them by DEPLOYMENT_ID). */
export async function history(context: EngineContext): Promise<RunResult & { rows?: Awaited<ReturnType<typeof readTrackingRows>> }> {
  const started = Date.now();
  const result = startResult('history', context.db.displayName, context.changeLog.rootPath);
  try {
    const rows = await readTrackingRows(context);
    for (const row of rows) {
      result.changeSets.push({
        id: row.id,
        author: row.author,
        filePath: row.filename,
        description: row.description ?? '',
        comment: row.comments ?? undefined,
        checksum: row.md5sum ?? undefined,
        state: row.execType === 'MARK_RAN' ? 'markRan' : 'applied',
        reason: `${row.execType} ${row.dateExecuted.toISOString()} deployment ${row.deploymentId ?? '-'} order ${row.orderExecuted}`,
        tag: row.tag ?? undefined,
        contexts: row.contexts ?? undefined,
        labels: row.labels ?? undefined,
        sql: [],
      });
    }
    return { ...result, rows, durationMs: Date.now() - started };
  } catch (error) {
    failResult(result, error);
    result.durationMs = Date.now() - started;
    return result;
  }
}
