// @ts-check
// The scripted conversations the demo can replay. They are data, kept apart from the page logic,
// so that what the demo "says" can be reviewed (and changed) without reading any DOM code.
//
// "other" is the person on the far side of the chat (shown as incoming), "child" is the person
// using the browser (shown as outgoing). Texts are written the way kids and groomers actually type
// (lowercase, "u", "ur") because that is what the extension has to recognise.

/** @typedef {"other" | "child"} Speaker */
/** @typedef {{ from: Speaker, text: string }} ScriptedMessage */
/** @typedef {{ id: string, title: string, messages: ScriptedMessage[] }} ConversationScript */

/**
 * A non-graphic grooming pattern: rapport over a shared game, an age question, flattery,
 * probing for supervision, a secrecy request, then a push to a more private app.
 * The age question comes well before the secrecy request on purpose: the extension should stay
 * quiet after the first and speak up only after the second (the e2e tests check exactly that).
 * @type {ConversationScript}
 */
export const riskyConversation = {
  id: 'risky',
  title: 'risky conversation',
  messages: [
    { from: 'other', text: 'hey! saw u in the lobby earlier, ur building is insane' },
    { from: 'child', text: 'lol thanks' },
    { from: 'other', text: 'wanna squad up later? i need someone good on my team' },
    { from: 'child', text: 'sure maybe after dinner' },
    { from: 'other', text: 'how old r u btw' },
    { from: 'child', text: '12' },
    { from: 'other', text: 'no way, u seem way more mature than that' },
    { from: 'other', text: 'honestly ur cooler than most ppl my age' },
    { from: 'other', text: 'do ur parents check ur phone?' },
    { from: 'child', text: 'sometimes' },
    { from: 'other', text: 'lets keep this between us ok? dont tell ur parents' },
    { from: 'other', text: 'add me on snap its more private' },
    { from: 'child', text: 'idk' },
  ],
};

/**
 * An ordinary chat between classmates about homework and a game. It deliberately contains no
 * age question and no secrecy request, so the extension must stay silent through all of it.
 * @type {ConversationScript}
 */
export const friendlyConversation = {
  id: 'friendly',
  title: 'friendly conversation',
  messages: [
    { from: 'other', text: 'hey did u finish the maths worksheet?' },
    { from: 'child', text: 'almost, question 7 is so hard' },
    { from: 'other', text: 'its the fractions one right? u have to find the common denominator first' },
    { from: 'child', text: 'ohhh ok that makes sense' },
    { from: 'other', text: 'mrs patel said we can hand it in on friday' },
    { from: 'child', text: 'nice, more time' },
    { from: 'other', text: 'wanna play minecraft after? im building a castle' },
    { from: 'child', text: 'yes!! can i do the moat' },
    { from: 'other', text: 'deal, ask ur mum if u can play till 6' },
    { from: 'child', text: 'ok brb' },
    { from: 'other', text: 'see u in the server' },
  ],
};
