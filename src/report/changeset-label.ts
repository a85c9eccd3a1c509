import type { ChangeSetRef } from './model.js';

/** `id::author`, the way Liquibase names a changeset in its messages. */
export function changeSetLabel(ref: Pick<ChangeSetRef, 'id' | 'author'>): string {
  return `${ref.id}::${ref.author}`;
}

/** `file:line` where the changeset is written, else the changelog path it is recorded under. */
export function changeSetLocation(ref: Pick<ChangeSetRef, 'filePath' | 'sourceFile' | 'line'>): string {
  const file = ref.sourceFile ?? ref.filePath;
  return ref.line ? `${file}:${ref.line}` : file;
}
