// Data for normalise.ts, kept apart so it can grow without touching the code. Everything here is
// applied identically to chat text and to phrase lists (phrases go through the same normalise()),
// so a table entry can only make more spellings meet, never make a phrase unreachable.

/**
 * Letters of other scripts that look like Latin ones, keyed by the Latin letter they are read as,
 * in lower case (upper case is lower-cased first, so "А" and "а" both become "a"). Groomers and
 * spammers write "ѕеx" or "nudеs" with Cyrillic or Greek letters to slip past word filters; the
 * "fancy text" generators they copy from also use Latin small capitals. Written as escapes
 * because the real characters are, by design, impossible to tell apart from Latin in source.
 * Full-width and mathematical letters are not here: NFKC already folds them.
 */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  a: '\u0430\u03B1\u0251\u1D00', // Cyrillic а, Greek α, Latin ɑ, small capital ᴀ
  b: '\u0432\u03B2\u0299', // Cyrillic в (lower case of В), Greek β, small capital ʙ
  c: '\u0441\u03F2\u1D04', // Cyrillic с, Greek lunate sigma ϲ, small capital ᴄ
  d: '\u0501\u1D05', // Cyrillic ԁ, small capital ᴅ
  e: '\u0435\u03B5\u1D07', // Cyrillic е, Greek ε, small capital ᴇ
  f: '\uA730', // small capital ꜰ
  g: '\u0261\u0262\u050D', // Latin script ɡ, small capital ɢ, Cyrillic ԍ
  h: '\u04BB\u043D\u029C', // Cyrillic һ, Cyrillic н (lower case of Н), small capital ʜ
  i: '\u0456\u03B9\u026A\u0131\u04CF', // Cyrillic і, Greek ι, small capital ɪ, dotless ı, palochka ӏ
  j: '\u0458\u03F3\u0237\u1D0A', // Cyrillic ј, Greek ϳ, dotless ȷ, small capital ᴊ
  k: '\u043A\u03BA\u1D0B', // Cyrillic к, Greek κ, small capital ᴋ
  l: '\u029F', // small capital ʟ
  m: '\u043C\u1D0D', // Cyrillic м (lower case of М), small capital ᴍ
  n: '\u0274', // small capital ɴ (not Greek η: its capital Η reads as H, and "ΗΟΤ" must not become "not")
  o: '\u043E\u03BF\u1D0F', // Cyrillic о, Greek ο, small capital ᴏ
  p: '\u0440\u03C1\u1D18', // Cyrillic р, Greek ρ, small capital ᴘ
  q: '\u051B', // Cyrillic ԛ
  r: '\u0280', // small capital ʀ
  s: '\u0455\uA731', // Cyrillic ѕ, small capital ꜱ
  t: '\u0442\u03C4\u1D1B', // Cyrillic т (lower case of Т), Greek τ, small capital ᴛ
  u: '\u03C5\u03BC\u1D1C', // Greek υ, Greek μ (also the micro sign after NFKC), small capital ᴜ
  v: '\u03BD\u0475\u1D20', // Greek ν, Cyrillic ѵ, small capital ᴠ
  w: '\u051D\u03C9\u0461\u1D21', // Cyrillic ԝ, Greek ω, Cyrillic ѡ, small capital ᴡ
  x: '\u0445\u03C7', // Cyrillic х, Greek χ
  y: '\u0443\u03B3\u04AF\u028F', // Cyrillic у, Greek γ, Cyrillic ү, small capital ʏ
  z: '\u1D22', // small capital ᴢ
};

/**
 * Emoji that stand for a word in grooming and sextortion chats ("send 📸", "🤫 dont tell"),
 * keyed by the word. Other emoji stay as they are.
 */
export const EMOJI_WORDS: Readonly<Record<string, string>> = {
  pic: '📸📷🤳',
  video: '🎥📹',
  shh: '🤫🤐',
  hot: '🔥',
  kiss: '😘💋',
  sexy: '🍆🍑💦👅',
  gift: '🎁',
  money: '💵💰💸🤑',
};

