import { phraseRule } from '../rule';

// Offering a ride, a pick-up at the corner, "come to my apartment", "just us": the concrete plan
// of the approach stage (Olson et al. 2007), which weighs more than a general wish to meet.
export const pickUpOffer = phraseRule({
  id: 'pick-up-offer',
  category: 'meeting_request',
  severity: 'notice',
  weight: 1.5,
  direction: 'incoming',
  stage: 'approach',
  description: 'Offers to pick you up, give you a ride, or meet you alone.',
  source: 'Olson et al. (2007), Entrapping the innocent (approach); NCMEC (2017), online enticement reports',
  examples: {
    match: ['i could pick u up after school sometime', 'ill pick u up, its just a ride', 'ill grab u at the corner of ur street at 4', 'i can drive to u', 'lets hang out at the mall sat. just us', 'come over after school tmrw?', 'te paso a buscar', 'tú y yo solos'],
    noMatch: ['my mom will pick me up', 'can u pick up milk'],
  },
  phrases: {
    en: [
      '(i|ill|i will|i can|i could|let me|im gonna|i gotta) (pick you up|come get you|drive you|give you a ride|come to you|drive to you|visit you|come see you|grab you|come pick you up|meet you)',
      '(pick you up|grab you) (at|after|from|on|by|tomorrow|saturday|friday)',
      '(its|just) (just |only |)a ride',
      '(just us|just you and me|only you and me|the two of us|you and me alone)',
      'come (over|to my (place|house|apartment|studio|car|room|hotel)) (after|tomorrow|tonight|saturday|sunday|friday|this|when)',
      '(not at|dont wait at) your house',
      '(the|by the|at the) corner (of|at|by)',
    ],
    es: [
      '(te paso a buscar|te recojo|te busco|te voy a buscar|paso por ti|voy por ti|te llevo)',
      '(tu y yo|vos y yo) solos',
      'sin que (nadie|tus {padres}) (sepa|sepan|se entere|se enteren)',
    ],
  },
});
