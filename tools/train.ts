// npm run train: trains the engine's two learned models on the training corpora, in order: the
// signal model (train-signal-model.ts, what single messages say) and then the level model
// (train-level-model.ts, when a person's signs so far should warn), which reads the corpora with
// signal models trained on the other parts. Deterministic: the same corpora give the same models.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { trainLevelModel } from './train-level-model';
import { corpusLines, trainSignalModelOn } from './train-signal-model';

/**
 * The corpora that train the models, from the repository root ("#odd": only the conversations
 * whose id ends in an odd number). Not here, so they measure the engine: holdout41 to holdout46
 * (tests/fixtures/corpus/README.md says how each has been used).
 */
export const TRAINING_CORPORA: readonly string[] = [
  '../shared/corpus/dev.jsonl',
  'tests/fixtures/corpus/holdout.jsonl',
  'tests/fixtures/corpus/holdout2.jsonl',
  'tests/fixtures/corpus/holdout3.jsonl',
  'tests/fixtures/corpus/holdout4.jsonl',
  'tests/fixtures/corpus/holdout5.jsonl',
  'tests/fixtures/corpus/holdout6.jsonl',
  'tests/fixtures/corpus/holdout8.jsonl#odd',
  'tests/fixtures/corpus/holdout11.jsonl',
  'tests/fixtures/corpus/holdout12.jsonl',
  'tests/fixtures/corpus/holdout14.jsonl',
  // Session 7: the sets used for choosing and the session-6 blind sets join the training data.
  // Trained on holdout10, 13, 15 and the rest, the engine put 0.836 of holdout17-19's risky
  // conversations on time instead of 0.746 (false alarms 0.126 -> 0.138): more varied wording
  // helps more than any one set kept aside for choosing (tests/fixtures/corpus/README.md).
  'tests/fixtures/corpus/holdout7.jsonl',
  'tests/fixtures/corpus/holdout8.jsonl#even',
  'tests/fixtures/corpus/holdout9.jsonl',
  'tests/fixtures/corpus/holdout10.jsonl',
  'tests/fixtures/corpus/holdout13.jsonl',
  'tests/fixtures/corpus/holdout15.jsonl',
  'tests/fixtures/corpus/holdout16.jsonl',
  // Written for training in session 7 and scored once on arrival first (README there).
  'tests/fixtures/corpus/holdout20.jsonl',
  'tests/fixtures/corpus/holdout21.jsonl',
  'tests/fixtures/corpus/holdout22.jsonl',
  'tests/fixtures/corpus/holdout24.jsonl',
  'tests/fixtures/corpus/holdout25.jsonl',
  'tests/fixtures/corpus/holdout26.jsonl',
  'tests/fixtures/corpus/holdout27.jsonl',
  'tests/fixtures/corpus/holdout28.jsonl',
  // Written for training in session 8 (long decoy-style logs, public rooms, the child's replies,
  // hard benign chats), scored once on arrival first (README there).
  'tests/fixtures/corpus/holdout31.jsonl',
  'tests/fixtures/corpus/holdout32.jsonl',
  'tests/fixtures/corpus/holdout33.jsonl',
  'tests/fixtures/corpus/holdout34.jsonl',
  // ...and in the plain words offenders often type ("how old are you", "dont tell ur parents"):
  // the sets above avoid them in risky chats, so the models had learned them as family talk.
  'tests/fixtures/corpus/holdout35.jsonl',
  'tests/fixtures/corpus/holdout36.jsonl',
  // Written for training in session 9: a chat's first few messages, where a stranger's fast
  // approach and two children's fast friendship look alike, and slow mentor-style grooming next
  // to real long friendships and mentors (scored once on arrival first, README there).
  'tests/fixtures/corpus/holdout39.jsonl',
  'tests/fixtures/corpus/holdout40.jsonl',
  // Session 11: the blind sets of sessions 7-9, scored at every step since, join the training
  // data, as session 7's did: newer blind sets measure the engine (README there).
  'tests/fixtures/corpus/holdout17.jsonl',
  'tests/fixtures/corpus/holdout18.jsonl',
  'tests/fixtures/corpus/holdout19.jsonl',
  'tests/fixtures/corpus/holdout23.jsonl',
  'tests/fixtures/corpus/holdout29.jsonl',
  'tests/fixtures/corpus/holdout30.jsonl',
  'tests/fixtures/corpus/holdout37.jsonl',
  'tests/fixtures/corpus/holdout38.jsonl',
  // Written for training in session 11 (scored once on arrival first, README there): flattery and
  // trust in many words, games and groups, Spanish in eleven varieties, and a chat's first minutes.
  'tests/fixtures/corpus/holdout47.jsonl',
  'tests/fixtures/corpus/holdout48.jsonl',
  'tests/fixtures/corpus/holdout49.jsonl',
  'tests/fixtures/corpus/holdout50.jsonl',
  // ...and for what the engine still read least: sexual talk said indirectly, secrecy and
  // isolation in other words, slow mentors and coaches, age-gap talk.
  'tests/fixtures/corpus/holdout51.jsonl',
  'tests/fixtures/corpus/holdout52.jsonl',
  'tests/fixtures/corpus/holdout53.jsonl',
  'tests/fixtures/corpus/holdout54.jsonl',
];

export const SIGNAL_MODEL_PATH = 'src/engine/learned/signal-model.json';
export const LEVEL_MODEL_PATH = 'src/engine/learned/level-model.json';

/** Both models, trained on the corpora at these paths (relative to `root`). */
export function trainModels(root: URL) {
  const specs = TRAINING_CORPORA.map((spec) => {
    const [path = '', half] = spec.split('#');
    return new URL(path, root).pathname + (half ? `#${half}` : '');
  });
  const lines = specs.flatMap(corpusLines);
  const signal = trainSignalModelOn(lines, specs);
  const level = trainLevelModel(lines, signal.model.trainedOn, signal.model);
  return { signal, level };
}

/** `--out DIR` writes the models there instead of over the shipped ones (the staleness test). */
function main() {
  const root = pathToFileURL(`${process.cwd()}/`);
  const out = process.argv.indexOf('--out');
  const into = (path: string) => (out > 0 ? join(process.argv[out + 1] ?? '.', basename(path)) : path);
  const { signal, level } = trainModels(root);
  writeFileSync(into(SIGNAL_MODEL_PATH), JSON.stringify(signal.model) + '\n');
  writeFileSync(into(LEVEL_MODEL_PATH), JSON.stringify(level) + '\n');
  process.stderr.write(`train: signal model from ${signal.messages} messages (${signal.features} features, ${Object.keys(signal.model.weights).length} kept) → ${into(SIGNAL_MODEL_PATH)}\n`);
  process.stderr.write(`train: level model over ${level.features.length} features → ${into(LEVEL_MODEL_PATH)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
