// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SITE_FIXTURES } from '../../../tests/fixtures/sites/site-fixtures';
import { composerBySelectors, genericComposer, readDraft } from './composer';
import { loadFixture } from './fixture-page';
import { composerForPage } from './registry';

const $ = (selector: string) => document.querySelector(selector) as HTMLElement;

describe.each(SITE_FIXTURES)('the $page composer', ({ page, url, composer, send }) => {
  it('finds the message box and the send button the page really uses', () => {
    loadFixture(page);
    const finder = composerForPage(new URL(url));
    expect(finder.fieldAt($(composer))).toBe($(composer));
    expect(finder.sendButtonAt($(send))).toBe($(send));
    expect(finder.fieldFor($(send))).toBe($(composer));
    expect(finder.findField(document)).toBe($(composer));
  });
});

describe('genericComposer', () => {
  it('takes text fields, and the editing host of rich text editors', () => {
    document.body.innerHTML = `<textarea id="a"></textarea><input id="b"><input id="c" type="password"><input id="d" type="checkbox">
      <div id="e" contenteditable="true"><p><span id="f">hi</span></p></div><div id="g" role="textbox"></div><input id="h" readonly>`;
    expect(genericComposer.fieldAt($('#a'))).toBe($('#a'));
    expect(genericComposer.fieldAt($('#b'))).toBe($('#b'));
    expect(genericComposer.fieldAt($('#c'))).toBeNull();
    expect(genericComposer.fieldAt($('#d'))).toBeNull();
    expect(genericComposer.fieldAt($('#f'))).toBe($('#e'));
    expect(genericComposer.fieldAt($('#g'))).toBe($('#g'));
    expect(genericComposer.fieldAt($('#h'))).toBeNull();
  });

  it('takes buttons labelled "Send" and a form’s submit button next to a text field', () => {
    document.body.innerHTML = `<div><textarea id="box"></textarea><div role="button" id="send"><svg></svg></div></div>
      <form><input id="q"><button id="go">Go</button><button id="other" type="button">Emoji</button></form>
      <button id="lone" aria-label="Enviar"></button><form><input type="checkbox"><button id="agree">OK</button></form>`;
    $('#send').setAttribute('aria-label', 'Send');
    expect(genericComposer.sendButtonAt($('#send').firstElementChild as Element)).toBe($('#send'));
    expect(genericComposer.fieldFor($('#send'))).toBe($('#box'));
    expect(genericComposer.sendButtonAt($('#go'))).toBe($('#go'));
    expect(genericComposer.fieldFor($('#go'))).toBe($('#q'));
    expect(genericComposer.sendButtonAt($('#other'))).toBeNull();
    expect(genericComposer.sendButtonAt($('#lone'))).toBe($('#lone'));
    expect(genericComposer.sendButtonAt($('#agree'))).toBeNull();
  });

  it('a site composer also takes a "Send" button beside its box', () => {
    document.body.innerHTML = '<main><div class="box" contenteditable="true"></div><span role="button" id="s">Send</span></main>';
    const site = composerBySelectors({ field: '.box', send: 'button.send' });
    expect(site.sendButtonAt($('#s'))).toBe($('#s'));
    expect(site.fieldFor($('#s'))).toBe($('.box'));
  });
});

describe('readDraft', () => {
  it('reads inputs by value and editors by their text', () => {
    document.body.innerHTML = '<input id="i"><div id="d" contenteditable="true"><p>my address</p></div>';
    ($('#i') as HTMLInputElement).value = 'im 12';
    expect(readDraft($('#i'))).toBe('im 12');
    expect(readDraft($('#d')).trim()).toBe('my address');
  });
});
