// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { genericAdapter } from './generic';

function chat(html: string): Element {
  document.body.innerHTML = html;
  const log = genericAdapter.findLog(document);
  if (!log) throw new Error('no log found');
  return log;
}

describe('generic adapter', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads a role="log" chat: direction, author and text', () => {
    const log = chat(`
      <ol role="log" aria-label="Chat with kai">
        <li class="message incoming"><span class="author">kai</span><p class="text">how old r u</p><time>4:02</time></li>
        <li class="message outgoing"><span class="author">You</span><p class="text">12</p></li>
      </ol>`);
    expect(genericAdapter.messages(log).map((el) => genericAdapter.read(el))).toEqual([
      { direction: 'incoming', author: 'kai', text: 'how old r u' },
      { direction: 'outgoing', author: 'You', text: '12' },
    ]);
  });

  it('tells own messages by data attributes too', () => {
    const log = chat(`<div role="log"><div data-from="me"><p>hi</p></div><div data-author="sam"><p>hey</p></div></div>`);
    const [mine, theirs] = genericAdapter.messages(log).map((el) => genericAdapter.read(el));
    expect(mine?.direction).toBe('outgoing');
    expect(theirs).toEqual({ direction: 'incoming', author: 'sam', text: 'hey' });
  });

  it('skips elements with no text yet and finds the message of a nested node', () => {
    const log = chat(`<div role="log"><div class="message"></div><div class="message"><p class="text"><b>deep</b></p></div></div>`);
    const [empty, full] = genericAdapter.messages(log);
    expect(genericAdapter.read(empty as Element)).toBeNull();
    const deep = log.querySelector('b') as Element;
    expect(genericAdapter.messageOf(deep, log)).toBe(full);
    expect(genericAdapter.messageOf(document.body, log)).toBeNull();
  });

  it('finds no chat on a page without one', () => {
    document.body.innerHTML = '<main><p>Recipe of the day</p></main>';
    expect(genericAdapter.findLog(document)).toBeNull();
  });

  it('keys the conversation by origin, path and hash', () => {
    const log = chat('<div role="log"></div>');
    expect(genericAdapter.conversationKey(new URL('https://chat.example/t/9?x=1#/kai'), log)).toBe('https://chat.example/t/9#/kai');
  });
});
