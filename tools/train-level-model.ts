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
//
// Weighted for what the scorer counts (session 8): a risky conversation is on time when the
// warning comes AT must_warn_by, so its positive rows weigh less the later they come (EARLY_DECAY
// per message); a benign one is a false alarm when ANY message warns, so after a first fit its
// negative rows are weighed again by how close each comes to warning (its peak most: PEAK_ROUNDS
// refits). Out of sample (3-fold, 1,950 conversations, the shipped thresholds) on time rose from
// 0.767 to 0.799 at about the same false alarms (0.061 -> 0.063), and the whole trade-off curve
// moved up (at 0.045 false alarms: 0.71 -> 0.76).
import { Conversation } from '../src/engine/conversation';
import { FEATURE_NAMES, type LevelModelData } from '../src/engine/learned/level-model';
import { loadSignalModel, type SignalModelData } from '../src/engine/learned/signal-model';
import { fitLogistic, type LogisticFit } from './logistic';
import { trainSignalModelOn } from './train-signal-model';

const FOLDS = 5;
/** Each positive row weighs this much of the one before it. */
const EARLY_DECAY = 0.6;
/** Refits that weigh each benign conversation's rows by their closeness to a warning (softmax of the log-odds). */
const PEAK_ROUNDS = 3;
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
  /** The conversation the row comes from. */
  group: number;
}
/** Numbers each conversation's rows apart (peakWeights shares weight within one). */
let groups = 0;

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
  const group = groups++;
  const posWeights = positive.map((_, k) => EARLY_DECAY ** k);
  const posTotal = posWeights.reduce((a, b) => a + b, 0);
  return [
    ...positive.map((features, k) => ({ features, label: 1, weight: (posWeights[k] ?? 0) / posTotal, group })),
    ...negative.map((features) => ({ features, label: 0, weight: 1 / negative.length, group })),
  ];
}

/** Log-odds of each row under `fit`. */
const logOdds = (rows: readonly Row[], fit: LogisticFit) =>
  rows.map((r) => r.features.reduce((a, v, j) => a + ((fit.weights[j] ?? 0) * (v - (fit.mean[j] ?? 0))) / (fit.scale[j] ?? 1), fit.bias));

/**
 * Row weights with each conversation's negative rows (together still 1) shared by a softmax of
 * their log-odds: the rows nearest a warning, where a false alarm would come, weigh most.
 * Positive rows keep their weights.
 */
function peakWeights(rows: readonly Row[], fit: LogisticFit): number[] {
  const z = logOdds(rows, fit);
  const peak = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.label === 0) peak.set(r.group, Math.max(peak.get(r.group) ?? -Infinity, z[i] ?? 0));
  });
  const raw = rows.map((r, i) => (r.label === 0 ? Math.exp((z[i] ?? 0) - (peak.get(r.group) ?? 0)) : r.weight));
  const sums = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.label === 0) sums.set(r.group, (sums.get(r.group) ?? 0) + (raw[i] ?? 0));
  });
  return rows.map((r, i) => (r.label === 0 ? (raw[i] ?? 0) / (sums.get(r.group) ?? 1) : r.weight));
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
  let fit = fitLogistic(rows.map((r) => r.features), rows.map((r) => r.label), rows.map((r) => r.weight), L2);
  for (let round = 0; round < PEAK_ROUNDS; round++) fit = fitLogistic(rows.map((r) => r.features), rows.map((r) => r.label), peakWeights(rows, fit), L2);
  return { trainedOn: [...trainedOn], features: [...FEATURE_NAMES], ...fit };
}
