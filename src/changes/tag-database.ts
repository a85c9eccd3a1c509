import { defineChange } from './define-change.js';

export interface TagDatabaseParams {
  tag: string;
  keepTagOnRollback?: boolean;
}

/**
 * tagDatabase: runs no SQL; the engine writes the tag to the changeset's DATABASECHANGELOG row.
 * Rolling it back does nothing (the row goes away with it).
 */
export const tagDatabase = defineChange<TagDatabaseParams>({
  name: 'tagDatabase',
  fields: [
    { name: 'tag', kind: 'string', required: true },
    { name: 'keepTagOnRollback', kind: 'boolean', notHashedIn: [8, 9] },
  ],
  generateSql: () => [],
  inverse: () => [],
});
