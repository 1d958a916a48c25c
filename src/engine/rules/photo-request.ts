import { phraseRule } from '../rule';
import type { NormalisedText } from '../normalise';
import { findAll, wordAlternation } from '../phrases';
import { BARE_PICTURE_REQUESTS, PHOTO_REQUEST_PHRASES, SCHOOLWORK_WORDS } from './phrases/photo-request';

// Asking for pictures, video or the camera: the step before image-based abuse and sextortion
// (Thorn 2022; IWF 2023 on "self-generated" imagery). A picture of a thing ("send me a pic of the
// homework", "of the receipt") is not a picture of the child, so those matches are dropped.
const rule = phraseRule({
  id: 'photo-request',
  category: 'photo_request',
  severity: 'notice',
  direction: 'incoming',
  stage: 'sexualisation',
  description: 'Asks for pictures or video of you, or to turn on your camera.',
  source: 'Thorn (2022), Self-generated child sexual abuse material: youth attitudes and experiences; Internet Watch Foundation (2023), annual report on self-generated imagery',
  negatable: true,
  examples: {
    match: ['wait u got a p1c?', 'put ur facecam on next time', 'show me ur room then', 'i wanna see if u look like ur pic lol', 'idk what ur face looks like', 'face n body so i know ur legit', 'porfa solo una y la borro', 'mostrame, dale', 'y cómo estás vestida ahora?', 'y que ropa tenes puesta', 'mándame alguna foto nueva', 'qué traes puesto ahorita', 'oye y tienes fotos tuyas?', 'mandame otra, pero mejor', 'tienes webcam? ponla un momento', 'u got a webcam on that computer?', 'what u got on rn lol', 'wear something cute for me', 'take one 4 me', 'show me that smile', 'i wanna see the face behind the screen lol', 'u send me real ones and i delete this', 'one more pic and i delete everything. promise', 'now send one with less on', 'drop a s3lfie there, gotta make sure ur not a catfish 😂', 'now 1 in ur pjs lol', 'Are you happy to send some more photos in your leotard?', 'necesito fotos tuyas, sin filtro, de cuerpo completo', 'hacemos una videollamada de prueba a las 5', 'take one of ur face and upload it', 'send a pic of ur face', 'mándame una foto de tu cara', 'send a few more, the mirror ones', 'mili, soy de zona norte. pasamos fotos? 😏', 'come on just one, ur probly realy pretty', 'just one pic 📸', 'come on cam for like 5 min', 'just wanna see ur cute face 😊',  'send a mirror pic', 'dont be shy, nobody has to know. close ur door and send one', 'wanna trade pics?', 'intercambiamos fotos?', 'send me a pic of u', 'u got pics?', 'turn on ur cam', 'wanna ft?', 'what r u wearing rn', 'send a selfie so i know ur not a bot', 'ur turn, send me one back', 'show me ur room then', 'mándame una foto tuya', 'enciende la cámara', 'send me a p1c 📸', 'nice. cam?', 'ill give u 1k robux for a selfie', 'i pay $20 for a pic', 'te paso 500 robux por una selfie'],
    noMatch: ['i got a pic of the sunset', 'show me ur build later', 'mandame fotos de ella que tengas en tu cel', 'take one of the cookies before theyre gone', 'coach said send a pic of ur time sheet to the gc', 'Pablo, enciende la cámara en la clase para que vea cómo haces los ejercicios', 'bug send me a pic of ur report card!!', 'just one more game', 'come on just one more round', 'your turn to pick the map', 'send me a pic of the worksheet', 'bárbaro. prendé la cámara así veo el cuaderno', 'can you turn your camera on so I can see your worksheet?', 'can u send a pic of the receipt', 'i never ask for pics', 'i sent the pic to mom', 'nice pic!', '$20 for a pic of my oc, any artists?', '5 bucks for a pic of the answers lol'],
  },
  phrases: PHOTO_REQUEST_PHRASES,
});

/** "a pic of the homework", "of my receipt": a picture of a thing, not of the child. */
/** What of the child a picture would show: "of your face" is of the child, "of your time sheet" is not. */
const SELF = '(?:face|body|self|smile|hair|legs|feet|outfit|fit|room|bed|bedroom|lips|eyes|chest|belly|stomach|back|butt|tummy|skin|pajamas|pjs|cara|cuerpo|carita|sonrisa|pelo|piernas|pies|cuarto|habitacion|cama|ropa)';
const OF_A_THING = new RegExp(`^ (?:of (?:the|this|that|those|these|my|his|her|their|our|both|it|them|each|a|an|page)|of (?:your|ur) (?!${SELF}(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}]+|(?:del|de la|de las|de los|de mi|de este|de esta|de eso|de esa|de ela|de elas|de el|de elos|de nosotros|de tu (?!${SELF}(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}]+))(?![\\p{L}\\p{N}])`, 'u');
/**
 * Turning the camera on for a class or lesson, or so a tutor can see the child's work ("so i can
 * see ur worksheet", "así veo el cuaderno": eleven tutors in the training corpora, no groomer), is
 * school, not a request for the child's picture.
 */
const FOR_CLASS = new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation(SCHOOLWORK_WORDS)}(?![\\p{L}\\p{N}])`, 'u');

/** A message that is only "cam?" or "pics?": the bare request of random-chat sites. */
const BARE = new RegExp(`^(?:${wordAlternation(BARE_PICTURE_REQUESTS)})(?: ?\\?)*$`, 'u');

/** Longer than the longest bare request with a lead-in word ("well, video call?"). */
const BARE_MAX = 24;

/**
 * "come on just one", "close ur door and send one": "one" standing for a picture, at the end of
 * a sentence, after the talk has turned to pictures. "just one more game" is not.
 */
const JUST_ONE = /(?<![\p{L}\p{N}])(?:just|send(?: me)?) (?:one|1)(?: (?:pic|photo|selfie|pls|please|plz)){0,2}(?= ?[,.!?…]| ?$)/gu;

export const photoRequest = {
  ...rule,
  find: (text: NormalisedText): Array<[number, number]> =>
    // Only short messages can be a bare "cam?"; longer ones skip the extra string work.
    text.normal.length <= BARE_MAX && BARE.test(text.normal.replace(/^(?:ok|nice|so|well|and|hey)[,.!]* /u, ''))
      ? [[0, text.normal.length]]
      : picturesAsked(text),
};

/** The rule's matches and "just one", less pictures of things; a class's camera asks for none. */
function picturesAsked(text: NormalisedText): Array<[number, number]> {
  const { normal } = text;
  // "just one" / "send one" need one of their two words: skip the scan when neither is there.
  const justOne = normal.includes('just') || normal.includes('send') ? findAll(JUST_ONE, normal) : [];
  const found = [...rule.find(text), ...justOne].filter(([, end]) => !OF_A_THING.test(normal.slice(end, end + 40)));
  return found.length > 0 && FOR_CLASS.test(normal) ? [] : found;
}
