// Heads Up makes no network requests at all (README, "Privacy"). No file in src/ may call a
// network API; ESLint forbids the globals too, this test also catches them in any spelling.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;
const NETWORK_API = /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|js|mjs|html)$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

describe('no network', () => {
  const files = sourceFiles(SRC);

  it('reads the sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => relative(SRC, f)))('src/%s calls no network API', (file) => {
    const lines = readFileSync(join(SRC, file), 'utf8').split('\n');
    const offending = lines.map((line, i) => `${i + 1}: ${line.trim()}`).filter((line) => NETWORK_API.test(line));
    expect(offending).toEqual([]);
  });
});
