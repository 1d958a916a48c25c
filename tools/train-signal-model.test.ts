// The trainer (train-signal-model.ts) on a small corpus it is given, and the shipped models (signal
// and level, train.ts) against a fresh training run: a change to the features, the word families or the corpora that is not
// followed by `npm run train` would otherwise leave the engine reading with a stale model.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { trainSignalModel } from './train-signal-model';
import { LEVEL_MODEL_PATH, SIGNAL_MODEL_PATH } from './train';

const line = (id: string, kind: string, messages: Array<[string, string]>, signals: Record<string, string[]>) =>
  JSON.stringify({ id, kind, messages: messages.map(([from, text]) => ({ from, name: from === 'other' ? 'x' : undefined, text })), signals, must_warn_by: kind === 'benign' ? null : 1 });

describe('train-signal-model', () => {
  it('learns a category from labelled messages and the person model from who sent them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heads-up-train-'));
    const file = join(dir, 'tiny.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 12; i++) {
      lines.push(line(`r-${i}`, 'grooming', [['other', 'u got snap?'], ['child', 'ya'], ['other', 'add me there']], { '0': ['platform_switch'], '2': ['platform_switch'] }));
      lines.push(line(`b-${i}`, 'benign', [['other', 'did u finish the homework'], ['child', 'ya'], ['other', 'nice see u tomorrow']], {}));
    }
    writeFileSync(file, lines.join('\n') + '\n');
    const { model, messages } = trainSignalModel([file]);
    expect(messages).toBe(48);
    expect(model.categories).toContain('platform_switch');
    const snap = model.weights['w:snap'] ?? [];
    const index = model.categories.indexOf('platform_switch');
    expect(snap[snap.indexOf(index) + 1]).toBeGreaterThan(0);
    // The person model: index after the categories, positive for the groomer's words.
    expect(snap[snap.indexOf(model.categories.length) + 1]).toBeGreaterThan(0);
    const even = trainSignalModel([`${file}#even`]);
    expect(even.messages).toBe(24);
  });

  const shared = new URL('../../shared/corpus/dev.jsonl', import.meta.url);
  // In a child process: training takes about a minute, and a test worker busy that long misses
  // vitest's own calls ("Timeout calling onTaskUpdate" failed CI in session 7).
  it.skipIf(!existsSync(shared))('shipped the models that npm run train makes now', { timeout: 300_000 }, async () => {
    const root = fileURLToPath(new URL('../', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'heads-up-models-'));
    const exit = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['tools/train.ts', '--out', dir], { cwd: root, stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    expect(exit).toBe(0);
    for (const path of [SIGNAL_MODEL_PATH, LEVEL_MODEL_PATH]) {
      const fresh = readFileSync(join(dir, basename(path)), 'utf8');
      expect(fresh === readFileSync(join(root, path), 'utf8'), `${path} is stale: run npm run train`).toBe(true);
    }
  });
});
