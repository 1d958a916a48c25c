// Test support (imported by the adapter tests only): loads a hand-written site fixture from
// tests/fixtures/sites/ into the test document, the way a browser would show it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdapterMessage, ChatAdapter } from './adapter';

// A path, not a URL: the test document's URL class is not the one node:fs accepts.
const SITES = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/sites');

/** What each fixture page's inline script offers tests (and the e2e tests) on `window.fixture`. */
export interface FixtureControls {
  receive(author: string, text: string): void;
}

/**
 * Shows `tests/fixtures/sites/<name>.html` in the test document. With `withScript`, its inline
 * script runs too (the test environment does not run page scripts by itself), so tests can send
 * and receive through the page like the e2e tests do.
 */
export function loadFixture(name: string, withScript = false): Document {
  const html = readFileSync(join(SITES, `${name}.html`), 'utf8');
  const page = new DOMParser().parseFromString(html, 'text/html');
  document.title = page.title;
  document.body.innerHTML = page.body.innerHTML;
  if (withScript) {
    // The fixture's own code, read from the repository: the same script the e2e browser runs.
    for (const script of Array.from(document.body.querySelectorAll('script'))) new Function(script.textContent ?? '')();
  }
  return document;
}

export function fixtureControls(): FixtureControls {
  const controls = (window as unknown as { fixture?: FixtureControls }).fixture;
  if (!controls) throw new Error('the fixture script did not run');
  return controls;
}

/** The log an adapter finds in the test document; fails the test when there is none. */
export function logOf(adapter: ChatAdapter): Element {
  const log = adapter.findLog(document);
  if (!log) throw new Error(`${adapter.id}: no chat log found`);
  return log;
}

/** Every message the adapter reads from the log, oldest first (unreadable elements left out). */
export function readAll(adapter: ChatAdapter, log: Element): AdapterMessage[] {
  return adapter.messages(log).flatMap((element) => adapter.read(element) ?? []);
}

/** Types into a fixture's composer and presses Enter, as a child would. */
export function typeAndPressEnter(composer: Element, text: string): void {
  composer.textContent = text;
  composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
}
