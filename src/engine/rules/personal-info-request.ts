import { phraseRule, type Rule } from '../rule';

// Asking where a child lives, goes to school, their phone number or full name: what an offender
// needs to find the child offline or move the contact elsewhere (risk assessment and approach in
// Olson et al. 2007). "Don't share your school" from a moderator is advice, not a request.
const asked = phraseRule({
  id: 'personal-info-request',
  category: 'personal_info_request',
  severity: 'notice',
  direction: 'incoming',
  stage: 'risk_assessment',
  description: 'Asks where you live, your school, your phone number or your full name.',
  source: "Olson et al. (2007), Entrapping the innocent (approach stage); NCMEC CyberTipline data on online enticement (2017-2020): requests for personal details precede offline contact",
  negatable: true,
  examples: {
    match: ['u live around dallas?', 'what part of town r u in', 'which park do u skate at', 'what time do u get out', 'gimme ur number', 'de q barrio sos?', 'a qué hora salís del cole', 'cute. what school', 'which school, maybe i know ur older brother', 'drop ur location we go get food', 'i want to. what address should i ship it to', 'wat time does ur school let out', 'which theater is closest to u', 'u got a cell', 'en q secu vas', 'por qué colonia vives?', 'a que hora salis del colegio?', '¿A qué dirección te los enviamos?', 'whereabouts r u anyway, what suburb r u in', 'u go to lincoln middle?', 'where do u live?', 'whats ur addy', 'what school do u go to', 'which one u go to again', 'whats ur number', 'owen what? whats ur last name', 'what city', 'whats ur street', 'do u have a phone?', '¿dónde vives?', 'pásame tu número', 'a qué colegio vas', 'u said ur in ohio right? what part exactly', 'is this jordan from oak hill middle?', 'u go to a school round welly?', 'ya but u gotta give me a street address to ship it', 'whats ur actual name lol'],
    noMatch: ['which part of the song do u like', 'i live near the park', 'give me the ball', 'what area of the map r u', 'which mall has the best food court', 'i go to lincoln middle', "don't share your school in chat", 'staff will never ask for your address', 'where r u', 'what number is the bus', 'vivo en madrid', 'he kept asking everyone what school they go to', 'which school does ur brother go to'],
  },
  phrases: {
    en: [
      '(what|which) (suburb|neighbourhood|neighborhood|part of town|area|estate) (are you|r you|you|do you live|you live|are you in)',
      '(do you|you) go to * (middle|high|elementary|primary|secondary) (school|)',
      'where (do you|you|do ya) (live|stay)',
      'where (is|s) your (house|home)',
      '(whats|what is|send me|give me|tell me|i need|can i have|can i get) your (address|home address|street|exact address|location|house number|zip code|zip|postcode)',
      '(whats|what is) your (number|phone number|phone|cell|cell number|digits|mobile|phone no|email|e mail|school|last name|full name|real name|surname|zip)',
      '(send|give|text|tell) me your (number|phone number|digits|cell|email|real name|full name|last name)',
      '(can|could|may) i (have|get) your (number|phone number|digits|cell|address|email)',
      '(what|which) (school|schools|middle school|high school) (do you|you|are you|r you|ya) (go|going|at|in|attend)',
      '(what|which) (school|one) (do you|you) (go to|attend)',
      'where (do you|you) go to school',
      '(what|which) (city|town|state|street|neighborhood|neighbourhood|area|suburb|part of town) (are you|you|do you|is your|r you)',
      '(what|which) (city|town|state|street)',
      'your (real|full|last) name',
      '(do you|you) have (a|your own) (phone|cell|cellphone|number)',
      '(what|whats) your (name|real name) (again|tho)',
      '(you|u) close to #',
      // Asked in fewer words ("what school", "whereabouts r u") or as a delivery or a lift needs it.
      '(what|wat|which|wich) school',
      '(whereabouts|where abouts) (are you|r you|you|do you live|you live|is that)',
      '(what|wat|which) (address|addy) (should|do|can|would) i',
      '(drop|send|share) (your|me your) (location|addy|address|pin|live location)',
      '(what time|wat time|when) (does|do) your school (let out|get out|end|finish)',
      '(which|wich|what|wat) (mall|theater|theatre|park|store|one|gamestop|walmart|library) (is |)(closest|nearest|near|by|close) (to you|to your|your)',
      '(you|u) got a (cell|phone|number)',
      // Where the child can be found, asked in everyday words.
      '(do you|you) live (around|near|close to|by|in) (the |)(city|town|area|here|there|#|dallas|la|nyc|chicago|houston|london)',
      '(what|which|wat|wich) part of (town|the city|the state|the country|the area)',
      '(which|what|wat|wich) (park|mall|door|gate|bus stop|stop|gym|pool|library|store|entrance|exit|bus) (do you|you) (go to|skate at|use|come out of|come out|take|get off at|hang at|hang out at|wait at|usually)',
      '(what time|wat time|when) (do you|you) (get out|finish|leave school|get off the bus|walk home|get home from school)',
      '(gimme|give me|drop|send me|text me) (your|the) (number|digits|cell|phone number|addy|address|#)',
      '(whats|what is) the (#|digits)',
      '(you|do you) gotta (a |)(cell|phone|number)',
      // Narrowing down where and which school.
      '(what|which|wat) part (exactly|tho|then|of it)',
      '(whereabouts|where abouts) (are you|r u|you|in|tho|exactly|then)',
      '(you|this|is this|are you|go to|from) * (middle|middle school|high school|elementary|academy|primary|secondary|prep) (right|rn|too|still|yeah|ya)',
      'is this * from * (middle|middle school|high school|high|elementary|academy|primary|secondary)',
      '(go to|at) (a|the) school (round|near|in|around|by)',
      '(give|send|tell) me (a|an) (street address|address|home address|postcode|zip code)',
      '(whats|what is|tell me) (your|ur) (actual|full|last|real|whole) name',
    ],
    es: [
      '(donde|dónde|en que parte) (vives|vivis|queda tu casa|esta tu casa)',
      '(cual es|dame|pasame|mandame|dime) tu (direccion|dirección|domicilio|calle|numero|número|telefono|teléfono|cel|celular|whatsapp|correo|email|apellido|nombre completo)',
      '(a|en) (que|q|cual) (colegio|escuela|instituto|insti|cole|prepa|secundaria|liceo) (vas|estudias|estas|estás)',
      '(de|en) (que|q) (ciudad|barrio|pueblo|colonia|calle) (eres|vives|estas)',
      '(en que|en q|en cual|en cuál|a que|a q|a cual) (secu|secundaria|escuela|colegio|cole|prepa|liceo|insti) (vas|estudias|estas|estás|vas a)',
      '(de que|de q|por que|por qué|por q|en que|en q) (barrio|colonia|zona|comuna) (vives|sos|eres|estas|estás|queda)',
      '(a que|a qué|a q) (direccion|dirección)',
      '(a que|a qué|a q) hora (sales|salis|salís) (del|de la|de tu)',
      'tu (direccion|dirección) nueva',
      'tu nombre completo',
      'tu (numero|número) de (telefono|teléfono|cel|celular|movil|móvil)',
      '(de|en) (que|q|qué|cual|cuál) (barrio|colonia|zona|comuna|parte|ciudad|pueblo)',
      '(a que|a qué|a q) hora (sales|salis|salís|terminas|terminás|sale tu)',
      '(por|cerca de) (donde|dónde) (vives|vivis|vivís|queda tu casa)',
    ],
  },
});

/** "what school they go to", "which school does ur brother go to": someone else's, not the child's. */
const SOMEONE_ELSES = /^ (?:(?:does|did|do) )?(?:he|she|they|his|her|their|your (?:brother|sister|cousin|friend|mom|dad)s?)(?![\p{L}\p{N}])/u;

export const personalInfoRequest: Rule = {
  ...asked,
  find: (text) => asked.find(text).filter(([, end]) => !SOMEONE_ELSES.test(text.normal.slice(end, end + 30))),
};
