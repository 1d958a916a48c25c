import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocales } from '../../tools/locales';
import { LOCALES_DIR, REPO_ROOT } from '../../tools/repo-paths';
import { t } from './i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('UI text', () => {
  const locales = readLocales(LOCALES_DIR);

  it('has English and Spanish with the same keys (readLocales throws otherwise)', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'es']);
  });

  it('knows every key the code asks for with t("…")', () => {
    const english = locales.en ?? {};
    const missing: string[] = [];
    for (const file of sourceFiles(path.join(REPO_ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        if (!(String(m[1]) in english)) missing.push(`${path.relative(REPO_ROOT, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('substitutes $1 in tests as the browser does', () => {
    expect(t('common_nothing_leaves')).toBe('Nothing you type leaves this device.');
    expect(t('no_such_key')).toBe('no_such_key');
  });
});
