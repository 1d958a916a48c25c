import { phraseRule } from '../rule';

// The child agrees to meet or names a place and time: the last moment a warning can still
// prevent harm (NCMEC 2017). A bare "ok" after a meeting proposal is read by the conversation
// (conversation-context.ts), since it needs the message before it.
export const agreesToMeet = phraseRule({
  id: 'agrees-to-meet',
  category: 'agrees_to_meet',
  severity: 'notice',
  direction: 'outgoing',
  stage: 'approach',
  description: 'You agreed to meet, or gave a place and time.',
  source: 'NCMEC (2017), The online enticement of children: meeting in person is the aim of many enticement chats',
  examples: {
    match: ['saturday works, what time', 'ok but only for like half an hour', 'come at 4', 'my parents are out saturday from 2 to 6', 'dale nos vemos', 'el sábado me sirve', 'ok see u there', 'ok saturday', 'ok maybe thursday', 'ok see u at 4', 'ok! 3:30 by the gas station on 5th?', 'bueno, a las 4?', 'nos vemos allí', 'ill be there'],
    noMatch: ['the code works now', 'my parents are out of town lol jk', 'see u at school tmrw lol', 'ok', 'i cant saturday', 'my mom said no'],
  },
  phrases: {
    en: [
      '(ok|okay|sure|yes|yeah|ya|k|fine|deal|bet|alright|kk|yea|yess) (see you|meet you|ill be there|ill come|im coming|i can come|i can go)',
      '(ok|okay|sure|yes|yeah|ya|k|fine|deal|bet|alright|yea) (maybe |)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|then|at #)',
      'see you (there|then|at #|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday) at)',
      '(ill|i will|i can) (be there|meet you|come over|sneak out)',
      '# (by|at|in front of|outside|near) the',
      '(where|what time) should (we|i) meet',
      '(i can|ill|i will) (say|tell (her|him|them|my (mom|dad|parents))) (im|i am) (at|with|going to) (a|my|a friends) (friend|friends|emmas)',
      // A day or a time accepted or offered back ("saturday works", "maybe at 2").
      '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|# pm|# am|#pm|#am|#|the weekend) (works|is good|is fine|is perfect|works for me|sounds good)',
      '(ok|okay|sure|yes|yeah|ya|fine|maybe|lol ok) (but |)(only |)(for like|for|at like|around) (half an hour|an hour|# minutes|# mins|#)',
      '(come|be here|be there|pick me up) (at|around|by) #',
      '(my parents are|my mom is|my dad is|my mum is|theyre|they are) (out|gone|away|at work) (on |this |)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|weekend|from)',
    ],
    es: [
      'nos vemos (ahi|ahí|alli|allí|a las|el|en|mañana|el sabado|el sábado)',
      '(vale|ok|bueno|si|sí|dale|va) (,|)(a las|el) #',
      '(vale|ok|bueno|si|sí|dale|va) a las #',
      '(ahi|ahí|alli|allí) (estare|estaré|nos vemos)',
      'a las # en (el|la)',
      '(ok|vale|dale|bueno|va|si|sí) nos vemos',
      '(el |)(lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|mañana) (me sirve|me va bien|esta bien|está bien|puedo|me queda bien)',
      '(mis papas|mis papás|mis viejos|mi mama|mi mamá|mis padres) no (estan|están|esta|está) (el|este|mañana|en la tarde|hasta)',
    ],
  },
});
