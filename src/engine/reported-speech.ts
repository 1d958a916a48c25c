// "he kept asking how old i was and said hed give me 1000 robux if i sent a pic", "and then he
// said dont tell ur parents": children retell what a stranger said to them, to warn a friend or
// ask what to do, and what they retell asks nothing of the child who reads it. Our blind sets'
// writers were asked for such chats (friends warning each other about a creep), and in the
// eight blind sets of sessions 7-9 a retelling was a false alarm in 3 chats. Quoted words were
// already reported speech (analyse.ts); this reads the retelling without quotation marks:
// someone else named as the speaker, in the past tense, earlier in the same sentence. Not the
// present tense: "he says ur on ur own tuesdays" passes on what the speaker means to use.
import { normalise } from './normalise';

/** Who is retold: a third person, never "i", "u" or "my friend" (a groomer's go-between). */
const SPEAKERS = ['he', 'she', 'they', 'hes', 'shes', 'theyre', 'someone', 'somebody', 'sum1'];
/** "some guy", "this creep", "that acc": a stranger as the retold speaker. */
const DETERMINERS = ['some', 'this', 'that', 'a', 'the', 'one'];
const STRANGERS = ['guy', 'man', 'dude', 'creep', 'acc', 'account', 'person', 'stranger', 'rando', 'weirdo', 'perv', 'lady', 'woman', 'girl', 'boy', 'kid', 'bot'];
/** The retelling verbs, past tense (and the ongoing "saying"). */
const RETELLING = ['said', 'told', 'asked', 'asking', 'saying', 'wanted', 'offered', 'texted', 'dmed', 'messaged', 'threatened', 'promised', 'claimed', 'tried'];
/** Spanish: "me dijo", "le pidió", "dijo que" (the speaker is in the verb). */
const ES_OBJECTS = ['me', 'le', 'les', 'nos'];
const ES_RETELLING = ['dijo', 'decia', 'pidio', 'pedia', 'pregunto', 'preguntaba', 'ofrecio', 'mando', 'escribio', 'amenazo'];
/** Words between the speaker and the verb: "he also wanted", "some acc w no posts saying". */
const GAP_WORDS = 5;

const asSet = (words: readonly string[]) => new Set(words.map((word) => normalise(word).normal));
const speakers = asSet(SPEAKERS);
const determiners = asSet(DETERMINERS);
const strangers = asSet(STRANGERS);
const retelling = asSet(RETELLING);
const esObjects = asSet(ES_OBJECTS);
const esRetelling = asSet(ES_RETELLING);

/** Whether the sentence before `start` in normalised text retells what someone else said. */
export function isRetold(normal: string, start: number): boolean {
  const sentence = normal.slice(Math.max(0, start - 160), start).split(/[.!?\n]/u).at(-1) ?? '';
  const words = sentence.split(' ').filter(Boolean);
  let speakerAt = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (speakers.has(word) || (determiners.has(word) && strangers.has(words[i + 1] ?? ''))) speakerAt = i;
    else if (speakerAt >= 0 && i - speakerAt <= GAP_WORDS && retelling.has(word)) return true;
    if (esRetelling.has(word) && (esObjects.has(words[i - 1] ?? '') || words[i + 1] === 'que')) return true;
  }
  return false;
}
