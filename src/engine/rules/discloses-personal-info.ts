import type { Rule } from '../rule';
import { execAll, findAll, normalWords, phraseFinder, wordAlternation } from '../phrases';

// The child gives an address, a phone number, a school, an e-mail or when they are home alone:
// what lets someone find or reach them offline (NCMEC online enticement reports; Thorn 2022).
const phrases = phraseFinder({
  en: [
    '(i live|we live|i stay|my house is|my home is) (in|on|near|at|by|next to|close to|off)',
    '(my|our) (address|addy|home address|house) is',
    '(my|the) (number|phone number|cell number|email|e mail) is',
    '(my) (cell|phone) is #',
    '(my|our) (school|middle school|high school) is',
    '(i go to|i attend|i am at|im at) (a |the |)* (middle|elementary|high|primary|secondary|academy|school|prep|junior high)',
    '(my|our) (parents|mom|dad|mum) (are|is|work|works) (at work|out|away|gone|not home|working) (till|until|from|all|every)',
    '(my|our) (parents|mom|dad|mum) (are|is) at work (till|until)',
    '(my|our) (parents|mom|dad|mum) (get|gets|come|comes) home at',
    'my (full|real|last) name is',
    '(near|by|next to|close to) the (mall|park|school|gas station|church|library|station)',
    '(at|dot) (gmail|mail|yahoo|hotmail|outlook|icloud) (dot|com)',
  ],
  es: [
    '(vivo|vivimos) (en|cerca|al lado|por|junto)',
    '(mi|nuestra) (direccion|dirección|casa|calle) (es|esta|está)',
    '(mi|el) (numero|número|telefono|teléfono|cel|celular|movil|móvil|correo) es',
    '(es|en la) (calle|avenida|av|colonia|barrio)',
    '(voy al|voy a la|estudio en|estoy en el|estoy en la) (colegio|instituto|insti|escuela|prepa|secundaria|liceo|cole)',
    '(mis padres|mi madre|mi padre|mi mama|mi papa) (trabajan|trabaja|estan|están|esta|está) (hasta|trabajando|fuera)',
  ],
});
/** A street address: a house number, a name, a street word ("418 maple st", "calle jacarandas 214"). */
const STREET_WORDS = wordAlternation(['st', 'street', 'ave', 'avenue', 'rd', 'road', 'ln', 'lane', 'ct', 'court', 'dr', 'drive', 'blvd', 'boulevard', 'way', 'pl', 'place', 'cir', 'circle', 'ter', 'terrace', 'hwy', 'pkwy', 'apt', 'apartment']);
const ADDRESS = new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,5}[a-z]? (?:\\p{L}+ ){1,3}${STREET_WORDS}(?![\\p{L}\\p{N}])`, 'gu');
const CALLE = new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation(['calle', 'avenida', 'av', 'carrera', 'pasaje', 'colonia'])} (?:\\p{L}+ ){1,3}\\d{1,5}(?![\\p{L}\\p{N}])`, 'gu');
/** A phone number: seven or more digits in groups ("555-0142", "512-555-0163", "555 014 377"). */
const PHONE = /(?<![\p{L}\p{N}])(?:\+?\d{1,3}[ .-])?(?:\(\d{2,4}\) ?)?(?:\d{3}[ .-]\d{3,4}(?:[ .-]\d{2,4})?|\d{7,11})(?![\p{L}\p{N}])/gu;
/** A school name: "eastwood middle", "jefferson high", "willow creek elementary". */
const SCHOOL_WORDS = wordAlternation(['middle', 'elementary', 'high', 'primary', 'academy', 'junior high', 'middle school', 'high school', 'elementary school', 'primary school']);
const SCHOOL = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{L}+(?: \\p{L}+)?) ${SCHOOL_WORDS}(?![\\p{L}\\p{N}])`, 'gu');
// Starts only where a word starts, with a bounded local part: linear on a 4,000-letter word.
const EMAIL = /(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]{1,64}@[\p{L}\p{N}-]{1,63}\.[\p{L}]{2,24}/gu;
// Quick tests of what SCHOOL and EMAIL cannot match without: both patterns start with a class,
// so on long text they try every position (~0.2 ms each on 4,000 random letters; issue 4).
const SCHOOL_WORD = new RegExp(`${SCHOOL_WORDS}(?![\\p{L}\\p{N}])`, 'u');
const EMAIL_DOMAIN = /@[\p{L}\p{N}-]{1,63}\.[\p{L}]{2,24}/u;
/** Words that make "so high" or "in the middle" something other than a school's name. */
const NOT_A_NAME = normalWords(['in', 'at', 'to', 'the', 'my', 'our', 'a', 'an', 'of', 'and', 'is', 'go', 'from', 'for', 'so', 'too', 'very', 'im', 'was', 'pretty', 'really', 'that', 'how', 'its', 'score', 'jump', 'super', 'mad', 'sky', 'knee', 'waist', 'get', 'got', 'this', 'not', 'kinda', 'way', 'be', 'are', 'were', 'feel', 'feels', 'aim', 'set', 'stay', 'run', 'fly', 'flying', 'right', 'left', 'stuck', 'like', 'public', 'private', 'your', 'his', 'her', 'their', 'every', 'any', 'some', 'no', 'went', 'all', 'i', 'you', 'we', 'they', 'it', 'go to']);

export const disclosesPersonalInfo: Rule = {
  id: 'discloses-personal-info',
  category: 'discloses_personal_info',
  severity: 'notice',
  direction: 'outgoing',
  stage: 'approach',
  description: 'You shared your address, phone number, school, e-mail, or when you are home alone.',
  source: 'NCMEC (2017), The online enticement of children: an in-depth analysis of CyberTipline reports; Thorn (2022)',
  examples: {
    match: ['418 maple st in brookfield', '555-0142', 'ya eastwood middle, we get out at 3:10', 'i live near riverside park', 'my parents are at work till 6', 'its lilypad2014 at mail dot com', 'es calle jacarandas 214, colonia del valle', 'claro, 555 014 377'],
    noMatch: ['ugh my phone is on 4%', 'pages 42 to 45', 'im so high lol', 'he jumped so high', 'i have 200000 coins', 'i got 3.2 too', 'middle of the map', 'see u in 10 min', 'the high score is 2000'],
  },
  find(text) {
    const normal = text.normal;
    const spans = [...phrases(normal), ...findAll(ADDRESS, normal), ...findAll(CALLE, normal), ...findAll(PHONE, normal), ...(EMAIL_DOMAIN.test(normal) ? findAll(EMAIL, normal) : [])];
    if (!SCHOOL_WORD.test(normal)) return spans;
    for (const m of execAll(SCHOOL, normal)) {
      if (!(m[1] ?? '').split(' ').some((w) => NOT_A_NAME.has(w))) spans.push([m.index, m.index + m[0].length]);
    }
    return spans;
  },
};
