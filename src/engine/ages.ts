// Ages people state about themselves, read from normalised text. Groomers ask a child's age
// within minutes (Kloess et al. 2019; Thorn 2022) and many say their own, and an adult's stated
// age next to a child's is what turns "ur mature" or "where do u live" from banter into a risk.
// Deliberately narrow: a number only counts with words that make it an age.
import { execAll, wordAlternation } from './phrases';

const NOT_AGE_UNITS = wordAlternation(['min', 'mins', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'ft', 'feet', 'dollars', 'bucks', 'k', 'am', 'pm', 'percent', 'robux', 'vbucks', 'points', 'kills', 'wins']);

const EN_SELF = new RegExp(`(?<![\\p{L}\\p{N}])(?:im|i am|iam|i m)(?: (?:only|just|like|literaly|almost|turning|actualy))? (\\d{1,2})(?![\\p{L}\\p{N}]|:\\d|\\.\\d|%| ?${NOT_AGE_UNITS}(?![\\p{L}\\p{N}]))`, 'gu');
const ES_SELF = /(?<![\p{L}\p{N}])(?:tengo|yo tengo|cumplo|voy a cumplir)(?: (?:solo|casi))? (\d{1,2})(?: anos| anitos)?(?![\p{L}\p{N}]|:\d)/gu;
/** "19 m", "14 f usa", "31/m" (asl answers). */
const ASL = /(?<![\p{L}\p{N}])(\d{1,2}) ?[/,]? ?(m|f|male|female|boy|girl|guy|chica|chico)(?![\p{L}\p{N}])/gu;
/** "m 24 u?", "f/13": the same answer with the letter first. */
const ASL_REVERSED = /(?<![\p{L}\p{N}])(?:m|f|male|female)(?: ?[/,] ?| )(\d{1,2})(?![\p{L}\p{N}])/gu;
const SELF_PATTERNS = [EN_SELF, ES_SELF, ASL, ASL_REVERSED];
/** The "asl" answers: the dating-profile way of giving one's age. */
const PROFILE_PATTERNS: ReadonlySet<RegExp> = new Set([ASL, ASL_REVERSED]);
const ANY_DIGIT = /\d/u;

export interface StatedAge {
  age: number;
  /** Where in the normalised text. */
  start: number;
  end: number;
  /** Given as an "asl" answer ("32 m", "f/13"). */
  profile: boolean;
}

/** Every age someone states about themselves ("im 19", "19 m", "tengo 24"), with its span. */
export function statedAges(normal: string): StatedAge[] {
  const found: StatedAge[] = [];
  // Every pattern needs a digit: most messages have none and skip the three scans (issue 4).
  if (!ANY_DIGIT.test(normal)) return found;
  for (const pattern of SELF_PATTERNS) {
    for (const m of execAll(pattern, normal)) {
      const age = Number(m[1]);
      if (age >= 5 && age <= 99) found.push({ age, start: m.index, end: m.index + m[0].length, profile: PROFILE_PATTERNS.has(pattern) });
    }
  }
  return found;
}
