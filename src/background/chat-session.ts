// One chat's state in the background (issue "In-page protection": the engine runs here, on the
// device, so the chat tab loads only the small send check): the engine's tracker and, per person,
// how far they raised the level and why (rule ids and categories, never the words). Message text
// passes through the engine and is not kept; the tracker keeps only bounded reasons.
import { Conversation, LEVELS, type ConversationOptions, type Level, type Reason } from '../engine/engine';
import type { AlertReason, ChatLine, LastIncoming, PersonFindings } from '../protocol/messages';

const rank = (level: Level) => LEVELS.indexOf(level);

interface Person {
  level: Level;
  reasons: Map<string, AlertReason>;
}

export class ChatSession {
  private readonly tracker: Conversation;
  private readonly people = new Map<string, Person>();
  /** Who wrote last, and the kinds of request it carried: the child's next message answers it. */
  private lastIncoming: LastIncoming | null = null;
  private count = 0;

  constructor(options: ConversationOptions = {}) {
    this.tracker = new Conversation(options);
  }

  /** Messages read so far: the content script numbers its batches by it. */
  get messagesRead(): number {
    return this.count;
  }

  /** The person the child is answering and what they last asked, or null before anyone wrote. */
  get answering(): LastIncoming | null {
    return this.lastIncoming;
  }

  /**
   * Read one message. Returns the findings of the person it counts for (its author; for the
   * child's reply, the person answered) when they should be considered for a prompt: when that
   * person's own level rises to warning or danger, and when someone already there adds a new kind
   * of sign (decide.ts then raises only what was not raised before). Per person, so a second
   * person in a group is noticed even when someone else already raised the conversation's level.
   */
  add(message: ChatLine): PersonFindings | null {
    this.count++;
    const verdict = this.tracker.add(message);
    const incoming = message.direction === 'incoming';
    if (incoming) this.lastIncoming = { author: message.author, categories: verdict.signals };
    const author = verdict.person?.author ?? verdict.change?.author ?? (incoming ? message.author : (this.lastIncoming?.author ?? ''));
    const level = verdict.person?.level ?? verdict.change?.to ?? 'none';
    const person = this.person(author);
    const known = person.reasons.size;
    this.remember(person, verdict.change?.reasons ?? []);
    this.remember(person, verdict.reasons);
    const rose = rank(level) > rank(person.level);
    if (rose) person.level = level;
    if (rank(person.level) < rank('warning')) return null;
    // The child's replies count for the level and the stored alert; a new prompt at the same
    // level is only for something new the other person did.
    const grew = incoming && person.reasons.size > known;
    return rose || grew ? this.candidate(author) : null;
  }

  private person(author: string): Person {
    let person = this.people.get(author);
    if (!person) this.people.set(author, (person = { level: 'none', reasons: new Map() }));
    return person;
  }

  private remember(person: Person, reasons: readonly Reason[]): void {
    for (const r of reasons) person.reasons.set(r.ruleId, { ruleId: r.ruleId, category: r.category, description: r.description });
  }

  private candidate(author: string): PersonFindings {
    const person = this.person(author);
    return { otherParty: author, level: person.level, reasons: [...person.reasons.values()] };
  }
}
