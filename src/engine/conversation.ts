import type { Rule } from './rule';
import { analyseMessage } from './analyse';
import { RULES } from './registry';
import { LEVELS, type Category, type ChatMessage, type Level, type MessageVerdict, type Reason, type Sensitivity } from './types';

/**
 * How many distinct grooming categories from one person make a warning, and a danger. Grooming is
 * a progression (O'Connell 2003): one sign alone is often innocent, several from the same person
 * are not. Relaxed waits for more evidence; strict warns on less.
 */
const ESCALATION: Record<Sensitivity, { warning: number; danger: number }> = {
  relaxed: { warning: 3, danger: 4 },
  balanced: { warning: 2, danger: 3 },
  strict: { warning: 2, danger: 2 },
};

const rank = (level: Level) => LEVELS.indexOf(level);
const higher = (a: Level, b: Level): Level => (rank(a) >= rank(b) ? a : b);

/** Reasons kept per person: enough to explain a level, bounded so a 10,000-message chat stays small. */
const MAX_REASONS_PER_PERSON = 32;

/** What the engine remembers about one other person in the conversation. */
interface PersonState {
  categories: Set<Category>;
  strongest: Level;
  reasons: Reason[];
}

export interface ConversationOptions {
  sensitivity?: Sensitivity;
  rules?: readonly Rule[];
}

/**
 * Scores one conversation message by message. Each verdict uses only that message and the ones
 * before it, so the level shown after message n is what the child would have seen then.
 */
export class Conversation {
  private readonly people = new Map<string, PersonState>();
  private readonly escalation;
  private readonly rules;
  private current: Level = 'none';

  constructor(options: ConversationOptions = {}) {
    this.escalation = ESCALATION[options.sensitivity ?? 'balanced'];
    this.rules = options.rules ?? RULES;
  }

  /** The conversation's level after the last message read. */
  get level(): Level {
    return this.current;
  }

  add(message: ChatMessage): MessageVerdict {
    const reasons = analyseMessage(message, this.rules);
    const signals = [...new Set(reasons.map((r) => r.category))];
    const author = message.direction === 'outgoing' ? '' : (message.author ?? '');
    const person = this.person(author);
    for (const reason of reasons) {
      person.categories.add(reason.category);
      person.strongest = higher(person.strongest, reason.severity);
      person.reasons.push(reason);
    }
    if (person.reasons.length > MAX_REASONS_PER_PERSON) person.reasons.splice(0, person.reasons.length - MAX_REASONS_PER_PERSON);
    const before = this.current;
    this.current = higher(before, this.levelOf(person));
    const verdict: MessageVerdict = { level: this.current, signals, reasons };
    if (this.current !== before) verdict.change = { from: before, to: this.current, author, reasons: [...person.reasons] };
    return verdict;
  }

  private person(author: string): PersonState {
    let state = this.people.get(author);
    if (!state) {
      state = { categories: new Set(), strongest: 'none', reasons: [] };
      this.people.set(author, state);
    }
    return state;
  }

  private levelOf(person: PersonState): Level {
    let level = person.strongest;
    const distinct = person.categories.size;
    if (distinct >= this.escalation.danger) level = higher(level, 'danger');
    else if (distinct >= this.escalation.warning) level = higher(level, 'warning');
    return level;
  }
}
