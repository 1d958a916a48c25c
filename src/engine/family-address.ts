// "12 abu", "ok mom", "sí tía", "thanks grandma": when the child calls the other person by a
// family name, that person is family, whatever their display name says ("Marta", "Rob"). The
// child's own words are the one label a groomer cannot fake (a child does not call a stranger
// "grandma"), so they count as the family context a display name would (scoring.ts).
import { RELATIVES } from './family-words';
import { phraseTest, wordAlternation } from './phrases';

const FAMILY_WORD_LIST = [
  ...new Set([...RELATIVES, 'mummy', 'mami', 'ma', 'papi', 'pa', 'gran', 'gramps', 'abu', 'abuelita', 'abuelito', 'yaya', 'yayo', 'aunty', 'tita', 'madrina', 'padrino']),
];
const FAMILY_WORDS = wordAlternation(FAMILY_WORD_LIST);
const EDGE = '(?![\\p{L}\\p{N}])';
/** A family word opening the message ("mom can you…", "abu, te quiero") or closing it ("ok mom"). */
const AT_START = new RegExp(`^(?:(?:ok|okay|yes|yeah|si|hi|hey|hola|thanks|thank you|gracias|love you|te quiero|bye|chau|chao|night|buenas noches)[ ,!]+)?${FAMILY_WORDS}${EDGE}[ ,!?.]`, 'u');
const AT_END = new RegExp(`(?<![\\p{L}\\p{N}])(?<!(?:my|your|mi|tu|his|her|our|su) )${FAMILY_WORDS}[ !?.❤️💕]*$`, 'u');

/** Whether the child's (normalised) message speaks to the other person as family. */
export function addressesFamily(normal: string): boolean {
  if (normal.length > 200) return false;
  return AT_START.test(normal) || AT_END.test(normal);
}

/** "hi sweetie its grandma", "soy tu tía": the other person says which relative they are. */
const INTRODUCING = '(its|it is|this is|soy|habla|aqui|aquí) (your|tu|la|el|)';
const introduces = phraseTest({ en: [`${INTRODUCING} (${FAMILY_WORD_LIST.join('|')})`] });

/** Whether an incoming (normalised) message introduces its writer as the child's relative. */
export function introducesFamily(normal: string): boolean {
  return normal.length <= 300 && introduces(normal);
}
