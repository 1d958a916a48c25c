// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SITE_FIXTURES } from '../../../tests/fixtures/sites/site-fixtures';
import { fixtureControls, loadFixture, logOf, readAll, typeAndPressEnter } from './fixture-page';
import { genericAdapter } from './generic';
import { adapterForPage, chooseAdapter, SITE_ADAPTERS, SITE_RENDER_GRACE_MS } from './registry';

/** Elements that look a little like messages of some site, but are empty or half-built. */
const ODD_ELEMENTS = [
  '<div></div>',
  '<li id="chat-messages-"></li>',
  '<li id="chat-messages-1-2"><div id="message-content-2"></div></li>',
  '<div data-id="true_"></div>',
  '<div data-id="false_x"><div data-pre-plain-text="["><span class="selectable-text"></span></div></div>',
  '<div role="row"></div>',
  '<div role="row"><h5></h5><div dir="auto"></div></div>',
  '<div class="bubble" data-mid="1"></div>',
  '<div class="bubble is-in" data-mid="1"><div class="message"><span class="time">12:00</span></div></div>',
  '<div class="Message" data-message-id="1"><div class="text-content"></div></div>',
  '<li><header></header></li>',
  '<ul><li><header>Me</header><div></div></li></ul>',
  '<time>12:00</time>',
];

describe('site adapter registry', () => {
  it('lists one adapter per site, none of them generic', () => {
    const ids = SITE_ADAPTERS.map((adapter) => adapter.id);
    expect(ids).toEqual(['discord', 'whatsapp', 'instagram', 'messenger', 'telegram', 'snapchat']);
    expect(ids).not.toContain(genericAdapter.id);
  });

  it.each(SITE_FIXTURES)('chooses the $adapter adapter for the $page page and keys it', ({ page, url, adapter, conversationKey }) => {
    loadFixture(page);
    const chosen = chooseAdapter(new URL(url), document);
    expect(chosen.id).toBe(adapter);
    expect(chosen.conversationKey(new URL(url), logOf(chosen))).toBe(conversationKey);
  });

  it.each(SITE_FIXTURES)('$page: the listed composer and send button send own messages', ({ page, url, composer, send }) => {
    loadFixture(page, true);
    const adapter = chooseAdapter(new URL(url), document);
    typeAndPressEnter(document.querySelector(composer) as Element, 'one');
    (document.querySelector(composer) as Element).textContent = 'two';
    (document.querySelector(send) as HTMLElement).click();
    fixtureControls().receive('Ava', 'three');
    expect(readAll(adapter, logOf(adapter)).slice(-3).map((m) => `${m.direction} ${m.text}`)).toEqual(['outgoing one', 'outgoing two', 'incoming three']);
  });

  it.each(SITE_FIXTURES)('falls back to the generic adapter when $page’s DOM is not recognised', ({ page, url }) => {
    loadFixture(page);
    // Another site's page, or one with none of the shapes the adapters know.
    expect(chooseAdapter(new URL('https://chat.example/room/1'), document)).toBe(genericAdapter);
    document.body.innerHTML = '<ol role="log"><li class="incoming"><p class="text">hi</p></li></ol>';
    expect(chooseAdapter(new URL(url), document)).toBe(genericAdapter);
  });

  it.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s: never throws on odd elements', (_id, adapter) => {
    for (const html of ODD_ELEMENTS) {
      document.body.innerHTML = `<main>${html}</main>`;
      const main = document.body.firstElementChild as Element;
      for (const element of [main, ...main.querySelectorAll('*')]) {
        expect(() => adapter.read(element)).not.toThrow();
        expect(adapter.read(element), html).toBeNull();
        expect(() => adapter.messageOf(element, main)).not.toThrow();
        expect(() => adapter.conversationKey(new URL('https://example.com/'), element)).not.toThrow();
      }
      expect(() => adapter.messages(main)).not.toThrow();
      expect(() => adapter.messageOf(document.createTextNode('loose'), main)).not.toThrow();
      expect(adapter.read(document.createElement('div'))).toBeNull();
    }
  });
});

describe('adapterForPage', () => {
  const clock = () => {
    let time = 0;
    return { now: () => time, advance: (ms: number) => (time += ms) };
  };

  it('reads through the site adapter once its chat is in the page', () => {
    loadFixture('discord');
    const page = adapterForPage(() => new URL('https://discord.com/channels/1100/1200'));
    const log = page.findLog(document) as Element;
    expect(log.getAttribute('data-list-id')).toBe('chat-messages');
    expect(page.messages(log)).toHaveLength(6);
    expect(page.conversationKey(new URL('https://discord.com/channels/1100/1200'), log)).toBe('discord:1100/1200');
  });

  it('waits a moment for a known site to render its chat before settling for the generic adapter', () => {
    const { now, advance } = clock();
    document.body.innerHTML = '<div role="log"><div class="incoming"><p>hello</p></div></div>';
    const page = adapterForPage(() => new URL('https://web.whatsapp.com/'), now);
    expect(page.findLog(document)).toBeNull();
    advance(SITE_RENDER_GRACE_MS);
    const log = page.findLog(document) as Element;
    expect(log.getAttribute('role')).toBe('log');
    expect(page.read(log.firstElementChild as Element)).toEqual({ direction: 'incoming', author: '', text: 'hello' });
  });

  it('uses the generic adapter at once on other sites, and chooses again after navigation', () => {
    const { now } = clock();
    let url = new URL('https://chat.example/room/1');
    const page = adapterForPage(() => url, now);
    document.body.innerHTML = '<div role="log"><div class="outgoing"><p>hi</p></div></div>';
    expect(page.findLog(document)?.getAttribute('role')).toBe('log');
    loadFixture('snapchat');
    url = new URL('https://www.snapchat.com/web/3f5a2c1e-8b7d-4e21-9c4a-0d6e5f7a8b9c');
    const log = page.findLog(document) as Element;
    expect(page.conversationKey(url, log)).toBe('snapchat:3f5a2c1e-8b7d-4e21-9c4a-0d6e5f7a8b9c');
  });
});
