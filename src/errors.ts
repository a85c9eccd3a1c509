import type { SourceLocation } from './changelog/model.js';

/**
 * Two kinds of failure, as in github/codeql-action: a ConfigurationError means "fix your
 * workflow, changelog or command line"; anything else is a bug or a database failure.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Where a changelog problem is: file, line, changeset. */
export interface ChangelogErrorContext {
  location?: SourceLocation;
  changeSet?: { id: string; author: string };
}

/** A changelog that cannot be read or is invalid. Raised before anything touches the database. */
export class ChangelogError extends ConfigurationError {
  override name = 'ChangelogError';
  readonly location?: SourceLocation;
  readonly changeSet?: { id: string; author: string };
  /** The message without the location prefix. */
  readonly reason: string;

  constructor(reason: string, context: ChangelogErrorContext = {}, options?: { cause?: unknown }) {
    super(formatChangelogMessage(reason, context), options);
    this.reason = reason;
    this.location = context.location;
    this.changeSet = context.changeSet;
  }
}

function formatChangelogMessage(reason: string, { location, changeSet }: ChangelogErrorContext): string {
  const where: string[] = [];
  if (location) where.push(location.line ? `${location.file}:${location.line}` : location.file);
  if (changeSet) where.push(`changeset ${changeSet.id}::${changeSet.author}`);
  return where.length ? `${where.join(', ')}: ${reason}` : reason;
}

/** Several changelog problems found in one pass (validation reports them all, not just the first). */
export class ChangelogValidationError extends ConfigurationError {
  override name = 'ChangelogValidationError';
  constructor(readonly errors: ChangelogError[]) {
    super(
      errors.length === 1
        ? errors[0]!.message
        : `${errors.length} changelog errors:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
}
