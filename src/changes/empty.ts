import { defineChange } from './define-change.js';

/** empty: does nothing, forward or back. */
export const empty = defineChange<Record<string, never>>({
  name: 'empty',
  fields: [],
  generateSql: () => [],
  inverse: () => [],
});
