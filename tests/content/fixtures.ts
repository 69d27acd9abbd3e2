/** Copies the real content to a temporary directory so a test can break one thing. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Tests run from the repository root (vitest's root).
export const CONTENT_DIR = resolve('content');

export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csa-content-'));
  cpSync(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

/** Edits a JSON file in place; T is the shape the test expects to find. */
export function editJson<T>(dir: string, file: string, edit: (data: T) => void): void {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8')) as T;
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}
