// Trains the level model (src/engine/learned/level-model.ts): whether a person's signs so far
// should warn the child now. Called by tools/train.ts after the signal model.
//
// Its inputs are the engine's own readings, and on the corpora the signal model was trained on
// those readings are better than on new text. So the corpora are cut into FOLDS parts and each
// part is read by a signal model trained on the other parts (cross-fitting): the level model
// learns how far the readings hold on conversations the signal model never saw.
//
// Labels, per conversation (shared/corpus/FORMAT.md): in a risky one, each message from its
// must_warn_by on, by a person with a labelled sign, should have warned (1); messages before the
// first labelled sign, and every message of a benign one, should not (0). Between the first sign
// and must_warn_by either is fine, so those do not train. Each conversation weighs the same
// however long it is (a 2,000-message log is one conversation).
import { Conversation } from '../src/engine/conversation';
import { FEATURE_NAMES, type LevelModelData } from '../src/engine/learned/level-model';
import { loadSignalModel, type SignalModelData } from '../src/engine/learned/signal-model';
import { fitLogistic } from './logistic';
import { trainSignalModelOn } from './train-signal-model';

const FOLDS = 5;
/** L2 penalty on the standardised weights: a few dozen features, hundreds of conversations. */
const L2 = 0.01;

interface CorpusConversation {
  id: string;
  kind?: string;
  must_warn_by?: number | null;
  messages: Array<{ from: string; name?: string; text: string }>;
  signals?: Record<string, string[]>;
}

interface Row {
  features: number[];
  label: number;
  weight: number;
}

/** The rows of one conversation, read with whatever signal model is loaded. */
function rowsOf(c: CorpusConversation): Row[] {
  const labelled = Object.keys(c.signals ?? {}).map(Number).filter((i) => c.messages[i] && c.messages[i]?.from !== 'child');
  const offenders = new Set(labelled.map((i) => c.messages[i]?.name ?? ''));
  const firstSign = Math.min(...labelled, Infinity);
  const risky = c.kind !== 'benign' && typeof c.must_warn_by === 'number';
  const conversation = new Conversation();
  const positive: number[][] = [];
  const negative: number[][] = [];
  c.messages.forEach((m, i) => {
    const verdict = conversation.add({ direction: m.from === 'child' ? 'outgoing' : 'incoming', text: m.text, author: m.name });
    const author = verdict.person?.author ?? '';
    const features = conversation.levelFeaturesOf(author);
    if (!features) return;
    if (!risky || i < firstSign || !offenders.has(author)) negative.push(features);
    else if (i >= (c.must_warn_by ?? Infinity)) positive.push(features);
  });
  return [
    ...positive.map((features) => ({ features, label: 1, weight: 1 / positive.length })),
    ...negative.map((features) => ({ features, label: 0, weight: 1 / negative.length })),
  ];
}

/**
 * The level model for these conversations (JSON lines). `shipped` is the signal model trained on
 * all of them: it is loaded again at the end, as the engine will read with it.
 */
export function trainLevelModel(lines: readonly string[], trainedOn: readonly string[], shipped: SignalModelData): LevelModelData {
  const rows: Row[] = [];
  try {
    for (let fold = 0; fold < FOLDS; fold++) {
      const others = lines.filter((_, i) => i % FOLDS !== fold);
      loadSignalModel(trainSignalModelOn(others, trainedOn).model);
      for (const [i, line] of lines.entries()) if (i % FOLDS === fold) rows.push(...rowsOf(JSON.parse(line) as CorpusConversation));
    }
  } finally {
    loadSignalModel(shipped);
  }
  const fit = fitLogistic(rows.map((r) => r.features), rows.map((r) => r.label), rows.map((r) => r.weight), L2);
  return { trainedOn: [...trainedOn], features: [...FEATURE_NAMES], ...fit };
}
