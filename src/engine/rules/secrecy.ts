import type { NormalisedText } from '../normalise';
import { phraseTest, wordAlternation } from '../phrases';
import { phraseRule, type Rule } from '../rule';
import { ABOUT_US_WORDS, CELEBRATION_WORDS, CONFESSION_WORDS_EN, CONFESSION_WORDS_ES, DEFERRED_WORDS, SECRECY_PHRASES, SURPRISE_WORDS } from './phrases/secrecy';

// Secrecy keeps the contact hidden from the adults who could stop it: the hallmark of the
// isolation-and-secrecy stage. Alone it is often innocent ("don't tell mom about the surprise"),
// so it weighs as a notice until the same person shows another grooming sign.
const rule = phraseRule({
  id: 'secrecy',
  category: 'secrecy',
  severity: 'notice',
  direction: 'incoming',
  stage: 'isolation_secrecy',
  description: 'Asks you to keep the chat secret or to hide it from your parents.',
  source: "Olson et al. (2007), Entrapping the innocent: toward a theory of child sexual predators' luring communication (isolation and secrecy); NSPCC, Grooming: signs and indicators",
  examples: {
    match: ['no lo comentes con tus viejos hasta q firmes', 'just keep ur bro out of it', 'lets keep these chats just ours ok?', 'grownups get weird when ppl online r nice', 'dile a tu mamá que vas con una amiga', 'ella no tiene q saber nada', 'ahí hablamos más tranquilos, sin mods mirando', 'y no le enseñes este chat a nadie', 'para que no lo vea nadie', 'tell ur mom ur sleeping at a friends', 'ur parents wont ever find out 😂', 'no need to bring ur parents', 'dont tell the other mods i picked u ok', 'do it in ur room where ur brother cant see ok', 'use a diff name so she doesnt find it', 'or d1sc0rd. u can have both, just dont tell her', 'n ur mama cant find out bout us ok 🤐', 'mum\'s the word until it\'s signed', 'keep the collab hush for now', 'dont bring the report up w ur parents', 'tell her ur meeting a friend from school', 'no les cuentes a tus papás', 'no se te ocurra contarles la verdad', 'u can mute ur notifications so no one sees my messages pop up', 'can u keep a secret?', 'it\'s a secret ok', "lets keep this between us ok? don't tell ur parents", 'this is our little secret', 'DELETE THIS CHAT', 'ur mom doesnt need to know', 'no one will kno', 'just say ur at a friends house', 'do ur parents check ur phone?', 'no le digas a tus papás', 'borra el chat porfa', 'ni una palabra a nadie'],
    noMatch: ['no les digas a tus viejos q rompí el vaso jaja', 'keep ur dog out of the kitchen lol', 'keep the chats on topic pls', 'dont tell her i said that lol, its for her bday', 'bug cant keep a secret tho', 'tell your mom i said hi', 'the secret ingredient is love', 'I told my parents everything', 'dile a tu mamá que ya llegué', 'delete the blurry photo and retake it'],
  },
  phrases: SECRECY_PHRASES,
});

/** A surprise being planned: a party, a present, a cake. What is kept quiet is the surprise. */
const mentionsSurprise = phraseTest(SURPRISE_WORDS);
/**
 * "wait until you've got the part, then it's a lovely surprise", "dont tell ur mom abt the collab
 * yet, surprise her when u blow up": telling the parents later, once something has happened, is the
 * cover of fake scouts and sponsors (holdout3, holdout5, dev), not a party being planned. It voids
 * the surprise only when no celebration is named.
 */
const isDeferred = phraseTest(DEFERRED_WORDS);
const isCelebration = phraseTest(CELEBRATION_WORDS);
/** A surprise that is a celebration, or a surprise not put off until something has happened. */
const isSurprise = (normal: string) => mentionsSurprise(normal) && (isCelebration(normal) || !isDeferred(normal));

/** ...unless the secret is the two of them: "about me", "our chat", "delete this". */
const isAboutUs = phraseTest(ABOUT_US_WORDS);

/**
 * "dont tell mom i failed the quiz", "no le digas a mi mamá que salí", "dont tell anyone i like
 * him": the sender's own small confession to a sibling or friend (any past-tense "i ...ed" too).
 * The secret is what they did, not the two of them; a secret
 * that involves the child ("i gave u", "te escribí") is not one of these.
 */
const CONFESSION = new RegExp(`(?<![\\p{L}\\p{N}])(?:that |que |q |but |)(?:i|yo) (?:\\p{L}{2,}ed|${wordAlternation(CONFESSION_WORDS_EN)})(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:que|q) ${wordAlternation(CONFESSION_WORDS_ES)}(?![\\p{L}\\p{N}])`, 'u');
const INVOLVES_CHILD = new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation(['you', 'your', 'yours', 'te', 'ti', 'vos', 'contigo', 'us', 'we', 'nos', 'nosotros'])}(?![\\p{L}\\p{N}])`, 'u');

/** Whether a message talks of a celebration (conversation.ts: a secret asked just after is the surprise). */
export const mentionsCelebration = mentionsSurprise;
/** Whether the secret asked is the two of them ("about me", "our chat"): never a surprise. */
export const secretIsUs = isAboutUs;

/** The sender's own confession, with nothing in it about the child or the two of them. */
function confesses(normal: string): boolean {
  const match = CONFESSION.exec(normal);
  return match !== null && !INVOLVES_CHILD.test(normal.slice(match.index));
}

export const secrecy: Rule = {
  ...rule,
  examples: {
    match: [...rule.examples.match, "dont tell ur mom about me, it'll be a surprise", 'dont tell anyone i gave u the robux', 'no le digas a nadie que te escribí', "dont tell ur mom abt the collab yet, i want it to be a surprise lol", "Best not to mention it till the contract's signed, then it's a lovely surprise for her!", 'then make a 2nd one she doesnt know about', 'say ur sleepin at a friends', 'and if anyone asks say were cousins lol', 'go somewhere she cant see the screen', 'no le cuente a las otras niñas que se ponen celosas', 'dont tell ur parents i said ur pretty', 'dont tell anyone i texted u'],
    noMatch: [...rule.examples.noMatch, 'no le digas a mi mamá que sali con mis amigas jaja', 'oye no le digas a mamá q me comí tu kinder', 'also dont tell anyone i failed the history quiz lol', 'no le digas nada eh que es sorpresa', 'dont tell ur brother about the cake, its for his graduation', 'dont tell anyone i like him omg', 'dont tell the others i said it, i dont want drama', 'no le digas a nadie que tengo novio'],
  },
  // The context is read only when the rule found something: most messages never pay for it.
  find: (text: NormalisedText) => {
    const found = rule.find(text);
    if (found.length === 0 || isAboutUs(text.normal)) return found;
    return isSurprise(text.normal) || confesses(text.normal) ? [] : found;
  },
};
