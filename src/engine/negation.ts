// "I'd never ask for pics", "don't give ur snap to anyone", "staff will NEVER ask for your
// address": a request phrase right after a negation asks for nothing. Safety advice is full of
// such sentences (the dev corpus's moderators and parents), and warning on them teaches children
// that warnings are noise. Only the few words before the match count, so "no, send me a pic"
// (a refusal followed by a request) is not mistaken for a negated request.
const NEGATORS = new Set(['never', 'dont', 'do not', 'doesnt', 'didnt', 'wont', 'will not', 'cant', 'cannot', 'shouldnt', 'not', 'nunca', 'jamas']);
const WINDOW_WORDS = 4;
/** "i dont care, show me", "dont be shy send one": the negation ends with its own verb. */
const CLOSES_NEGATION = new Set(['worry', 'be', 'matter', 'judge', 'hesitate', 'stress', 'panic', 'freak', 'overthink', 'lie', 'cry', 'importa', 'preocupes', 'seas']);

/** Whether one of the WINDOW_WORDS words before `start` in normalised text is a negation. */
export function isNegated(normal: string, start: number): boolean {
  // A clause ends at punctuation, and at "but": "not telling 🙊 but how old are you" asks.
  const before = normal.slice(Math.max(0, start - 60), start).split(/[.!?,;:]| but | pero | tho | though | sino /u).at(-1) ?? '';
  const words = before.trim().split(' ').filter(Boolean).slice(-WINDOW_WORDS);
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ''}`;
    const next = NEGATORS.has(two) ? words[i + 2] : NEGATORS.has(words[i] ?? '') ? words[i + 1] : null;
    if (next === null) continue;
    if (!CLOSES_NEGATION.has(next ?? '')) return true;
  }
  return false;
}
