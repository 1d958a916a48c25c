// @ts-check
// Wires the demo page together: the child's composer, the "other person" composer, and the
// replay/reset buttons. Plain browser JavaScript, no build step: the page is served as-is.

import { appendMessage, clearMessages, CONTACT_NAME, requireElement } from './chat-view.js';
import { cancelReplay, delayFromQuery, replay } from './replay.js';
import { friendlyConversation, riskyConversation } from './scripts.js';

/** @typedef {import('./scripts.js').ConversationScript} ConversationScript */
/** @typedef {import('./scripts.js').Speaker} Speaker */

const CONVERSATION_HASH = `#/chat/${CONTACT_NAME}`;

const replayStatus = requireElement('replay-status', HTMLParagraphElement);
const delayMs = delayFromQuery(location.search);

/**
 * The extension keys a conversation by origin + path + hash. A reset therefore moves to a new
 * hash, so the extension treats what follows as a new conversation instead of a continuation.
 */
function startNewConversation() {
  cancelReplay();
  clearMessages();
  delete document.body.dataset.replay;
  replayStatus.textContent = '';
  location.hash = `${CONVERSATION_HASH}/${Date.now().toString(36)}`;
}

/**
 * A composer is a form with one text input; submitting it (Enter or its button) sends the text.
 * @param {string} formId
 * @param {string} inputId
 * @param {Speaker} from
 */
function wireComposer(formId, inputId, from) {
  const form = requireElement(formId, HTMLFormElement);
  const input = requireElement(inputId, HTMLInputElement);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '') {
      return;
    }
    appendMessage(from, text);
    input.value = '';
    input.focus();
  });
}

/** @param {ConversationScript} script */
async function startReplay(script) {
  startNewConversation();
  document.body.dataset.replay = 'running';
  const finished = await replay(script, delayMs, (shown, total) => {
    replayStatus.textContent = `Replaying the ${script.title}: ${shown} of ${total} messages.`;
  });
  if (finished) {
    replayStatus.textContent = `Replay of the ${script.title} finished.`;
    // The hook the end-to-end tests wait for.
    document.body.dataset.replay = 'done';
  }
}

/**
 * @param {string} buttonId
 * @param {() => unknown} action
 */
function onClick(buttonId, action) {
  requireElement(buttonId, HTMLButtonElement).addEventListener('click', () => {
    action();
  });
}

if (!location.hash.startsWith(CONVERSATION_HASH)) {
  location.replace(CONVERSATION_HASH);
}
wireComposer('child-composer', 'child-input', 'child');
wireComposer('other-composer', 'other-input', 'other');
onClick('replay-risky', () => startReplay(riskyConversation));
onClick('replay-friendly', () => startReplay(friendlyConversation));
onClick('reset-chat', startNewConversation);
