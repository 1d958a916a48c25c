// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureControls, loadFixture, logOf, readAll, typeAndPressEnter } from './fixture-page';
import { instagramAdapter as instagram } from './instagram';

const THREAD_ID = '340282366841710300949128170123456789';
const THREAD = new URL(`https://www.instagram.com/direct/t/${THREAD_ID}/`);

describe('instagram adapter', () => {
  beforeEach(() => {
    loadFixture('instagram');
  });

  it('matches Instagram direct messages only', () => {
    expect(instagram.matches(THREAD)).toBe(true);
    expect(instagram.matches(new URL('https://www.instagram.com/direct/inbox/'))).toBe(true);
    expect(instagram.matches(new URL('https://www.instagram.com/ava.draws/'))).toBe(false);
    expect(instagram.matches(new URL('https://www.messenger.com/t/1/'))).toBe(false);
  });

  it('reads every message oldest first: usernames, carried runs, no reactions or time rows', () => {
    const log = logOf(instagram);
    expect(log.getAttribute('aria-label')).toBe('Messages in conversation with Science Fair Group');
    expect(instagram.messages(log)).toHaveLength(9);
    expect(readAll(instagram, log)).toEqual([
      { direction: 'incoming', author: 'ava.draws', text: 'Hi! Did everyone finish their part of the volcano poster?' },
      { direction: 'incoming', author: 'ava.draws', text: 'I still need the bit about lava temperature' },
      { direction: 'incoming', author: 'leo_builds', text: 'I did the diagram last night' },
      { direction: 'outgoing', author: 'You', text: "I'm nearly done with the history section" },
      { direction: 'outgoing', author: 'You', text: 'Can we meet in the library at lunch?' },
      { direction: 'incoming', author: 'leo_builds', text: 'Library works for me' },
    ]);
  });

  it('names an unlabelled sender by avatar, then by the thread', () => {
    const log = logOf(instagram);
    for (const heading of log.querySelectorAll('h5:not([style*="position:absolute"])')) heading.remove();
    const rows = instagram.messages(log);
    expect(instagram.read(rows[2] as Element)?.author).toBe('ava.draws');
    expect(instagram.read(rows[3] as Element)?.author).toBe('leo_builds');
    expect(instagram.read(rows[1] as Element)?.author).toBe('Science Fair Group');
    // After own messages, an unlabelled row is not taken for the child's own, nor given "You".
    expect(instagram.read(rows[7] as Element)).toEqual({ direction: 'incoming', author: 'leo_builds', text: 'Library works for me' });
  });

  it('finds the row of a node deep inside it', () => {
    const log = logOf(instagram);
    const rows = instagram.messages(log);
    const reaction = rows[1]?.querySelector('[role="button"] span')?.firstChild as Node;
    expect(instagram.messageOf(reaction, log)).toBe(rows[1]);
  });

  it('keys the conversation by thread id, else by title', () => {
    const log = logOf(instagram);
    expect(instagram.conversationKey(THREAD, log)).toBe(`instagram:${THREAD_ID}`);
    expect(instagram.conversationKey(new URL(`https://www.instagram.com/direct/t/${THREAD_ID}`), log)).toBe(`instagram:${THREAD_ID}`);
    expect(instagram.conversationKey(new URL('https://www.instagram.com/direct/t/1789/'), log)).toBe('instagram:1789');
    expect(instagram.conversationKey(new URL('https://www.instagram.com/direct/inbox/'), log)).toBe('instagram:title:Science Fair Group');
  });

  it('reads what the page sends and receives', () => {
    loadFixture('instagram', true);
    const log = logOf(instagram);
    const composer = document.querySelector('[role="main"] [role="textbox"]') as HTMLElement;
    typeAndPressEnter(composer, 'See you there');
    composer.textContent = 'Bringing the glue';
    const buttons = document.querySelectorAll('[role="main"] [role="button"]');
    (buttons[buttons.length - 1] as HTMLElement).click();
    fixtureControls().receive('ava.draws', 'Great, see you');
    fixtureControls().receive('ava.draws', 'Bring scissors too');
    expect(composer.textContent).toBe('');
    expect(readAll(instagram, log).slice(-4)).toEqual([
      { direction: 'outgoing', author: 'You', text: 'See you there' },
      { direction: 'outgoing', author: 'You', text: 'Bringing the glue' },
      { direction: 'incoming', author: 'ava.draws', text: 'Great, see you' },
      { direction: 'incoming', author: 'ava.draws', text: 'Bring scissors too' },
    ]);
  });
});
