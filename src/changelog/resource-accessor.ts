import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * How the changelog readers see files: paths are search-path relative with forward slashes, as
 * Liquibase resolves them. Tests pass an in-memory implementation.
 */
export interface ResourceAccessor {
  /** The bytes of a file, or undefined when it does not exist. */
  read(resourcePath: string): Promise<Uint8Array | undefined>;
  /** Every file under a directory, recursively, as resource paths. Empty when it does not exist. */
  list(directory: string): Promise<string[]>;
}

/** Resolves resource paths against one or more directories on disk (Liquibase's --search-path). */
export class FileSystemResourceAccessor implements ResourceAccessor {
  private readonly roots: string[];

  constructor(roots: string | string[]) {
    this.roots = (Array.isArray(roots) ? roots : [roots]).map((r) => path.resolve(r));
  }

  async read(resourcePath: string): Promise<Uint8Array | undefined> {
    for (const candidate of this.candidates(resourcePath)) {
      try {
        return await readFile(candidate);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
      }
    }
    return undefined;
  }

  async list(directory: string): Promise<string[]> {
    const found = new Set<string>();
    for (const root of this.roots) {
      const base = path.isAbsolute(directory) ? directory : path.join(root, directory);
      await walk(base, async (file) => {
        const relative = path.isAbsolute(directory)
          ? file
          : path.relative(root, file);
        found.add(relative.split(path.sep).join('/'));
      });
    }
    return [...found];
  }

  private candidates(resourcePath: string): string[] {
    if (path.isAbsolute(resourcePath)) return [resourcePath];
    return this.roots.map((root) => path.join(root, resourcePath));
  }
}

async function walk(dir: string, onFile: (file: string) => Promise<void>): Promise<void> {
  let entries;
  try {
    if (!(await stat(dir)).isDirectory()) return;
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, onFile);
    else if (entry.isFile()) await onFile(full);
  }
}

/** An in-memory accessor: a map from resource path to content. */
export class MemoryResourceAccessor implements ResourceAccessor {
  constructor(private readonly files: Record<string, string | Uint8Array>) {}

  async read(resourcePath: string): Promise<Uint8Array | undefined> {
    const content = this.files[resourcePath];
    if (content === undefined) return undefined;
    return typeof content === 'string' ? new TextEncoder().encode(content) : content;
  }

  async list(directory: string): Promise<string[]> {
    const prefix = directory.endsWith('/') ? directory : `${directory}/`;
    return Object.keys(this.files).filter((p) => p.startsWith(prefix));
  }
}
