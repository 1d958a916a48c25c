// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureControls, loadFixture, logOf, readAll, typeAndPressEnter } from './fixture-page';
import { messengerAdapter as messenger } from './messenger';

const THREAD = new URL('https://www.messenger.com/t/5550001/');

/** Gives rows a layout (the test document draws nothing): own bubbles against the right edge. */
function layOut(log: Element): void {
  const box = (left: number, right: number) => () => ({ left, right, width: right - left, top: 0, bottom: 20, height: 20, x: left, y: 0 }) as DOMRect;
  for (const row of messenger.messages(log)) {
    row.getBoundingClientRect = box(0, 600);
    const own = row.querySelector('[style*="justify-content:flex-end"]') !== null;
    for (const part of row.querySelectorAll('[dir="auto"]')) part.getBoundingClientRect = own ? box(400, 590) : box(40, 300);
  }
}

describe('messenger adapter', () => {
  beforeEach(() => {
    loadFixture('messenger');
  });

  it('matches messenger.com and facebook.com/messages only', () => {
    expect(messenger.matches(THREAD)).toBe(true);
    expect(messenger.matches(new URL('https://www.facebook.com/messages/t/5550001'))).toBe(true);
    expect(messenger.matches(new URL('https://www.facebook.com/messages/e2ee/t/5550001'))).toBe(true);
    expect(messenger.matches(new URL('https://www.facebook.com/groups/123'))).toBe(false);
    expect(messenger.matches(new URL('https://www.instagram.com/direct/t/1/'))).toBe(false);
  });

  it('reads every row oldest first: labels name senders, runs carry them, buttons and time rows left out', () => {
    const log = logOf(messenger);
    expect(log.getAttribute('aria-label')).toBe('Messages in conversation titled Science Fair Group');
    const rows = messenger.messages(log);
    expect(rows).toHaveLength(9);
    expect(rows.map((row) => messenger.read(row) !== null)).toEqual([false, true, true, true, true, true, false, true, false]);
    expect(readAll(messenger, log)).toEqual([
      { direction: 'incoming', author: 'Ava', text: 'Hi! Did everyone finish their part of the volcano poster?' },
      { direction: 'incoming', author: 'Ava', text: 'I still need the bit about lava temperature' },
      { direction: 'incoming', author: 'Leo', text: 'I did the diagram last night' },
      { direction: 'outgoing', author: 'You', text: "I'm nearly done with the history section" },
      { direction: 'outgoing', author: 'You', text: 'Can we meet in the library at lunch?' },
      { direction: 'incoming', author: 'Leo', text: 'Library works for me' },
    ]);
  });

  it('without sender labels, tells own messages by their right-edge bubbles', () => {
    const log = logOf(messenger);
    for (const heading of log.querySelectorAll('h5')) heading.remove();
    layOut(log);
    expect(readAll(messenger, log).map(({ direction, author }) => `${direction} ${author}`)).toEqual([
      'incoming Science Fair Group', // no label, no avatar: the thread's title
      'incoming Ava',
      'incoming Leo',
      'outgoing You',
      'outgoing You',
      'incoming Leo',
    ]);
  });

  it('finds the row of a node deep inside it', () => {
    const log = logOf(messenger);
    const rows = messenger.messages(log);
    const text = rows[7]?.querySelector('[role="none"] [dir="auto"]')?.firstChild as Node;
    expect(messenger.messageOf(text, log)).toBe(rows[7]);
    expect(messenger.messageOf(log.firstElementChild as Node, log)).toBe(rows[0]);
    expect(messenger.messageOf(document.body, log)).toBeNull();
  });

  it('keys the conversation by thread id on both sites, else by title', () => {
    const log = logOf(messenger);
    expect(messenger.conversationKey(THREAD, log)).toBe('messenger:5550001');
    expect(messenger.conversationKey(new URL('https://www.facebook.com/messages/t/5550001/'), log)).toBe('messenger:5550001');
    expect(messenger.conversationKey(new URL('https://www.facebook.com/messages/e2ee/t/777'), log)).toBe('messenger:777');
    expect(messenger.conversationKey(new URL('https://www.messenger.com/t/5550002/'), log)).toBe('messenger:5550002');
    expect(messenger.conversationKey(new URL('https://www.messenger.com/'), log)).toBe('messenger:title:Science Fair Group');
  });

  it('reads what the page sends and receives', () => {
    loadFixture('messenger', true);
    const log = logOf(messenger);
    const composer = document.querySelector('[role="main"] [role="textbox"]') as HTMLElement;
    typeAndPressEnter(composer, 'See you there');
    composer.textContent = 'Bringing the glue';
    (document.querySelector('[aria-label="Press Enter to send"]') as HTMLElement).click();
    fixtureControls().receive('Ava', 'Great, see you');
    fixtureControls().receive('Ava', 'Bring scissors too');
    expect(composer.textContent).toBe('');
    expect(readAll(messenger, log).slice(-4)).toEqual([
      { direction: 'outgoing', author: 'You', text: 'See you there' },
      { direction: 'outgoing', author: 'You', text: 'Bringing the glue' },
      { direction: 'incoming', author: 'Ava', text: 'Great, see you' },
      { direction: 'incoming', author: 'Ava', text: 'Bring scissors too' },
    ]);
  });
});
