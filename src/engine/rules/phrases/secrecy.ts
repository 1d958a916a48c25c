import type { PhraseList } from '../../phrases';

// The phrase data of the secrecy rule (rules/secrecy.ts). The rule, its examples and the logic
// that reads these lists (a surprise, a confession, a secret about the two of them) stay there.

/** Asking the child to keep the contact secret or to hide it from their parents. */
export const SECRECY_PHRASES: PhraseList = {
  en: [
    'keep (your|ur) (bro|brother|sister|sis|mom|mum|dad|parents|folks|olds) out of (it|this|this one)',
    'keep (these|the|our) (chats|messages|talks|convos) (just ours|ours|between us|to ourselves|private)',
    '(grownups|grown ups|adults|your parents|ur parents|your olds|ur olds) (get|would get|might get|will get|might think its|would think its) (weird|mad|the wrong idea|dodgy|strange)',
    '(tell|say to) (your) (mom|mum|dad|parents|mother|father|folks) (that |)(you|youre|your) * (at|with|going to|sleeping at|staying at|sleeping over at|over at) (a friend|a friends|friends|your friends|someones|the library|practice)',
    '(your) (parents|mom|mum|dad|folks|mother|father) (wont|will never|would never|never) (ever |)(find out|know|see|notice|have to know)',
    '(no need to|you dont have to|dont have to|you dont even have to|dont even have to|dont need to|no need for) (bring|ask|tell|involve|invite|check with) (your|the) (parents|mom|mum|dad|folks|mother|father)',
    '(dont|do not|never) (involve|bring) (your |the |)(parents|mom|mum|dad|folks)',
    '(dont|do not|never) (tell|mention|say|show) (the other|other|any of the) (mods|admins|players|kids|people|members|girls|guys)',
    '(dont|do not) (add|invite|let) (your) (mom|mum|dad|parents|friends|brother|sister) (or|to|in|on|see|know)',
    '(dont|do not) (post|talk|say anything) about (it|this|us) (in|on) (here|the server|the chat|the group|chat|the gc)',
    '(so|where|that) (she|he|they|your mom|your mum|your dad|your parents|your brother|your sister|nobody|no one) (cant|wont|doesnt|dont|will not|can not|cannot) (see|find|find out|know|read)',
    '(use|make|get|save me under) (a diff|a different|another|a 2nd|a second|a fake|not my real|my fake) (name|account|profile|number|contact)',
    '(just dont|dont) save me under my (real |)name',
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
    '(dont|dnt|do not|better not|no need to|dont bother|you dont need to|you dont have to|never) (tell|telling|mention|mentioning|say anything to|bring it up with|bring this up with|show|post about it to) (her|him|them|anyone|anybody|your {parents}|your mom|your mum|your dad|your family|your folks|your sister|your brother|your teacher|your friends|the others|people)',
    '{your} {parents} (cant|can not|cannot|shouldnt|mustnt|must not|dont need to|doesnt need to|wont) (find out|know|hear|see)',
    '(cant|can not|shouldnt|mustnt) find out (about us|about me|bout us|about this)',
    '(moms|mums) the word',
    '(lets|let us) keep it (that way|like that|between)',
    '(no one|nobody|no body) (sees|can see|will see|needs to see|has to see|has to know|needs to know|will know|gets to see) (my|our|these|the|this|it)',
    '(mute|hide|turn off|silence) (your|the) (notifications|messages|chats|preview|previews)',
    '(clear|delete|wipe|erase) (your|the|our|this|ur) (history|browser history|chat|chats|messages|texts|dms|msgs|convo|conversation)',
    '(just|then) (say|tell (her|him|them|{your} {parents})) (you are|youre|your|you were|ur) (at|with|hanging|going|meeting|sleeping|studying|staying|out with|over at)',
    '(does|do) {your} {parents} know (we talk|we chat|about me|about us|you talk to me|youre talking)',
    '(easier|better|simpler) than (explaining|telling) (me|us|them|her|him)',
    '(would|will|might) (think|find) (it|this|us|me) (weird|strange|creepy|odd)',
    '(dont|dnt|do not|better not|dont bother) (bring|bringing) (it|this|that|the|any of this|any of it) * up (with|w|to) (her|him|them|anyone|anybody|your {parents}|your mom|your mum|your dad|your family|your folks|your sister|your brother|your teacher|your friends|the others|people)',
    'keep (it|this|that|things) (hush|hush hush|quiet|lowkey|low key|on the dl|on the down low|to yourself|off the record)',
    'keep (the|our) * (hush|hush hush|lowkey|on the dl|on the down low|between us|off the record)',
    'tell (her|him|them|{your} {parents}) (you are|youre|your|ur) (meeting a friend|at a friends|hanging with|hanging out with|sleeping over|staying at|studying with|out with|at the library)',
    // Hiding said the way it is typed.
    '(one|account|acc|profile|phone) (she|he|they|your {parents}) (doesnt|dont|wont|does not|do not) know about',
    'say (you|youre|your) (sleeping|sleepin|staying|stayin|sleeping over|at) (at|over|with)',
    '(if anyone asks|if someone asks|if they ask|if she asks|if he asks|if {your} {parents} asks|if {your} {parents} ask) (just |)(say|tell them|tell her|tell him)',
    '(lets not|dont|do not) (talk about|mention|bring up) (our|the|my) (calls|chats|dms|texts|convos|talks|messages|deal) (in|to|with|around)',
    'somewhere (she|he|they|{your} {parents}|nobody|no one) (cant|wont|can not|cannot) see',
    '(only i|only me|just me|nobody but me) (will|ill|can|gonna|is gonna) see (it|them|this)',
    '(dont|do not|never) (post|share|show) (it|them|this|that) (anywhere|to anyone|to anybody)',
    '(best|better) not (to |)(mention|tell|say) (it|anything|this|that) (till|until|yet|to)',
    '(dont|do not) mention (it|this|anything|that) (till|until|yet|to {your} {parents})'
  ],
  es: [
    '(no lo|no le|no les) (comentes|cuentes|digas|menciones) (a|con) (tus|los) (viejos|papas|padres)',
    '(dile|decile|di|dí|dile a) a tu (mama|mamá|papa|papá|madre|padre|vieja|viejo|mami) (que|q) (vas|estas|estás|te quedas|duermes|vas a estar) (con|en|a lo de|en casa de|a casa de) (una amiga|un amigo|tu amiga|tus amigas|amigas|una compañera)',
    '(ella|el|él|tu mama|tu mamá|tus papas|tus papás|nadie) no (tiene|tienen|necesita|necesitan) (que|q) saber(lo|) (nada|)',
    '(sin|sin los|sin que) (mods|moderadores|admins|tus papas|tus papás|tu mama|tu mamá) (mirando|viendo|se enteren|sepan)',
    '(no le|no les) (enseñes|ensenes|muestres|pases) (este chat|estos mensajes|esto|nuestros mensajes)',
    '(para|asi|así) (que |)no lo (vea|lea|sepa) nadie',
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
    '(no|ni) (les|le|se lo|se los|se la) (cuentes|digas|comentes|menciones|enseñes|muestres) (a|nada a|todavia a|todavía a|de momento a)',
    '(de momento|por ahora|todavia|todavía) no (les|le) (cuentes|digas|comentes)',
    'no se te ocurra (contar|contarles|contarle|decir|decirles|decirle)',
    '(que|q) no se (entere|enteren) (nadie|tus|tu)',
    '(mejor|mejor que) no (la|lo|los|las) (metas|metás|involucres|involucrés) (todavia|todavía|aun|aún|de momento)',
    '(borra|borrá|elimina) (el|los|este|estos|nuestros) (chat|chats|mensajes|historial)',
    'no (le |les |)(cuentes|cuente|digas|diga|digan|cuenten) (nada |)a (las otras|los otros|las demas|las demás|los demas|los demás|tus amigas|tus amigos|nadie del equipo)'
  ],
};

