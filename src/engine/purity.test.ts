// The engine is pure (brief: "The engine is pure"): it imports only its own files and pure
// language libraries, so it runs in node and in the extension (background and the page's send check) unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE_DIR = dirname(new URL(import.meta.url).pathname);
const PURE_PACKAGES = new Set(['compromise']);
const IMPORT = /\b(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gu;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

describe('engine purity', () => {
  const files = sourceFiles(ENGINE_DIR);

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((f) => relative(ENGINE_DIR, f)))('%s imports only the engine and pure libraries', (file) => {
    const source = readFileSync(join(ENGINE_DIR, file), 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(join(ENGINE_DIR, file)), specifier);
        expect(relative(ENGINE_DIR, target).startsWith('..'), `${file} imports ${specifier}`).toBe(false);
      } else {
        expect(PURE_PACKAGES.has(specifier.split('/')[0] ?? ''), `${file} imports ${specifier}`).toBe(true);
      }
    }
  });

  it('touches no browser, DOM or node global', () => {
    const forbidden = /\b(?:window|document|navigator|chrome|browser|indexedDB|localStorage|process|require)\s*[.([]/u;
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(forbidden);
  });
});
