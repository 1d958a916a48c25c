import { phraseRule } from '../rule';
import type { NormalisedText } from '../normalise';
import { findAll, wordAlternation } from '../phrases';

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
  phrases: {
    en: [
      '(you got|do you have|you have|have you got|got|do you got) a (webcam|camera|web camera)',
      '(what|wat|wut) (you got|have you got|do you have|are you|you) (on|in) (right now|now|tonight)',
      'wear something * for me',
      '(take|send|snap|make) (one|1) (4|for) me',
      '(show me|let me see|lemme see) (that|your|ur) (smile|face|cute face|pretty face|outfit)',
      '(wanna|want to|need to|gotta|have to|got to|let me|i wanna) see (your|the) face',
      '(send|send me) (real|new|more|better|some new) (ones|pics|pictures|photos)',
      '(one|1) more (pic|photo|picture|video|vid)',
      '(with|w) less (on|clothes)',
      'send (me |)(another|one more) (one|like that)',
      '(turn|put|switch) on (camera|video|cam)',
      '(need|want|get) (a few|some|more|your|#) {pic}',
      'send (me |us |)(a|an|one|some|more|another|a few|a couple|#|a new|a quick|a cute|a nice|a good|a real|ur|your|the) {pic}',
      'send (me |){pic}',
      'send (me |)(one|1) (back|too|of you|now|rn|right now|pls|please)',
      'your turn (to send|send|now send)',
      '(one|pic|pics) (just |)for me',
      '(can|could|may) (i|we) (get|see|have) (a|some|more|another|your|one|) {pic}',
      '(got|have you got|do you have|you have|you got|have you any) (any |some |)(pics|pictures|photos|selfies|snaps)',
      '(a|some|any|more) {pic} of (you|yourself|your face|your body)',
      '{pic} of (you|yourself|your face)',
      '(show|let) me (you|yourself|what you look like|what your wearing|what youre wearing|your room|your body|your face|more)',
      '(i want|i wanna|i wan|want) to see (you|your face|what you look like|more of you)',
      '(turn|put|switch|flip) (on|) (your|the|ur) (camera|video)',
      '(camera|video) on',
      // A price for a picture: "1k robux for a selfie" (gifts for images, NCMEC 2024). The filter
      // below leaves "$20 for a pic of my oc" (an art commission) alone.
      '(robux|vbucks|v bucks|bucks|dollars|coins|gems|skins|money|cash|$#|#k|#) (for|4) (a|one|1|ur|your|some|a quick|a cute|a new) {pic}',
      '(want to|can we|lets|we could|should we|do you want to|you want to) (facetime|video call|video chat|videochat|video|skype|cam)',
      '(facetime|video call|videocall|video chat) (me|now|tonight|later)',
      '(what|wat) (are you|you|r you) wearing',
      '(selfie|pic|photo) so i know',
      'to (prove|show) (you are|your|youre) (real|not a bot)',
      '(record|film|take|make) (a|me a) (video|vid|pic|photo|selfie) (of|for) (you|yourself|me)',
      'send (me |)(a|one more|another) video',
      '(trade|swap|exchange|share) (pics|photos|pictures|selfies|snaps|nudes)',
      '(come|get|go|hop|be) on (cam|camera|video|facecam|facetime)',
      '(on|in front of the) (cam|camera) (for|so|tonight|now|rn)',
      '(wanna|want to|i want to|i wanna|lemme|let me) see (your|ur) (cute |pretty |beautiful |)(face|smile|outfit|room)',
      '(send|take) (one|a pic|a photo|a selfie|them) (when|while) (youre|you are|your) (alone|in your room)',
      '(send|show) (me |)(one|a pic|a photo) in (what you wear|your)',
      '(full body|full length|mirror) (pic|pics|photo|photos|selfie|shot)',
      '(dont be shy|its fine|its ok|its okay|nobody will see it|no one will see it|no one will know|it disappears) (send|take|show)',
      'send (a few|some|a couple|#|one|two|three) more',
      '(mirror|bathroom|bedroom|bed) (ones|pics|pic|selfies|selfie|photos)',
      '(drop|post|upload|take|snap) (a|one|another|a quick|a cute) (selfie|pic|photo|picture|snap) (for me|there|here|so i|of your|of you|rn|now)',
      '(make sure|prove|show me|so i know) (you are|youre|your|ur) (not a|a real|real|not fake|not a catfish)',
      '(one|1|a pic|a selfie) in (your|ur) (pjs|pajamas|pyjamas|bed|towel|uniform)',
      '(photos|pics|pictures|a video|a clip|video|clip) (of you|of yourself) (on your own|alone|by yourself|without|in your|wearing|standing)',
      '(a|some|few|couple) (more |)(photos|pics|pictures) (in your|wearing|without|of you)',
      '(video call|videocall|facetime|call with your cam|cam call) (so i can|so he can|so she can|so we can|to) (see|watch|check)',
      '(hop|jump|get) on (a|the) (call|vc|video call|facetime) (with|w) (your|ur|the) (cam|camera|video)',
      '(take|send) one of (your|ur) (face|body|self)',
      '(send|show) me (#|two|three|2|3|some|a few) (real|more|new|proper) (ones|pics|photos)',
      // The ask as typed ("u got a pic?", "put ur facecam on", "show me ur room").
      '(you got|do you have|got|you have) a (pic|pick|selfie|photo|picture)',
      '(put|turn|switch|flip) (your|ur|the) (facecam|face cam|cam|webcam) on',
      '(show me|let me see|lemme see) (your|ur) (room|body|fit|bedroom|legs|figure)',
      '(see|know) (if|what) (you|u) (look|looks) like',
      '(what|how) (your|ur) face (looks|look) like',
      '(face and body|face n body|whole body)',
      '(just|only) (one|1) and (ill|i will|i|i can) delete',
      '(just|only) (cute|cute ones|a few|some) (pics|ones|photos) (to start|first|for now)'
    ],
    es: [
      '(que|qué|q) (traes|llevas|tienes|tenes) puesto',
      '(tienes|tenes|tenés) (fotos|foto) (tuyas|tuya|de ti)',
      '(mandame|mándame|pasame|pásame) otra',
      '(tienes|tenes|tenés) (webcam|camara|cámara)',
      '(mandame|mándame|pasame|pásame|enviame|envíame|manda|mandá|pasá) (una |unas |otra |un |)({foto}|selfie)',
      '(una |)foto (tuya|de ti|tuyita)',
      '(enciende|prende|pon|abre|activa|encendé|prendé) la (camara|cámara|cam)',
      '(hacemos|hagamos|hacer|quieres hacer) (videollamada|video llamada|llamada de video)',
      '(que|qué) (llevas|tienes) puesto',
      'quiero verte',
      '(ensename|enséñame|mostrame|muéstrame|muestrame) (tu|como|cómo)',
      'ahora (tu|tú) (mandame|mándame)',
      '(intercambiamos|intercambiar|intercambiemos|cambiamos|cambiar|compartimos) (fotos|fotitos|selfies|pics)',
      '(pasamos|pasemos|nos pasamos|mandamos|nos mandamos|mandemos) (fotos|fotitos|pics|una foto)',
      '(enviarme|mandarme|pasarme|me envias|me envías|me mandas|me pasas) (unas |una |otra |mas |más |)(fotos|foto|selfie|video|vídeo)',
      '(necesito|quiero|me mandas|mandame|mándame) (unas |)(fotos|foto) (tuyas|tuya|de cuerpo|sin filtro|sin maquillaje|de pies|completa)',
      '(hacemos|hagamos|tenemos) (una |)(videollamada|video llamada|llamada con camara|llamada con cámara)',
      '(me mandas|mandame|mándame|me pasas) (una|otra) (tu|tú|igual|asi|así)',
      '(mostrame|muéstrame|muestrame|enseñame|enséñame|ensename) (dale|porfa|ya|como|cómo|tu|la|una|algo|un poco)',
      '(como|cómo) (estas|estás|andas) (vestida|vestido)',
      '(que|qué|q) ropa (tenes|tienes|traes|llevas) (puesta|puesto)',
      '(mandame|mándame|pasame|pásame|enviame|envíame) (alguna|algun|algún) ({foto}|selfie)',
      '(solo|sólo) una y la (borro|elimino)',
      '(robux|pavos|monedas|gemas|plata|dinero|lucas|$#|#) (por|x) (una|un|tu|tus|unas|otra) ({foto}|selfie)',
    ],
  },
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
const FOR_CLASS = new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation(['class', 'lesson', 'lessons', 'the lecture', 'homeroom', 'clase', 'la clase', 'leccion', 'worksheet', 'notebook', 'homework', 'whiteboard', 'your work', 'ur work', 'cuaderno', 'tarea', 'ejercicio', 'ejercicios', 'pizarra', 'lo que escribes', 'como resuelves'])}(?![\\p{L}\\p{N}])`, 'u');

/** A message that is only "cam?" or "pics?": the bare request of random-chat sites. */
const BARE = new RegExp(`^(?:${wordAlternation(['cam', 'camera', 'pics', 'facetime', 'video call', 'cam pls', 'pics pls', 'got pics', 'any pics', 'nice cam', 'cam?'])})(?: ?\\?)*$`, 'u');

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
