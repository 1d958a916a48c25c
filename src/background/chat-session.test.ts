import { describe, expect, it } from 'vitest';
import type { AdapterMessage } from './adapters/adapter';
import { ChatSession } from './session';

const from = (author: string, text: string): AdapterMessage => ({ direction: 'incoming', author, text });
const child = (text: string): AdapterMessage => ({ direction: 'outgoing', author: 'You', text });

describe('ChatSession', () => {
  it('offers a person’s findings when they raise the level to a warning, not before', () => {
    const session = new ChatSession('k');
    expect(session.read(from('kai', 'hey whats up'))).toBeNull();
    expect(session.read(from('kai', 'how old r u'))).toBeNull();
    const candidate = session.read(from('kai', 'u seem way more mature than that'));
    expect(candidate).toMatchObject({ otherParty: 'kai', level: 'warning' });
    expect(candidate?.reasons.map((r) => r.category).sort()).toEqual(['age_probe', 'flattery_trust']);
    // Reasons carry rule ids and descriptions only, never the words of the message.
    expect(JSON.stringify(candidate)).not.toContain('mature than that');
  });

  it('offers them again when the same person adds something new, not for a repeat', () => {
    const session = new ChatSession('k');
    for (const text of ['how old r u', 'u seem way more mature than that']) session.read(from('kai', text));
    expect(session.read(from('kai', 'how old r u'))).toBeNull();
    const escalation = session.read(from('kai', 'dont tell ur parents about me ok'));
    expect(escalation?.reasons.map((r) => r.category)).toContain('secrecy');
  });

  it('knows who the child is talking to', () => {
    const session = new ChatSession('k');
    expect(session.contact).toBeNull();
    session.read(from('mia', 'hi'));
    session.read(child('hey'));
    expect(session.contact).toBe('mia');
  });

  it('reads a draft as the next message without adding it', () => {
    const session = new ChatSession('k');
    expect(session.previewOutgoing('my address is 14 Elm Street').map((r) => r.category)).toContain('discloses_personal_info');
    expect(session.previewOutgoing('ok i won’t tell my mum').map((r) => r.category)).toContain('agrees_to_secrecy');
    expect(session.previewOutgoing('see you at practice')).toEqual([]);
    // A bare "ok" agrees only to what was just asked.
    expect(session.previewOutgoing('ok')).toEqual([]);
    session.read(from('kai', 'dont tell ur mom about us ok'));
    expect(session.previewOutgoing('ok').map((r) => r.category)).toEqual(['agrees_to_secrecy']);
    expect(session.previewOutgoing('ok').map((r) => r.category)).toEqual(['agrees_to_secrecy']);
  });
});

describe('ChatSession in a group', () => {
  it('notices a second person reaching a warning after someone else already did', () => {
    const session = new ChatSession('group');
    for (const text of ['how old r u', 'u seem way more mature than that']) session.read(from('kai', text));
    expect(session.read(from('leo', 'how old r u'))).toBeNull();
    const second = session.read(from('leo', 'u seem way more mature than that'));
    expect(second).toMatchObject({ otherParty: 'leo', level: 'warning' });
    expect(second?.reasons.map((r) => r.category).sort()).toEqual(['age_probe', 'flattery_trust']);
  });
});
