import type { Rule } from './rule';
import { analyseText, readText } from './analyse';
import type { NormalisedText } from './normalise';
import { RULES } from './registry';
import { StatedAges } from './age-gap';
import { isIntimateTopic, TOPIC_WINDOW } from './intimate-topic';
import { isAnonymousName } from './anonymous';
import { Participants } from './addressee';
import { addressesFamily, introducesFamily } from './family-address';
import { findParentInvolvement, isFamilyOrSchoolName } from './context';
import { replyReason } from './replies';
import { learnedReadingOf } from './learned/learned-rule';
import { addToReading, soundsFamiliar } from './learned/person-reading';
import { mentionsCelebration, secretIsUs } from './rules/secrecy';
import { levelFeatures } from './learned/level-model';
import { higher, levelOf, newPerson, scoreOf, weightOf, type PersonState } from './scoring';
import type { Category, ChatMessage, Level, MessageVerdict, Reason, Sensitivity } from './types';

/** Messages after talk of a birthday or present within which a secret is the surprise. */
const SURPRISE_WINDOW = 3;
/** Reasons kept per person: enough to explain a level, bounded so a 10,000-message chat stays small. */
const MAX_REASONS_PER_PERSON = 32;
/** How much one of the child's risky replies adds to the person it answers (scoring.ts caps the sum). */
const REPLY_WEIGHT = 0.5;

export interface ConversationOptions {
  sensitivity?: Sensitivity;
  rules?: readonly Rule[];
}

/**
 * Whether reason `k` is the same words read a second way: "quiero verte" is a picture request
 * or a wish to meet, not both. Of two everyday readings of overlapping words in different
 * categories only the stronger (or the first) counts as evidence; a severe reading (a sexualised
 * picture request) always counts. Both stay among the reasons shown.
 */
function readTwice(reasons: readonly Reason[], weights: readonly number[], k: number): boolean {
  const reason = reasons[k];
  const weight = weights[k] ?? 1;
  if (!reason || weight >= 2) return false;
  return reasons.some((other, j) => {
    const otherWeight = weights[j] ?? 1;
    if (j === k || other.category === reason.category || otherWeight >= 2) return false;
    // Mostly the same words: sharing a "you" between "19 m, you" and "you got snapchat" is not.
    const shared = Math.min(other.span.end, reason.span.end) - Math.max(other.span.start, reason.span.start);
    const overlaps = shared * 2 >= Math.min(other.span.end - other.span.start, reason.span.end - reason.span.start);
    return overlaps && (otherWeight > weight || (otherWeight === weight && j < k));
  });
}

/**
 * Scores one conversation message by message, per other person (group chats have several). Each
 * verdict uses only that message and the ones before it, so the level shown after message n is
 * what the child would have seen then. The level never goes down.
 */
export class Conversation {
  private readonly people = new Map<string, PersonState>();
  private readonly sensitivity: Sensitivity;
  private readonly rules: readonly Rule[];
  private readonly ruleById: Map<string, Rule>;
  private current: Level = 'none';
  private index = -1;
  /** The last other person who wrote, and what their last message carried: the child's replies answer it. */
  private lastOther: { author: string; categories: Set<Category> } | undefined;
  private readonly ages = new StatedAges();
  private readonly participants = new Participants();
  /** The last message about kissing, dating or bodies (intimate-topic.ts). */
  private topicIndex = -Infinity;

  constructor(options: ConversationOptions = {}) {
    this.sensitivity = options.sensitivity ?? 'balanced';
    this.rules = options.rules ?? RULES;
    this.ruleById = new Map(this.rules.map((r) => [r.id, r]));
  }

  /** The conversation's level after the last message read. */
  get level(): Level {
    return this.current;
  }

  add(message: ChatMessage): MessageVerdict {
    const text = readText(message); // throws a clear error for a message that is not an object, before any state changes
    this.index++;
    const reasons = this.inContext(analyseText(text, message.direction, this.rules), text.normal);
    const incoming = message.direction === 'incoming';
    // A name that is not text (a broken page adapter) is an unknown author, as a missing one is.
    const author = incoming ? (typeof message.author === 'string' ? message.author : '') : (this.lastOther?.author ?? '');
    const person = this.person(author);
    // "creeper_kid u in hs yet?" in a room asks creeper_kid, not the child (addressee.ts).
    if (incoming && this.participants.addressedToAnother(text.original, author)) reasons.length = 0;
    if (incoming) this.participants.add(author);
    if (incoming) this.explainSurprise(person, text.normal, reasons);
    if (incoming) this.readIncoming(person, text, reasons);
    else this.readOutgoing(person, text, reasons);
    const signals = [...new Set(reasons.map((r) => r.category))];
    if (incoming) this.lastOther = { author, categories: new Set(signals) };

    const before = this.current;
    const others = this.people.size - (this.people.has('') ? 1 : 0);
    const personLevel = levelOf(person, this.index, this.sensitivity, others);
    this.current = higher(before, personLevel);
    const verdict: MessageVerdict = { level: this.current, signals, reasons, person: { author, level: personLevel } };
    if (this.current !== before) verdict.change = { from: before, to: this.current, author, reasons: [...person.reasons] };
    return verdict;
  }

