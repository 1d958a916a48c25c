import { phraseRule } from '../rule';

// Checking whether the child is alone or supervised, and driving a wedge between the child and
// the people who protect them (O'Connell 2003, risk assessment; Olson et al. 2007, isolation).
// Parents ask "are you home alone?" too; benign context in the conversation weighs that.
export const isolation = phraseRule({
  id: 'isolation',
  category: 'isolation',
  severity: 'notice',
  direction: 'incoming',
  stage: 'isolation_secrecy',
  description: 'Checks whether you are alone, or turns you against the people who look after you.',
  source: "O'Connell (2003), A typology of child cybersexploitation and online grooming practices (risk-assessment stage); Olson et al. (2007), Entrapping the innocent (isolation)",
  examples: {
    match: ['r u alone rn?', 'anyone home rn?', 'where are ur parents rn?', 'so ur alone. we could call?', 'honestly they dont get u', 'r u in ur room?', 'text me when ur parents are asleep', '¿estás sola en casa?', 'enciérrate en el baño'],
    noMatch: ['leave me alone lol', 'are u coming to the party', 'my parents are home', 'is it just me or is this level hard'],
  },
  phrases: {
    en: [
      '(anyone|anybody|someone) (else |)(home|there|around) (right now|now|today|tonight)',
      '(come|be) (alone|by yourself)',
      '(when|while|once|after) your (moms|dads|mums|parents) (asleep|gone|out|at work|not home|sleeping)',
      '(are you|you|r you) (all |)(alone|home alone|by yourself|on your own)',
      '(so |)(you are|youre|your) (all |)(alone|home alone|by yourself)',
      '(is|are) (anyone|anybody|someone|somebody|any one) (else |)(home|there|around|with you|in the house)',
      '(is|are) {your} {parents} (home|there|around|asleep|awake|at work|out|gone|in the house|downstairs|nearby)',
      'where (are|is) {your} {parents}',
      '(when|what time) (are|do|does|will) {your} {parents} (get home|come home|leave|go to sleep|go to bed|usually home|home|get back|go out)',
      '(are you|you|r you) in your (room|bedroom)',
      '(when|while|once) (you are|your|youre) (alone|in your room|by yourself)',
      '(when|while|once|after) {your} {parents} (are|is|go|goes|fall|falls) (asleep|to sleep|to bed|gone|out|not home|at work)',
      '(close|lock) (your|the) (door|bedroom door)',
      '(wait|text me|message me|call me) (till|until|when) (she|he|they|{your} {parents}) (is|are|leave|leaves) (gone|out|asleep)',
      '(they|{your} {parents}|your friends) (dont|doesnt|do not|never) (even |really |)(understand|get|deserve|listen to|care about) you',
      '(i|only i) (understand|get) you (better|more|like no one)',
      '(nobody|no one) (understands|gets|knows) you like (i do|me)',
      '(treats|treat|treating) you like a (little kid|baby|child|kid)',
      '(you dont|u dont) need them',
      '(people|kids|girls|guys) your age (are|can be) (so |really |)(immature|annoying|boring|dumb)',
      'their loss',
    ],
    es: [
      '(estas|estás|andas) (sola|solo|solita|solito)',
      '(sola|solo) en (casa|tu cuarto|tu habitacion)',
      '(hay|esta|está) alguien (en casa|contigo|ahi)',
      '(estan|están|esta|está) tus {padres} (en casa|ahi|ahí|despiertos)',
      '(donde|dónde) (estan|están) tus {padres}',
      '(a que|a qué) hora (llegan|vuelven|se duermen) tus {padres}',
      'cuando (estes|estés) (sola|solo)',
      '(encierrate|enciérrate|encerrate) en (el baño|tu cuarto|tu habitacion)',
      '(tus {padres}|nadie) no te (entienden|entiende) como yo',
      'a solas',
    ],
  },
});
