// A bare "ok" means what it answers. Right after someone asks the child to keep a secret or to
// meet, "ok", "sure", "vale" is the child agreeing (the dev corpus labels it so, as a moderator
// would), and it is often the last moment a warning can still help (FORMAT.md, must_warn_by).
import type { Category } from './types';
import { wordAlternation } from './phrases';

const YES_WORDS = wordAlternation(['ok', 'okay', 'okey', 'oki', 'k', 'kk', 'sure', 'yes', 'yeah', 'ya', 'yep', 'yup', 'fine', 'deal', 'bet', 'alright', 'i guess', 'i will', 'will do', 'got it', 'promise', 'i promise', 'vale', 'va', 'dale', 'bueno', 'si', 'claro', 'de acuerdo', 'lol', 'haha', 'jaja', 'um', 'uh', 'hmm', 'then', 'too', 'ok then', 'i will delete it', 'ill do it']);
const AFFIRMATIVE = new RegExp(`^(?:${YES_WORDS}[ ,]*){1,4}[!.?]*$`, 'u');

/** What a short affirmative reply agrees to, given the categories of the message it answers. */
export function agreementIn(normal: string, answered: ReadonlySet<Category>): Category | undefined {
  if (normal.length > 40 || !AFFIRMATIVE.test(normal)) return undefined;
  if (answered.has('secrecy')) return 'agrees_to_secrecy';
  if (answered.has('meeting_request')) return 'agrees_to_meet';
  return undefined;
}
