import { describe, expect, it } from 'vitest';
import type { ChatReadResult, PersonFindings, Request } from '../protocol/messages';
import { CHAT_BATCH, ChatReader } from './chat-reader';

const findings = (otherParty: string): PersonFindings => ({ otherParty, level: 'warning', reasons: [] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function reader(answer: (request: Request<'chat/read'>) => ChatReadResult | Promise<ChatReadResult>) {
  const sent: Request<'chat/read'>[] = [];
  const found: string[] = [];
  let lost = 0;
  const chat = new ChatReader({
    send: async (request) => {
      sent.push({ ...request, messages: [...request.messages] });
      return answer(request);
    },
    sensitivity: 'balanced',
    onFindings: (f) => found.push(f.otherParty),
    onLost: () => lost++,
  });
  return { chat, sent, found, lost: () => lost };
}

describe('ChatReader', () => {
  it('sends what one task read as one batch, numbered, and hands findings back in order', async () => {
    const { chat, sent, found } = reader((request) => ({ known: true, findings: request.messages.map((m) => findings(m.author)), lastIncoming: { author: 'kai', categories: ['secrecy'] } }));
    chat.add({ direction: 'incoming', author: 'kai', text: 'hi' });
    chat.add({ direction: 'incoming', author: 'leo', text: 'yo' });
    await settle();
    chat.add({ direction: 'outgoing', author: 'me', text: 'hey' });
    await settle();
    expect(sent.map((r) => [r.seq, r.messages.length])).toEqual([[0, 2], [2, 1]]);
    expect(new Set(sent.map((r) => r.session)).size).toBe(1);
    expect(found).toEqual(['kai', 'leo', 'me']);
    expect(chat.contact).toBe('kai');
    expect([...chat.answered]).toEqual(['secrecy']);
  });

  it('splits a long history into batches the background accepts, and trims huge messages', async () => {
    const { chat, sent } = reader(() => ({ known: true, findings: [], lastIncoming: null }));
    for (let i = 0; i < CHAT_BATCH * 2 + 3; i++) chat.add({ direction: 'incoming', author: 'a', text: i === 0 ? 'x'.repeat(100_000) : 'm' });
    await settle();
    expect(sent.map((r) => r.messages.length)).toEqual([CHAT_BATCH, CHAT_BATCH, 3]);
    expect(sent[0]?.messages[0]?.text.length).toBeLessThanOrEqual(4000);
  });

  it('asks to read the chat again when the background forgot it, and sends nothing more itself', async () => {
    const { chat, sent, lost } = reader(() => ({ known: false }));
    chat.add({ direction: 'incoming', author: 'a', text: 'hi' });
    await settle();
    chat.add({ direction: 'incoming', author: 'a', text: 'again' });
    await settle();
    expect(lost()).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('goes quiet without a background (an orphaned script after an update)', async () => {
    const { chat, lost, sent } = reader(() => Promise.reject(new Error('Extension context invalidated.')));
    chat.add({ direction: 'incoming', author: 'a', text: 'hi' });
    await settle();
    chat.add({ direction: 'incoming', author: 'a', text: 'hi' });
    await settle();
    expect(sent).toHaveLength(1);
    expect(lost()).toBe(0);
  });

  it('drops findings that arrive after it was stopped', async () => {
    let release: (r: ChatReadResult) => void = () => undefined;
    const { chat, found } = reader(() => new Promise((resolve) => (release = resolve)));
    chat.add({ direction: 'incoming', author: 'a', text: 'hi' });
    await settle();
    chat.stop();
    release({ known: true, findings: [findings('a')], lastIncoming: null });
    await settle();
    expect(found).toEqual([]);
  });
});
