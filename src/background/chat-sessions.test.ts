import { describe, expect, it } from 'vitest';
import type { ChatLine } from '../protocol/messages';
import { ChatSessions, MAX_OPEN_CHATS } from './chat-sessions';

const from = (author: string, text: string): ChatLine => ({ direction: 'incoming', author, text });
const grooming = [from('kai', 'how old r u'), from('kai', 'u seem way more mature than that')];

describe('ChatSessions', () => {
  it('reads a chat across batches and returns who reached a warning, without the words', () => {
    const chats = new ChatSessions();
    expect(chats.read('1:0', 'r1', 0, 'balanced', grooming.slice(0, 1))).toEqual({ known: true, findings: [], lastIncoming: { author: 'kai', categories: ['age_probe'] } });
    const second = chats.read('1:0', 'r1', 1, 'balanced', grooming.slice(1));
    expect(second).toMatchObject({ known: true, findings: [{ otherParty: 'kai', level: 'warning' }] });
    expect(JSON.stringify(second)).not.toContain('mature than');
  });

  it('refuses a reading it does not know or a batch out of order, so findings never come from half a chat', () => {
    const chats = new ChatSessions();
    expect(chats.read('1:0', 'r1', 5, 'balanced', grooming)).toEqual({ known: false });
    chats.read('1:0', 'r1', 0, 'balanced', grooming);
    expect(chats.read('1:0', 'r1', 1, 'balanced', grooming)).toEqual({ known: false });
    // After a refusal, a new reading from the start is welcome.
    expect(chats.read('1:0', 'r2', 0, 'balanced', grooming)).toMatchObject({ known: true });
  });

  it('keeps one reading per tab and frame: a new one replaces the old, which cannot end it', () => {
    const chats = new ChatSessions();
    chats.read('1:0', 'r1', 0, 'balanced', grooming);
    chats.read('1:0', 'r2', 0, 'balanced', grooming.slice(0, 1));
    expect(chats.read('1:0', 'r1', 2, 'balanced', [])).toEqual({ known: false });
    expect(chats.size).toBe(1);
    expect(chats.read('1:0', 'r2', 1, 'balanced', grooming.slice(1))).toMatchObject({ known: true, findings: [{ otherParty: 'kai' }] });
  });

  it('stays bounded and forgets the chats of a closed tab', () => {
    const chats = new ChatSessions();
    for (let tab = 0; tab < MAX_OPEN_CHATS + 10; tab++) chats.read(`${tab}:0`, 'r', 0, 'balanced', grooming.slice(0, 1));
    expect(chats.size).toBe(MAX_OPEN_CHATS);
    chats.read('70:3', 'r', 0, 'balanced', []);
    chats.forgetTab(70);
    expect(chats.read('70:0', 'r', 1, 'balanced', [])).toEqual({ known: false });
    expect(chats.read('70:3', 'r', 0, 'balanced', [])).toMatchObject({ known: true });
  });
});
