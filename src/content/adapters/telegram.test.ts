// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixtureControls, loadFixture, logOf, readAll, typeAndPressEnter } from './fixture-page';
import { telegramAdapter as telegram } from './telegram';

const CONVERSATION = [
  { direction: 'incoming', author: 'Ava', text: 'Hi! Did everyone finish their part of the volcano poster?' },
  { direction: 'incoming', author: 'Ava', text: 'I still need the bit about lava temperature' },
  { direction: 'incoming', author: 'Leo', text: 'I did the diagram last night' },
  { direction: 'outgoing', author: 'You', text: "I'm nearly done with the history section" },
  { direction: 'outgoing', author: 'You', text: 'Can we meet in the library at lunch?' },
  { direction: 'incoming', author: 'Leo', text: 'Library works for me' },
];

const CLIENTS = [
  { client: 'K', fixture: 'telegram', url: 'https://web.telegram.org/k/#-4001234', composer: '.input-message-input', send: 'button.btn-send' },
  { client: 'A', fixture: 'telegram-a', url: 'https://web.telegram.org/a/#-4001234', composer: '#editable-message-text', send: 'button[aria-label="Send Message"]' },
];

describe('telegram adapter', () => {
  it('matches Telegram Web only', () => {
    expect(telegram.matches(new URL('https://web.telegram.org/k/#-4001234'))).toBe(true);
    expect(telegram.matches(new URL('https://web.telegram.org/a/#@durov'))).toBe(true);
    expect(telegram.matches(new URL('https://telegram.org/'))).toBe(false);
    expect(telegram.matches(new URL('https://t.me/durov'))).toBe(false);
  });

  describe.each(CLIENTS)('Telegram Web $client', ({ fixture, url, composer, send }) => {
    it('reads every message oldest first: runs carry the sender, times/reactions/"edited" left out', () => {
      loadFixture(fixture);
      const log = logOf(telegram);
      expect(telegram.messages(log)).toHaveLength(6);
      expect(readAll(telegram, log)).toEqual(CONVERSATION);
    });

    it('names a private chat’s sender by the chat title when bubbles carry no name', () => {
      loadFixture(fixture);
      const log = logOf(telegram);
      for (const name of log.querySelectorAll('.name, .message-title')) name.remove();
      expect(telegram.read(telegram.messages(log)[2] as Element)?.author).toBe('Science Fair Group');
    });

    it('finds the message of a node deep inside it, and of a newly added run', () => {
      loadFixture(fixture);
      const log = logOf(telegram);
      const [, second, , , , last] = telegram.messages(log);
      const time = (second as Element).querySelector('.time, .MessageMeta') as Element;
      expect(telegram.messageOf(time.firstChild as Node, log)).toBe(second);
      const run = (last as Element).parentElement as Element;
      expect(telegram.messageOf(run, log)).toBe(last);
      expect(telegram.messageOf(document.body, log)).toBeNull();
    });

    it('keys the conversation by the chat id, else by the URL hash', () => {
      loadFixture(fixture);
      const log = logOf(telegram);
      expect(telegram.conversationKey(new URL(url), log)).toBe('telegram:-4001234');
      for (const element of document.querySelectorAll('[data-peer-id]')) element.setAttribute('data-peer-id', '-4009999');
      expect(telegram.conversationKey(new URL(url), log)).toBe('telegram:-4009999');
      for (const element of document.querySelectorAll('[data-peer-id]')) element.removeAttribute('data-peer-id');
      expect(telegram.conversationKey(new URL(url), log)).toBe('telegram:-4001234');
      expect(telegram.conversationKey(new URL(url.replace('#-4001234', '#@robotics')), log)).toBe('telegram:@robotics');
    });

    it('reads what the page sends and receives', () => {
      loadFixture(fixture, true);
      const log = logOf(telegram);
      const input = document.querySelector(composer) as HTMLElement;
      typeAndPressEnter(input, 'See you there');
      input.textContent = 'Bringing the glue';
      (document.querySelector(send) as HTMLElement).click();
      fixtureControls().receive('Ava', 'Great, see you');
      fixtureControls().receive('Ava', 'Bring scissors too');
      expect(input.textContent).toBe('');
      expect(readAll(telegram, log).slice(-4)).toEqual([
        { direction: 'outgoing', author: 'You', text: 'See you there' },
        { direction: 'outgoing', author: 'You', text: 'Bringing the glue' },
        { direction: 'incoming', author: 'Ava', text: 'Great, see you' },
        { direction: 'incoming', author: 'Ava', text: 'Bring scissors too' },
      ]);
      // The second of Ava's messages joined her run and shows no name: it was carried.
      expect(telegram.messages(log).at(-1)?.querySelector('.name, .message-title-name')).toBeNull();
    });
  });
});
