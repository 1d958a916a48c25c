// Reads conversations in the shape of shared/corpus/FORMAT.md, one JSON object per line. Labels
// (kind, signals, must_warn_by) are ignored: the engine must judge without them.
import type { ChatMessage } from '../src/engine/engine';

export interface InputConversation {
  id: string;
  lang?: string;
  messages: ChatMessage[];
}

/** A line that is not a conversation: says which line and what is wrong with it. */
export class CorpusLineError extends Error {
  constructor(
    readonly line: number,
    what: string,
  ) {
    super(what);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parse one non-empty line; throws CorpusLineError naming the line when it is malformed. */
export function parseConversationLine(text: string, line: number): InputConversation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CorpusLineError(line, `not valid JSON (${(e as Error).message})`);
  }
  if (!isRecord(value)) throw new CorpusLineError(line, 'expected a JSON object with "id" and "messages"');
  const { id, lang, messages } = value;
  if (typeof id !== 'string' || id === '') throw new CorpusLineError(line, '"id" must be a non-empty string');
  if (!Array.isArray(messages)) throw new CorpusLineError(line, `conversation ${id}: "messages" must be an array`);
  const parsed = messages.map((m: unknown, i): ChatMessage => {
    if (!isRecord(m)) throw new CorpusLineError(line, `conversation ${id}, message ${i}: expected an object`);
    if (m.from !== 'child' && m.from !== 'other')
      throw new CorpusLineError(line, `conversation ${id}, message ${i}: "from" must be "child" or "other"`);
    if (typeof m.text !== 'string') throw new CorpusLineError(line, `conversation ${id}, message ${i}: "text" must be a string`);
    const message: ChatMessage = { direction: m.from === 'child' ? 'outgoing' : 'incoming', text: m.text };
    if (typeof m.name === 'string') message.author = m.name;
    return message;
  });
  return { id, ...(typeof lang === 'string' ? { lang } : {}), messages: parsed };
}
