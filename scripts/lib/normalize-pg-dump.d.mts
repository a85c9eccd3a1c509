// Types for normalize-pg-dump.mjs, so the TypeScript test can compare it with its TS twin.
export function splitPgDumpStatements(dump: string): string[];
export function isTrackingTableStatement(statement: string): boolean;
export function normalizePgDump(dump: string, options?: { tracking?: 'include' | 'exclude' | 'only' }): string;
