// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ChatAdapter } from './adapters/adapter';
import { genericAdapter } from './adapters/generic';
import { loadFixture } from './adapters/fixture-page';
import { snapchatAdapter } from './adapters/snapchat';
import { telegramWebK } from './adapters/telegram-web-k';
import { ChatWatcher, MAX_QUEUE, type WatchedMessage } from './watcher';

/** A content-script context whose idle callbacks run only when the test says so. */
function fakeContext(idleMs = 50) {
  const idle: IdleRequestCallback[] = [];
  const onInvalid: Array<() => void> = [];
  const ctx = {
    isInvalid: false,
    onInvalidated: (callback: () => void) => {
      onInvalid.push(callback);
      return () => onInvalid.splice(onInvalid.indexOf(callback), 1);
    },
    setTimeout: (callback: () => void, ms: number) => window.setTimeout(callback, ms),
    setInterval: (callback: () => void, ms: number) => window.setInterval(callback, ms),
    requestIdleCallback: (callback: IdleRequestCallback) => idle.push(callback),
  };
  return {
    ctx: ctx as unknown as ContentScriptContext,
    invalidationListeners: () => onInvalid.length,
    pendingIdle: () => idle.length,
    /** Lets mutation observers deliver, then runs idle callbacks until none is left; returns how many ran. */
    async idle(): Promise<number> {
      await new Promise((resolve) => setTimeout(resolve, 0));
      let runs = 0;
      while (idle.length) {
        const started = performance.now();
        idle.shift()?.({ didTimeout: false, timeRemaining: () => Math.max(0, idleMs - (performance.now() - started)) });
        runs++;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return runs;
    },
    invalidate() {
      ctx.isInvalid = true;
      for (const callback of onInvalid) callback();
    },
  };
}

function watch(adapter: ChatAdapter, idleMs?: number) {
  const context = fakeContext(idleMs);
  const read: WatchedMessage[] = [];
  const watcher = new ChatWatcher(context.ctx, adapter, (message) => read.push(message));
  return { ...context, read, texts: () => read.map((message) => message.text), watcher };
}

function chatLog(count: number): Element {
  document.body.innerHTML = '<div role="log" aria-label="Chat"></div>';
  const log = document.querySelector('[role="log"]') as Element;
  for (let i = 0; i < count; i++) log.append(chatMessage(`message ${i}`));
  return log;
}

function chatMessage(text: string, author = 'kai'): Element {
  const message = document.createElement('div');
  const name = document.createElement('span');
  name.className = 'author';
  name.textContent = author;
  const body = document.createElement('p');
  body.textContent = text;
  message.append(name, body);
  return message;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ChatWatcher', () => {
  it('reads the history on start, oldest first, each message once', async () => {
    chatLog(3);
    const w = watch(genericAdapter);
    w.watcher.start();
    await w.idle();
    expect(w.texts()).toEqual(['message 0', 'message 1', 'message 2']);
    expect(w.read[0]).toMatchObject({ author: 'kai', direction: 'incoming', conversationKey: expect.any(String) });
  });

  it('reads a new message once, however often the page changes it afterwards', async () => {
    const log = chatLog(1);
    const w = watch(genericAdapter);
    w.watcher.start();
    await w.idle();
    const added = chatMessage('how old r u');
    log.append(added);
    await w.idle();
    (added.querySelector('p') as Element).append(' (edited)');
    added.setAttribute('data-x', '1');
    log.append(document.createTextNode(' '));
    await w.idle();
    expect(w.texts()).toEqual(['message 0', 'how old r u']);
  });

  it('reads every message of a Telegram run added at once (older history arriving)', async () => {
    loadFixture('telegram');
    const w = watch(telegramWebK);
    w.watcher.start();
    await w.idle();
    const before = w.read.length;
    const section = document.querySelector('.bubbles-inner section.bubbles-date-group') as Element;
    const group = document.createElement('div');
    group.className = 'bubbles-group';
    for (const [i, text] of ['older one', 'older two', 'older three'].entries()) {
      const bubble = document.createElement('div');
      bubble.className = 'bubble is-in';
      bubble.setAttribute('data-mid', String(50 + i));
      bubble.setAttribute('data-peer-id', '-4001234');
      const body = document.createElement('div');
      body.className = 'message';
      body.textContent = text;
      bubble.append(body);
      group.append(bubble);
    }
    section.prepend(group);
    await w.idle();
    expect(w.texts().slice(before)).toEqual(['older one', 'older two', 'older three']);
  });

  it('reads every message of a Snapchat run added at once', async () => {
    loadFixture('snapchat');
    const w = watch(snapchatAdapter);
    w.watcher.start();
    await w.idle();
    const before = w.read.length;
    const run = document.createElement('li');
    const header = document.createElement('header');
    header.textContent = 'kai';
    run.append(header);
    for (const text of ['hey', 'how old r u', 'dont tell ur parents']) {
      const part = document.createElement('div');
      const span = document.createElement('span');
      span.setAttribute('dir', 'auto');
      span.textContent = text;
      part.append(span);
      run.append(part);
    }
    (document.querySelector('[role="main"] ul') as Element).append(run);
    await w.idle();
    expect(w.read.slice(before).map((m) => [m.author, m.text])).toEqual([
      ['kai', 'hey'],
      ['kai', 'how old r u'],
      ['kai', 'dont tell ur parents'],
    ]);
  });

  it('reads a long history in short idle slices, all of it in the end', async () => {
    chatLog(1_000);
    const w = watch(genericAdapter, 0);
    w.watcher.start();
    const slices = await w.idle();
    expect(w.read).toHaveLength(1_000);
    // With no idle time to spare, each slice still reads at least one message, at most a chunk.
    expect(slices).toBeGreaterThanOrEqual(5);
  });

  it('skips messages that left the page before they were read, and keeps at most MAX_QUEUE waiting', async () => {
    const log = chatLog(0);
    const w = watch(genericAdapter);
    w.watcher.start();
    await w.idle();
    const flood = Array.from({ length: MAX_QUEUE + 500 }, (_, i) => chatMessage(`flood ${i}`));
    log.append(...flood);
    for (const message of flood.slice(0, 100)) message.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await w.idle();
    expect(w.read.length).toBeLessThanOrEqual(MAX_QUEUE);
    expect(w.texts()).not.toContain('flood 0');
    expect(w.texts().at(-1)).toBe(`flood ${MAX_QUEUE + 499}`);
  }, 30_000);

  it('keeps reading when one message cannot be read, and never lets the error reach the page', async () => {
    chatLog(3);
    const failing: ChatAdapter = {
      ...genericAdapter,
      read: (element) => {
        if (element.textContent?.includes('message 1')) throw new Error('odd message');
        return genericAdapter.read(element);
      },
    };
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const w = watch(failing);
    w.watcher.start();
    await w.idle();
    expect(w.texts()).toEqual(['message 0', 'message 2']);
    expect(debug).toHaveBeenCalledOnce();
    debug.mockRestore();
  });

  it('stops cleanly when the extension context is invalidated', async () => {
    const log = chatLog(1);
    const w = watch(genericAdapter);
    w.watcher.start();
    await w.idle();
    log.append(chatMessage('arrives while stopping'));
    w.invalidate();
    log.append(chatMessage('after'));
    await w.idle();
    expect(w.texts()).toEqual(['message 0']);
    expect(w.pendingIdle()).toBe(0);
  });

  it('leaves no invalidation listener behind when stopped, and one while watching', async () => {
    chatLog(1);
    const w = watch(genericAdapter);
    w.watcher.start();
    w.watcher.restart();
    expect(w.invalidationListeners()).toBe(1);
    w.watcher.stop();
    expect(w.invalidationListeners()).toBe(0);
    await w.idle();
  });

  it('follows the chat when the page replaces its log, without reading old messages again', async () => {
    const log = chatLog(2);
    const w = watch(genericAdapter);
    w.watcher.start();
    await w.idle();
    const [first, second] = Array.from(log.children);
    const replacement = document.createElement('div');
    replacement.setAttribute('role', 'log');
    replacement.append(first as Element, second as Element, chatMessage('in the new log'));
    log.replaceWith(replacement);
    replacement.append(chatMessage('after the swap'));
    await w.idle();
    expect(w.texts()).toEqual(['message 0', 'message 1', 'in the new log', 'after the swap']);
    w.watcher.stop();
  });

  it('notices within seconds when the page swaps in a new log without touching the old one', async () => {
    const log = chatLog(1);
    const w = watch(genericAdapter);
    w.watcher.start();
    await w.idle();
    const replacement = document.createElement('div');
    replacement.setAttribute('role', 'log');
    replacement.append(chatMessage('new thread'));
    (log.parentNode as Node).replaceChild(replacement, log);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await w.idle();
    expect(w.texts()).toEqual(['message 0', 'new thread']);
    w.watcher.stop();
  });
});
