import type { Rule } from '../rule.js';

export const missingAuthor: Rule = {
  code: 'DB702',
  name: 'missing-author',
  family: 'hygiene',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A changeset without a real author (empty, or a placeholder such as "unknown").',
  hint: 'Set the author to the person or team that owns the change.',
  why: 'The author is part of the changeset identity and the first place people look when a change misbehaves in production.',
  fix: 'Use a real name, handle or team in `author`. The option `placeholders` lists the values treated as missing.',
  examples: {
    triggers: { sql: 'ALTER TABLE person ADD COLUMN nickname text;', changeSet: { author: 'unknown' } },
    nearMiss: { sql: 'ALTER TABLE person ADD COLUMN nickname text;', changeSet: { author: 'jane.doe' } },
  },
  peers: { squawk: [], bytebase: [], atlas: [] },
  options: {
    placeholders: {
      type: 'string-list',
      default: ['unknown', 'anonymous', 'changeme', 'todo', 'author'],
      description: 'Author values treated as missing (case-insensitive).',
    },
  },
  kinds: [],
  create: (options) => {
    const placeholders = new Set((options.placeholders as string[]).map((p) => p.toLowerCase()));
    return {
      changeSetEnd(ctx) {
        const author = ctx.changeSet.changeSet.ref.author.trim();
        if (author && !placeholders.has(author.toLowerCase())) return;
        ctx.report({ message: author ? `Changeset author "${author}" is a placeholder.` : 'Changeset has no author.' });
      },
    };
  },
};
