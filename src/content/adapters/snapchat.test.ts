// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureControls, loadFixture, logOf, readAll, typeAndPressEnter } from './fixture-page';
import { snapchatAdapter as snapchat } from './snapchat';

const CONVERSATION_ID = '3f5a2c1e-8b7d-4e21-9c4a-0d6e5f7a8b9c';
const CHAT = new URL(`https://www.snapchat.com/web/${CONVERSATION_ID}`);

describe('snapchat adapter', () => {
  beforeEach(() => {
    loadFixture('snapchat');
  });

  it('matches Snapchat for web only', () => {
    expect(snapchat.matches(CHAT)).toBe(true);
    expect(snapchat.matches(new URL(`https://web.snapchat.com/${CONVERSATION_ID}`))).toBe(true);
    expect(snapchat.matches(new URL('https://www.snapchat.com/add/ava'))).toBe(false);
    expect(snapchat.matches(new URL('https://www.snapchat.com/'))).toBe(false);
    expect(snapchat.matches(new URL('https://web.whatsapp.com/'))).toBe(false);
  });

  it('reads every message oldest first: each run names its sender once, "Me" is own', () => {
    const log = logOf(snapchat);
    expect(log.tagName).toBe('UL');
    expect(snapchat.messages(log)).toHaveLength(6);
    expect(readAll(snapchat, log)).toEqual([
      { direction: 'incoming', author: 'Ava', text: 'Hi! Did everyone finish their part of the volcano poster?' },
      { direction: 'incoming', author: 'Ava', text: 'I still need the bit about lava temperature' },
      { direction: 'incoming', author: 'Leo', text: 'I did the diagram last night' },
      { direction: 'outgoing', author: 'You', text: "I'm nearly done with the history section" },
      { direction: 'outgoing', author: 'You', text: 'Can we meet in the library at lunch?' },
      { direction: 'incoming', author: 'Leo', text: 'Library works for me' },
    ]);
  });

  it('looks through one wrapper around a run’s messages', () => {
    const log = logOf(snapchat);
    const run = log.querySelectorAll('li')[1] as Element;
    const wrapper = document.createElement('div');
    for (const message of Array.from(run.children).slice(1)) wrapper.appendChild(message);
    run.appendChild(wrapper);
    expect(readAll(snapchat, log).slice(0, 2).map((m) => m.text)).toEqual([
      'Hi! Did everyone finish their part of the volcano poster?',
      'I still need the bit about lava temperature',
    ]);
  });

  it('finds the message of a node deep inside it, and of a new run', () => {
    const log = logOf(snapchat);
    const messages = snapchat.messages(log);
    const deep = messages[1]?.querySelector('span span')?.firstChild as Node;
    expect(snapchat.messageOf(deep, log)).toBe(messages[1]);
    const lastRun = log.lastElementChild as Element;
    expect(snapchat.messageOf(lastRun, log)).toBe(messages[5]);
    expect(snapchat.messageOf(log.firstElementChild as Element, log)).toBeNull();
    expect(snapchat.messageOf(log, log)).toBeNull();
  });

  it('keys the conversation by its id in the URL', () => {
    const log = logOf(snapchat);
    expect(snapchat.conversationKey(CHAT, log)).toBe(`snapchat:${CONVERSATION_ID}`);
    expect(snapchat.conversationKey(new URL(`https://web.snapchat.com/${CONVERSATION_ID}`), log)).toBe(`snapchat:${CONVERSATION_ID}`);
    expect(snapchat.conversationKey(new URL('https://www.snapchat.com/web/0a5a2c1e-8b7d-4e21-9c4a-0d6e5f7a8b9c'), log)).not.toBe(
      `snapchat:${CONVERSATION_ID}`,
    );
  });

  it('reads what the page sends and receives', () => {
    loadFixture('snapchat', true);
    const log = logOf(snapchat);
    const composer = document.querySelector('[role="main"] [role="textbox"]') as HTMLElement;
    typeAndPressEnter(composer, 'See you there');
    composer.textContent = 'Bringing the glue';
    (document.querySelector('[role="main"] button[aria-label="Send"]') as HTMLElement).click();
    fixtureControls().receive('Ava', 'Great, see you');
    fixtureControls().receive('Ava', 'Bring scissors too');
    expect(composer.textContent).toBe('');
    expect(readAll(snapchat, log).slice(-4)).toEqual([
      { direction: 'outgoing', author: 'You', text: 'See you there' },
      { direction: 'outgoing', author: 'You', text: 'Bringing the glue' },
      { direction: 'incoming', author: 'Ava', text: 'Great, see you' },
      { direction: 'incoming', author: 'Ava', text: 'Bring scissors too' },
    ]);
  });
});
