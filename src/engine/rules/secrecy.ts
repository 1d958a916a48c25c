import type { NormalisedText } from '../normalise';
import { wordAlternation } from '../phrases';
import { phraseRule, type Rule } from '../rule';

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
    match: ['can u keep a secret?', 'it\'s a secret ok', "lets keep this between us ok? don't tell ur parents", 'this is our little secret', 'DELETE THIS CHAT', 'ur mom doesnt need to know', 'no one will kno', 'just say ur at a friends house', 'do ur parents check ur phone?', 'no le digas a tus papás', 'borra el chat porfa', 'ni una palabra a nadie'],
    noMatch: ['bug cant keep a secret tho', 'tell your mom i said hi', 'the secret ingredient is love', 'I told my parents everything', 'dile a tu mamá que ya llegué', 'delete the blurry photo and retake it'],
  },
  phrases: {
    en: [
      '{your} {parents} (dont|do not|never|dont ever) (go through|go thru|check|read|look at|look through|see) your',
      '(she|he|they) (wont|will not|would not|wouldnt|never) (know|find out|notice)',
      '(hide|hiding) the (app|chat|messages|phone)',
      'without (telling|asking) (your|their|ur) {parents}',
      'if (you|u) (tell|told) (her|him|them|anyone|someone)',
      '(dont|no need to|dont need to) make it a (whole|big) thing',
      '(he|she|they) (wont|will not) (even |)(notice|know)',
      'dont (tell|show) {your} {parents}',
      'dont (tell|show) (anyone|anybody|nobody|no one|your friends|the others|the mods|the admins|anyone else|your teacher|a teacher|an adult|them)',
      'dont (tell|show) (her|him) (about|what)',
      '(dont|do not|never) (mention|say) (it|this|me|us|anything) (to|in)',
      'dont mention (me|it|this|us|the)',
      '({your} {parents}|they|she|he|nobody|no one|noone|your {parents}) (dont|doesnt|do not|does not) (need|have|got) to (know|find out|see)',
      '(nobody|no one|noone|no1) (will|has to|needs to|can|should|is going to|is gonna|would) (ever |)(know|find out|see it|see)',
      '(nobody|no one) has to know',
      'keep (this|it|us|our chats|our chat|this chat|our talks|our friendship) (between us|secret|a secret|private|to yourself|quiet|on the down low|just between us|between you and me)',
      'between (you and me|us two)',
      '(our|its our|this is our) (little |special |)secret',
      '(its|this is|keep it|be|just) a (little |special |)secret',
      '(can you|could you|will you|you can|u can) keep a secret',
      '(its|this is|this stays|it stays|keep it|this can be) (just |)(our thing|between us|just ours)',
      '(delete|clear|erase|deleting) (this|the|our|these|those|your|all the|all our) (chat|chats|convo|convos|conversation|messages|msgs|texts|dms|thread|message|msg|pic|history)',
      '(delete|erase) (it|them|this|everything) (after|when|before|right after|once)',
      '(dont|do not|never) screenshot',
      '(say|tell (her|him|them|{your} {parents})) (you are|youre|your|you were|that you are|that your) (at|going to|with|sleeping at) (a|your|a friends|my) (friend|friends|friends house)',
      '(just |)(say|tell (her|him|them)) (you won|it was|you got it from|you found)',
      '(tell|say to) (her|him|them|{your} {parents}) you have (a|an) (club|practice|project)',
      '(no need to|dont need to|dont have to|you dont have to|you dont need to) (get|involve|bother|tell|ask) ({your} {parents}|her|him|them)',
      '(do|does) {your} {parents} (check|read|look at|go through|see|look through|monitor) your (phone|messages|chats|discord|texts|dms|snap|instagram|insta|account|stuff)',
      '(do|does) {your} {parents} (check|read|look at|go through)',
      '(hide|keep) (it|this|us|me) from {your} {parents}',
      '(they|she|he|{your} {parents}) (wont|will not|would not|wouldnt|dont|doesnt) (get it|understand|need all the details)',
      'if (you|your) (tell|told) (anyone|anybody|someone|{your} {parents}|an adult|a teacher)',
      'if {your} {parents} (find out|finds out|see|sees)',
      'so (they|she|he|{your} {parents}) (dont|doesnt|wont) (find out|see|know|freak out)',
      'on the down low',
    ],
    es: [
      'no (le|les) (digas|cuentes|menciones) (nada|a nadie|a tus {padres}|a tu {padres}|a tus amigos|a los demas)',
      'no (se lo|se la|se los) (digas|cuentes|muestres|enseñes) a (nadie|tus {padres}|tu {padres})',
      'no les digas nada',
      'ni se te ocurra (contarles|decirles|contarlo|decirlo|contarselo|decirselo)',
      'ni una palabra',
      '(nuestro|un) (pequeño |)secreto',
      'entre (nosotros|tu y yo|vos y yo)',
      '(solo|sólo) nuestro',
      '(borra|borrar|bórralo|borralo|borrad|borras|borrá) (el|este|los|nuestro|nuestros|la|esta|estos|todo el) (chat|chats|mensajes|conversacion|historial)',
      '(borra|borrá) (los chats|el chat) cuando',
      '(tus {padres}|nadie) no (tienen|tiene|necesitan|necesita) (que|por que) (saber|enterarse)',
      'nadie (tiene que|se va a|va a|puede) (saber|enterar|ver)',
      'si (se lo|le|les) (dices|cuentas) a (alguien|nadie|tus {padres})',
      '(te|tus {padres}) (miran|revisan|leen|ven) (el|tu) (movil|celular|telefono|cel|whatsapp|insta)',
      '(deciles|diles|dile) que (vas|estas|estás) con una amiga',
    ],
  },
});

/** A surprise being planned: a party, a present, a cake. What is kept quiet is the surprise. */
const SURPRISE = new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation(['surprise', 'surprised', 'birthday', 'bday', 'party', 'present', 'presents', 'gift for', 'cake', 'sorpresa', 'cumple', 'cumpleaños', 'fiesta', 'regalo para', 'pastel', 'torta', 'tarta'])}(?![\\p{L}\\p{N}])`, 'u');
/** ...unless the secret is the two of them: "about me", "our chat", "delete this". */
const ABOUT_US = new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation(['about me', 'about us', 'our chat', 'our secret', 'our little', 'delete', 'de mi', 'de nosotros', 'nuestro secreto', 'borra', 'that we talk', 'que hablamos'])}(?![\\p{L}\\p{N}])`, 'u');

export const secrecy: Rule = {
  ...rule,
  examples: {
    match: [...rule.examples.match, "dont tell ur mom about me, it'll be a surprise"],
    noMatch: [...rule.examples.noMatch, 'no le digas nada eh que es sorpresa', 'dont tell ur brother about the cake, its for his graduation'],
  },
  find: (text: NormalisedText) => (SURPRISE.test(text.normal) && !ABOUT_US.test(text.normal) ? [] : rule.find(text)),
};
