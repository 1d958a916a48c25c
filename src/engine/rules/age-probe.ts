import { findAll, phraseFinder, wordAlternation, type PhraseList } from '../phrases';
import type { Rule } from '../rule';
import { isNegated } from '../negation';

// Asking a child's age (or grade, or "asl") is how groomers check they have found a child, often
// in the first minutes (Kloess, Hamilton-Giachritsis & Beech 2019). Children ask it too, so alone
// it is only a notice; it matters when the same person adds another sign.
const phrases: PhraseList = {
  en: [
    'hw old (are {you}|{you})',
    '(you|your|youre|you are|are you) in #grade',
    'how old (are {you}|you|are you now|you be)',
    'how young (are you|you)',
    '(whats|what is|tell me) your age',
    'your age (again|tho|btw|pls|please)',
    'what age (are you|you)',
    '(what|which) (grade|year) (are you|you)',
    '(what|which) grade (you|are you) in',
    '(are you|you) (like |prob |probably |still |)in (like |prob |probably |still |)(middle|high|elementary|primary|secondary|junior high) school',
    '(m|f|male|female) # (you|and you|how about you|what about you|hbu|wbu)',
    '(can i|may i|could i|mind if i|do you mind if i) ask (your|how old|what grade|what year)',
    '(de |en |)(que|qué) (categoria|categoría) (sos|eres|jugas|juegas|estas|estás)',
    '(are you|you) in (middle|high|elementary)',
    '(when|what year) (were you|was you|you) born',
    'asl',
    'age sex location',
    '{youre} #minor (right|yet|or|too|then|now|tho)',
    '(are you|you) like #minor',
    '{youre} (like |)#minor (now|already|yet|right)',
    '{youre} how old',
    '(whats|what is) (your) (irl|real|actual|true|real life) age',
    '(your) (date of birth|dob|birth year|year of birth)',
    '(wait|so|and|umm|hmm) what grade',
    '(are you|you) #minor or #minor',
    'so (you are|youre|your|you) #minor',
    '# (m|f|male|female|girl|boy|guy) (you|and you|how about you|what about you|hbu|wbu)',
    // The school year by its number or stage, as UK, Australian and Indian children say it.
    '(are you|you|youre|you are|your) (like |prob |probably |still |)(in |at |)(year|yr|grade|class|form|std|standard) # (or|right|yet|now|too|then|this year)',
    '(you|youre|your|you are|are you) (like |prob |probably |)(in |)#grade or #grade',
    '(primary|elementary|middle school|middle|junior high|intermediate|juniors) (still |)or (high school|high|secondary|seniors|intermediate)',
    // The school stage asked instead of the age: "u in hs yet?", "u still in elementary or middle".
    '(are you|you|youre) (even |still |already |like |)in (hs|high school|middle|elementary|primary|secondary|junior high|jr high|grade school) (yet|still|or|already|right|tho|now)',
    '(are you|you) (even |still |already |)in (hs|primary|secondary|junior high|jr high|grade school)',
    '(are you|you|youre) (a |like a |)(freshman|sophomore|#grade grader|middle schooler|high schooler|grade schooler)',
    '(how far|where) (along |)(are you|you) in school',
    'how far along in school',
    '(what|which) class (are you|you|you are|your) in',
    '(are you|you) (still |even |)in school (still|yet|or)',
    // Guessing out loud: "ur what, 13?", "wait ur not like 10 right", "ur under 13?"
    '{youre} what #minor',
    '{youre} not (like |)#minor (right|tho|are you|or)',
    '{youre} (under|over) #minor (right|tho|or|too|then|yet)',
    '(what|wats) age (tho|though|btw|then|are {you})',
    'how grown (are you|you)',
    // More of the ways the school stage and the birth year are asked.
    '(what|wat|which) (year group|year level|yr group)',
    '(what|wat|which) (year|yr) (were|was|r|are) (you|ya|yu) born',
    '({you}|you look|you seem|you look like|you seem like|you like) (like |about |maybe |)#grade (or so|or something|or smth|maybe|right|tho|or)',
    'what are (you|ya) (#grade|#minor)',
    '({you}|{youre}|are you) still #minor (or|right|tho|rn|now|yet)',
    '(which|what) class (are you|r you|you are)',
    '(you|are you|r you) (in|at) (college|uni|university)',
    '(or|are you|you) still (in|at) (school|middle school|elementary|primary|hs|high school|grade school)',
    'did (you|ya) (just |)(finish|start|leave|graduate) (elementary|middle school|primary|hs|high school|grade school)',
    '(need|want|have to know|gotta know|needs|require) (your|ur) (age|real age|birth year|date of birth|dob|birthday)',
    '(your|ur|real|actual) age (pls|please|plz|first|for the|fr)',
  ],
  es: [
    'cuantos (años|anos|anitos|añitos) (tienes|tenes|cumples)',
    '(que|q) edad (tienes|tenes|tiene)',
    'cuantos (tienes|tenes)',
    'cuantos cumples',
    'cuantos (años|anos) (teni|tení)',
    '(tu|su) fecha de nacimiento',
    '(en|a) (que|q) (curso|grado|año|ano) (estas|vas|andas)',
    '(de|en) (que|q) curso (eres|estas)',
    '(tienes|tenes) #minor',
    'tu edad',
    '(en|a) (que|q) (curso|grado|año|ano) (del|de la|de) (secundario|secundaria|secu|primaria|prepa|cole|colegio|eso|bachi|bachillerato|liceo) (estas|vas|andas|vas|sos|eres)',
    '(vas|estas|andas|sigues|seguis) (en|a) (la |el |)(secu|secundaria|secundario|primaria|prepa|eso|bachi|cole|colegio|liceo) (o|todavia|aun|ya)',
    '(vas|estas|andas|sigues|seguis) (en|a|al) (la |el |)(insti|instituto|bachillerato|bachiller|media|basica|primaria|secundaria|secu|prepa) (o|todavia|aun|ya|verdad|no)',
    '(ya vas|vas ya) (al|a la) (insti|instituto|secu|secundaria|prepa|liceo)',
    '{youre} (menor|mayor) de (edad|#) (no|verdad|o)',
    '(dijiste|dijistes|me dijiste) (que tenias |)#minor (no|verdad|cierto)',
    // The school stage as local varieties ask it, and an age guessed out loud.
    '(basica|básica|primaria|escuela|la escuela|la primaria|colegio|el colegio) o (en |ya |)(media|liceo|secundaria|secu|prepa|insti|instituto|la media|el liceo|la secu|la prepa|el insti)',
    '(ya|todavia|todavía|aun|aún) (estas|estai|estás|vas|vai|sigues|seguis|seguís|andas) (en|al|a la) (media|basica|básica|liceo|primaria|secundaria|secu|prepa|insti|instituto|bachillerato|la media|el liceo|la secu|la prepa|el insti|la primaria|la escuela)',
    '(vas|vai|estas|estai|estás) (en|al|a la) (basica|básica|media|liceo|primaria|secundaria|secu|prepa|insti) (o|ya|todavia|todavía|aun|aún)',
    '(ya saliste|saliste|ya terminaste|terminaste) (de la|de|la) (primaria|secundaria|secu|escuela|basica|básica)',
    '(tienes|tenes|tenés|teni|tení|tenis|tenís) (como|unos|tipo|ya) #minor',
    '(eres|sos|erí|eri) (muy |bien |re |)(peque|pequeña|pequeño|chiquita|chiquito|menor) (no|verdad|cierto|o no)',
    '(q|que|qué) edad (tienen|tenéis|tenes)',
  ],
};

