// The engine's vocabulary. Pure types: the engine runs unchanged in node (scan CLI, tests,
// benchmarks) and in the extension (background, page send check): nothing here may touch the browser or the DOM.

/** How worried the conversation should make us, lowest first. */
export const LEVELS = ['none', 'notice', 'warning', 'danger'] as const;
export type Level = (typeof LEVELS)[number];

/** Risk categories, as defined by the labelled corpus (shared/corpus/FORMAT.md). */
export const INCOMING_CATEGORIES = [
  'age_probe',
  'personal_info_request',
  'secrecy',
  'isolation',
  'photo_request',
  'sexual_content',
  'meeting_request',
  'platform_switch',
  'gifts_money',
  'flattery_trust',
  'age_gap_relationship',
  'threats_sextortion',
] as const;
/** The child's own risky replies (outgoing text). */
export const OUTGOING_CATEGORIES = [
  'discloses_personal_info',
  'discloses_age',
  'agrees_to_meet',
  'agrees_to_secrecy',
] as const;
export type IncomingCategory = (typeof INCOMING_CATEGORIES)[number];
export type OutgoingCategory = (typeof OUTGOING_CATEGORIES)[number];
export type Category = IncomingCategory | OutgoingCategory;

/** incoming: written by someone else to the child; outgoing: written by the child. */
export type Direction = 'incoming' | 'outgoing';

/**
 * Grooming stages after O'Connell (2003) and Olson et al.'s Luring Communication Theory (2007):
 * rules say which stage a signal belongs to, so the scorer can see a conversation progress.
 */
export type GroomingStage =
  | 'access'
  | 'trust'
  | 'risk_assessment'
  | 'isolation_secrecy'
  | 'sexualisation'
  | 'approach';

/** One chat message as the engine sees it. */
export interface ChatMessage {
  direction: Direction;
  text: string;
  /** Display name of the author; tells group members apart. Absent for the child. */
  author?: string;
}

/** A stretch of the original (not normalised) message text, for quoting a reason. */
export interface Span {
  start: number;
  end: number;
  quote: string;
}

/** Why the engine raised something: which rule, in which category, quoting what. */
export interface Reason {
  ruleId: string;
  category: Category;
  severity: Severity;
  description: string;
  span: Span;
}

/** How much one match of a rule weighs on its own. */
export type Severity = Exclude<Level, 'none'>;

/** The parent's choice of how readily the engine warns. */
export type Sensitivity = 'relaxed' | 'balanced' | 'strict';

/** The verdict right after one message, using only that message and the ones before it. */
export interface MessageVerdict {
  /** The conversation's level after this message. */
  level: Level;
  /** Categories this message carries. */
  signals: Category[];
  /** Every rule match in this message. */
  reasons: Reason[];
  /** Set when this message changed the level: what it was, and every reason that made it so. */
  change?: LevelChange;
  /**
   * The person this message counts for (its author; for the child's message, the person it
   * answers) and that person's own level now. In a group, a second person can reach a warning
   * while the conversation's level, raised by someone else, does not change.
   */
  person?: { author: string; level: Level };
}

export interface LevelChange {
  from: Level;
  to: Level;
  /** The author whose messages raised the level ("" for the child's own disclosures). */
  author: string;
  reasons: Reason[];
}