  /** What the level model (learned/level-model.ts) reads of this person now; for its trainer. */
  levelFeaturesOf(author: string): number[] | undefined {
    const person = this.people.get(author);
    if (!person || person.evidence.size === 0) return undefined;
    const others = this.people.size - (this.people.has('') ? 1 : 0);
    return levelFeatures(person, scoreOf(person, this.index, others), others, this.index);
  }

  private readIncoming(person: PersonState, text: NormalisedText, reasons: Reason[]) {
    const { normal } = text;
    this.ages.readOther(person, text, reasons);
    const tone = learnedReadingOf(text).offender;
    addToReading(person, tone);
    if (findParentInvolvement(normal).length > 0) person.parentsInvolved = true;
    if (introducesFamily(normal)) person.familyName = true;
    const weights = reasons.map((reason) => {
      const rule = this.ruleById.get(reason.ruleId);
      return rule ? weightOf(rule) : 1;
    });
    for (const [k, reason] of reasons.entries()) {
      const rule = this.ruleById.get(reason.ruleId);
      const weight = weights[k] ?? 1;
      this.remember(person, reason);
      if (readTwice(reasons, weights, k)) continue;
      const seen = person.evidence.get(reason.category);
      person.evidence.set(reason.category, { weight: Math.max(weight, seen?.weight ?? 0), firstIndex: seen?.firstIndex ?? this.index, lastIndex: this.index, familiarTone: (seen?.familiarTone ?? true) && soundsFamiliar(tone) });
      if (rule) person.stages.add(rule.stage);
      person.strongest = higher(person.strongest, reason.severity);
    }
  }

  /** The child's message: risky replies count towards the person answered; parents involved are context. */
  private readOutgoing(person: PersonState, text: NormalisedText, reasons: Reason[]) {
    const reply = replyReason(text, this.lastOther?.categories ?? new Set(), reasons);
    if (reply) reasons.push(reply);
    const { normal } = text;
    // The age itself is read only from words that say it: a reply such as "class 7" tells a
    // school year, not that the child is 7 (replies.ts), so it does not set the child's age.
    this.ages.readChild(normal, reasons.some((r) => r.category === 'discloses_age' && r !== reply));
    if (findParentInvolvement(normal).length > 0) person.parentsInvolved = true;
    if (this.lastOther && addressesFamily(normal)) person.familyName = true;
    if (reasons.length === 0 || !this.lastOther) return;
    // The child tells their age to someone who already said theirs: the gap is plain now.
    const gap = this.ages.readChildTo(person, text.original, reasons.some((r) => r.category === 'discloses_age'));
    if (gap) {
      this.remember(person, gap);
      person.evidence.set(gap.category, { weight: 1, firstIndex: this.index, lastIndex: this.index, familiarTone: false });
      person.stages.add('trust');
    }
    // Answering an age question is ordinary; giving an address or agreeing to meet is not.
    if (reasons.some((r) => r.category !== 'discloses_age')) person.replyWeight += REPLY_WEIGHT;
    for (const reason of reasons) this.remember(person, reason);
  }

  /**
   * Drops the matches of rules that count only in a context the conversation has not got: a
   * follow-up like "i could teach u" needs kissing, dating or bodies to have come up just before
   * (intimate-topic.ts), from either side.
   */
  private inContext(reasons: Reason[], normal: string): Reason[] {
    if (isIntimateTopic(normal)) this.topicIndex = this.index;
    const onTopic = this.index - this.topicIndex <= TOPIC_WINDOW;
    return onTopic ? reasons : reasons.filter((r) => this.ruleById.get(r.ruleId)?.context !== 'intimate-topic');
  }

  /**
   * "el domingo es el cumple de mi mamá" then "no le digas nada": a secret asked within a few
   * messages of the same person's talk of a birthday or present is the surprise (the secrecy
   * rule reads this within one message, rules/secrecy.ts). Never when the secret is the two of them.
   */
  private explainSurprise(person: PersonState, normal: string, reasons: Reason[]): void {
    if (mentionsCelebration(normal)) person.celebrationIndex = this.index;
    const recent = person.celebrationIndex !== undefined && this.index - person.celebrationIndex <= SURPRISE_WINDOW;
    if (!recent || secretIsUs(normal)) return;
    for (let k = reasons.length - 1; k >= 0; k--) if (reasons[k]?.category === 'secrecy') reasons.splice(k, 1);
  }

  private remember(person: PersonState, reason: Reason) {
    person.reasons.push(reason);
    if (person.reasons.length > MAX_REASONS_PER_PERSON) person.reasons.splice(0, person.reasons.length - MAX_REASONS_PER_PERSON);
  }

  private person(author: string): PersonState {
    let state = this.people.get(author);
    if (!state) {
      state = newPerson();
      state.familyName = isFamilyOrSchoolName(author);
      state.anonymous = isAnonymousName(author);
      this.people.set(author, state);
    }
    return state;
  }
}
