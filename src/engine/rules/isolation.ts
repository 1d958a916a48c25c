import type { NormalisedText } from '../normalise';
import { wordAlternation } from '../phrases';
import { phraseRule, type Rule } from '../rule';

// Checking whether the child is alone or supervised, and driving a wedge between the child and
// the people who protect them (O'Connell 2003, risk assessment; Olson et al. 2007, isolation).
// Parents ask "are you home alone?" too; benign context in the conversation weighs that.
const rule = phraseRule({
  id: 'isolation',
  category: 'isolation',
  severity: 'notice',
  direction: 'incoming',
  stage: 'isolation_secrecy',
  description: 'Checks whether you are alone, or turns you against the people who look after you.',
  source: "O'Connell (2003), A typology of child cybersexploitation and online grooming practices (risk-assessment stage); Olson et al. (2007), Entrapping the innocent (isolation)",
  examples: {
    match: ['u always walk home alone hey?', 'tus papás trabajan todo el día?', 'tus papás son pesados con el compu?', 'do ur parents ever look over ur shoulder when ur on here', 'u usually by urself after school?', 'is ur pc in ur room or like the living room', 'tu mama a q hora llega del trabajo', 'y vení sola eh, sin tus amigas', 'los del server son unos críos, no te entienden como yo', 'los papás se asustan y pierdes la oportunidad', 'r u home by urself right now?', 'ur folks around', 'ur mom still working nights this week', 'ur mum or dad usually at ur games?', 'does ur mom know we talk like every day', 'do ur parents read ur messages', 'only u and me for now', 'next time. this one is just us', 'parents make girls nervous and the pics come out stiff', 'parents always make it weird when theres money involved', 'what about weekends, anyone home saturday mornings?', 'Will you have your room to yourself?', 'does he go to bed before u?', '¿Tus papás trabajan en la tarde?', 'ur parents dont get ur art like i do', 'anyone else home?', 'wait till hes asleep then lol', 'Will you be home alone tomorrow after school?', 'mall food court saturday at 2? dont bring ur friends', 'dont tell ur mom about me, she wouldnt get it', 'u ever feel like ppl at ur school just dont get u?', 'ok so ur kinda alone in ur room lol', 'r u alone rn?', 'anyone home rn?', 'where are ur parents rn?', 'so ur alone. we could call?', 'honestly they dont get u', 'r u in ur room?', 'text me when ur parents are asleep', '¿estás sola en casa?', 'enciérrate en el baño'],
    noMatch: ['mis papás trabajan todo el día', 'my pc is in my room', 'dont bring ur phone to the pool', 'is anyone else going to the party?', 'leave me alone lol', 'are u coming to the party', 'my parents are home', 'is it just me or is this level hard'],
  },
  phrases: {
    en: [
      '(your|ur) (parents|mom|mum|dad|folks|family) (ever |)(look|looking|peek|peeking) over (your|ur) shoulder',
      '(are you|you|youre|your) (usually |always |often |)(by yourself|on your own|home alone) (after school|in the afternoon|on|at|when|most)',
      '(is|are) (your|ur) (pc|computer|laptop|phone|tablet|console|setup) in (your|ur) (room|bedroom)',
      '(are you|you|r you) home (alone|by yourself|on your own)',
      '{your} {parents} (still |)(working|work|at work|on shift) (nights|late|tonight|the night shift|weekends|overnight)',
      '{your} {parents} around',
      '{your} {parents} (or {parents} |)(usually |always |ever |)at (your) (games|practice|matches|shows|recitals|rehearsals)',
      '(does|do) {your} {parents} (know|knows) (we talk|we chat|about me|about us|you talk to me|we text)',
      '(do|does) {your} {parents} (read|go through|go thru|check|look at|look through|see) (your) (messages|phone|texts|chats|dms)',
      '(just|only) (you and me|me and you|the two of us|us two)',
      '(this one|this time|it) (is|will be|can be) just (us|you and me)',
      '{parents} (make|can make|always make|tend to make|would make|will make|just make) (it |this |things |girls |kids |people |everything |you |)(nervous|stressful|weird|complicated|awkward|scared|worried|stiff|difficult)',
      '{parents} (freak out|overreact|panic|worry too much|ruin everything|mess it up|mess things up|get nervous|get weird)',
      '(those|these|the) (guys|girls|people|kids) (dont|do not) deserve (you|a friend like you)',
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
      '(anyone|anybody|someone|somebody) else (home|there|around|with you|in the house)',
      '(wait|wait till|wait until|wait til) (shes|hes|theyre|they are|she is|he is|your mom is|your dad is|your parents are) (gone|asleep|out|at work|in bed|sleeping)',
      '(will you|would you|you will|are you gonna|you gonna) be (home |)(alone|by yourself)',
      '(dont|no need to|you dont have to|dont need to|dont wanna) bring (anyone|anybody|your friends|friends|your mom|your dad|your parents|a friend|ur friends)',
      '(she|he|they|{parents}|your {parents}) (wouldnt|wont|dont|doesnt) (get it|understand it|get the|understand the|get us|understand us)',
      '(people|ppl|kids|everyone|nobody) (at your school|in your class|at school|your age) (just |really |)(dont|doesnt|never) (get|understand) you',
      '(youre|you are|your) (kinda |kind of |basically |pretty much |)alone in (your|the) (room|bedroom|house)',
      '{your} {parents} (dont|doesnt|never|wont) (get|understand|appreciate|see|support) (your|you) * like (i do|me)',
      '(who|whos|who is|anyone|anybody|someone|somebody) (usually |normally |)(home|at home|around|in the house) (with you |)(on|at|after|in|during|saturday|sunday|weekends|mornings|tonight)',
      '(have|got|get) (your|the) (room|house|place|bedroom) to yourself',
      '(when|while|whenever) (its|it is) (quiet|empty) (at yours|at your place|at home|in your house|there)',
      '(when|whenever|while) (nobody|no one|noone)(s| is|) (around|home|there|watching|looking) (to|so)',
      '(does|do|is|are) (he|she|they|your {parents}|your brother|your sister) (go|goes|going) to (bed|sleep) before (you|u)',
      '(better|best) if (its|it is) just (you|u)',
      '(do|does) {your} {parents} (work|work late|come home late|get home late|usually come)',
      // The same questions as typed: who watches the phone, when the house is empty,
      // where it is private, and friends who "dont get" the child.
      '{your} {parents} (check|read|go through|look at|watch|monitor|see) (your) (phone|insta|instagram|discord|snap|snapchat|streams|stuff|messages|dms|tiktok|account|ipad|tablet|texts)',
      '(are |)(your) {parents} (strict|super strict|really strict|chill|cool) (or|about|with)',
      '(you|youre|your) (kinda |usually |always |often |)(on your own|by yourself|home alone) (in the|evenings|afternoons|tonight|tuesdays|weekends|after)',
      '(when|whens|when is|when are) {your} {parents} (at work|working|out|away|gone|on shift|leaving|traveling|travelling) (next|again|this)',
      '(what time|when) does (he|she) (usually |normally |)(get off|get home|leave|come home|get back)',
      '(is|are) (she|he|they) (home|back) (rn|right now|now|yet)',
      '(you have|do you have|you got|got) (your |)own room',
      '(when|whenever|once) (you have|youve got|you got|theres|you get) (some |a little |)(privacy|alone time)',
      '(where|when) (its|it is) (private|quiet)',
      '(when|while|once|after) (everyone|everybody|people|ppl|they|your family|the house) (is |are |)(asleep|sleeping|in bed|goes to sleep|go to sleep)',
      '(your|ur) (irl |school |real |other |)friends (at school |irl |)(dont|do not|prob dont|probably dont|never|wouldnt) (get|understand|appreciate) (you|your)',
      'the place (2|to) yourself',
      '(always|usually|still) (walk|walking|go|going|ride|take the bus|get the bus) * (alone|by yourself|on your own)',
      // The parents made the problem ("ur moms too nosy"), and who the child lives with.
      '(she|he|they|your mom|your dad|your parents|your mum|your family) (doesnt|dont|does not|do not|wont|never) (get|understand) (you|u) (like i do|the way i do|like me)',
      '(your|ur) (parents|mom|dad|mum|folks|family) (are|is|r) (so |way |too |really |)(strict|nosy|controlling|overprotective|annoying|harsh|crazy) (with|about|tho|lol|fr|ngl|huh|eh|right)',
      '(your|ur) (parents|mom|moms|dad|dads|mum|mums|folks) (are |is |r |)too (strict|nosy|controlling|overprotective)',
      '(do|does) (your|ur) (parents|mom|dad|mum|folks) (know|knows) (about|abt|bout) (your|ur|me|us|this)',
      '(do|you|u) (live|stay) (with|w) (your|ur) (parents|mom|dad|mum|folks|family|grandma) (or|tho|still|right|both)',
      'who do (you|u) (live|stay) (with|w)',
    ],
    es: [
      '(tus|los) (papas|padres|viejos) (trabajan|son pesados|son estrictos|revisan|te dejan|estan) (todo el dia|con el|con la|tranqui|en casa)',
      '(a que|a qué|q) hora (llega|llegan|sale|salen|vuelve|vuelven|regresa|regresan) (tu|tus) ({padres}|mama|papa)',
      '(tu|tus) ({padres}|mama|papa) (a que|a qué|q) hora (llega|llegan|sale|salen|vuelve|vuelven|regresa|regresan)',
      '(ven|veni|vení|vente|venite|veni) (sola|solo|solita|solito)',
      'sin tus (amigas|amigos|papas|papás|padres|papis)',
      '(no te|nadie te) (entienden|entiende|valoran|valora|conocen|conoce) como yo',
      '(los|tus) (papas|papás|padres|papis) (se asustan|se preocupan|exageran|lo arruinan|se ponen nerviosos|no entienden)',
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
      '(tus|tu) ({padres}|mama|mamá|papa|papá|padres) (trabajan|trabaja|llegan tarde|llega tarde|salen|sale) (en|por|a|hasta|tarde)',
      '(tu|vos|tú) (sola|solita|solo|solito) (esta bien|está bien|mejor|es mejor)',
      '(quien|quién|alguien) (esta|está|hay) en (tu |)casa (los|el|en|por|a)',
      '(tu|tus) ({padres}|mama|mamá|vieja|viejo|viejos|jefa|jefe) te (revisa|revisan|mira|miran|checa|checan|controla|controlan|revisa el|ven) (el |)(celu|celular|movil|móvil|telefono|teléfono|cel|insta|chat|chats)',
      '(tus|los) ({padres}|viejos) se van (el finde|este finde|de viaje|el fin de semana|mañana|hoy|esta noche)',
      '(quien|quién) te cuida (en|por|los|cuando|despues|después)',
      '(te quedas|te quedás|te quedai) (sola|solo|solita|solito)',
      '(tienes|tenes|tenés|teni) (tu |)(propio |)cuarto',
      '(puerta|cuarto) con (seguro|llave|pestillo)',
      '(con|y) la puerta cerrada',
      '(puedes|podes|podés) (platicar|hablar|chatear) (a gusto|tranquila|tranquilo|sin que)',
      // The parents made the problem, and who the child lives with.
      '(tus|sus) (papas|papás|padres|viejos|jefes) no te (entienden|dejan|comprenden|escuchan)',
      '(vives|vivis|vivís|vivi|viví) con (tus|tu) (papas|papás|padres|viejos|mamá|mama|papá|papa|vieja|viejo)',
      '(esta|está|estas|estás|estai|tas) (solita|solito)',
    ],
  },
});

