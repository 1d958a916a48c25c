import { phraseRule } from '../rule';
import type { PhraseList } from '../phrases';

// Secrecy keeps the contact hidden from the adults who could stop it; it is the hallmark of the
// isolation-and-secrecy stage. Alone it can be innocent ("don't tell mom about the surprise"), so
// it weighs little until the same person shows another grooming sign.
const phrases: PhraseList = {
  en: [
    'dont tell {your} {parents}',
    'dont tell anyone',
    'dont tell anybody',
    'dont tell nobody',
    'dont show {your} {parents}',
    'keep this between us',
    'keep it between us',
    'keep this our secret',
    'between you and me',
    'our little secret',
    'our secret',
    'delete this chat',
    'delete our chat',
    'delete the chat',
    'delete this conversation',
    'delete these messages',
    'delete our messages',
    'no one can know',
    'nobody can know',
    'no one needs to know',
    'nobody needs to know',
  ],
  es: [
    'no le digas a tus {padres}',
    'no les digas a tus {padres}',
    'no le digas a nadie',
    'no se lo digas a nadie',
    'nuestro secreto',
    'nuestro pequeño secreto',
    'entre nosotros',
    'entre tú y yo',
    'entre tu y yo',
    'borra el chat',
    'borra este chat',
    'borra los mensajes',
    'borra esta conversación',
    'nadie tiene que saber',
    'nadie puede saber',
  ],
};

export const secrecy = phraseRule({
  id: 'secrecy',
  category: 'secrecy',
  severity: 'notice',
  direction: 'incoming',
  stage: 'isolation_secrecy',
  description: 'Asks you to keep the chat secret or to hide it from your parents.',
  source:
    'Olson et al. (2007), Entrapping the innocent: toward a theory of child sexual predators\' luring communication (isolation and secrecy); NSPCC, Grooming: signs and indicators',
  examples: {
    match: ["lets keep this between us ok? don't tell ur parents", 'this is our little secret', 'DELETE THIS CHAT', 'no le digas a tus papás', 'borra el chat porfa'],
    noMatch: ['tell your mom i said hi', 'the secret ingredient is love', 'I told my parents everything', 'dile a tu mamá que ya llegué'],
  },
  phrases,
});
