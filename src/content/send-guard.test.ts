// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Category } from '../engine/types';
import { previewOutgoing } from '../engine/outgoing';
import { SITE_FIXTURES } from '../../tests/fixtures/sites/site-fixtures';
import { genericComposer } from './adapters/composer';
import { fixtureControls, loadFixture } from './adapters/fixture-page';
import { composerForPage } from './adapters/registry';
import { SendGuard } from './send-guard';

/** Events a person makes are trusted; the guard ignores the page's own synthetic ones. */
function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const enter = (init: KeyboardEventInit = {}) => trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));
const click = () => trusted(new MouseEvent('click', { bubbles: true, cancelable: true }));

/** A content script context that only adds listeners, and removes them after each test. */
const removers: (() => void)[] = [];
const ctx = {
  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) {
    target.addEventListener(type, handler, options);
    removers.push(() => target.removeEventListener(type, handler, options));
  },
} as unknown as ContentScriptContext;

interface Asked {
  categories: readonly Category[];
  answer(send: boolean): void;
}

function guard(url: string, options: { active?: boolean } = {}) {
  const asked: Asked[] = [];
  new SendGuard(ctx, {
    active: () => options.active ?? true,
    composer: () => composerForPage(new URL(url)),
    check: (draft) => {
      const categories = [...new Set(previewOutgoing(draft).map((r) => r.category))];
      return categories.length > 0 ? categories : null;
    },
    confirm: (categories) => new Promise<boolean>((resolve) => asked.push({ categories, answer: resolve })),
    ownElement: 'heads-up-prompt',
  });
  return asked;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const RISKY = 'my address is 14 Elm Street';

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  for (const remove of removers.splice(0)) remove();
});

describe.each(SITE_FIXTURES)('send guard on the $page page', ({ page, url, composer, send }) => {
  const open = () => {
    loadFixture(page, true);
    const field = document.querySelector(composer) as HTMLElement;
    const button = document.querySelector(send) as HTMLElement;
    return { field, button, sent: () => fixtureControls().sent() };
  };

  it('holds a disclosure sent with Enter until the child chooses; "Send anyway" sends it once', async () => {
    const asked = guard(url);
    const { field, sent } = open();
    field.textContent = RISKY;
    const event = enter();
    field.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(sent()).toEqual([]);
    expect(asked.map((a) => a.categories)).toEqual([['discloses_personal_info']]);
    // Another Enter while the question is open is held too.
    field.dispatchEvent(enter());
    expect(asked).toHaveLength(1);
    asked[0]?.answer(true);
    await settle();
    expect(sent()).toEqual([RISKY]);
    await settle();
    expect(sent()).toEqual([RISKY]);
  });

  it('holds a disclosure sent with the button; "Send anyway" clicks it once', async () => {
    const asked = guard(url);
    const { field, button, sent } = open();
    field.textContent = 'ok i won’t tell my mum';
    button.dispatchEvent(click());
    expect(sent()).toEqual([]);
    expect(asked[0]?.categories).toEqual(['agrees_to_secrecy']);
    asked[0]?.answer(true);
    await settle();
    expect(sent()).toEqual(['ok i won’t tell my mum']);
  });

  it('"Don’t send" keeps the message unsent and in the box', async () => {
    const asked = guard(url);
    const { field, sent } = open();
    field.textContent = RISKY;
    field.dispatchEvent(enter());
    asked[0]?.answer(false);
    await settle();
    expect(sent()).toEqual([]);
    expect(field.textContent).toBe(RISKY);
  });

  it('lets ordinary messages, input-method Enter and an inactive guard through untouched', () => {
    const { field, sent } = open();
    const asked = guard(url);
    field.textContent = 'see you at practice';
    field.dispatchEvent(enter());
    field.textContent = RISKY;
    field.dispatchEvent(enter({ isComposing: true }));
    expect(sent()).toEqual(['see you at practice']);
    expect(asked).toEqual([]);
  });
});

describe('send guard elsewhere', () => {
  it('does nothing while inactive (not watched, or the policy turned it off)', () => {
    const asked = guard(SITE_FIXTURES[0]?.url ?? '', { active: false });
    loadFixture('discord', true);
    const field = document.querySelector('[role="textbox"]') as HTMLElement;
    field.textContent = RISKY;
    field.dispatchEvent(enter());
    expect(asked).toEqual([]);
    expect(fixtureControls().sent()).toEqual([RISKY]);
  });

  it('ignores the page’s own synthetic events', () => {
    const asked = guard('https://discord.com/channels/1/2');
    loadFixture('discord', true);
    const field = document.querySelector('[role="textbox"]') as HTMLElement;
    field.textContent = RISKY;
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(asked).toEqual([]);
  });

  it('submits a plain form once on "Send anyway" after Enter in its input', async () => {
    document.body.innerHTML = '<form><input id="box" type="text"><button>Send</button></form>';
    const submitted: string[] = [];
    const form = document.querySelector('form') as HTMLFormElement;
    const input = document.getElementById('box') as HTMLInputElement;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted.push(input.value);
    });
    const asked = guard('https://chat.example/room');
    input.value = 'im 12';
    input.dispatchEvent(enter());
    expect(asked[0]?.categories).toEqual(['discloses_age']);
    asked[0]?.answer(true);
    await settle();
    expect(submitted).toEqual(['im 12']);
    expect(genericComposer.fieldAt(input)).toBe(input);
  });
});
