import { phraseRule } from '../rule';

// Sextortion: threats to share images unless the child pays or sends more. FBI and NCMEC report
// a steep rise in financial sextortion of teenage boys since 2021, often within hours of first
// contact, and children have died by suicide after such threats. One threat is a danger.
export const sextortionThreat = phraseRule({
  id: 'sextortion-threat',
  category: 'threats_sextortion',
  severity: 'danger',
  direction: 'incoming',
  stage: 'sexualisation',
  description: 'Threatens to share pictures of you, or demands money or more pictures.',
  source: 'FBI & NCMEC (2022-2024), public warnings on financial sextortion; NCMEC (2024), The Growing Concerns of Sextortion; Thorn (2022), Sextortion: findings from a survey of 1,200 young people',
  examples: {
    match: ['i have the pics u sent', 'alguien que tiene las fotos que le mandaste a "Marcos"', 'i have ur pic and i screenshotted all ur followers', 'pay $300 in gift cards or i send it to everyone on the list', 'if u block me it goes out instantly', 'i recorded the whole video chat', 'made some edits with ai', 'tengo tu foto y la lista de tus seguidores', 'o se la mando a todos'],
    noMatch: ['i have a list of homework', 'my account got hacked and asks ppl for gift cards', 'text me or i will be late', 'i made this with ai lol', 'tienes 15?'],
  },
  phrases: {
    en: [
      'or (i|ill|i will|im gonna|im going to) (put|post|send|share|show|drop|leak) (it|them|this|your pic|the pic|your pics|the pics) (in|on|to|everywhere)',
      '(we|i) (have|got|saved|kept|still have) (your|ur|all your) (pictures|pics|photos|nudes|videos|video|pic)',
      '(i|we|ill|i will|well|we will) (post|leak|share|publish|expose) (it|them|everything|you) (immediately|right away|instantly|everywhere|online|right now)',
      'i (have|got|saved|kept|still have|screenshotted|screenshoted|recorded|took) (your|all your|the|those|that|ur) (pic|pics|picture|pictures|photo|photos|nudes|video|videos|snap|snaps|selfie|recording)',
      'i (have|got|saved|kept|still have) (it|them) (saved|still)',
      'i (recorded|screenshotted|screenshoted|screen recorded|saved) (the|our|the whole|it|everything|our whole|all)',
      'i have (your|ur|all your|a list of all your|the list of) (followers|friends list|friend list|followers list|contacts|family|friends and family|school|class)',
      '(screenshot|screenshots|list) of (your|all your) (followers|friends|contacts|friends list|family)',
      '(send|post|leak|share|show|forward|spread) (it|them|this|the pic|the pics|your pics|the video|the recording|everything) to (everyone|everybody|all (of them|your|ur)|every (one|single)|your (friends|followers|family|school|class|contacts|whole|principal))',
      '(post|leak|share|spread|publish|expose) (it|them|your pics|everything) (everywhere|online|on every)',
      '(it|they|the pic|the video|everything) (goes|go|gets|will go|is going) (out|to everyone|to all|everywhere)',
      'or (i|ill|it|they|everyone|i will) (post|send|share|leak|expose|show|goes|go|gets) (it|them|this|everything|out|to|your|everywhere|the)',
      '(everyone|everybody|your friends|your followers|your family|your school|your mom|your parents) (will see|sees|gets it|gets them|is going to see)',
      '(made|make|edited|edit) (some |)(edits|edited ones|edited pics|fake pics|fake nudes|them look real)',
      'your life (is|will be) (over|ruined)',
      '(ill|i will|im going to|i can) (ruin|expose|destroy) you',
      '(i|we) (have|got|still have|saved) (the|those|all the|all your|your) (pics|photos|pictures|nudes|videos|vids) (you|u) (sent|shared|gave)',
    ],
    es: [
      'tengo (tu|tus|la|las) (foto|fotos|video|videos|captura|capturas)',
      'tengo (capturas|la lista|el enlace|la lista de)',
      '(se la|se las|se lo|se los|la|las|lo|los) (mando|envio|envío|paso|publico|subo|enseño) a (todos|todo el mundo|tu familia|tus seguidores|tu {padres}|tus amigos|tu clase)',
      'o (se la|se las|la|las|lo|los) (mando|publico|subo|envio|envío|paso)',
      '(la|lo|las|los) (publico|subo) (todo|en|al)',
      '(lo|la) publico todo',
      'te vas a arrepentir',
      '(tengo|tiene|tenemos) (las|tus|esas|todas las|todas tus) fotos (que|q) (le |me |nos |)(mandaste|enviaste|pasaste)',
    ],
  },
});
