import type { Category, Direction, GroomingStage, Severity } from './types';
import type { NormalisedText } from './normalise';
import { phraseFinder, type PhraseList } from './phrases';
import { isNegated } from './negation';

/**
 * One detection rule, in the manner of an ESLint rule: it says what it is, what it rests on, and
 * shows examples that the registry test (rules.test.ts) runs, so the examples are the tests.
 */
export interface Rule {
  /** Stable id, kebab-case, equal to the file name. */
  id: string;
  category: Category;
  /** What one match means on its own: notice counts towards escalation, warning and danger warn. */
  severity: Severity;
  direction: Direction;
  stage: GroomingStage;
  /** One line, plain words: what the rule notices. */
  description: string;
  /** The research or guidance the rule rests on. */
  source: string;
  examples: { match: string[]; noMatch: string[] };
  /**
   * How much one match adds to the sender's score, when it differs from the severity's
   * (scoring.ts): weak signals that are common in ordinary chat weigh less.
   */
  weight?: number;
  /**
   * 'intimate-topic': a match counts only when the talk has just been about kissing, dating or
   * bodies (intimate-topic.ts; conversation.ts drops it otherwise). "i could teach u" is
   * sexual after "have u ever been kissed" and ordinary after "i cant do this level".
   */
  context?: 'intimate-topic';
  /** The phrase data the rule matches, when it is phrase-based; the registry test checks it. */
  phrases?: PhraseList;
  /** Spans of the normalised text that match, as [start, end) offsets into `text.normal`. */
  find(text: NormalisedText): Array<[number, number]>;
}

type PhraseRuleDefinition = Omit<Rule, 'find' | 'phrases'> & {
  phrases: PhraseList;
  /** Drop matches right after "never", "don't" ...: "I'd never ask for pics" asks for none. */
  negatable?: boolean;
};

/** A rule that matches a list of phrases: its metadata, its phrase data, and nothing else. */
export function phraseRule({ negatable, ...definition }: PhraseRuleDefinition): Rule {
  const find = phraseFinder(definition.phrases);
  return {
    ...definition,
    find: negatable ? (text) => find(text.normal).filter(([start]) => !isNegated(text.normal, start)) : (text) => find(text.normal),
  };
}
