// The contract between the site checks (what a child and a groomer do on a chat page, and what
// Heads Up must do about it) and the browser that runs them. Chromium implements it with
// playwright-core, Firefox ESR with puppeteer-core over WebDriver BiDi, so the same checks run in
// both browsers (issue "In-page protection": end-to-end in Chromium and Firefox ESR).
import type { SiteFixture } from '../../fixtures/sites/site-fixtures';

export type BrowserName = 'chromium' | 'firefox';

export interface ChatPageDriver {
  readonly browserName: BrowserName;
  /** Open the fixture page at the site's real address (served locally, never from the network). */
  openSite(fixture: SiteFixture): Promise<void>;
  /** Someone else's message arrives (the page's window.fixture.receive). */
  receive(author: string, text: string): Promise<void>;
  /** Type into the page's composer as the child would (key by key). */
  typeInComposer(text: string): Promise<void>;
  /** Press Enter in the composer. */
  pressEnter(): Promise<void>;
  /** Click the page's send button. */
  clickSend(): Promise<void>;
  /** The texts the page really sent (window.fixture.sent()), oldest first. */
  sentMessages(): Promise<string[]>;
  /** The text of the in-page prompt that is showing, or null when there is none. */
  promptText(): Promise<string | null>;
  /** How many Heads Up prompts are in the page (never more than one at a time). */
  promptCount(): Promise<number>;
  /** Click a button in the in-page prompt by its visible name. */
  clickPromptButton(name: RegExp): Promise<void>;
  /** Save a screenshot into test-results/ for a person to look at; returns its path. */
  screenshot(fileName: string): Promise<string>;
  close(): Promise<void>;
}
