// npm run bench: prints performance figures, asserts nothing (tests assert behaviour).
//   npm run bench [-- CORPUS.jsonl]   (default: ../shared/corpus/dev.jsonl)
// Figures: the engine's messages per second on one core over the corpus, the time per message
// (p50/p99/max), and the scan command's end-to-end rate including start-up.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Conversation } from '../src/engine/engine';
import { parseConversationLine, type InputConversation } from './corpus';
import { CHROME_EXTENSION_DIR } from './repo-paths';

const corpusPath = process.argv[2] ?? '../shared/corpus/dev.jsonl';
if (!existsSync(corpusPath)) {
  console.error(`bench: no corpus at ${corpusPath}; pass one: npm run bench -- FILE.jsonl`);
  process.exit(2);
}
const conversations: InputConversation[] = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .flatMap((line, i) => (line.trim() ? [parseConversationLine(line, i + 1)] : []));
const messageCount = conversations.reduce((n, c) => n + c.messages.length, 0);

function runEngineOnce(): number[] {
  const times: number[] = [];
  for (const conversation of conversations) {
    const tracker = new Conversation();
    for (const message of conversation.messages) {
      const t0 = performance.now();
      tracker.add(message);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const ms = (x: number) => `${x.toFixed(4)} ms`;

// Warm up the JIT, then measure several rounds and keep all per-message times.
for (let i = 0; i < 3; i++) runEngineOnce();
const rounds = 10;
const all: number[] = [];
const t0 = performance.now();
for (let i = 0; i < rounds; i++) all.push(...runEngineOnce());
const elapsed = performance.now() - t0;
all.sort((a, b) => a - b);

console.log(`corpus: ${corpusPath} (${conversations.length} conversations, ${messageCount} messages)`);
console.log(`engine: ${Math.round((messageCount * rounds) / (elapsed / 1000)).toLocaleString('en')} messages/s on one core`);
console.log(`engine per message: p50 ${ms(percentile(all, 0.5))}, p99 ${ms(percentile(all, 0.99))}, max ${ms(all.at(-1) ?? NaN)}`);

const s0 = performance.now();
execFileSync('node_modules/.bin/tsx', ['tools/scan.ts', corpusPath], { stdio: ['ignore', 'ignore', 'inherit'] });
const scanMs = performance.now() - s0;
console.log(`scan command: ${Math.round(messageCount / (scanMs / 1000)).toLocaleString('en')} messages/s end to end (${Math.round(scanMs)} ms, start-up included)`);

const contentScript = path.join(CHROME_EXTENSION_DIR, 'content-scripts', 'content.js');
if (existsSync(contentScript)) console.log(`content script bundle: ${(readFileSync(contentScript).length / 1024).toFixed(1)} kB unzipped (${contentScript})`);
else console.log('content script bundle: not built (npm run build)');
