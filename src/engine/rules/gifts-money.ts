import { phraseRule } from '../rule';
import type { NormalisedText } from '../normalise';
import { wordAlternation } from '../phrases';

// Gifts, game currency and money build a debt and a secret (Olson et al. 2007, "deceptive trust
// development"); in games, Robux and V-Bucks are the currency of grooming (NSPCC 2021; Thorn
// 2022). Friends gift each other too, so it is a notice.
const rule = phraseRule({
  id: 'gifts-money',
  category: 'gifts_money',
  severity: 'notice',
  direction: 'incoming',
  stage: 'trust',
  description: 'Offers you gifts, game money, gift cards or cash.',
  source: "Olson et al. (2007), Entrapping the innocent (deceptive trust development); NSPCC (2021), gaming and grooming briefing",
  examples: {
    match: ['i gifted u the prime vandal bundle', 'got a spare $25 xbox card, its yours bud', 'ill paypal u 15 rn', 'ill send u a wacom, no biggie', 'i sent 40 to ur apple pay', 'topped up ur phone credit btw', 'wena hermano, llegaron las zapatillas q te compré?', 'te regalé la sub de 3 meses', 'ever thought about being spoiled?', '$250 every friday on cashapp, no strings', 'paid shoots, $200 per set', 'te recargo saldo pa q no te quedes sin datos', 'im buying u the battlepass so u can practice more agents', 'I will send you 600 UC, good players deserve it', 'photos help. I\'ll pay another $100', 'there\'s a $200 signing bonus as a gift card', 'i have a brand new phone i dont use. u can have it', 'te pagamos 3000 pesos, es un trabajo fácil', 'te puedo mandar dinero para unas recargas', 'te cargué 500 diamantes, fijate', 'ill cover ur battle pass this season', 'got u nitro, check ur gifts', 'grab lunch at westfield, my shout', 'te mandé unas rosas y un león ayer jaja', 'id tip u like 100 if u did a stream just for me', 'saw ur post in lfg, want a free carry to diamond?', 'whats ur snap ill send the code there', 'ill get u boba, whatever u want', 'would you fancy doing a collab? we pay our creators, £50 a video to start', 'ill give u 500 robux for a pic', 'ya i have an extra pair still in the box. i can mail them', 'We\'re signing new faces for a summer campaign, paid 💰', 'hey u want free robux?', 'ill give u 500 robux', 'i can send a gift card code to ur phone', 'i gifted u a sub btw', 'i could get u one, i got an extra iphone', "i'll pay u to make content for me", 'ill buy it for u', 'ill gift it. i have like 20k robux', 'te regalo nitro', '¿quieres robux gratis?', 'i wanna get u something, u like amazon?', 'theyre yours if u want em', 'ill send a 25 gift card', 'we pay 300 per shoot', 'ill pay for ur bus, just come', 'tengo una gorra que no uso, te la regalo'],
    noMatch: ['mi mamá me recarga saldo los lunes', 'i bought the battle pass myself lol', 'can u cover for me in class tomorrow', 'te doy 10 de hierro por tu espada encantada', 'ill give u 20 bucks if u help me move boxes lol', 'ill get u from practice at 6', 'ill give u 200 robux for it', 'i bought robux with my allowance', 'gift ideas for my mom?', 'the skin costs 1200 vbucks', 'i wanna get u back for that lol', 'its ur turn if u want to play first', 'ill pay for my own ticket'],
  },
  phrases: {
    en: [
      '(ill|i will|i can|let me|lemme|i could|i wanna|i want to) (cover|pay for|shout) (your|ur|you|the) (battle pass|pass|sub|subscription|skins|skin|nitro|robux|vbucks|lunch|ticket|tickets|food|premium)',
      '(got|bought|sent|gifted) (you|u) (nitro|robux|vbucks|a skin|skins|the pass|a battle pass|the battle pass|a gift card|premium|a sub)',
      '(my shout|my treat|its on me|it is on me)',
      '(id|i would|ill|i will|i can|i could|i wanna|i want to) (tip|pay) (you) (like |about |at least |)(#|$#)',
      '(want|wanna|need|get) a free (carry|carries|boost|boosting|account|skin|skins|battle pass|admin pass|vip pass|gamepass|game pass|nitro)',
      '(ill|i will|i can|i could|im gonna|im going to) send (you |)the (code|codes|card|gift card)',
      '(ill|i will|i can|i could|let me) (get|buy) (you) * (whatever|anything) (you) want',
      '(we|i|ill|i will|they) (pay|paying|will pay) (you|our creators|creators|models|our models|girls|kids|people) (for|to|per|£|$|#)',
      '(we|i) pay (our |)(creators|models|girls)',
      '(want me to|should i|let me|i can|ill|i could) (buy|gift) (you|ya) *',
      // "ill get you from practice" is a lift; "ill get you a skin" is a gift.
      '(want me to|should i|let me|i can|ill|i could) get (you|ya) (a|an|one|some|something|anything|that|those|robux|vbucks|nitro|skins|a gift|new|free)',
      '(want to|wanna|i want to) give (you|ya) something',
      '(free|extra|spare) (robux|vbucks|v bucks|nitro|skins|skin|gems|coins|diamonds|gift cards|gift card|money|cash|battle pass)',
      '(want|you want|do you want|wanna|want some) (free |)(robux|vbucks|v bucks|nitro|a skin|skins|gems|money|a gift card|the battle pass|the pass)',
      '(give|get|buy|send|gift|pay|mail|ship|bring|got|gifted|sent) (you|ya) * (robux|vbucks|v bucks|skin|skins|nitro|gift card|gift cards|giftcard|battle pass|pass|phone|iphone|tablet|controller|money|cash|dollars|bucks|game|games|vip|rank|sub|subs|badge|code|diamonds|coins|gems|kits|stacks|op)',
      '(give|get|buy|send|gift|pay|mail|ship|bring) (it|one|them) (to|for) (you|ya)',
      '(i|ill|i will|i can|i could|let me) (pay|tip) (you|ya)',
      '(i|ill|i will|i can|i could) (get|buy|gift|give) (you|ya) (one|it|a|an|the|some)',
      '(i|ill|i will|i can|i could|i want to) gift (you|ya)',
      '(ill|i will|i can|i could|let me|lemme|i wanna|i want to) gift (it|that|one|them)',
      '(i|ill|i can|i could) (get|make) (you|ya) (vip|mod|staff|admin|builder)',
      '(i gifted|i sent|just sent|sent) (you|ya) (a|some|nitro|sub|gift)',
      '(i have|i got) (an |a |)(extra|spare|old) (phone|iphone|controller|tablet|laptop|gift card|drawing tablet)',
      '# (robux|vbucks|v bucks|dollars|bucks) (for|if|each|then)',
      '$# (each|per pic|a pic|for one|for a|on cash app|or paypal|on paypal)',
      '(gift card|giftcard) code',
      'for (a|one|1) (pic|minute on cam|pic of you)',
      '(send|give) (you|ya) (money|cash|robux|vbucks)',
      'make (money|cash) (fast|easy)',
      '(builder|staff|vip|mod) rank',
      '(free|get) (kits|rank)',
      '(paid|paying) (shoot|photoshoot|campaign|gig|modeling job|modelling job|collab|sponsorship|partnership)',
      '(campaign|shoot|photoshoot|gig|collab|contract) (paid|its paid|fully paid)',
      '(i can|ill|i could|let me|i will) (mail|ship|post|send) (them|it|one|those|a pair) (to you|to your|tomorrow|today|for free|)',
      // Said as already under way, or as an amount to load: "im buying u the battlepass",
      // "i will send you 600 UC", "ill pay another $100", "a $200 signing bonus".
      '(im|i am) (buying|getting|sending|gifting|loading) (you|ya|your account)',
      '(i will|ill|i can|i could|let me|lemme) (send|give|load|transfer|put) (you|ya|your account|on your account|in your account) (#|$#|like #|like $#)',
      '(ill|i will|we will|well|i can|we can) pay (you |)(another|an extra|extra|a bonus of) (#|$#)',
      '$# (signing bonus|bonus|gift card|giftcard|voucher)',
      'the $# (goes to you|is yours|is for you)',
      '(you|ya) can have (it|them|mine|my old|my spare)',
      // Offers as typed ("i wanna get u something", "theyre yours if u want em").
      '(i want to|id|i would|id love to|i wanna) (get|buy|send|gift) (you|ya) (something|a gift|a present|anything)',
      '(ill|i will|id|i can|i could) (bring|get|send) (you|ya) something (nice|cool|special|pretty)',
      '(theyre|they are) (yours|all yours) if (you|u) want',
      '(send|get|buy) (you |ya |)(a |an |)(#|$#) (gift card|giftcard|voucher|card|code)',
      '# (buck|bucks|dollar|dollars|pound|pounds|euro|euros) (gift card|giftcard|voucher|card)',
      '(pay|paying) (you|ya) (#|$#)',
      'we pay (#|$#) (per|a|for|each)',
      '(ill|i will|i can|i could) (pay|cover) (for |)(everything|it all|the tickets|your ticket|your flight|the flight|the food|the uber|your bus|the bus|the hotel|your trip|the trip)',
      '(ill|i will) buy the (tickets|food|drinks|candy|snacks)',
      '(being|get|getting|to be) spoiled',
      'spoil (you|u)',
      'no strings (attached|lol|just)',
      '$# (every|each|a|per) (friday|week|month|day|set|shoot|session|pic|photo|hour)',
      '(paid|paying) (shoots|sessions|sets|gigs|jobs)',
      // The gift said plainly, in the forms gamers and "sponsors" type it.
      '(ill|i will|i can|i could|im gonna|gonna|let me|lemme|i wanna|i want to) (send|gift|give|get|buy) (you|u) (a|an|some|the|#|$#|free|new|my|extra|spare|a new|ur) {gift}',
      '(i|ive|i have|just) (sent|gifted|bought|got) (you|u) (a|an|some|the|#|$#|free|new|that|those|ur) {gift}',
      '(i|ive|i have|just|i just) gifted (you|u)',
      '(got|have|i have|i got|ive got) (a |an |some |)(spare|extra) ($# |# |){gift}',
      '(topped up|top up|recharged) (your|ur) (phone|credit|account|balance|data)',
      '(ill|i will|i can|i could|lemme|let me) (paypal|venmo|cashapp|cash app|zelle) (you|u)',
      'hook (you|u) up (with|w) (#|$#|some|free|a)',
      '(sent|send|sending) (#|$#|money|cash) to (your|ur) (apple pay|paypal|venmo|cashapp|cash app|account|card|wallet)',
      '(want|wanna|you want|u want) (#|$#|free|some) {gift}',
      '(giving|give) (away |)my account (free|for free|away)',
      '(testers|new mods|mods|helpers) get (a|an|#|$#|free)',
    ],
    es: [
      'te (recargo|cargo|compro|regalo|pago|mando) (saldo|diamantes|el pase|robux|la recarga|datos|skins|pavos)',
      '(te mande|te mandé|te envie|te envié|te regale|te regalé) (unas |unos |un |una |)(rosas|regalos|monedas|diamantes|coins|leones|gifts|estrellas)',
      '(robux|pavos|nitro|gemas|monedas|skins|dinero|diamantes) gratis',
      '(quieres|queres|querés) (robux|pavos|nitro|skins|dinero|gemas)',
      '(te regalo|te doy|te paso|te compro|te mando|te pago|te envio|te envío|te consigo) (#|nitro|robux|pavos|una|un|el|la|dinero|skins)',
      '# (robux|pavos|euros|dolares|dólares) (si|por)',
      '(te voy a|te puedo) (regalar|comprar|pagar|dar)',
      '(te puedo|te voy a|puedo) (mandar|dar|enviar|cargar|depositar) (dinero|plata|regalos|#|unos|unas)',
      '(te pagamos|te pago|te pagaria|te pagaría|cobras|cobrás) (#|$#)',
      '(te cargue|te cargué|te recargue|te recargué|te mande|te mandé) (#|unos|unas)',
      '(te|se) (la|lo|las|los) (regalo|compro|mando de regalo)',
      '(yo te|te lo|te la) (pago|invito|regalo) (todo|yo|el pasaje|el viaje|el boleto|la entrada)',
      '(te|les) (regalo|regalé|regale|mando|mandé|mande|compro|compré|compre|paso|pasé|pase|doy|di|envio|envío|envie|envié) (un|una|unos|unas|el|la|los|las|#|$#) (robux|pavos|diamantes|skin|skins|zapatillas|tenis|botines|celular|cel|audifonos|audífonos|recarga|saldo|gift card|tarjeta|suscripcion|suscripción|sub|pase|nitro|regalo|ropa|camiseta|dinero|plata|lucas|mil)',
      '(zapatillas|tenis|botines|celular|audifonos|audífonos|regalo|regalos) (q|que) te (compre|compré|mande|mandé|regale|regalé)',
      '(te|le) (recargue|recargué|puse|cargue|cargué) (saldo|datos|la recarga|credito|crédito)',
    ],
  },
});

