// One conversation's state in the content script: the engine's tracker and, per person, how far
// they raised the level and why (rule ids and categories, never the words). Message text passes
// through the engine and is not kept.
import { analyseMessage, Conversation, LEVELS, RULES, type Category, type ConversationOptions, type Level, type Reason } from '../engine/engine';
import type { AlertReason } from '../protocol/messages';
import type { AdapterMessage } from './adapters/adapter';
import type { Candidate } from './decide';

const rank = (level: Level) => LEVELS.indexOf(level);

interface Person {
  level: Level;
  reasons: Map<string, AlertReason>;
}

/** Requests a bare "ok" can agree to (the engine reads it so in context: src/engine/replies.ts). */
const ANSWERABLE: readonly Category[] = ['secrecy', 'meeting_request'];

/** A request of this kind, from the engine's own rule examples, for reading a reply in context. */
function exampleRequest(category: Category): string | undefined {
  return RULES.find((rule) => rule.direction === 'incoming' && rule.category === category)?.examples.match[0];
}

export class ChatSession {
  private readonly tracker: Conversation;
  private readonly people = new Map<string, Person>();
  /** Who wrote last, and the kinds of request it carried: the child's next message answers it. */
  private lastIncoming: { author: string; categories: ReadonlySet<Category> } | null = null;

  constructor(
    readonly key: string,
    private readonly options: ConversationOptions = {},
  ) {
    this.tracker = new Conversation(options);
  }

  /** The person the child is talking to (the last one who wrote), or null before anyone has. */
  get contact(): string | null {
    return this.lastIncoming?.author ?? null;
  }

  /**
   * Read one message. Returns the findings of the person it counts for (its author; for the
   * child's reply, the person answered) when they should be considered for a prompt: when that
   * person's own level rises to warning or danger, and when someone already there adds a new kind
   * of sign (decide.ts then raises only what was not raised before). Per person, so a second
   * person in a group is noticed even when someone else already raised the conversation's level.
   */
  read(message: AdapterMessage): Candidate | null {
    const verdict = this.tracker.add(message);
    const incoming = message.direction === 'incoming';
    if (incoming) this.lastIncoming = { author: message.author, categories: new Set(verdict.signals) };
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

  /**
   * What a message the child is about to send would disclose, read as the engine would read it
   * next in this conversation, without adding it: its own words, or a bare "ok" agreeing to the
   * secret or meeting just asked for.
   */
  previewOutgoing(text: string): Reason[] {
    const reasons = analyseMessage({ direction: 'outgoing', text });
    if (reasons.length > 0) return reasons;
    const answered = ANSWERABLE.find((category) => this.lastIncoming?.categories.has(category));
    const request = answered && exampleRequest(answered);
    if (!request) return [];
    // A throwaway conversation that has just seen such a request reads the reply the same way.
    const probe = new Conversation(this.options);
    probe.add({ direction: 'incoming', author: 'probe', text: request });
    return probe.add({ direction: 'outgoing', text }).reasons;
  }

  private person(author: string): Person {
    let person = this.people.get(author);
    if (!person) this.people.set(author, (person = { level: 'none', reasons: new Map() }));
    return person;
  }

  private remember(person: Person, reasons: readonly Reason[]): void {
    for (const r of reasons) person.reasons.set(r.ruleId, { ruleId: r.ruleId, category: r.category, description: r.description });
  }

  private candidate(author: string): Candidate {
    const person = this.person(author);
    return { otherParty: author, level: person.level, reasons: [...person.reasons.values()] };
  }
}
