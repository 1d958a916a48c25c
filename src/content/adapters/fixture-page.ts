// Test support (imported by the adapter tests only): loads a hand-written site fixture from
// tests/fixtures/sites/ into the test document, the way a browser would show it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdapterMessage, ChatAdapter } from './adapter';

// A path, not a URL: the test document's URL class is not the one node:fs accepts.
const SITES = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/sites');

/** What each fixture page's script offers tests (and the e2e tests) on `window.fixture`. */
export interface FixtureControls {
  receive(author: string, text: string): void;
  /** The texts the page really sent, oldest first (tests/fixtures/sites/fixture-chat.js). */
  sent(): string[];
}

/**
 * Shows `tests/fixtures/sites/<name>.html` in the test document. With `withScript`, its scripts
 * run too (the test environment does not run page scripts by itself), so tests can send
 * and receive through the page like the e2e tests do.
 */
export function loadFixture(name: string, withScript = false): Document {
  const html = readFileSync(join(SITES, `${name}.html`), 'utf8');
  const page = new DOMParser().parseFromString(html, 'text/html');
  document.title = page.title;
  // The test document would try (and fail) to load script files itself; they run below instead.
  for (const script of Array.from(page.querySelectorAll('script[src]'))) {
    script.setAttribute('data-src', script.getAttribute('src') ?? '');
    script.removeAttribute('src');
  }
  document.body.innerHTML = page.body.innerHTML;
  if (withScript) {
    // The fixture's own code, read from the repository: the same scripts the e2e browser runs, in
    // page order (the shared fixture-chat.js first, then the page's own).
    for (const script of Array.from(document.body.querySelectorAll('script'))) {
      const src = script.getAttribute('data-src');
      new Function(src ? readFileSync(join(SITES, src), 'utf8') : (script.textContent ?? ''))();
    }
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