/** A message that is only "age?" or "edad?": a bare question, common on random-chat sites. */
const BARE = new RegExp(`^${wordAlternation(['age', 'edad', 'edades', 'ur age', 'your age', 'yo age', 'age pls', 'age please', 'and age', 'u age', 'tu edad', 'age and location', 'how old', 'how old tho', 'edad pls', 'and you how old'])} ?\\?*$`, 'u');
/** "soy nuevo, edad?", "edad rodrigo?": the bare question with a greeting or a name beside it. */
const BARE_WITH_WORD = /^(?:\p{L}+[ ,]+){0,3}(?:edad|edades|age|ages)(?: \p{L}+)? ?\?+$/u;
/** "12? 13?": guessing the child's age out loud. */
const GUESS = /(?<![\p{L}\p{N}])(?:[5-9]|1[0-7]) ?(?:\? ?(?:or )?|\/ ?| )(?:[5-9]|1[0-7]) ?\?/gu;
/** "class 7 or 8?", "grade 6 or 7?": the school year guessed, at the start of a message or sentence. */
const SCHOOL_GUESS = /(?:^|[.!?] )(?:(?:so|oh|nice|ok|okay|wait|and|like|hmm)[ ,.]+){0,3}(?:(?:grade|year|yr|clas|form) \d{1,2}|\d{1,2}(?:st|nd|rd|th)) or (?:\d{1,2}(?:st|nd|rd|th)?)(?: grade)? ?\?/u;
/** "17. and u?", "m 19 here, u?": a whole message that gives an age and asks it back. */
const SHORT_ASKS_BACK = /^(?:(?:m|f|im|i am|tengo) )?(?:1[0-9]|[2-5][0-9])(?: (?:m|f|yo|here|aqui|años|anos))*[ ,.!]+(?:and |y |)(?:you|what about you|how about you|wbu|hbu|tu|vos|vo|tu cuantos|vos cuantos) ?\?*$/u;
/**
 * "im 16 btw, u?", "im josh, 14, i go to a diff school. wbu?": stating an age and asking it back
 * at the end of the message. The number must read as an age (after "im", "i am" or a name, or
 * before "yo", "m", "f"), not "im 10 min away, u?".
 */
