import { phraseRule } from '../rule';

// The child agrees to keep the contact secret or to delete the chat: the secret is what keeps
// the abuse going (NSPCC; Olson et al. 2007). A bare "ok" after a secrecy request is read by the
// conversation (conversation-context.ts).
export const agreesToSecrecy = phraseRule({
  id: 'agrees-to-secrecy',
  category: 'agrees_to_secrecy',
  severity: 'notice',
  direction: 'outgoing',
  stage: 'isolation_secrecy',
  description: 'You agreed to keep the chat secret or to delete it.',
  source: "Olson et al. (2007), Entrapping the innocent (isolation and secrecy); NSPCC, Grooming: signs and indicators",
  examples: {
    match: ['ok i wont tell', 'ok ill delete it', 'i promise i wont tell anyone', "ok i won't say anything", 'ya fr i wont tell them', 'vale, no se lo digo a nadie', 'ok i can say im at emmas'],
    noMatch: ['i told my mom', 'im telling my mom', 'ok', 'i wont be on tomorrow'],
  },
  phrases: {
    en: [
      '(i|ok i|ok ill|i will|i promise i|promise i|i swear i) (wont|will not|wont ever|would never|will never) (tell|say|mention|show)',
      '(i|ok i|okay i) (wont|will not) (tell|say) (anyone|anybody|anything|them|her|him|my (mom|dad|parents))',
      '(ill|i will|ok ill|ok i will|okay ill|i already) (delete|deleted|clear|erase) (it|this|them|the chat|our chat|the messages|the texts|this convo|everything)',
      '(ok|okay|sure|fine|yes) (i will|ill do it)',
      '(our|its our|its a) secret',
      '(i can|ill|i will) (say|tell (her|him|them|my (mom|dad|parents))) (im|i am|i was|it was) (at|with|from|going to)',
      '(i|ill|i will|i can) (keep it|keep this) (a |)(secret|between us|to myself)',
    ],
    es: [
      '(no se lo|no le|no les|no se la) (digo|cuento|dire|diré|voy a decir|voy a contar) (a nadie|nada)',
      'no (digo|cuento|dire|diré) nada',
      '(lo|los|la) (borro|borraré|borrare|voy a borrar)',
      '(vale|ok|bueno|si|sí) (lo|los|la) (borro|borraré)',
      '(sera|será|es) (nuestro|un) secreto',
    ],
  },
});
