// A rule whose matches come from the learned signal model (signal-model.ts) rather than from a
// phrase list: one per incoming category the model reads well, each in its own file under rules/
// with examples like every other rule. The model reads each message once; the rules share it.
import type { NormalisedText } from '../normalise';
import type { Rule } from '../rule';
import type { IncomingCategory } from '../types';
import { readLearned, type LearnedReading } from './signal-model';

const NONE: Array<[number, number]> = [];
let lastText: NormalisedText | undefined;
let lastReading: LearnedReading = { matches: [], offender: 0 };
/** The last reading's spans by category, for the rules' find (most messages have none). */
let lastSpans = new Map<IncomingCategory, Array<[number, number]>>();

/** The model's reading of this message, read once however many rules and callers ask. */
export function learnedReadingOf(text: NormalisedText): LearnedReading {
  if (text !== lastText) {
    lastText = text;
    lastReading = readLearned(text.normal);
    if (lastSpans.size > 0 || lastReading.matches.length > 0) lastSpans = new Map(lastReading.matches.map((m) => [m.category, [m.span]]));
  }
  return lastReading;
}

/** Where the model read `category` in this message (shared, not to be changed). */
function spansOf(text: NormalisedText, category: IncomingCategory): Array<[number, number]> {
  learnedReadingOf(text);
  return lastSpans.get(category) ?? NONE;
}

type LearnedRuleDefinition = Omit<Rule, 'find' | 'phrases' | 'direction' | 'severity' | 'category'> & { category: IncomingCategory; severity?: Rule['severity'] };

/** Learned rules' ids start so (rules.test.ts checks it): a reason says where it came from. */
export const isLearnedRuleId = (ruleId: string): boolean => ruleId.startsWith('learned-');

export const LEARNED_SOURCE = 'Learned from the labelled corpora (shared/corpus, tests/fixtures/corpus) by tools/train-signal-model.ts; the categories follow O\'Connell (2003) and Olson et al. (2007)';

/** A notice (or the severity given) in `category` wherever the learned model reads that category in a message. */
export function learnedRule(definition: LearnedRuleDefinition): Rule {
  const { category } = definition;
  return {
    ...definition,
    direction: 'incoming',
    severity: definition.severity ?? 'notice',
    find: (text) => spansOf(text, category),
  };
}
