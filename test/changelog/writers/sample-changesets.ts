/** Changesets exercising what the writers must carry: nested columns, SQL text, rollbacks, attributes. */
import type { WritableChangeSet } from '../../../src/changelog/writers/writable-changeset.js';
import { change, sqlChange } from '../../../src/diff/change-nodes.js';

export const sampleChangeSets: WritableChangeSet[] = [
  {
    id: 'T-1',
    author: 'jane',
    attributes: { context: 'prod', labels: 'jira-1' },
    comment: 'Create table public.customer',
    changes: [
      change('createTable', { schemaName: 'public', tableName: 'customer', remarks: 'people & "friends"' }, [
        change('column', { name: 'id', type: 'integer' }, [change('constraints', { nullable: false, primaryKey: true, primaryKeyName: 'customer_pkey' })]),
        change('column', { name: 'email', type: 'character varying(200)', defaultValue: "n/a 'x'" }, [change('constraints', { nullable: false })]),
        change('column', { name: 'active', type: 'boolean', defaultValueBoolean: true }),
      ]),
    ],
    inverse: [change('dropTable', { schemaName: 'public', tableName: 'customer' })],
  },
  {
    id: 'T-2',
    author: 'jane',
    comment: 'Create function public.positive(integer)',
    changes: [
      sqlChange([
        'CREATE OR REPLACE FUNCTION public.positive(v integer)\n RETURNS boolean\n LANGUAGE plpgsql\nAS $function$\nBEGIN\n  RETURN v > 0 AND v < 100; -- ]]> inside\nEND;\n$function$',
      ]),
    ],
    rollback: [sqlChange(['DROP FUNCTION public.positive(v integer)'])],
  },
  {
    id: 'T-3',
    author: 'jane',
    attributes: { runInTransaction: false },
    comment: 'Create view public.active_customers',
    changes: [change('createView', { schemaName: 'public', viewName: 'active_customers' }, [], 'SELECT id\n   FROM public.customer\n  WHERE active AND id < 10')],
    rollback: [change('dropView', { schemaName: 'public', viewName: 'active_customers' })],
  },
  {
    id: 'T-4',
    author: 'jane',
    changes: [change('createIndex', { schemaName: 'public', tableName: 'customer', indexName: 'customer_email_idx', unique: true }, [change('column', { name: 'email', descending: true })])],
    rollback: [],
  },
];