/**
 * Leetspeak digits and symbols, read as letters only inside a word (normalise.ts decides when),
 * so "s3cr3t" and "n00ds" meet their plain spelling while ages and phone numbers stay digits.
 */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  // "p!cs", "s!ck": an exclamation mark between letters is an i (a sentence's one has a space after).
  '!': 'i',
};

/** Characters people put between single letters to break up a word: "s.n.a.p", "a/s/l", "n*u*d*e*s". */
export const SEPARATORS = '.-_*•·/';

/**
 * Words that are joined back when spelled as single letters with spaces between ("p i c").
 * Only these, because ordinary chat is full of single-letter words: "r u a girl" must stay apart.
 */
export const SPACED_WORDS: readonly string[] = [
  'pic', 'pics', 'pix', 'snap', 'nude', 'nudes', 'sex', 'sexy', 'cam', 'asl', 'kik', 'naked',
  'secret', 'horny', 'video', 'vid', 'boobs', 'dick',
];

/**
 * Chat abbreviations, whole words only, written in plain spelling: normalise.ts collapses repeated
 * letters in keys and values the same way it does in text ("addy" is looked up as "ady").
 * Deliberately absent: "ya" (often means yes), "yo", "k", and words kept as they are ("asl", "dm").
 * No value may contain a key, so normalising twice gives the same text.
 */
/** Number words for ages 10–19 and the tens to 50. */
export const NUMBER_WORDS_EN: Readonly<Record<string, string>> = {
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50',
};
export const NUMBER_WORDS_ES: Readonly<Record<string, string>> = {
  diez: '10', doce: '12', trece: '13', catorce: '14', quince: '15', dieciseis: '16', diecisiete: '17',
  dieciocho: '18', diecinueve: '19', veinte: '20', treinta: '30', cuarenta: '40', cincuenta: '50',
};

export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  // English
  u: 'you',
  ur: 'your',
  urself: 'yourself',
  m3: 'me',
  urselves: 'yourselves',
  r: 'are',
  pix: 'pics',
  pik: 'pic',
  piks: 'pics',
  picz: 'pics',
  pikz: 'pics',
  any1: 'anyone',
  sum1: 'someone',
  every1: 'everyone',
  vid: 'video',
  vids: 'videos',
  cam: 'camera',
  cams: 'cameras',
  addy: 'address',
  wyd: 'what are you doing',
  hbu: 'how about you',
  wbu: 'what about you',
  rn: 'right now',
  irl: 'in real life',
  sc: 'snapchat',
  ft: 'facetime',
  pls: 'please',
  plz: 'please',
  plez: 'please',
  pleas: 'please',
  ppl: 'people',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  wat: 'what',
  wats: 'whats',
  wuts: 'whats',
  wut: 'what',
  wht: 'what',
  wen: 'when',
  luv: 'love',
  kno: 'know',
  gurl: 'girl',
  grl: 'girl',
  bf: 'boyfriend',
  gf: 'girlfriend',
  b4: 'before',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrow: 'tomorrow',
  '2moro': 'tomorrow',
  tomoro: 'tomorrow',
  '2nite': 'tonight',
  tonite: 'tonight',
  ne1: 'anyone',
  no1: 'no one',
  some1: 'someone',
  nudez: 'nudes',
  noodz: 'nudes',
  noods: 'nudes',
  nudies: 'nudes',
  // Spanish
  q: 'que',
  xq: 'porque',
  pq: 'porque',
  porq: 'porque',
  tb: 'tambien',
  tmb: 'tambien',
  dnd: 'donde',
  cdo: 'cuando',
  mñn: 'mañana',
  mñna: 'mañana',
  // Ages in words ("im thirteen", "tengo trece"), so the age rules read them as numbers. Only
  // words that are nothing else: not "one" ("just one"), not Spanish "once" (English "once").
  // number-words.test.ts checks the English ones against compromise's number parser.
  ...NUMBER_WORDS_EN,
  ...NUMBER_WORDS_ES,
};
