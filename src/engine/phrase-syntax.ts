// The phrase syntax of phrases.ts, parsed into a small tree so that two things can be read off
// one parse: the regular expression a phrase compiles to (unchanged since issue 4: the sources
// are the same strings the first compiler made, phrases.reference.ts checks it), and the words a
// match must contain (phrase-keys.ts), which lets the matcher skip phrases that cannot match.
import { normalise } from './normalise';

/** Variants of common words, any language; a slot's options may be several words. */
export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  you: ['you', 'yu', 'ya'],
  your: ['your', 'yo', 'you'],
  youre: ['youre', 'you are', 'your', 'you'],
  parents: ['parents', 'parent', 'mom', 'mum', 'mommy', 'dad', 'daddy', 'mother', 'father', 'family', 'folks', 'mama', 'step mom', 'stepmom', 'stepdad', 'grandma', 'grandpa'],
  padres: ['padres', 'papas', 'mama', 'papa', 'madre', 'padre', 'familia', 'viejos', 'jefes'],
  pic: ['pic', 'pics', 'picture', 'pictures', 'photo', 'photos', 'selfie', 'selfies', 'snap', 'snaps', 'image', 'images'],
  foto: ['foto', 'fotos', 'fotito', 'fotitos', 'selfie', 'selfies', 'imagen', 'imagenes', 'video', 'videos'],
  alone: ['alone', 'by yourself', 'home alone', 'on your own'],
  /** What is offered: game money, gift cards, things (rules/gifts-money.ts). */
  gift: [
    'robux', 'vbucks', 'v bucks', 'nitro', 'skin', 'skins', 'gift card', 'gift cards', 'money',
    'cash', 'credit', 'diamonds', 'gems', 'coins', 'premium', 'battle pass', 'pass', 'bundle',
    'sub', 'subs', 'account', 'hoodie', 'merch', 'shoes', 'sneakers', 'jordans', 'headset', 'mic',
    'phone', 'tablet', 'wacom', 'quest', 'console', 'xbox', 'ps5', 'switch', 'airpods', 'uc',
    'minecoins', 'stacks', 'steam card', 'xbox card', 'psn card', 'voucher', 'gift',
  ],
  app: ['snapchat', 'snap', 'insta', 'instagram', 'ig', 'kik', 'whatsapp', 'whats app', 'telegram', 'tele', 'discord', 'skype', 'wickr', 'signal', 'line', 'viber', 'tiktok', 'messenger', 'wechat', 'threema', 'session'],
};

/** Number tokens and the pattern of each: every one begins with an ASCII digit or "$". */
export const NUMBER_TOKENS: Readonly<Record<string, string>> = {
  '#': '\\d+(?:[.,:]\\d+)?',
  '$#': '\\$\\d+(?:[.,]\\d+)?',
  '#minor': '(?:[5-9]|1[0-7])',
  '#grade': '(?:[1-9]|1[0-2])(?:st|nd|rd|th)',
  '#curso': '[1-6](?:o|°|er|ero|ro|do|to)',
  '#adult': '(?:1[89]|[2-9][0-9])',
};

/** Between two words: a space, after punctuation that chat writers use loosely ("31 m. is that ok"). */
export const SEP = '[,.!?;:…]* ';
/** What may stand on either side of a match: anything but a letter or digit of any script. */
export const BEFORE_EDGE = '(?<![\\p{L}\\p{N}])';
export const AFTER_EDGE = '(?![\\p{L}\\p{N}])';

export type Part =
  | { kind: 'word'; normal: string }
  | { kind: 'choice'; options: Sequence[]; optional: boolean }
  | { kind: 'number'; token: string }
  | { kind: 'gap' };
/** The parts of a phrase in order, optional ones at either end dropped: the first and last are required. */
export type Sequence = Part[];

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/** Split a phrase into top-level tokens: words, {slots}, (groups), * and #tokens. */
export function tokens(phrase: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of phrase) {
    if (char === '(') {
      // "(so |really |)mature": a group ends a token even without a space after it.
      if (depth === 0 && current) out.push(current);
      if (depth === 0) current = '';
      depth++;
    }
    if (char === ')') depth--;
    if (depth < 0) throw new Error(`unbalanced ")" in phrase "${phrase}"`);
    if (char === ' ' && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += char;
    if (char === ')' && depth === 0) {
      out.push(current);
      current = '';
    }
  }
  if (depth !== 0) throw new Error(`unbalanced "(" in phrase "${phrase}"`);
  if (current) out.push(current);
  return out;
}

