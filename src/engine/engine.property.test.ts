// Properties of the whole engine on random and hostile input (issue 4: "no input ... throws";
// "bad input gives a verdict or a clear error, never a crash"). Tests assert behaviour only:
// how long these inputs take is printed by npm run bench (section 3), not timed here.
import { describe, expect, it } from 'vitest';
import { analyseMessage, Conversation, INCOMING_CATEGORIES, LEVELS, OUTGOING_CATEGORIES, type ChatMessage, type MessageVerdict, type Reason } from './engine';
import { FINDERS, parsePhrases } from './phrases';
import { chatLike, generator, hostileInputs, pick, randomUnicode } from './test-inputs';

const CATEGORIES: readonly string[] = [...INCOMING_CATEGORIES, ...OUTGOING_CATEGORIES];
const DIRECTIONS = ['incoming', 'outgoing'] as const;

function checkReasons(text: string, reasons: readonly Reason[]) {
  for (const { span, category } of reasons) {
    expect(CATEGORIES).toContain(category);
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(span.start, span.end)).toBe(span.quote);
  }
}

function checkVerdict(text: string, verdict: MessageVerdict) {
  expect(LEVELS).toContain(verdict.level);
  for (const signal of verdict.signals) expect(CATEGORIES).toContain(signal);
  checkReasons(text, verdict.reasons);
}

/** Every text through analyseMessage both ways, and through one Conversation whose level never drops. */
function checkAll(texts: readonly string[]) {
  const conversation = new Conversation();
  let rank = 0;
  texts.forEach((text, k) => {
    for (const direction of DIRECTIONS) checkReasons(text, analyseMessage({ direction, text, author: 'x' }));
    const verdict = conversation.add({ direction: pick(() => (k % 7) / 7, DIRECTIONS), author: `p${k % 3}`, text });
    checkVerdict(text, verdict);
    expect(LEVELS.indexOf(verdict.level)).toBeGreaterThanOrEqual(rank);
    rank = LEVELS.indexOf(verdict.level);
  });
}

describe('engine properties', () => {
  it('gives a verdict for 3,000 strings of random code points (lone surrogates, RTL, marks, emoji, controls)', () => {
    const random = generator(11);
    checkAll(Array.from({ length: 3000 }, () => randomUnicode(random, Math.floor(random() * 200))));
  });

  it('gives a verdict for 2,000 chat-like messages made of the phrase lists', () => {
    const random = generator(12);
    const phrases = FINDERS.flatMap(({ lists }) => parsePhrases(lists));
    checkAll(Array.from({ length: 2000 }, () => chatLike(phrases, random)));
  });

  it.each([10_000, 100_000])('gives a verdict for %i-character messages of every hostile shape', (length) => {
    const inputs = hostileInputs(length, generator(length));
    expect(Object.keys(inputs).length).toBeGreaterThanOrEqual(10);
    for (const text of Object.values(inputs)) {
      expect(text.length).toBe(length);
      checkAll([text]);
    }
  });

  it('gives a verdict for empty, blank and control-character messages', () => {
    checkAll(['', ' ', '\t\n\r', '\u0000', '\u0000'.repeat(50), '\uFEFF\u200B', '\uD800', '\uDC00\uD800', '\u202E', '\u0301\u0301', '$', '#', '"', '“”']);
  });

  it('gives a verdict for messages with fields of the wrong type, and a clear error for a message that is not an object', () => {
    const broken = [{ direction: 'incoming', text: undefined }, { direction: 'incoming', text: 42, author: 7 }, { direction: 'sideways', text: 'how old r u' }, { direction: 'incoming', text: 'hi', author: { name: 'x' } }, { direction: 'outgoing', text: {} }, {}] as unknown as ChatMessage[];
    const conversation = new Conversation();
    for (const message of broken) {
      expect(analyseMessage(message)).toEqual([]);
      expect(LEVELS).toContain(conversation.add(message).level);
    }
    for (const notAMessage of [null, undefined, 'how old r u', 42]) {
      expect(() => new Conversation().add(notAMessage as unknown as ChatMessage)).toThrow(/must be an object/u);
      expect(() => analyseMessage(notAMessage as unknown as ChatMessage)).toThrow(/must be an object/u);
    }
  });

  it('reads a risky message the same at the start of a long message as on its own', () => {
    const risky = 'how old r u? dont tell ur parents';
    const alone = analyseMessage({ direction: 'incoming', text: risky }).map((r) => r.ruleId);
    expect(alone.length).toBeGreaterThan(0);
    expect(analyseMessage({ direction: 'incoming', text: `${risky} ${'lol '.repeat(25_000)}` }).map((r) => r.ruleId)).toEqual(alone);
  });
});
