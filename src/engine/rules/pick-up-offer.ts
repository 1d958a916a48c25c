import type { NormalisedText } from '../normalise';
import { wordAlternation } from '../phrases';
import { phraseRule, type Rule } from '../rule';

// Offering a ride, a pick-up at the corner, "come to my apartment", "just us": the concrete plan
// of the approach stage (Olson et al. 2007), which weighs more than a general wish to meet.
const rule = phraseRule({
  id: 'pick-up-offer',
  category: 'meeting_request',
  severity: 'notice',
  weight: 1.5,
  direction: 'incoming',
  stage: 'approach',
  description: 'Offers to pick you up, give you a ride, or meet you alone.',
  source: 'Olson et al. (2007), Entrapping the innocent (approach); NCMEC (2017), online enticement reports',
  examples: {
    match: ['i can just give u a ride tmrw after school', 'i could pick u up after school sometime', 'ill pick u up, its just a ride', 'ill grab u at the corner of ur street at 4', 'i can drive to u', 'can u sneak out for an hour', 'the park by the soccer field. i\'ll be in a silver car', 'my place is like 20 min from u', 'i could drive up one weekend, its only like 3 hrs', 'ill pay for ur flight and we can share a hotel room', 'genial, te espero en la esquina en un auto gris', 'lets hang out at the mall sat. just us', 'come over after school tmrw?', 'te paso a buscar', 'tú y yo solos'],
    noMatch: ['Ha. I\'ll pick you up from Brownies at 7', 'my mom will pick me up', 'can u pick up milk', 'my mom drives a silver car', 'the mall is like 20 min from me', 'grandma is gonna share a room with me at the beach'],
  },
  phrases: {
    en: [
      '(i|ill|i will|i can|i could|let me|im gonna|i gotta) (just |totally |always |easily |even |)(pick you up|come get you|drive you|give you a ride|come to you|drive to you|visit you|come see you|grab you|come pick you up|meet you)',
      '(pick you up|grab you) (at|after|from|on|by|tomorrow|saturday|friday)',
      '(its|just) (just |only |)a ride',
      '(just us|just you and me|only you and me|the two of us|you and me alone)',
      'come (over|to my (place|house|apartment|studio|car|room|hotel)) (after|tomorrow|tonight|saturday|sunday|friday|this|when)',
      '(not at|dont wait at) your house',
      '(the|by the|at the) corner (of|at|by)',
      // The plan in its own words: slipping out, a car to look for, a distance, a trip paid for,
      // a night away (the decoy logs' meeting talk, Kontostathis et al. 2010).
      '(can|could|would|will|cud) you sneak out',
      'sneak out (for|to|and|tonight|at|after|when)',
      '(ill|i will|ill be|i am|im) (be |)(in|driving) (a|my) (silver|grey|gray|black|white|red|blue|dark|green) (car|truck|van|suv|sedan|pickup)',
      '(my place|my house|my apartment|my flat|my hotel|i live|im staying) (is |)(like |only |just |about |)# (min|mins|minutes|hours|hrs|miles|km) (from|away)',
      '(i|ill|i will|i can|i could) (drive|come|fly) (up|down|over|out) (one|this|next|some) (weekend|day|time)',
      '(pay for|buy you|get you|book you) (a |your |the |)(flight|plane ticket|bus ticket|train ticket|ticket here|uber|cab)',
      '(we can|we could|we will|well|we would|and we) share a (hotel|hotel room|room|bed)',
      '(stay|sleep|spend the night|spend the weekend) (at mine|at my place|at my house|at my apartment|at my flat|at my hotel)',
    ],
    es: [
      '(te paso a buscar|te recojo|te busco|te voy a buscar|paso por ti|voy por ti|te llevo)',
      '(tu y yo|vos y yo) solos',
      'sin que (nadie|tus {padres}) (sepa|sepan|se entere|se enteren)',
      '(te espero|te veo|nos vemos) en (la esquina|el parque|la plaza|la puerta|mi carro|mi auto|mi coche|el carro|el auto|el coche)',
      '(escapate|te escapas|te puedes escapar|podes escaparte|puedes escaparte|salite) (un rato|a escondidas|sin que|esta noche|de tu casa)',
      '(un|mi) (auto|carro|coche|camioneta) (gris|negro|negra|blanco|blanca|rojo|roja|azul|plateado|plateada)',
    ],
  },
});

/** Where a family's pick-ups happen: the child's own routine. */
const ROUTINE_PLACE = new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation(['school', 'practice', 'swim', 'training', 'the game', 'work', 'church', 'rehearsal', 'the dentist', 'the doctor', 'class', 'camp', 'escuela', 'colegio', 'cole', 'practica', 'entrenamiento', 'natacion', 'futbol', 'clase', 'ensayo', 'catequesis'])}(?![\\p{L}\\p{N}])`, 'u');
/** "from Brownies", "del club": picked up from where the child already is. */
const FROM_PLACE = /(?<![\p{L}\p{N}])(?:from|de|del|desde)(?: (?:the|la|el))? \p{L}{3,}/u;
/** A clock time: "at 5", "at 6:30", "5pm", "a las 5". */
const CLOCK_TIME = /(?<![\p{L}\p{N}])(?:at|a las|a la) \d{1,2}(?::\d\d)?(?: ?(?:am|pm))?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{1,2}(?::\d\d)? ?(?:am|pm)(?![\p{L}\p{N}])/u;
/** Saying what will happen ("ill pick u up", "paso por ti"), not offering ("i could", "want a ride?"). */
const DECLARATIVE = new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation(['ill', 'i will', 'im gonna', 'im going to', 'i gotta', 'paso', 'te paso', 'te recojo', 'voy por', 'te busco', 'te llevo'])}(?![\\p{L}\\p{N}])`, 'u');
const OFFER = new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation(['could', 'want me to', 'if you want', 'wanna', 'do you want', 'quieres que', 'si quieres'])}(?![\\p{L}\\p{N}])`, 'u');

/**
 * "ill pick u up at 5 from swim", "paso por ti a las 5 a la escuela": a parent's, aunt's or
 * coach's logistics, a set time at the child's own school or practice, said as a plan. A
 * stranger's offer ("i could pick u up", "want a ride?", "at the corner of ur street") still counts.
 */
export const pickUpOffer: Rule = {
  ...rule,
  examples: {
    match: rule.examples.match,
    noMatch: [...rule.examples.noMatch, 'hey kiddo ill pick u up at 5 from swim', 'mija paso por ti a las 5 a la escuela'],
  },
  find: (text: NormalisedText) => {
    // The context is read only when the rule found something: most messages never pay for it.
    const found = rule.find(text);
    if (found.length === 0) return found;
    const { normal } = text;
    const place = ROUTINE_PLACE.test(normal) || FROM_PLACE.test(normal);
    const logistics = place && CLOCK_TIME.test(normal) && DECLARATIVE.test(normal) && !OFFER.test(normal);
    return logistics ? [] : found;
  },
};