/** Split "a|b c|" at top-level bars. */
function alternatives(group: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of group) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === '|' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += char;
  }
  out.push(current.trim());
  return out;
}

const isOptional = (part: Part) => part.kind === 'gap' || (part.kind === 'choice' && part.optional);

function parsePart(token: string, phrase: string): Part {
  if (token === '*') return { kind: 'gap' };
  if (Object.hasOwn(NUMBER_TOKENS, token)) return { kind: 'number', token };
  const slot = /^\{(\w+)\}$/u.exec(token);
  if (slot) {
    const options = SLOTS[slot[1] ?? ''];
    if (!options) throw new Error(`unknown slot ${token} in phrase "${phrase}"`);
    // Options that read the same once normalised ("mom", "mum"?) are one option.
    const bySource = new Map<string, Sequence>();
    for (const option of options) {
      const sequence = parseSequence(option);
      const source = sequenceSource(sequence);
      if (!bySource.has(source)) bySource.set(source, sequence);
    }
    return { kind: 'choice', options: [...bySource.values()], optional: false };
  }
  if (token.startsWith('(') && token.endsWith(')')) {
    const options = alternatives(token.slice(1, -1));
    const present = options.filter((o) => o !== '');
    if (present.length === 0) throw new Error(`empty group in phrase "${phrase}"`);
    return { kind: 'choice', options: present.map(parseSequence), optional: present.length < options.length };
  }
  if (/[(){}|*]/u.test(token)) throw new Error(`malformed token "${token}" in phrase "${phrase}"`);
  // A literal word as normalise() writes it (it may become several words: "wyd").
  return { kind: 'word', normal: normalise(token).normal };
}

/** Parse a whole phrase (or one alternative inside a group). */
export function parseSequence(phrase: string): Sequence {
  const parts = tokens(phrase).map((t) => parsePart(t, phrase));
  // An optional word at either end changes nothing about where a phrase matches: drop it.
  while (parts[0] && isOptional(parts[0])) parts.shift();
  for (let last = parts.at(-1); last && isOptional(last); last = parts.at(-1)) parts.pop();
  if (parts.length === 0) throw new Error(`phrase "${phrase}" has no required word`);
  return parts;
}

function partSource(part: Part): string {
  switch (part.kind) {
    case 'gap':
      return GAP_WORDS;
    case 'number':
      return NUMBER_TOKENS[part.token] ?? '';
    case 'choice':
      return `(?:${part.options.map(sequenceSource).join('|')})`;
    case 'word':
      return escapeRegExp(part.normal);
  }
}

/** Up to three words, each with the space after it: what `*` reads once a separator has been read. */
export const GAP_WORDS = '(?:[^ ]+ ){0,3}';

/**
 * The regular expression source of a sequence: literals, alternations and bounded gaps over
 * single-space separated words. Each part after the first is read after a separator (SEP). A gap
 * is written "SEP(?:[^ ]+ ){0,3}" and the separator of the part after it is then already read, so
 * an optional part becomes "(?:X SEP)?" and a required one plain "X". This matches exactly what
 * "(?:SEP[^ ]+){0,3}SEP" would (a word with the punctuation and space after it is a run of
 * non-spaces and a space), but without its cubic backtracking: there, a run of punctuation
 * ("send ,,,, ,,,, ,,,, x") could be split between a gap word and the next separator in every way,
 * and 1,000 characters took seconds (issue 4). Now every unbounded repetition is a character
 * class followed by a character it cannot match (phrase-safety.test.ts checks every phrase).
 */
export function sequenceSource(sequence: Sequence): string {
  let source = '';
  let separatorRead = false; // the separator before the next part is already read (after a gap)
  sequence.forEach((part, i) => {
    const body = partSource(part);
    if (i === 0) source = body;
    else if (part.kind === 'gap') source += separatorRead ? body : `${SEP}${body}`;
    else if (isOptional(part)) source += separatorRead ? `(?:${body}${SEP})?` : `(?:${SEP}${body})?`;
    else source += separatorRead ? body : `${SEP}${body}`;
    if (part.kind === 'gap') separatorRead = true;
    else if (!isOptional(part)) separatorRead = false;
  });
  return source;
}
