// With entrypointsDir '.', WXT loads every loose file in src/ and every src/<dir>/index.* as an
// entrypoint, even ones filterEntrypoints will skip: a test file there breaks the build. Shared
// code belongs in folders without an index file (brief: "WXT conventions").
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;
const ENTRYPOINTS = ['background', 'content', 'onboarding', 'parent', 'popup'];

describe('WXT entrypoints', () => {
  const entries = readdirSync(SRC, { withFileTypes: true });

  it('src/ holds folders only, no loose files', () => {
    expect(entries.filter((e) => e.isFile()).map((e) => e.name)).toEqual([]);
  });

  it('only the entrypoint folders have an index file', () => {
    const withIndex = entries
      .filter((e) => e.isDirectory())
      .filter((e) => readdirSync(join(SRC, e.name)).some((f) => /^index\.(?:html|[cm]?[jt]sx?)$/u.test(f)))
      .map((e) => e.name)
      .sort();
    expect(withIndex).toEqual(ENTRYPOINTS);
  });

  it('every entrypoint folder has its index file', () => {
    for (const name of ENTRYPOINTS) {
      const found = ['index.ts', 'index.tsx', 'index.html'].some((f) => existsSync(join(SRC, name, f)));
      expect(found, name).toBe(true);
    }
  });
});
