// The tokens of one normalised message, read once and shared by every phrase matcher (issue 4:
// twenty-odd rules used to scan each message with a regular expression each). A token is a
// maximal run of letters and digits of any script, or a "$"; each is looked up once in the
// vocabulary of every phrase list, so a matcher can tell in constant time whether a word occurs,
// and whether any of its phrases can start in this text at all.
import { isWordChar } from './normalise';
import { DIGIT_KEY, DOLLAR_KEY } from './phrase-keys';

const vocabulary = new Map<string, number>();
/** By key id: the matchers that have a phrase starting with that key. */
const matchersStartingAt: number[][] = [];
/** By key id: the matchers for which a text with that key may hold a match (see registerMatcher). */
const matchersGatedBy: number[][] = [];
/** By matcher: 1 when it has a phrase that needs no key, so no text can be ruled out. */
const ungated: number[] = [];
let matcherCount = 0;
/** Changes when a key or a matcher is added: tokens read before then must be read again. */
let version = 0;

/** The number of a key (a word of some phrase, DIGIT_KEY or DOLLAR_KEY), added when new. */
export function keyId(key: string): number {
  let id = vocabulary.get(key);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(key, id);
    matchersStartingAt.push([]);
    matchersGatedBy.push([]);
    version++;
  }
  return id;
}

// The vocabulary again as an open-addressing hash table over the text's own characters, so a
// token is looked up without cutting it out of the text (a slice and a Map lookup per token were a
// twentieth of the engine's time). Rebuilt when keys were added since.
let slotKeys: string[] = [];
let slotIds = new Int32Array(0);
let slotsAtSize = -1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function buildSlots(): void {
  const size = 1 << Math.ceil(Math.log2(vocabulary.size * 2 + 2));
  slotKeys = new Array<string>(size).fill('');
  slotIds = new Int32Array(size).fill(-1);
  for (const [key, id] of vocabulary) {
    let h = FNV_OFFSET;
    for (let j = 0; j < key.length; j++) h = Math.imul(h ^ key.charCodeAt(j), FNV_PRIME);
    let slot = (h >>> 0) & (size - 1);
    while (slotIds[slot] !== -1) slot = (slot + 1) & (size - 1);
    slotKeys[slot] = key;
    slotIds[slot] = id;
  }
  slotsAtSize = vocabulary.size;
}

/** The key id of normal[start, end), or -1. */
function lookUp(normal: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let j = start; j < end; j++) h = Math.imul(h ^ normal.charCodeAt(j), FNV_PRIME);
  const mask = slotIds.length - 1;
  for (let slot = (h >>> 0) & mask; ; slot = (slot + 1) & mask) {
    const id = slotIds[slot] ?? -1;
    if (id === -1) return -1;
    const key = slotKeys[slot] ?? '';
    if (key.length === end - start && normal.startsWith(key, start)) return id;
  }
}

const DIGIT_ID = keyId(DIGIT_KEY);
const DOLLAR_ID = keyId(DOLLAR_KEY);
const DOLLAR = 0x24;

/**
 * A new matcher's number, given the keys its phrases can start with and its gate: keys one of
 * which every match of every phrase contains (each phrase's rarest required set, joined), or
 * undefined when some phrase needs no key. A text with no gate key cannot match at all, and most
 * texts have none: the matcher then skips the text without looking at a phrase (issue 4 speed).
 */
export function registerMatcher(firstKeys: Iterable<string>, gateKeys: Iterable<string> | undefined): number {
  const matcher = matcherCount++;
  version++;
  for (const key of firstKeys) {
    const list = matchersStartingAt[keyId(key)];
    if (list && !list.includes(matcher)) list.push(matcher);
  }
  ungated[matcher] = gateKeys ? 0 : 1;
  for (const key of gateKeys ?? []) {
    const list = matchersGatedBy[keyId(key)];
    if (list && !list.includes(matcher)) list.push(matcher);
  }
  return matcher;
}

