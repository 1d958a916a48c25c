import { findAll, phraseFinder, wordAlternation } from '../phrases';
import type { Rule } from '../rule';
import { isNegated } from '../negation';
import { AGE_QUESTION_PHRASES, BARE_AGE_QUESTIONS } from './phrases/age-probe';

// Asking a child's age (or grade, or "asl") is how groomers check they have found a child, often
// in the first minutes (Kloess, Hamilton-Giachritsis & Beech 2019). Children ask it too, so alone
// it is only a notice; it matters when the same person adds another sign.

/** A message that is only "age?" or "edad?": a bare question, common on random-chat sites. */
const BARE = new RegExp(`^${wordAlternation(BARE_AGE_QUESTIONS)} ?\\?*$`, 'u');
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
const find = phraseFinder(AGE_QUESTION_PHRASES);

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
  phrases: AGE_QUESTION_PHRASES,
  // Whether it is someone else's age is checked only when something matched: most messages never pay for it.
  find(text) {
    const spans = spansIn(text.normal);
    return spans.length > 0 && asksSomeoneElsesAge(text.normal) ? [] : spans;
  },
};