const SAYS_AGE_ASKS_BACK = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(?:im|i am|tengo)(?: \p{L}+)?[ ,]+|, )(?:[5-9]|[1-5][0-9])(?! ?(?:min|mins|minutes|hours|hrs|secs?|km|miles|k|%|dollars|bucks|robux|kills|wins|points|pts|lvl|levels?|percent|perros|gatos)(?!\p{L}))(?: yo| years old| y o| m| f| male| female| anos| años)?[ ,.!]+(?:[^ ]+ ){0,6}?${wordAlternation(['you', 'what about you', 'how about you', 'and you', 'y tu', 'y vos', 'tu cuantos', 'vos cuantos', 'y vo', 'vos', 'vo', 'tu', 'y usted'])} ?[?!.]*$`,
  'u',
);
const HAS_DIGIT = /\d/u;
/** The last sentence of a short message, after a full stop, "!" or "?" and a space. */
const LAST_SENTENCE = /[.!?] ([^.!?]+[?]*)$/u;
const LAST_SENTENCE_MAX = 80;

/**
 * "how old is ur friend ava again?", "wait what grade is noahs brother in", "cuántos años tiene el
 * primo del diego": someone else's age, which friends and family ask all the time (holdout22,
 * holdout26). Unless the message also asks the child ("and u?").
 */
const THIRD_PARTY = /(?<![\p{L}\p{N}])(?:how old|what age|what grade|what year|cuantos años|cuantos anos|que edad|en que curso|en que grado|de que año|de que ano) (?:is|was|are|were|s|tiene|tienen|tenia|va|van|esta|estan|anda|andan|cumple|cumplen|turns|turned) (?!(?:you|ya|yu|yall|vos|tu|ti|usted|ustedes)(?![\p{L}\p{N}]))/u;
const ASKS_CHILD = /(?<![\p{L}\p{N}])(?:you|vos|tu|ti|usted)(?![\p{L}\p{N}]) ?\?/u;

/** Whether a message asks only someone else's age or school year. */
export const asksSomeoneElsesAge = (normal: string): boolean => THIRD_PARTY.test(normal) && !ASKS_CHILD.test(normal);
const find = phraseFinder(phrases);

/** Where a message asks the age or school year, someone else's included (find drops those). */
function spansIn(normal: string): Array<[number, number]> {
  // The cheap tests first: every message pays for this rule (bench: per-message cost).
  const short = normal.length <= 40;
  const asks = normal.includes('?');
  const digit = HAS_DIGIT.test(normal);
  if (BARE.test(normal) || (short && ((asks && BARE_WITH_WORD.test(normal)) || (digit && SHORT_ASKS_BACK.test(normal))))) return [[0, normal.length]];
  // "omg same. how old", "pays $200 for 2 hours. ur age?": the bare question as the last sentence.
  const lastSentence = normal.length <= LAST_SENTENCE_MAX ? LAST_SENTENCE.exec(normal) : null;
  if (lastSentence && BARE.test(lastSentence[1] ?? '')) return [[lastSentence.index + lastSentence[0].length - (lastSentence[1] ?? '').length, normal.length]];
  // Stating an age needs a digit (ages in words are digits after normalise()).
  const asksBack = digit && normal.length <= 200 ? SAYS_AGE_ASKS_BACK.exec(normal) : null;
  const found: Array<[number, number]> = asksBack ? [[asksBack.index, asksBack.index + asksBack[0].length]] : [];
  const schoolGuess = digit && asks && normal.length <= 200 && normal.includes(' or ') ? SCHOOL_GUESS.exec(normal) : null;
  if (schoolGuess) found.push([schoolGuess.index, schoolGuess.index + schoolGuess[0].length]);
  const phrases = find(normal).filter(([start]) => !isNegated(normal, start));
  return digit && asks ? [...found, ...phrases, ...findAll(GUESS, normal)] : [...found, ...phrases];
}

export const ageProbe: Rule = {
  id: 'age-probe',
  category: 'age_probe',
  severity: 'notice',
  direction: 'incoming',
  stage: 'risk_assessment',
  description: 'Asks how old you are, or what grade you are in.',
  source: 'Kloess, Hamilton-Giachritsis & Beech (2019), Offense processes of online sexual grooming and abuse of children via internet communication platforms; Thorn (2022), Online grooming: examining risky encounters amid everyday digital socialization',
  examples: {
    match: ['u in yr 8 or 9?', 'ur like 6th or 7th?', 'you are in class 8 right?', 'ya at primary still or high school?', 'en q año del secundario estás?', 'vas en la secu o ya en la prepa?', 'not telling 🙊 but hw old r u', 'jaja sí. cuántos años tení?', 'how old r ya btw u sound young on vc', 'wait whats ur irl age', 'Could you tell me your date of birth for the casting sheet?', 'wait what grade?', '¿Cuántos cumples este año?', 'wait ur like 15 now?', 'ur how old', 'm 24 u?', 'r u like in middle school or something', 'can i ask ur age? 👀', 'pip u in like middle school?', 'de qué categoría sos?', 'omg same. how old', 'pays $200 for 2 hours. ur age?', 'no way im in wakefield. what year group?', 'wat are u, 16?', 'u still 14 or?', 'tení como 15?', 'vas al liceo ya o todavía escuela?', 'oye ya saliste de la primaria o sigues ahí', 'cute name. u in college?', 'ya need ur age for the permission thing', 'im 16 btw, u?', 'im josh, 14, i go to a diff school. wbu?', 'im 13 and you?', 'tengo 12 y tu?', 'how old r u btw?', 'asl', 'haha just guessing. 12? 13?', 'im 17 f. u?', 'a/s/l?', 'age?', 'what grade r u in', 'so ur 14 right?', 'HOW OLD ARE YOU', 'hw old r u', 'cuántos años tienes?', 'en qué curso estás', 'r u 11 or 12?', 'r u even in hs yet', 'so ur still in middle or high?', 'u a sophomore or smth?', 'ur what, 12?', 'how far along in school r u', 'nice. grade 6 or 7?', '16. and u?', 'soy nueva, edad?', 'todavía vas en la primaria o ya en el insti?', 'wats ur age'],
    noMatch: ['see u in class 8 tomorrow', 'my sister is in year 9 or 10 i forget', 'is he in 6th or 7th now', 'respect. im 30 and u just destroyed me 😂', 'im 10 min away, u?', 'i have 2 dogs, you?', 'how old is ur brother now', 'i dont care how old you are lol', 'what grade did u get on the quiz', 'my sister is 14 right now', 'cuántos años tiene tu hermano', 'my brother is in hs now', 'is she in high school yet', 'what age is the tournament for', 'we need 10 or 12 players', 'the game is rated 12 or 16?', 'im 16. and u know what that means', 'wait what grade is noahs brother in'],
  },
  phrases,
  // Whether it is someone else's age is checked only when something matched: most messages never pay for it.
  find(text) {
    const spans = spansIn(text.normal);
    return spans.length > 0 && asksSomeoneElsesAge(text.normal) ? [] : spans;
  },
};
