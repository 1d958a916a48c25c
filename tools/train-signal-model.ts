// npx tsx tools/train-signal-model.ts [--out FILE] CORPUS[#odd|#even] ...
// Trains the learned signal model (src/engine/learned/signal-model.ts) on labelled corpora in the
// shape of shared/corpus/FORMAT.md: for each incoming category, a logistic regression over the
// features of every incoming message (features.ts), labelled by the corpus's `signals`. "#odd"
// or "#even" takes only the conversations whose id ends in an odd or even number, so one half of
// a held-out set can stay unseen. Deterministic: the same corpora give the same model.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { normalise } from '../src/engine/normalise';
import { messageFeatures } from '../src/engine/learned/features';
import { INCOMING_CATEGORIES } from '../src/engine/types';
import type { SignalModelData } from '../src/engine/learned/signal-model';

const EPOCHS = 6;
/** Pulls weights towards zero each time their feature is seen: rare words stay weak. */
const L2 = 0.01;
const LEARNING_RATE = 0.3;
/** A feature must occur in this many messages to be learned: one line's quirks are not a pattern. */
const MIN_COUNT = 3;
/** Weights smaller than this are dropped from the shipped model. */
const MIN_WEIGHT = 0.1;
/** Probability a message must reach to count as a category. */
const PROBABILITY = 0.5;

interface Example {
  keys: string[];
  labels: Set<string>;
}

/**
 * Long conversations (real logs, and the corpora written like them) are mostly small talk: all of
 * it would outnumber the labelled lines of every short conversation and teach each category a
 * lower prior than a short chat has. From a conversation longer than LONG, training keeps the
 * lines near a labelled one and every SAMPLE-th of the rest.
 */
const LONG = 150;
const NEAR = 15;
const SAMPLE = 10;

/** The target of the person model: the message's author is the one grooming or threatening. */
const OFFENDER = 'offender';

/** The conversations of a corpus spec (CORPUS, CORPUS#odd or CORPUS#even), one JSON line each. */
export function corpusLines(spec: string): string[] {
  const [file, half] = spec.split('#');
  return readFileSync(file ?? '', 'utf8')
    .split('\n')
    .filter((line) => {
      if (!line.trim()) return false;
      const number = Number(/(\d+)$/u.exec((JSON.parse(line) as { id: string }).id)?.[1] ?? 0);
      return !((half === 'odd' && number % 2 === 0) || (half === 'even' && number % 2 === 1));
    });
}

function examplesOf(line: string): Example[] {
  const examples: Example[] = [];
  const c = JSON.parse(line) as { id: string; kind?: string; messages: Array<{ from: string; name?: string; text: string }>; signals?: Record<string, string[]> };
  // Who offends: in a risky conversation, each other person with a labelled sign.
  const offenders = new Set<string>();
  if (c.kind !== 'benign') c.messages.forEach((m, i) => { if (m.from !== 'child' && (c.signals?.[String(i)] ?? []).length > 0) offenders.add(m.name ?? ''); });
  const labelled = Object.keys(c.signals ?? {}).map(Number);
  const kept = (i: number) => c.messages.length <= LONG || i % SAMPLE === 0 || labelled.some((k) => Math.abs(k - i) <= NEAR);
  c.messages.forEach((m, i) => {
    if (m.from === 'child' || !kept(i)) return;
    const labels = new Set(c.signals?.[String(i)] ?? []);
    if (offenders.has(m.name ?? '')) labels.add(OFFENDER);
    examples.push({ keys: messageFeatures(normalise(m.text).normal), labels });
  });
  return examples;
}

function trainOne(examples: Example[], category: string, known: Set<string>): { bias: number; weights: Map<string, number> } {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let biasG2 = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { keys, labels } of examples) {
      let z = bias;
      for (const key of keys) if (known.has(key)) z += w.get(key) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (labels.has(category) ? 1 : 0);
      biasG2 += g * g;
      bias -= (LEARNING_RATE * g) / Math.sqrt(biasG2 + 1e-8);
      for (const key of keys) {
        if (!known.has(key)) continue;
        const wi = w.get(key) ?? 0;
        const gi = g + L2 * wi;
        const a = (g2.get(key) ?? 0) + gi * gi;
        g2.set(key, a);
        w.set(key, wi - (LEARNING_RATE * gi) / Math.sqrt(a + 1e-8));
      }
    }
  }
  return { bias, weights: w };
}

/** The model trained on these corpora (CORPUS, CORPUS#odd or CORPUS#even). */
export function trainSignalModel(specs: readonly string[]): { model: SignalModelData; messages: number; features: number } {
  return trainSignalModelOn(specs.flatMap(corpusLines), specs);
}

/** The model trained on these conversations (JSON lines); `trainedOn` names them for the record. */
export function trainSignalModelOn(lines: readonly string[], trainedOn: readonly string[]): { model: SignalModelData; messages: number; features: number } {
  const examples = lines.flatMap(examplesOf);
  const counts = new Map<string, number>();
  for (const { keys } of examples) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const known = new Set([...counts].filter(([, n]) => n >= MIN_COUNT).map(([key]) => key));
  const model: SignalModelData = { trainedOn: trainedOn.map((s) => s.replace(/^.*\/(shared|tests)\//u, '$1/')), categories: [...INCOMING_CATEGORIES], bias: [], threshold: [], offenderBias: 0, weights: {} };
  const rows = new Map<string, number[]>();
  // Each category in turn, then the person model at the index after them (signal-model.ts).
  [...INCOMING_CATEGORIES, OFFENDER].forEach((target, c) => {
    const { bias, weights } = trainOne(examples, target, known);
    if (target === OFFENDER) model.offenderBias = round(bias);
    else {
      model.bias.push(round(bias));
      model.threshold.push(round(Math.log(PROBABILITY / (1 - PROBABILITY))));
    }
    for (const [key, w] of weights) {
      if (Math.abs(w) < MIN_WEIGHT) continue;
      const row = rows.get(key) ?? [];
      row.push(c, round(w));
      rows.set(key, row);
    }
  });
  for (const key of [...rows.keys()].sort()) model.weights[key] = rows.get(key) ?? [];
  return { model, messages: examples.length, features: known.size };
}

const round = (x: number) => Math.round(x * 100) / 100;

function main() {
  const args = process.argv.slice(2);
  let out = 'src/engine/learned/signal-model.json';
  const specs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = args[++i] ?? out;
    else specs.push(args[i] ?? '');
  }
  if (specs.length === 0) {
    process.stderr.write('usage: train-signal-model.ts [--out FILE] CORPUS[#odd|#even] ...\n');
    process.exit(2);
  }
  const { model, messages, features } = trainSignalModel(specs);
  writeFileSync(out, JSON.stringify(model) + '\n');
  process.stderr.write(`train-signal-model: ${messages} messages, ${features} features, ${Object.keys(model.weights).length} kept → ${out}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
