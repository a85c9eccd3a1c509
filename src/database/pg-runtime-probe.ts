/**
 * `pg` checks, when it is first loaded, whether it runs on Cloudflare Workers. Without a global
 * `navigator` (Node 20; Node 21+ has one) the check constructs a `Response`, and touching that
 * global makes Node load its whole fetch implementation (undici): ~25 ms, a tenth of a
 * `dbops status`, for nothing. Imported right before `pg`, this module gives Node 20 the
 * `navigator` Node 21+ has, so the check answers "not Cloudflare" from it; `endRuntimeProbe`,
 * called once `pg` is loaded, removes it. Module evaluation is synchronous from here to there, so
 * no other code ever sees it.
 */
let added = !('navigator' in globalThis);
if (added) {
  Object.defineProperty(globalThis, 'navigator', {
    value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
    configurable: true,
    writable: true,
    enumerable: false,
  });
}

export function endRuntimeProbe(): void {
  if (!added) return;
  added = false;
  delete (globalThis as { navigator?: unknown }).navigator;
}
