import { describe, expect, it } from 'vitest';
import type { ChatLine } from '../protocol/messages';
import { ChatSession } from './chat-session';

const from = (author: string, text: string): ChatLine => ({ direction: 'incoming', author, text });
const child = (text: string): ChatLine => ({ direction: 'outgoing', author: 'You', text });

describe('ChatSession', () => {
  it('offers a person’s findings when they raise the level to a warning, not before', () => {
    const session = new ChatSession();
    expect(session.add(from('kai', 'hey whats up'))).toBeNull();
    expect(session.add(from('kai', 'how old r u'))).toBeNull();
    const candidate = session.add(from('kai', 'u seem way more mature than that'));
    expect(candidate).toMatchObject({ otherParty: 'kai', level: 'warning' });
    expect([...new Set(candidate?.reasons.map((r) => r.category))].sort()).toEqual(['age_probe', 'flattery_trust']);
    // Reasons carry rule ids and descriptions only, never the words of the message.
    expect(JSON.stringify(candidate)).not.toContain('mature than that');
  });

  it('offers them again when the same person adds something new, not for a repeat', () => {
    const session = new ChatSession();
    for (const text of ['how old r u', 'u seem way more mature than that']) session.add(from('kai', text));
    expect(session.add(from('kai', 'how old r u'))).toBeNull();
    const escalation = session.add(from('kai', 'dont tell ur parents about me ok'));
    expect(escalation?.reasons.map((r) => r.category)).toContain('secrecy');
  });

  it('knows who the child is answering and what they asked, and counts what it read', () => {
    const session = new ChatSession();
    expect(session.answering).toBeNull();
    session.add(from('mia', 'dont tell ur mom about us ok'));
    session.add(child('hey'));
    expect(session.answering).toEqual({ author: 'mia', categories: ['secrecy'] });
    expect(session.messagesRead).toBe(2);
  });
});

describe('ChatSession in a group', () => {
  it('notices a second person reaching a warning after someone else already did', () => {
    const session = new ChatSession();
    for (const text of ['how old r u', 'u seem way more mature than that']) session.add(from('kai', text));
    expect(session.add(from('leo', 'how old r u'))).toBeNull();
    const second = session.add(from('leo', 'u seem way more mature than that'));
    expect(second).toMatchObject({ otherParty: 'leo', level: 'warning' });
    expect([...new Set(second?.reasons.map((r) => r.category))].sort()).toEqual(['age_probe', 'flattery_trust']);
  });
});
