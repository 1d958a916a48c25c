// What a groomer, a friend and a child do on a chat page, and what Heads Up must do about it
// (issue "In-page protection", done when): a risky incoming sequence shows the prompt at the
// right message and not before, a benign one shows nothing, one prompt per reason (a repeat or a
// reload does not prompt again), a risky outgoing disclosure is held until the child chooses,
// "Don't send" keeps it unsent, "Send anyway" sends it exactly once, by Enter and by the button.
// Browser-agnostic: it speaks only through a ChatPageDriver (Chromium and Firefox implement it).
import { expect } from 'vitest';
import type { SiteFixture } from '../../fixtures/sites/site-fixtures';
import type { ChatPageDriver } from './chat-driver';

/** Someone the fixture pages do not know, asking the child's age, then flattering: a warning at the third message. */
export const RISKY_CONTACT = 'kai_2011';
export const RISKY_SEQUENCE = ['hey whats up', 'how old r u', 'u seem way more mature than that'] as const;
/** Index in RISKY_SEQUENCE of the message the prompt must come at (same person's second kind of sign). */
export const PROMPT_AT = 2;
export const BENIGN_CONTACT = 'mia_b';
export const BENIGN_SEQUENCE = ['did u finish the maths homework', 'the quiz is on friday right', 'see you at practice later'] as const;
/** The child's risky replies, and an ordinary one. */
export const ADDRESS = 'my address is 14 Elm Street';
export const SECRET = "ok i won't tell my mum";
export const ORDINARY = 'see you at practice';

export const PROMPT_OK = /OK, got it/u;
export const DONT_SEND = /Don.t send/u;
export const SEND_ANYWAY = /Send anyway/u;

export interface Timing {
  /**
   * How long a freshly opened page is given before the sequence starts, so the content script
   * (settings first, then the watcher) already runs when the early messages arrive: otherwise it
   * would read them as history together with the last one, and "no prompt before" would prove nothing.
   */
  startMs: number;
  /** How long "nothing happens" is watched for after a message (the watcher reads in idle time). */
  quietMs: number;
  /** How long a prompt or a sent message may take to appear. */
  appearMs: number;
}

/** The watcher reads new messages within 250 ms of idle time; four times that is watched for quiet. */
export const DEFAULT_TIMING: Timing = { startMs: 1_500, quietMs: 1_000, appearMs: 10_000 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll until `check` holds, or fail with `what`. */
export async function eventually(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await sleep(100);
  }
}

/** Watch for `ms` that `check` keeps holding; fail with `what` the moment it does not. */
export async function throughout(what: string, check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  do {
    if (!(await check())) throw new Error(`${what} did not hold for ${ms} ms`);
    await sleep(100);
  } while (Date.now() < deadline);
}

const noPrompt = (driver: ChatPageDriver) => async () => (await driver.promptCount()) === 0;

/**
 * The risky sequence from `contact`: no prompt before the expected message, exactly one prompt
 * right after it, naming the contact. Leaves the prompt open and returns its text.
 */
export async function riskySequencePromptsAtTheRightMessage(driver: ChatPageDriver, contact = RISKY_CONTACT, timing = DEFAULT_TIMING): Promise<string> {
  await sleep(timing.startMs);
  for (const [index, text] of RISKY_SEQUENCE.entries()) {
    await driver.receive(contact, text);
    if (index < PROMPT_AT) await throughout(`no prompt after message ${index + 1} ("${text}")`, noPrompt(driver), timing.quietMs);
  }
  await eventually('the prompt shows', async () => (await driver.promptText()) !== null, timing.appearMs);
  expect(await driver.promptCount()).toBe(1);
  const text = (await driver.promptText()) ?? '';
  expect(text).toContain(contact);
  return text;
}

/** The risky sequence from `contact` shows nothing at all (policy, trust, a false-alarm mark, a repeat). */
export async function riskySequenceStaysQuiet(driver: ChatPageDriver, contact = RISKY_CONTACT, timing = DEFAULT_TIMING): Promise<void> {
  for (const text of RISKY_SEQUENCE) await driver.receive(contact, text);
  await throughout(`no prompt for ${contact}'s risky messages`, noPrompt(driver), timing.quietMs * 2);
}

export async function dismissPrompt(driver: ChatPageDriver, timing = DEFAULT_TIMING): Promise<void> {
  await driver.clickPromptButton(PROMPT_OK);
  await eventually('the prompt is gone', noPrompt(driver), timing.appearMs);
}

/** A friend's ordinary messages show nothing. */
export async function benignSequenceShowsNothing(driver: ChatPageDriver, timing = DEFAULT_TIMING): Promise<void> {
  for (const text of BENIGN_SEQUENCE) await driver.receive(BENIGN_CONTACT, text);
  await throughout('no prompt for ordinary messages', noPrompt(driver), timing.quietMs * 2);
}

