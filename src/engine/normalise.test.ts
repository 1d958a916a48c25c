import { describe, expect, it } from 'vitest';
import { normalise, originalSpan } from './normalise';
import { ABBREVIATIONS, EMOJI_WORDS, SPACED_WORDS } from './normalise-data';

const normal = (text: string) => normalise(text).normal;

/** The original text quoted for the `nth` occurrence of `found` in the normal text. */
function quote(original: string, found: string, nth = 0): string {
  const text = normalise(original);
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.normal.indexOf(found, start + 1);
  expect(start, `"${found}" in "${text.normal}"`).toBeGreaterThanOrEqual(0);
  return originalSpan(text, start, start + found.length).quote;
}

describe('normalise', () => {
  it('folds case, compatibility forms, apostrophes and white space', () => {
    expect(normal('  DON’T   Tell\tanyone ')).toBe('dont tel anyone');
    expect(normal('ｈｏｗ ｏｌｄ')).toBe('how old');
    expect(normal('𝐬𝐞𝐱')).toBe('sex');
  });

  it('drops zero-width characters hidden inside words', () => {
    expect(normal('se\u200Bcr\u200Det')).toBe('secret');
    expect(normal('nu\u2060de\uFEFFs')).toBe('nudes');
  });

  it('folds Latin accents but keeps ñ', () => {
    expect(normal('Café crème, ÜBER, ça, à')).toBe('cafe creme, uber, ca, a');
    expect(normal('años')).toBe('años');
    expect(normal('años')).not.toBe(normal('anos'));
    expect(normal('an\u0303os')).toBe('años'); // a decomposed ñ
    expect(normal('AÑOS')).toBe('años');
    expect(normal('Z̷̢a̶l̸g̸o̵')).toBe('zalgo');
  });

  it('leaves other scripts their own letters and accents', () => {
    expect(normal('й')).toBe('й');
    expect(normal('и\u0306')).toBe('й');
    expect(normal('안녕하세요')).toBe('안녕하세요');
    expect(normal('नमस्ते')).toBe('नमस्ते');
  });

  it('reads look-alike letters from other scripts as Latin', () => {
    expect(normal('\u0455\u0435x')).toBe('sex'); // Cyrillic ѕ and е
    expect(normal('s\u0435nd nud\u0435\u0455')).toBe('send nudes');
    expect(normal('\u0440\u0456\u0441')).toBe('pic'); // Cyrillic р, і, с
    expect(normal('\u041D\u041E\u0422')).toBe('hot'); // Cyrillic capitals Н, О, Т
    expect(normal('\u03BAi\u03C3s')).toBe('kiσs'); // Greek κ reads k; σ looks like no Latin letter
    expect(normal('\u0274\u1D1C\u1D05\u1D07s')).toBe('nudes'); // small capitals
  });

  it('reads emoji that carry meaning as words', () => {
    expect(normal('send 📸')).toBe('send pic');
    expect(normal('send📸now')).toBe('send pic now');
    expect(normal('📸📹')).toBe('pic video');
    expect(normal('🤫 dont tell')).toBe('sh dont tel'); // "shh" collapses like any word
    expect(normal('😘\uFE0F')).toBe('kis');
    expect(normal('🤳🏽')).toBe('pic');
    expect(normal('🎁 💸')).toBe('gift money');
    expect(normal('ok 😊')).toBe('ok 😊'); // other emoji stay
    const text = normalise('a 📸 b');
    expect(text.origin.slice(1, 6)).toEqual([1, 2, 2, 2, 2]); // the space before "pic" is the original space
  });

  it('reads leetspeak inside words', () => {
    expect(normal('s3cr3t')).toBe('secret');
    expect(normal('p1c')).toBe('pic');
    expect(normal('h0rny')).toBe('horny');
    expect(normal('ple@se')).toBe('please');
    expect(normal('s3x')).toBe('sex');
    expect(normal('n00ds')).toBe('nudes'); // "noods", then the abbreviation
    expect(normal('p!cs')).toBe('pics');
    expect(normal('wow! so fun!!')).toBe('wow! so fun!!'); // a sentence's marks stay
  });

  it('keeps digits that are not inside a word: ages, times, prices, phone numbers', () => {
    for (const kept of ['13', '14f', '13yo', '7th', '555-0142', '$50', '2day', '3:15', '2000', '555']) {
      expect(normal(kept)).toBe(kept);
    }
    expect(normal('@rex_staff')).toBe('@rex_staf'); // the @ stays; "ff" collapses
    expect(normal('b4')).toBe('before'); // not leetspeak, but an abbreviation
    expect(normal('im 13 and she is 14')).toBe('im 13 and she is 14');
  });

  it('joins single letters split by separators', () => {
    expect(normal('s.n.a.p')).toBe('snap');
    expect(normal('p-i-c')).toBe('pic');
    expect(normal('a/s/l?')).toBe('asl?');
    expect(normal('n*u*d*e*s')).toBe('nudes');
    expect(normal('s_e_x')).toBe('sex');
    expect(normal('n•u•d•e')).toBe('nude');
    expect(normal('x-ray t-shirt')).toBe('x-ray t-shirt');
  });

  it('joins single letters split by spaces only into allowlisted words', () => {
    expect(normal('p i c')).toBe('pic');
    expect(normal('send s n a p')).toBe('send snap');
    expect(normal('n u d e s')).toBe('nudes');
    expect(normal('u p i c s')).toBe('you pics');
    expect(normal('r u a girl')).toBe('are you a girl');
    expect(normal('u r a cutie')).toBe('you are a cutie');
    expect(normal('i c u')).toBe('i c you');
  });

  it('collapses repeated letters, on both sides of a match', () => {
    expect(normal('sooo')).toBe('so');
    expect(normal('heyyy')).toBe('hey');
    expect(normal('pleeease')).toBe('please');
    expect(normal('cuuute')).toBe('cute');
    expect(normal('meet')).toBe('met');
    expect(normal('meeeet')).toBe(normal('meet'));
    expect(normal('good')).toBe('god');
    expect(normal('llamo')).toBe('lamo');
  });

  it('expands chat abbreviations as whole words', () => {
    expect(normal('u?')).toBe('you?');
    expect(normal('r, u')).toBe('are, you');
    expect(normal('wyd rn')).toBe('what are you doing right now');
    expect(normal('hbu')).toBe('how about you');
    expect(normal('PLZ send pix')).toBe('please send pics');
    expect(normal('wanna ft tmrw?')).toBe('want to facetime tomorow?');
    expect(normal('ne1 no1 some1')).toBe('anyone no one someone');
    expect(normal('addy')).toBe(normal('address'));
    expect(normal('xq no me dices q edad tienes')).toBe('porque no me dices que edad tienes');
    expect(normal('mñn')).toBe('mañana');
    expect(normal('ur bf')).toBe('your boyfriend');
  });

  it('leaves words alone that look like abbreviations but mean something else', () => {
    expect(normal('ya k yo')).toBe('ya k yo');
    expect(normal('asl dm')).toBe('asl dm');
    expect(normal('user run')).toBe('user run');
  });

  it('maps a normalised span back to the original text', () => {
    const text = normalise('Hey!! How   OLD r u 😊');
    expect(text.normal).toBe('hey!! how old are you 😊');
    const start = text.normal.indexOf('how old');
    const span = originalSpan(text, start, start + 'how old'.length);
    expect(span.quote).toBe('How   OLD');
  });

  it('quotes the original for leetspeak, emoji, abbreviations and spaced letters', () => {
    const original = 'send me a p1c 📸 pls';
    expect(normal(original)).toBe('send me a pic pic please');
    expect(quote(original, 'pic')).toBe('p1c');
    expect(quote(original, 'pic', 1)).toBe('📸');
    expect(quote(original, 'please')).toBe('pls');
    expect(quote(original, 'pic please')).toBe('📸 pls');
    expect(quote('hey wyd?', 'what are you doing')).toBe('wyd');
    expect(quote('send p i c now', 'pic')).toBe('p i c');
    expect(quote('add me on s.n.a.p', 'snap')).toBe('s.n.a.p');
    expect(quote('\u0455\u0435x', 'sex')).toBe('\u0455\u0435x');
  });

  it('quotes repeated letters and modifiers in full', () => {
    expect(quote('ur sooo cuuute!', 'cute')).toBe('cuuute');
    expect(quote('😘\uFE0F ok', 'kis')).toBe('😘\uFE0F');
    expect(quote('caf\u00E9 ', 'cafe')).toBe('caf\u00E9');
    expect(quote('cafe\u0301 ', 'cafe')).toBe('cafe\u0301');
  });

  it('quotes whole astral characters', () => {
    const text = normalise('ok 😊');
    const start = text.normal.indexOf('😊');
    expect(originalSpan(text, start, start + 2).quote).toBe('😊');
    expect(originalSpan(text, start, start + 1).quote).toBe('😊');
  });

  it('keeps one origin entry per normalised unit, plus the end', () => {
    const samples = ['', ' ', 'ǅ ﬁ Ⅻ', '\u0000\uFFFF', '\uD800 lone surrogate', 'a'.repeat(1000), '👩‍👩‍👧 ok'];
    for (const s of samples) {
      const text = normalise(s);
      expect(text.origin.length).toBe(text.normal.length + 1);
      expect(text.origin.at(-1)).toBe(s.length);
    }
  });
});

describe('normalise data', () => {
  it('lists each spaced word once, and each joins back', () => {
    expect(new Set(SPACED_WORDS).size).toBe(SPACED_WORDS.length);
    for (const word of SPACED_WORDS) expect(normal(Array.from(word).join(' '))).toBe(normal(word));
  });

  it('reaches every abbreviation and leaves its expansion stable', () => {
    for (const [short, long] of Object.entries(ABBREVIATIONS)) {
      expect(normal(short), short).toBe(normal(long));
      expect(normal(normal(long)), long).toBe(normal(long));
      for (const word of long.split(' ')) expect(Array.from(word).length, long).toBeGreaterThan(1);
    }
  });

  it('reads every listed emoji as its word', () => {
    for (const [word, emoji] of Object.entries(EMOJI_WORDS)) {
      for (const char of emoji) expect(normal(char)).toBe(normal(word));
    }
  });
});
