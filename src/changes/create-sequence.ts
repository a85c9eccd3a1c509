import { defineChange, derivedChange } from './define-change.js';
import type { FieldSpec } from './field-schema.js';
import { SqlNames } from './sql-names.js';

export interface SequenceParams {
  catalogName?: string;
  schemaName?: string;
  sequenceName: string;
  startValue?: string;
  incrementBy?: string;
  minValue?: string;
  maxValue?: string;
  cacheSize?: string;
  cycle?: boolean;
  ordered?: boolean;
  dataType?: string;
}

export const sequenceOptionFields: readonly FieldSpec[] = [
  { name: 'incrementBy', kind: 'bigInteger' },
  { name: 'minValue', kind: 'bigInteger' },
  { name: 'maxValue', kind: 'bigInteger' },
  { name: 'cacheSize', kind: 'bigInteger' },
  { name: 'cycle', kind: 'boolean' },
  { name: 'ordered', kind: 'boolean' },
  { name: 'dataType', kind: 'string' },
];

/** createSequence (`CREATE SEQUENCE IF NOT EXISTS` on PostgreSQL, as Liquibase writes it). Inverse: dropSequence. */
export const createSequence = defineChange<SequenceParams>({
  name: 'createSequence',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'sequenceName', kind: 'string', required: true },
    { name: 'startValue', kind: 'bigInteger' },
    ...sequenceOptionFields,
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements.createSequence(names.ref(params.schemaName, params.sequenceName), params, names.quoting).map((sql) => ({ sql }));
  },
  inverse: (params, change) => [
    derivedChange('dropSequence', { catalogName: params.catalogName, schemaName: params.schemaName, sequenceName: params.sequenceName }, change),
  ],
});