/** One prompt per reason: the same question again does not prompt again. */
export async function repeatedQuestionDoesNotPromptAgain(driver: ChatPageDriver, contact = RISKY_CONTACT, timing = DEFAULT_TIMING): Promise<void> {
  await driver.receive(contact, RISKY_SEQUENCE[1]);
  await driver.receive(contact, RISKY_SEQUENCE[2]);
  await throughout('no second prompt for a repeated question', noPrompt(driver), timing.quietMs * 2);
}

/** Type a risky reply and try to send it: the page sends nothing and asks "are you sure?". Returns the question's text. */
export async function riskyReplyIsHeld(driver: ChatPageDriver, text: string, how: 'enter' | 'button', timing = DEFAULT_TIMING): Promise<string> {
  const before = await driver.sentMessages();
  await driver.typeInComposer(text);
  if (how === 'enter') await driver.pressEnter();
  else await driver.clickSend();
  await eventually('"are you sure?" shows', async () => /are you sure/iu.test((await driver.promptText()) ?? ''), timing.appearMs);
  expect(await driver.promptCount()).toBe(1);
  expect(await driver.sentMessages()).toEqual(before);
  return (await driver.promptText()) ?? '';
}

/** "Don't send": the question goes, nothing is sent. */
export async function dontSendKeepsItUnsent(driver: ChatPageDriver, timing = DEFAULT_TIMING): Promise<void> {
  const before = await driver.sentMessages();
  await driver.clickPromptButton(DONT_SEND);
  await eventually('the question is gone', noPrompt(driver), timing.appearMs);
  await throughout('nothing is sent after "Don\'t send"', async () => (await driver.sentMessages()).length === before.length, timing.quietMs);
}

/** "Send anyway": the page sends the message exactly once, through its own code. */
export async function sendAnywaySendsOnce(driver: ChatPageDriver, text: string, timing = DEFAULT_TIMING): Promise<void> {
  const before = await driver.sentMessages();
  await driver.clickPromptButton(SEND_ANYWAY);
  await eventually('the message is sent', async () => (await driver.sentMessages()).length > before.length, timing.appearMs);
  await throughout('it is sent exactly once', async () => (await driver.sentMessages()).length === before.length + 1, timing.quietMs);
  expect((await driver.sentMessages()).slice(before.length)).toEqual([text]);
  expect(await driver.promptCount()).toBe(0);
}

/** An ordinary reply goes at once, with no question. */
export async function ordinaryReplySendsAtOnce(driver: ChatPageDriver, how: 'enter' | 'button', timing = DEFAULT_TIMING): Promise<void> {
  const before = await driver.sentMessages();
  await driver.typeInComposer(ORDINARY);
  if (how === 'enter') await driver.pressEnter();
  else await driver.clickSend();
  await eventually('the ordinary reply is sent', async () => (await driver.sentMessages()).length === before.length + 1, timing.appearMs);
  expect((await driver.sentMessages()).slice(before.length)).toEqual([ORDINARY]);
  expect(await driver.promptCount()).toBe(0);
}

export interface SiteCheckOptions {
  timing?: Timing;
  /** Save test-results/site-<page>-incoming.png and site-<page>-confirm.png (or with this prefix). */
  screenshotPrefix?: string;
}

/**
 * Every check on one site, in the order a person would meet them. Opens the page afresh where
 * a check needs a clean page; the risky contact's reasons stay prompted across those reloads,
 * which is itself checked (a reload does not prompt again).
 */
export async function runSiteChecks(driver: ChatPageDriver, fixture: SiteFixture, options: SiteCheckOptions = {}): Promise<void> {
  const timing = options.timing ?? DEFAULT_TIMING;
  const prefix = options.screenshotPrefix ?? 'site';
  await driver.openSite(fixture);
  await benignSequenceShowsNothing(driver, timing);

  await driver.openSite(fixture);
  await riskySequencePromptsAtTheRightMessage(driver, RISKY_CONTACT, timing);
  await driver.screenshot(`${prefix}-${fixture.page}-incoming.png`);
  await dismissPrompt(driver, timing);
  await repeatedQuestionDoesNotPromptAgain(driver, RISKY_CONTACT, timing);

  // The same conversation after a reload: what was prompted stays quiet (state in the background).
  await driver.openSite(fixture);
  await riskySequenceStaysQuiet(driver, RISKY_CONTACT, timing);

  await driver.openSite(fixture);
  await ordinaryReplySendsAtOnce(driver, 'enter', timing);
  await riskyReplyIsHeld(driver, ADDRESS, 'enter', timing);
  await driver.screenshot(`${prefix}-${fixture.page}-confirm.png`);
  await dontSendKeepsItUnsent(driver, timing);
  // Still in the box: Enter asks again, and this time the child sends it.
  await driver.pressEnter();
  await eventually('"are you sure?" shows again', async () => (await driver.promptText()) !== null, timing.appearMs);
  await sendAnywaySendsOnce(driver, ADDRESS, timing);

  await riskyReplyIsHeld(driver, SECRET, 'button', timing);
  await sendAnywaySendsOnce(driver, SECRET, timing);
  await ordinaryReplySendsAtOnce(driver, 'button', timing);
}