/** A surprise being planned: a party, a present, a cake. */
export const SURPRISE_WORDS: PhraseList = { en: ['surprise', 'surprised', 'birthday', 'bday', 'party', 'present', 'presents', 'gift for', 'cake'], es: ['sorpresa', 'cumple', 'cumpleaños', 'fiesta', 'regalo para', 'pastel', 'torta', 'tarta'] };
/** Telling the parents later, once something has happened: the cover of fake scouts and sponsors. */
export const DEFERRED_WORDS: PhraseList = {
  en: ['till', 'until', 'til', 'once', 'after', 'yet', 'for now', 'collab', 'contract', 'shoot', 'casting', 'audition', 'agency', 'booker', 'signed', 'sponsor', 'sponsorship', 'the part', 'the vid', 'the video', 'channel'],
  es: ['hasta que', 'despues de que', 'todavia', 'aun', 'de momento', 'por ahora', 'contrato', 'sesion', 'firma', 'agencia'],
};
/** A celebration named: a surprise for it is a real surprise. */
export const CELEBRATION_WORDS: PhraseList = {
  en: ['birthday', 'bday', 'party', 'present', 'presents', 'gift for', 'cake', 'anniversary', 'christmas', 'mothers day', 'fathers day'],
  es: ['cumple', 'cumpleaños', 'fiesta', 'regalo para', 'pastel', 'torta', 'tarta', 'navidad', 'dia de la madre', 'dia del padre'],
};
/** The secret is the two of them: "about me", "our chat", "delete this". */
export const ABOUT_US_WORDS: PhraseList = { en: ['about me', 'about us', 'our chat', 'our secret', 'our little', 'delete', 'that we talk'], es: ['de mi', 'de nosotros', 'nuestro secreto', 'borra', 'que hablamos'] };

/** What follows "i" in the sender's own small confession ("dont tell mom i failed the quiz"). */
export const CONFESSION_WORDS_EN: readonly string[] = ['went', 'ate', 'was', 'broke', 'failed', 'took', 'used', 'spent', 'lost', 'forgot', 'stayed up', 'snuck', 'skipped', 'crashed', 'dented', 'smoked', 'cried', 'got a', 'got detention', 'said', 'told', 'did', 'had', 'made', 'saw', 'bought', 'fell', 'ran', 'left', 'stole', 'wrote', 'drew', 'hit', 'slept', 'woke', 'like', 'have a crush', 'still sleep', 'still have'];
/** What follows "que" in the same confession in Spanish ("no le digas a mi mamá que salí"). */
export const CONFESSION_WORDS_ES: readonly string[] = ['sali', 'salí', 'me comi', 'me comí', 'rompi', 'rompí', 'perdi', 'perdí', 'use', 'usé', 'gaste', 'gasté', 'fui', 'llegue tarde', 'llegué tarde', 'tome', 'tomé', 'olvide', 'olvidé', 'reprobe', 'reprobé', 'suspendi', 'suspendí', 'tengo novio', 'tengo novia', 'me gusta', 'me deje', 'me dejé', 'bese', 'besé', 'me bese', 'me besé', 'llore', 'lloré', 'dije'];