const words = (list: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation(list)}(?![\\p{L}\\p{N}])`, 'u');
/** "r u alone down there? theres a creeper": alone in the game's world, not at home. */
const IN_GAME = words(['creeper', 'creepers', 'nether', 'warden', 'blaze', 'blazes', 'mobs', 'zombies', 'skeletons', 'the end', 'deep dark', 'ender', 'dungeon', 'boss', 'raid', 'spawn', 'respawn', 'my base', 'your base', 'the base', 'the cave', 'in the cave', 'down there', 'out there', 'ahi abajo', 'ahí abajo', 'por alla', 'por allá']);
/** "lock the door and dont open it for anyone": keeping the child safe, the opposite of isolating. */
const PROTECTIVE = words(['dont open it for anyone', 'dont open the door', 'dont open it to anyone', 'dont let anyone in', 'no le abras a nadie', 'no abras la puerta', 'no abras a nadie']);

export const isolation: Rule = {
  ...rule,
  examples: {
    match: [...rule.examples.match, 'ur folks check ur phone or nah?', 'so ur kinda on ur own in the evenings?', 'whens ur mum at work next', 'u have ur own room?', 'do it when u got some privacy', 'call me late when everyone is asleep', 'ur irl friends prob dont get u', 'tu vieja te revisa el celu?', 'tus viejos se van el finde?', 'y quién te cuida en las tardes?', 'con la puerta cerrada mejor', 'she doesnt get u like i do', 'ur moms too nosy w urs', 'do ur parents know abt ur art accounts', 'u live w ur parents or?', 'tus papás no te entienden', 'su mamá ya llegó o está solita'],
    noMatch: [...rule.examples.noMatch, 'my parents check my phone every night', 'my friends dont get the joke', 'when is ur mom picking us up', 'r u alone in the nether?? wait for me, blazes will destroy u', 'ok lock the door and dont open it for anyone', 'estás solo ahí abajo? cuidado que por ahí anda el warden', 'my mom is so strict about screen time', 'do ur parents know about the trip yet'],
  },
  // The context is read only when the rule found something.
  find: (text: NormalisedText) => {
    const found = rule.find(text);
    return found.length > 0 && (IN_GAME.test(text.normal) || PROTECTIVE.test(text.normal)) ? [] : found;
  },
};
