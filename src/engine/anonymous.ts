// Anonymous question pages (NGL, Tellonym, ask.fm and the like) show every asker as "anonymous":
// the name says nothing about who wrote, so a classmate's "whats ur age lol" and a stranger's
// "where do u live" may be two people. Their everyday signs weigh as in a big group chat
// (scoring.ts); one asker who singles the child out still adds up as one person.
const ANONYMOUS_NAMES = new Set(['anonymous', 'anon', 'anonymous user', 'anonimo', 'anonima', 'anónimo', 'anónima', 'usuario anonimo', 'usuario anónimo']);

/** Whether a display name is the placeholder an anonymous-question site shows for every asker. */
export function isAnonymousName(author: string): boolean {
  return ANONYMOUS_NAMES.has(author.trim().toLowerCase());
}