/** Tokens of the last text read. Buffers are reused: nothing is allocated per token but its word. */
export class TextTokens {
  text = '';
  /** Changes whenever the tokens do, so matchers can keep per-text notes keyed by it. */
  stamp = 0;
  count = 0;
  /** Offset in the text where token k starts, and where it ends. */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** Key id of token k, or -1 when no phrase has that word. */
  ids = new Int32Array(64);
  /** 1 when token k starts with an ASCII digit. */
  digit = new Uint8Array(64);
  // Stamps are doubles: counting one per message, they never wrap around (2^53).
  /** present[id] === stamp when the text has a token with key id. */
  present = new Float64Array(256);
  /** startable[m] === stamp when matcher m has a phrase that can start at a token of the text. */
  startable = new Float64Array(64);
  /** Per matcher, the tokens (k) where one of its phrases can start, in text order; valid when startable. */
  candidates: Int32Array[] = [];
  candidateCount = new Int32Array(64);
  /** open[m] === stamp when the text has one of matcher m's gate keys. */
  open = new Float64Array(64);
  readAtVersion = -1;

  has(id: number): boolean {
    return this.present[id] === this.stamp;
  }

  /** Whether matcher m may find anything in this text: its gate is open, or it has none. */
  mayMatch(matcher: number): boolean {
    return this.open[matcher] === this.stamp || ungated[matcher] === 1;
  }

  /** How many tokens matcher m can start at (their indices are candidates[m][0 .. count)). */
  candidatesFor(matcher: number): number {
    return this.startable[matcher] === this.stamp ? (this.candidateCount[matcher] ?? 0) : 0;
  }

  read(normal: string): void {
    this.text = normal;
    this.readAtVersion = version;
    if (slotsAtSize !== vocabulary.size) buildSlots();
    if (this.present.length < vocabulary.size) this.present = new Float64Array(vocabulary.size * 2);
    if (this.startable.length < matcherCount) {
      this.startable = new Float64Array(matcherCount * 2);
      this.candidateCount = new Int32Array(matcherCount * 2);
      this.open = new Float64Array(matcherCount * 2);
    }
    while (this.candidates.length < matcherCount) this.candidates.push(new Int32Array(16));
    this.stamp++;
    this.count = 0;
    for (let i = 0; i < normal.length; ) {
      const unit = normal.charCodeAt(i);
      if (unit === DOLLAR) {
        this.push(i, ++i, DOLLAR_ID, false);
        continue;
      }
      const cp = normal.codePointAt(i) ?? unit;
      if (!isWordChar(cp)) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      const start = i;
      for (let c = cp; i < normal.length && isWordChar(c); c = normal.codePointAt(i) ?? 0) i += c > 0xffff ? 2 : 1;
      const first = normal.charCodeAt(start);
      this.push(start, i, lookUp(normal, start, i), first >= 0x30 && first <= 0x39);
    }
  }

  private push(start: number, end: number, id: number, startsWithDigit: boolean): void {
    if (this.count === this.starts.length) {
      const size = this.starts.length * 2;
      this.starts = grow(this.starts, new Int32Array(size));
      this.ends = grow(this.ends, new Int32Array(size));
      this.ids = grow(this.ids, new Int32Array(size));
      this.digit = grow(this.digit, new Uint8Array(size));
    }
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.ids[k] = id;
    this.digit[k] = startsWithDigit ? 1 : 0;
    if (id >= 0) this.mark(id, k);
    if (startsWithDigit) this.mark(DIGIT_ID, k);
  }

  /** Note that the text has key `id`, and that token k is a candidate for the matchers starting with it. */
  private mark(id: number, k: number): void {
    if (this.present[id] !== this.stamp) for (const matcher of matchersGatedBy[id] ?? []) this.open[matcher] = this.stamp;
    this.present[id] = this.stamp;
    for (const matcher of matchersStartingAt[id] ?? []) {
      let n = 0;
      if (this.startable[matcher] !== this.stamp) this.startable[matcher] = this.stamp;
      else n = this.candidateCount[matcher] ?? 0;
      let list = this.candidates[matcher] ?? new Int32Array(16);
      if (n > 0 && list[n - 1] === k) continue; // a digit token already listed by its word
      if (n === list.length) list = this.candidates[matcher] = grow(list, new Int32Array(n * 2));
      list[n] = k;
      this.candidateCount[matcher] = n + 1;
    }
  }
}

function grow<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

const shared = new TextTokens();

/** The tokens of `normal`: read once per text, then shared until another text is read. */
export function tokensOf(normal: string): TextTokens {
  if (normal !== shared.text || shared.readAtVersion !== version) shared.read(normal);
  return shared;
}
