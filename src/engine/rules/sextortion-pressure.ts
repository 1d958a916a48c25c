import { phraseRule } from '../rule';

// The pressure around a sextortion threat: deadlines, "tick tock", payment in gift cards or
// crypto, "if you block me". Teachers set deadlines too, so alone this is a strong notice; with
// the threat itself (sextortion-threat) or any other sign from the same person it warns.
export const sextortionPressure = phraseRule({
  id: 'sextortion-pressure',
  category: 'threats_sextortion',
  severity: 'notice',
  weight: 1.5,
  direction: 'incoming',
  stage: 'sexualisation',
  description: 'Pressures you with a deadline, or demands money, gift cards or codes.',
  source: 'FBI & NCMEC (2022-2024), public warnings on financial sextortion: deadlines, gift cards and crypto payments are its marks',
  examples: {
    match: ['then use ur parents card online. idc how', 'bitcoin atm at the gas station', 'every minute u waste i add $50', 'hello?? last chance', '200 more by tomorrow', 'u have 1 hour', 'tick tock', 'if u block me', 'send the codes here', '$250 in steam cards', '55 minutes left', 'tienes hasta las 10', 'hazme un bizum de 200€', 'si me bloqueas la publico'],
    noMatch: ['u got snap? easier to send the code there', 'i have 1 hour of homework left', 'my brother got a steam card for his bday', 'tienes 15?'],
  },
  phrases: {
    en: [
      '(you have|u have|youve got) (#|one|an|1|two|2|half an) (hour|hours|minutes|min|mins)',
      '(you have|u have|youve got) (until|till) (tonight|tomorrow|#)',
      '(tick tock|clock is ticking|times ticking|time is ticking|tik tok tik tok)',
      '# (minutes|mins|min|hours) (left|or|to)',
      'if (you|u) (block|report|ignore) me',
      '(block|report) me and',
      '(do|you do|u do) what i (say|tell you)',
      '(gift cards|gift card|steam cards|steam card|apple cards|google play cards|bitcoin|btc|itunes cards) (and send|now|or bitcoin|or crypto|or btc|or cash app|or venmo|or paypal)',
      'send me the (codes|code|money)',
      'send the (codes|code|money) (here|now|asap|already|to me|or)',
      'in (gift cards|steam cards|apple gift cards|apple cards|bitcoin|amazon cards|google play cards)',
      '(pay|send) (me |)($#|#) (or|in|on|now|by)',
      '(confessions|school|schools) page',
      '(pay|send) (me |)(or|and) (i|ill|it)',
      '(use|take|borrow) (your|ur) (parents|moms|dads|mums|mom|dad) (card|credit card|debit card|phone|money|account)',
      '(bitcoin|btc|crypto) (atm|wallet|address)',
      'buy (btc|bitcoin|crypto|gift cards|a gift card)',
      '(every|each) (minute|hour) (you|u) (waste|wait|make me wait)',
      '(last chance|final warning|this is your last)',
      '(#|# more|the rest) by (tonight|tomorrow|midnight|#)',
      '(i want|send me) a (new |)(pic|video) every (night|day|morning)',
    ],
    es: [
      'tienes (hasta las|hasta|una hora|1 hora|media hora)',
      'tienes # (horas|minutos|min)',
      '(me pagas|pagame|págame|me haces un bizum|hazme un bizum)',
      'si me (bloqueas|reportas|ignoras)',
      'haz lo que (te digo|yo diga)',
      '(tarjetas de regalo|tarjetas de google play|bitcoin|bizum) (o|y|de)',
      '(usa|coge|agarra|saca) la tarjeta de (tus|tu) ({padres}|madre|padre|mama|papa|mamá|papá)',
      '(ultima|última) (oportunidad|advertencia)',
      '(cada|por cada) (minuto|hora) (que|q) (tardes|pasa|esperes)',
    ],
  },
});