/** "ill give u 200 robux for it": an offer in a trade between players, not a gift. */
const TRADE = /^[,.!?]*(?: [\p{L}\p{N}]+){0,3}? (?:(?:for|4|por|x) (?:it|that|this|ur|your|the|them|those|a|an|my|tu|tus|el|la|los|las|eso|esto|esa|ese|un|una)(?![\p{L}\p{N}])(?! ?(?:pic|pics|picture|photo|photos|selfie|selfies|video|videos|vid|nude|nudes|foto|fotos|cam|camera|facetime)(?![\p{L}\p{N}]))|(?:if|if you|if u|when you) (?:help|mow|watch|walk|clean|babysit|do my)(?![\p{L}\p{N}])|para (?:que me ayudes|ayudarme)(?![\p{L}\p{N}]))/u;

/**
 * "ill buy u a slurpee", "te compro un helado": the small treats family and friends buy each other,
 * not the robux, gift cards, phones and money of luring (Lanning 2010: the gift creates a debt).
 */
const TREAT = new RegExp(`^[ ,.!]*(?:${wordAlternation(['a', 'an', 'some', 'one', 'un', 'una', 'unos'])} )?(?:${wordAlternation(['slurpee', 'ice cream', 'icecream', 'pizza', 'candy', 'snack', 'snacks', 'lunch', 'dinner', 'breakfast', 'coffee', 'boba', 'tacos', 'taco', 'burger', 'fries', 'donut', 'drink', 'soda', 'cookie', 'cookies', 'smoothie', 'milkshake', 'helado', 'chuches', 'golosinas', 'dulces', 'merienda', 'almuerzo', 'cafe', 'refresco', 'pancho', 'alfajor'])})(?![\\p{L}\\p{N}])`, 'u');
/** "can i pay u back": repaying a loan is not a gift. */
const PAY_BACK = /^ ?(?:back|de vuelta)(?![\p{L}\p{N}])/u;

export const giftsMoney = {
  ...rule,
  examples: {
    match: rule.examples.match,
    noMatch: [...rule.examples.noMatch, 'ill buy u a slurpee', 'can i pay u back in 2 weeks', 'te compro un helado'],
  },
  find: (text: NormalisedText): Array<[number, number]> =>
    rule.find(text).filter(([, end]) => {
      const after = text.normal.slice(end, end + 40);
      return !TRADE.test(after) && !TREAT.test(after) && !PAY_BACK.test(after);
    }),
};
