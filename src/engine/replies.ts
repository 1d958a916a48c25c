// A bare "ok" means what it answers. Right after someone asks the child to keep a secret or to
// meet, "ok", "sure", "vale" is the child agreeing (the dev corpus labels it so, as a moderator
// would), and it is often the last moment a warning can still help (FORMAT.md, must_warn_by).
import type { NormalisedText } from './normalise';
import type { Category, Reason } from './types';
import { wordAlternation } from './phrases';

const YES_WORDS = wordAlternation(['ok', 'okay', 'okey', 'oki', 'k', 'kk', 'sure', 'yes', 'yeah', 'ya', 'yep', 'yup', 'fine', 'deal', 'bet', 'alright', 'i guess', 'i will', 'will do', 'got it', 'promise', 'i promise', 'vale', 'va', 'dale', 'bueno', 'si', 'claro', 'de acuerdo', 'lol', 'haha', 'jaja', 'um', 'uh', 'hmm', 'then', 'too', 'ok then', 'i will delete it', 'ill do it']);
const AFFIRMATIVE = new RegExp(`^(?:${YES_WORDS}[ ,]*){1,4}[!.?]*$`, 'u');

/** What the reason says for each kind of reply (the rules' descriptions say it for the rest). */
export const REPLY_DESCRIPTION: Record<'agrees_to_secrecy' | 'agrees_to_meet' | 'discloses_personal_info' | 'discloses_age', string> = {
  agrees_to_secrecy: 'You said yes to keeping it secret.',
  discloses_age: 'You answered a question about your age or school year.',
  agrees_to_meet: 'You said yes to meeting.',
  discloses_personal_info: 'You answered a question about where you live or other private details.',
};

/** A reply that gives nothing away: a refusal, a question back, a dodge. */
const DODGE = new RegExp(`^(?:(?:lol|haha|jaja|um|uh|ok|ya|hmm|ugh|bro|ew)[ ,.!]+)?(?:${wordAlternation(['no', 'nope', 'nah', 'not telling', 'why', 'idk', 'i dont know', 'nice try', 'i cant', 'cant say', 'secret', 'none of your business', 'lol no', 'no lol', 'not saying', 'thats personal', 'thats private', 'i dont give', 'i dont share', 'my mom says', 'my parents said', 'who is this', 'who are you', 'wdym', 'what', 'huh', 'nunca', 'no se', 'por que', 'para que', 'quien eres', 'no te', 'prefiero no'])})(?![\\p{L}\\p{N}])`, 'u');
const MAX_ANSWER_WORDS = 6;

/** "maybe at 2", "4?", "sat works", "a las 5": a time or a day given back to a proposed meeting. */
const TIME_ANSWER = new RegExp(
  String.raw`^(?:\p{L}+[ ,]+){0,2}(?:(?:at|around|like|a las|tipo|como a las) )?(?:(?:1[0-2]|[1-9])(?::[0-5]\d)? ?(?:pm|am|ish)?(?![\p{L}\p{N}])|${wordAlternation(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'sat', 'sun', 'tomorrow', 'tonight', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'mañana'])}(?![\p{L}\p{N}]))`,
  'u',
);

/**
 * An age or a school year in a short answer to "how old r u": "13 nan!!", "12 casi 13", "year 8",
 * "class 7", "gr 7", "sexto", "2 de la eso", "2011". Alone these could be anything (a score, a
 * time); right after the age question they are the child's age (the corpora label them so).
 */
const AGE_ANSWER = new RegExp(
  String.raw`^(?:\p{L}+[ ,]+){0,2}(?:(?:[5-9]|1[0-7])(?![\p{L}\p{N}]|:\d| ?(?:min|mins|minutes|hours|hrs|k|%))|(?:year|yr|class|clas|grade|gr|form|std) (?:[1-9]|1[0-2])(?!\d)|(?:[1-9]|1[0-2])(?:st|nd|rd|th)|20(?:0[5-9]|1\d|20)(?!\d)|(?:[1-6](?:o|º|°)? )?${wordAlternation(['sexto', 'septimo', 'séptimo', 'octavo', 'quinto', 'primero', 'primer año', 'primer ano', 'segundo', 'tercero', 'freshman', 'sophomore', 'de la eso', 'de secundaria', 'de primaria', 'middle school', 'elementary'])}(?![\p{L}\p{N}]))`,
  'u',
);

/**
 * What a short reply agrees to or gives away, given the categories of the message it answers.
 * "ok" after a secret or a meeting agrees to it, and so does "maybe at 2" after a meeting;
 * "seattle, near green lake" right after "what city are you in?" discloses where the child lives,
 * and "13 nan!!" right after "how old r u" the child's age (FORMAT.md labels all of these).
 */
export function agreementIn(normal: string, answered: ReadonlySet<Category>): keyof typeof REPLY_DESCRIPTION | undefined {
  if (answered.has('personal_info_request') && answersQuestion(normal)) return 'discloses_personal_info';
  if (answered.has('age_probe') && normal.length <= 40 && !DODGE.test(normal) && AGE_ANSWER.test(normal)) return 'discloses_age';
  if (answered.has('meeting_request') && normal.length <= 30 && !DODGE.test(normal) && TIME_ANSWER.test(normal)) return 'agrees_to_meet';
  if (normal.length > 40 || !AFFIRMATIVE.test(normal)) return undefined;
  // "ok" to "come saturday, dont tell ur mom" agrees to the meeting first: it is the danger.
  if (answered.has('meeting_request')) return 'agrees_to_meet';
  if (answered.has('secrecy')) return 'agrees_to_secrecy';
  return undefined;
}

/** A short statement that is not a yes, a dodge or a question back: an answer. */
function answersQuestion(normal: string): boolean {
  if (normal.length === 0 || normal.length > 60 || normal.includes('?')) return false;
  if (normal.split(' ').length > MAX_ANSWER_WORDS) return false;
  return !AFFIRMATIVE.test(normal) && !DODGE.test(normal);
}

/**
 * The reason a reply adds when it agrees or answers by context alone ("ok" right after "keep it
 * between us"), unless its own words already said so. The whole reply is the quote.
 */
export function replyReason({ normal, original }: NormalisedText, answered: ReadonlySet<Category>, reasons: readonly Reason[]): Reason | undefined {
  const agreement = agreementIn(normal, answered);
  if (!agreement || reasons.some((r) => r.category === agreement)) return undefined;
  return { ruleId: 'agrees-by-reply', category: agreement, severity: 'notice', description: REPLY_DESCRIPTION[agreement], span: { start: 0, end: original.length, quote: original } };
}
