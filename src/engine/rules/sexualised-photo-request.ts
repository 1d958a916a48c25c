import { phraseRule } from '../rule';

// A request for a picture with clothes off, in swimwear or underwear, "something more fun": a
// sexualised image request is sexual exploitation on its own (UK Sexual Offences Act 2003 s.15A;
// Thorn 2022), so one match warns.
export const sexualisedPhotoRequest = phraseRule({
  id: 'sexualised-photo-request',
  category: 'sexual_content',
  severity: 'warning',
  direction: 'incoming',
  stage: 'sexualisation',
  description: 'Asks for a picture without clothes, in underwear or swimwear, or a "special" one.',
  source: 'Thorn (2022), Self-generated child sexual abuse material; UK Sexual Offences Act 2003 s.15A (sexual communication with a child)',
  negatable: true,
  examples: {
    match: ['i need another. less clothes this time', 'set the cam on ur bed first', 'point the camera at urself on the bed', 'y una con menos ropa también', 'now send one with less on', 'shirt off if u want the bigger one', 'no hoodie this time lol', 'pics in just underwear, its standard', 'send something a little risky 😳', 'intercambiamos fotos? algo atrevido 🔥', 'send something spicy', 'send me a pic without ur shirt', 'a few in a swimsuit', 'something more fun than a selfie 😏', 'send nudes', 'show me a bit more on cam', 'mándame una atrevida', 'una foto sin camiseta'],
    noMatch: ['take your shoes off at the door', 'wat r u eating? the spicy one?', 'does anyone else sing in the shower', 'i bought a new swimsuit for the trip', 'without ur help i would fail', 'that shirt is cute'],
  },
  phrases: {
    en: [
      'something (a little|a bit|kinda|kind of|lil) (risky|spicy|naughty|sexy|daring|revealing)',
      '(swimsuit|bikini|underwear|lingerie|bathing suit) (ones|pics|pic|photos|photo)',
      '(without|with no|no|take off) (your|a|ur|the|) (shirt|top|clothes|pants|bra|shorts|t shirt)',
      '(in|wearing) (your|a|ur|just your|only your) (bikini|swimsuit|underwear|bra|bathing suit|towel|panties|boxers|undies|lingerie)',
      '(a few|some|one|pics|pic|photos) in (a|your) (swimsuit|bikini|bathing suit)',
      'something (more fun|spicy|sexy|naughty|special|more fun than)',
      '(nudes|naked|nude|topless|shirtless|undressed)',
      '(sexy|hot|spicy|naughty|dirty|private|special) (pic|pics|photo|photos|selfie|selfies|video|videos)',
      // "one" needs a request: "the spicy one?" is often a noodle flavour.
      '(send|show|take|make|want|wanna see|do|get) (me |)(a |an |another |)(sexy|hot|spicy|naughty|dirty|private|special) (one|ones)',
      'show (me |)(a bit|a little|some) (more|skin)',
      '(get|take) (your|ur) (clothes|shirt|top|pants) off',
      '(pic|pics|photo|photos|video|selfie|one|ones|cam|camera) (in|from) the (shower|bath)',
      '(in|from) the (shower|bath) (for me|and send|and show|on cam|on camera)',
      'make it a good one',
      '(one|ones|pic|pics|photo|photos|video) (with|w) (less|fewer) (on|clothes|clothing)',
      '(shirt|top|hoodie|clothes|pants|bra) off (for me|if|and|pls|please|lol|this time|next)',
      'no (shirt|top|hoodie|bra) (is|this time|pls|please|lol|for)',
      'in (just|only) (underwear|a bra|your bra|boxers|undies|a towel|a sports bra)',
      '(cam|camera|phone|webcam) (on|at|towards|facing|pointed at) (your|the|ur) bed',
      '(point|put|set|prop) (the |your |ur |)(cam|camera|phone|webcam) (at|on) (yourself|you) (on|in) (the|your|ur) (bed|bath|shower)',
      '(less|fewer|no) clothes (this time|on|for|pls|please|next)',
    ],
    es: [
      '(una|otra|foto|fotos) (atrevida|atrevidas|picante|picantes|sexy)',
      'sin (camiseta|ropa|playera|remera|sujetador|brasier|sosten|nada puesto)',
      'en (bikini|traje de baño|ropa interior|bañador|calzones|tanga|toalla)',
      '(desnuda|desnudo|desnudos|en pelotas|encuerada)',
      'algo (mas|más) (atrevido|atrevida|picante|sexy)',
      'algo (atrevido|picante|mas atrevido|subido de tono|sexy)',
      '(con|una con|otra con) menos ropa',
    ],
  },
});
