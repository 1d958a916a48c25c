// How guessable a new parent PIN is, for the hints on the onboarding page. The background allows
// 5 free guesses, then locks (src/background/pin.ts), so what matters is that the PIN is not
// among the first things a child would try: repeated digits, sequences, well-known PINs and
// family dates (Bonneau, Preibusch & Anderson 2012, "A birthday present every eleven wallets?":
// dates and patterns dominate real PINs). NIST SP 800-63B asks for at least 6 digits.
import { PIN_MAX_LENGTH, PIN_MIN_LENGTH } from '../background/pin';

export { PIN_MAX_LENGTH, PIN_MIN_LENGTH };

export type PinProblem = 'repeated' | 'sequence' | 'common' | 'date';
export type PinStrength =
  | { level: 'empty' | 'too-short' | 'too-long' | 'good' | 'strong' }
  | { level: 'easy'; problem: PinProblem };

/** PINs near the top of every leaked list that the pattern checks below do not already catch. */
const COMMON = new Set(['112233', '111222', '159753', '147258', '147852', '123654', '789456', '102030', '121314', '131313', 'password', 'qwerty', 'abc123', 'qwerty123', 'password1']);

const isDigits = (s: string) => /^\d+$/u.test(s);

/** 123456, 987654, 7890123 (each digit one more, or one less, than the last, wrapping 9→0). */
function isSequence(digits: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < digits.length; i++) steps.add((Number(digits[i]) - Number(digits[i - 1]) + 10) % 10);
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

/** 111111, 121212, 123123: the same block of 1 to 3 characters again and again. */
function isRepeated(chars: string[]): boolean {
  return [1, 2, 3].some((period) => chars.length >= period * 2 && chars.every((c, i) => c === chars[i % period]));
}

const validDay = (d: number) => d >= 1 && d <= 31;
const validMonth = (m: number) => m >= 1 && m <= 12;
const validYear = (y: number) => y >= 1930 && y <= 2035;

/** A birthday or other date: ddmmyy, mmddyy, ddmmyyyy, mmddyyyy or yyyymmdd. */
function isDate(digits: string): boolean {
  const n = (from: number, to: number) => Number(digits.slice(from, to));
  if (digits.length === 6) return (validDay(n(0, 2)) && validMonth(n(2, 4))) || (validMonth(n(0, 2)) && validDay(n(2, 4)));
  if (digits.length === 8)
    return (
      (validYear(n(4, 8)) && ((validDay(n(0, 2)) && validMonth(n(2, 4))) || (validMonth(n(0, 2)) && validDay(n(2, 4))))) ||
      (validYear(n(0, 4)) && validMonth(n(4, 6)) && validDay(n(6, 8)))
    );
  return false;
}

export function pinStrength(pin: string): PinStrength {
  // Counted as the background counts it (NFKC, characters not bytes).
  const chars = [...pin.normalize('NFKC')];
  if (chars.length === 0) return { level: 'empty' };
  if (chars.length < PIN_MIN_LENGTH) return { level: 'too-short' };
  if (chars.length > PIN_MAX_LENGTH) return { level: 'too-long' };
  const text = chars.join('');
  if (isRepeated(chars)) return { level: 'easy', problem: 'repeated' };
  if (isDigits(text) && isSequence(text)) return { level: 'easy', problem: 'sequence' };
  if (COMMON.has(text.toLowerCase())) return { level: 'easy', problem: 'common' };
  if (isDigits(text) && isDate(text)) return { level: 'easy', problem: 'date' };
  return { level: chars.length >= 8 ? 'strong' : 'good' };
}
