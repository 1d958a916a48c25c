// Who a message in a group chat is for. In public rooms and game lobbies people put the name of
// the one they answer first ("creeper_kid u in hs yet?", "waffles4ever asl") or @-mention them;
// chat-room studies read the addressee this way (Forsyth & Martell 2007 on the NPS chat corpus;
// Uthus & Aha 2013 on multi-party chat). A question put to another participant by name is not put
// to the child, so it is not evidence about how that person treats the child. The child's own
// name is seldom known to the page, so only the names of people who have written count.

/** Characters that may continue a name: a name only matches when followed by none of them. */
const NAME_CHAR = /[\p{L}\p{N}_]/u;
/** Names shorter than this are too often ordinary words ("al", "jo") to read as an address. */
const MIN_NAME_LENGTH = 3;

/** The forms a name is written in when addressed: as shown, and without trailing digits and marks ("sadboi_" → "sadboi"). */
function addressForms(name: string): string[] {
  const shown = name.trim().toLowerCase();
  const bare = shown.replace(/[\d_.\-\s]+$/u, '');
  const forms = [shown];
  if (bare !== shown && bare.length >= MIN_NAME_LENGTH + 1) forms.push(bare);
  return forms.filter((form) => form.length >= MIN_NAME_LENGTH);
}

/** `text` (lower case) says `form` at `at` as a whole name, not the start of a longer word. */
function sayNameAt(text: string, form: string, at: number): boolean {
  if (!text.startsWith(form, at)) return false;
  const next = text[at + form.length];
  return next === undefined || !NAME_CHAR.test(next);
}

/** How many first characters of a name index it: a message is checked against the names it could start with. */
const PREFIX = MIN_NAME_LENGTH;

/**
 * The names of the people who have written in one conversation, and who each message is for.
 * Names are looked up by their first characters, so a public room with hundreds of people costs
 * a message no more than a chat of three (tools/bench.ts: the looped corpus).
 */
export class Participants {
  private readonly authors = new Set<string>();
  private readonly byPrefix = new Map<string, Array<{ author: string; form: string }>>();

  /** Remembers an author (incoming messages only: the child's name is not known). */
  add(author: string): void {
    if (!author || this.authors.has(author)) return;
    this.authors.add(author);
    for (const form of addressForms(author)) {
      const key = form.slice(0, PREFIX);
      const list = this.byPrefix.get(key);
      if (list) list.push({ author, form });
      else this.byPrefix.set(key, [{ author, form }]);
    }
  }

  /**
   * Whether `original`, written by `author`, is addressed to someone else who has written here:
   * it starts with their name (after an optional "@"), or @-mentions them. Only in group chats:
   * between two people every message is for the child.
   */
  addressedToAnother(original: string, author: string): boolean {
    if (this.authors.size < 2) return false;
    const text = original.trimStart().toLowerCase();
    if (this.namesAnotherAt(text, text.startsWith('@') ? 1 : 0, author)) return true;
    for (let at = text.indexOf('@', 1); at >= 0; at = text.indexOf('@', at + 1)) {
      if (this.namesAnotherAt(text, at + 1, author)) return true;
    }
    return false;
  }

  private namesAnotherAt(text: string, at: number, author: string): boolean {
    for (const { author: name, form } of this.byPrefix.get(text.slice(at, at + PREFIX)) ?? []) {
      if (name !== author && sayNameAt(text, form, at)) return true;
    }
    return false;
  }
}
