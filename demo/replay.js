// @ts-check
// Plays a scripted conversation into the chat, one message at a time, the way a real chat fills
// up. Starting a new replay (or resetting) cancels the one in progress, so clicks never interleave
// two conversations in the log.

import { appendMessage, showTyping } from './chat-view.js';

/** @typedef {import('./scripts.js').ConversationScript} ConversationScript */

/** Normal pace: slow enough for a person to read along. */
const NORMAL_DELAY_MS = 600;
/** `?speed=fast`: quick, for tests and for people who have seen it before. */
const FAST_DELAY_MS = 50;
const MAX_DELAY_MS = 5000;

/**
 * Reads the delay between messages from `?speed=`: "fast", a number of milliseconds, or nothing.
 * @param {string} search location.search
 * @returns {number}
 */
export function delayFromQuery(search) {
  const speed = new URLSearchParams(search).get('speed');
  if (speed === 'fast') {
    return FAST_DELAY_MS;
  }
  const milliseconds = Number(speed);
  if (speed !== null && speed !== '' && Number.isFinite(milliseconds)) {
    return Math.min(Math.max(milliseconds, 0), MAX_DELAY_MS);
  }
  return NORMAL_DELAY_MS;
}

/** @type {AbortController | null} */
let currentReplay = null;

/** Stops the replay in progress, if any. */
export function cancelReplay() {
  currentReplay?.abort();
  currentReplay = null;
  showTyping(false);
}

/**
 * @param {ConversationScript} script
 * @param {number} delayMs
 * @param {(shown: number, total: number) => void} onProgress
 * @returns {Promise<boolean>} true if it played to the end, false if it was cancelled
 */
export async function replay(script, delayMs, onProgress) {
  cancelReplay();
  const controller = new AbortController();
  currentReplay = controller;

  const total = script.messages.length;
  for (const [index, message] of script.messages.entries()) {
    // The far side "types" before each of their messages, like a real messenger shows it.
    showTyping(message.from === 'other');
    await wait(delayMs, controller.signal);
    if (controller.signal.aborted) {
      return false;
    }
    showTyping(false);
    appendMessage(message.from, message.text);
    onProgress(index + 1, total);
  }
  currentReplay = null;
  return true;
}

/**
 * @param {number} milliseconds
 * @param {AbortSignal} signal
 * @returns {Promise<void>} resolves after the delay, or at once when the replay is cancelled
 */
function wait(milliseconds, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, milliseconds);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
