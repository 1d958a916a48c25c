// npm run --silent scan -- FILE.jsonl [--sensitivity relaxed|balanced|strict]
// Prints one verdict line per conversation, as shared/corpus/FORMAT.md's "Scoring contract" says:
// {"id": ..., "messages": [{"level": ..., "signals": [...]}, ...]}. A malformed line is named on
// stderr, the other conversations are still scanned, and the exit code is then 1.
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Conversation, type Sensitivity } from '../src/engine/engine';
import { CorpusLineError, parseConversationLine } from './corpus';

const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'strict'];

function usage(message: string): never {
  process.stderr.write(`scan: ${message}\nusage: npm run --silent scan -- FILE.jsonl [--sensitivity relaxed|balanced|strict]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; sensitivity: Sensitivity } {
  let file: string | undefined;
  let sensitivity: Sensitivity = 'balanced';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--sensitivity') {
      const value = argv[++i];
      if (!SENSITIVITIES.includes(value as Sensitivity)) usage(`--sensitivity takes one of ${SENSITIVITIES.join(', ')}`);
      sensitivity = value as Sensitivity;
    } else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else usage(`one file at a time (got ${file} and ${arg})`);
  }
  if (file === undefined) usage('no input file');
  if (file !== '-' && !existsSync(file)) usage(`no such file: ${file}`);
  return { file, sensitivity };
}

async function main() {
  // A reader that stops early (`scan … | head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));
  const { file, sensitivity } = parseArgs(process.argv.slice(2));
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  let lineNumber = 0;
  let errors = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    try {
      const conversation = parseConversationLine(line, lineNumber);
      const tracker = new Conversation({ sensitivity });
      const messages = conversation.messages.map((m) => {
        const { level, signals } = tracker.add(m);
        return { level, signals };
      });
      process.stdout.write(JSON.stringify({ id: conversation.id, messages }) + '\n');
    } catch (e) {
      if (!(e instanceof CorpusLineError)) throw e;
      errors++;
      process.stderr.write(`scan: ${file}:${e.line}: ${e.message}\n`);
    }
  }
  if (errors) {
    process.stderr.write(`scan: ${errors} malformed line${errors === 1 ? '' : 's'} skipped; the other conversations were scanned\n`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`scan: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
