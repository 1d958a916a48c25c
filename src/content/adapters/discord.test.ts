// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { discordAdapter as discord } from './discord';
import { fixtureControls, loadFixture, logOf, readAll, typeAndPressEnter } from './fixture-page';

const CHANNEL = new URL('https://discord.com/channels/1100/1200');

describe('discord adapter', () => {
  beforeEach(() => {
    loadFixture('discord');
  });

  it('matches discord.com pages only', () => {
    expect(discord.matches(CHANNEL)).toBe(true);
    expect(discord.matches(new URL('https://ptb.discord.com/channels/@me/55'))).toBe(true);
    expect(discord.matches(new URL('https://discord.com/app'))).toBe(true);
    expect(discord.matches(new URL('https://discord.gg/abc'))).toBe(false);
    expect(discord.matches(new URL('https://notdiscord.com/channels/1/2'))).toBe(false);
    expect(discord.matches(new URL('https://web.whatsapp.com/'))).toBe(false);
  });

  it('reads every message oldest first: authors carried through runs, own messages by name', () => {
    const log = logOf(discord);
    expect(log.getAttribute('data-list-id')).toBe('chat-messages');
    expect(discord.messages(log).map((item) => item.id)).toEqual(
      ['9001', '9002', '9003', '9004', '9005', '9006'].map((id) => `chat-messages-1200-${id}`),
    );
    expect(readAll(discord, log)).toEqual([
      { direction: 'incoming', author: 'Ava', text: 'Hi! Did everyone finish their part of the volcano poster?' },
      { direction: 'incoming', author: 'Ava', text: 'I still need the bit about lava temperature' },
      { direction: 'incoming', author: 'Leo', text: 'I did the diagram last night' },
      { direction: 'outgoing', author: 'Sam', text: "I'm nearly done with the history section" },
      { direction: 'outgoing', author: 'Sam', text: 'Can we meet in the library at lunch?' },
      // A reply: the quoted message (which carries the same content id) is not read as this one.
      { direction: 'incoming', author: 'Leo', text: 'Library works for me' },
    ]);
  });

  it('tells own messages by user id when avatars carry one', () => {
    const log = logOf(discord);
    const cdn = (userId: string) => `https://cdn.discordapp.com/avatars/${userId}/a1b2c3.webp?size=80`;
    const avatars = log.querySelectorAll('img.avatar_v2');
    ['100', '200', '300', '200'].forEach((userId, i) => avatars[i]?.setAttribute('src', cdn(userId)));
    // Logged in as Leo's account (id 200) while the panel still shows "Sam": the id decides.
    document.querySelector('section[aria-label="User area"] img')?.setAttribute('src', cdn('200'));
    expect(readAll(discord, log).map((m) => m.direction)).toEqual(['incoming', 'incoming', 'outgoing', 'incoming', 'incoming', 'outgoing']);
  });

  it('finds the message of a node deep inside it, and of a newly added list item', () => {
    const log = logOf(discord);
    const edited = log.querySelector('#message-content-9002 .edited_i5')?.firstChild as Node;
    expect(discord.messageOf(edited, log)?.id).toBe('chat-messages-1200-9002');
    expect(discord.messageOf(log.querySelector('[role="separator"]') as Node, log)).toBeNull();
    expect(discord.messageOf(document.body, log)).toBeNull();
  });

  it('keys the conversation by guild and channel', () => {
    const log = logOf(discord);
    expect(discord.conversationKey(CHANNEL, log)).toBe('discord:1100/1200');
    expect(discord.conversationKey(new URL('https://discord.com/channels/1100/1200/9005'), log)).toBe('discord:1100/1200');
    expect(discord.conversationKey(new URL('https://discord.com/channels/1100/1300'), log)).toBe('discord:1100/1300');
    expect(discord.conversationKey(new URL('https://discord.com/channels/@me/77'), log)).toBe('discord:@me/77');
    expect(discord.conversationKey(new URL('https://discord.com/popout'), log)).toBe('discord:channel/1200');
  });

  it('reads what the page sends and receives', () => {
    loadFixture('discord', true);
    const log = logOf(discord);
    const composer = document.querySelector('[role="textbox"]') as Element;
    typeAndPressEnter(composer, 'See you there');
    (composer as HTMLElement).textContent = 'Bringing the glue';
    (document.querySelector('button[aria-label="Send Message"]') as HTMLElement).click();
    fixtureControls().receive('Ava', 'Great, see you');
    expect(composer.textContent).toBe('');
    expect(readAll(discord, log).slice(-3)).toEqual([
      { direction: 'outgoing', author: 'Sam', text: 'See you there' },
      { direction: 'outgoing', author: 'Sam', text: 'Bringing the glue' },
      { direction: 'incoming', author: 'Ava', text: 'Great, see you' },
    ]);
  });
});
