// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureControls, loadFixture, logOf, readAll, typeAndPressEnter } from './fixture-page';
import { whatsappAdapter as whatsapp } from './whatsapp';

const WEB = new URL('https://web.whatsapp.com/');

/** Leaves a message with no name of its own, as later messages of a run can be. */
function unname(message: Element | undefined): void {
  message?.querySelector('[data-pre-plain-text]')?.removeAttribute('data-pre-plain-text');
  message?.querySelector('[aria-label$=":"]')?.remove();
}

describe('whatsapp adapter', () => {
  beforeEach(() => {
    loadFixture('whatsapp');
  });

  it('matches WhatsApp Web only', () => {
    expect(whatsapp.matches(WEB)).toBe(true);
    expect(whatsapp.matches(new URL('https://web.whatsapp.com/send?phone=1'))).toBe(true);
    expect(whatsapp.matches(new URL('https://www.whatsapp.com/'))).toBe(false);
    expect(whatsapp.matches(new URL('https://discord.com/channels/1/2'))).toBe(false);
  });

  it('reads every message oldest first, without times, reactions, "Edited" or quotes', () => {
    const log = logOf(whatsapp);
    expect(log.getAttribute('role')).toBe('application');
    expect(whatsapp.messages(log).map((m) => m.getAttribute('data-id')?.split('_')[2])).toEqual(
      ['3EB0A1', '3EB0A2', '3EB0A3', '3EB0B1', '3EB0B2', '3EB0A4'],
    );
    expect(readAll(whatsapp, log)).toEqual([
      { direction: 'incoming', author: 'Ava', text: 'Hi! Did everyone finish their part of the volcano poster?' },
      { direction: 'incoming', author: 'Ava', text: 'I still need the bit about lava temperature' },
      { direction: 'incoming', author: 'Leo', text: 'I did the diagram last night' },
      { direction: 'outgoing', author: 'Sam', text: "I'm nearly done with the history section" },
      { direction: 'outgoing', author: 'Sam', text: 'Can we meet in the library at lunch?' },
      { direction: 'incoming', author: 'Leo', text: 'Library works for me' },
    ]);
  });

  it('carries a name through a run, but never across the other side', () => {
    const log = logOf(whatsapp);
    const messages = whatsapp.messages(log);
    unname(messages[1]);
    unname(messages[3]);
    expect(whatsapp.read(messages[1] as Element)?.author).toBe('Ava');
    expect(whatsapp.read(messages[3] as Element)).toEqual({ direction: 'outgoing', author: 'You', text: "I'm nearly done with the history section" });
  });

  it('falls back to the chat title for an unnamed first message', () => {
    const log = logOf(whatsapp);
    const first = whatsapp.messages(log)[0];
    unname(first);
    expect(whatsapp.read(first as Element)?.author).toBe('Science Fair Group');
  });

  it('finds the message of a node deep inside it, or inside a newly added row', () => {
    const log = logOf(whatsapp);
    const deep = log.querySelector('[data-id*="3EB0A4"] .selectable-text span')?.firstChild as Node;
    expect(whatsapp.messageOf(deep, log)?.getAttribute('data-id')).toContain('3EB0A4');
    const row = log.querySelector('[data-id*="3EB0A3"]')?.closest('[role="row"]') as Node;
    expect(whatsapp.messageOf(row, log)?.getAttribute('data-id')).toContain('3EB0A3');
    expect(whatsapp.messageOf(log.firstElementChild as Node, log)).toBeNull();
  });

  it('keys the conversation by the chat id inside the message ids, else by title', () => {
    const log = logOf(whatsapp);
    expect(whatsapp.conversationKey(WEB, log)).toBe('whatsapp:120363025550001@g.us');
    // The URL never changes between chats; another chat's messages give another key.
    for (const message of whatsapp.messages(log)) {
      message.setAttribute('data-id', (message.getAttribute('data-id') ?? '').replace('120363025550001@g.us', '447700900222@c.us'));
    }
    expect(whatsapp.conversationKey(WEB, log)).toBe('whatsapp:447700900222@c.us');
    for (const message of whatsapp.messages(log)) message.remove();
    expect(whatsapp.conversationKey(WEB, log)).toBe('whatsapp:title:Science Fair Group');
  });

  it('reads what the page sends and receives', () => {
    loadFixture('whatsapp', true);
    const log = logOf(whatsapp);
    const composer = document.querySelector('#main footer [role="textbox"]') as HTMLElement;
    typeAndPressEnter(composer, 'See you there');
    composer.textContent = 'Bringing the glue';
    (document.querySelector('#main footer button[aria-label="Send"]') as HTMLElement).click();
    fixtureControls().receive('Ava', 'Great, see you');
    fixtureControls().receive('Ava', 'Bring scissors too');
    expect(composer.textContent).toBe('');
    expect(readAll(whatsapp, log).slice(-4)).toEqual([
      { direction: 'outgoing', author: 'Sam', text: 'See you there' },
      { direction: 'outgoing', author: 'Sam', text: 'Bringing the glue' },
      { direction: 'incoming', author: 'Ava', text: 'Great, see you' },
      { direction: 'incoming', author: 'Ava', text: 'Bring scissors too' },
    ]);
  });
});
