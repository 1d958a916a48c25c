import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'scan-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TSX = join('node_modules', '.bin', 'tsx');
function scan(lines: string[]) {
  const file = join(dir, `input-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return spawnSync(TSX, ['tools/scan.ts', file], { encoding: 'utf8' });
}
const conversation = (id: string, texts: Array<[string, string]>) =>
  JSON.stringify({ id, lang: 'en', messages: texts.map(([from, text]) => ({ from, name: from === 'other' ? 'kai' : undefined, text })) });

describe('npm run scan', () => {
  it('prints one verdict per conversation with a level and signals per message', () => {
    const result = scan([
      conversation('risky', [['other', 'how old r u'], ['child', '12'], ['other', "don't tell ur parents ok"]]),
      conversation('calm', [['other', 'did you finish the homework?'], ['child', 'yes']]),
    ]);
    expect(result.status).toBe(0);
    const verdicts = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; messages: Array<{ level: string; signals: string[] }> });
    expect(verdicts.map((v) => v.id)).toEqual(['risky', 'calm']);
    expect(verdicts[0]?.messages).toEqual([
      { level: 'notice', signals: ['age_probe'] },
      { level: 'notice', signals: ['discloses_age'] },
      { level: 'warning', signals: ['secrecy'] },
    ]);
    expect(verdicts[1]?.messages.map((m) => m.level)).toEqual(['none', 'none']);
  });

  it('names a malformed line on stderr, still scans the others, and exits non-zero', () => {
    const result = scan([
      conversation('first', [['other', 'hi']]),
      '{"id": "broken", "messages": [',
      JSON.stringify({ id: 'bad-from', messages: [{ from: 'stranger', text: 'hi' }] }),
      conversation('last', [['child', 'bye']]),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/:2: not valid JSON/u);
    expect(result.stderr).toMatch(/:3: conversation bad-from, message 0: "from" must be "child" or "other"/u);
    expect(result.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['first', 'last']);
  });

  it('says what is wrong when the file is missing', () => {
    const result = spawnSync(TSX, ['tools/scan.ts', join(dir, 'nope.jsonl')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no such file');
  });

  it('reads standard input with "-"', () => {
    const out = execFileSync(TSX, ['tools/scan.ts', '-'], { input: conversation('stdin', [['other', 'asl?']]), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ id: 'stdin', messages: [{ level: 'notice', signals: ['age_probe'] }] });
  });
});
