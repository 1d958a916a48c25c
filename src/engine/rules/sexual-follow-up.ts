import { phraseRule } from '../rule';

// What an adult says right after the talk turns to kissing, dating or bodies: offers to teach,
// "its normal at ur age", curiosity, "wish i was there". These normalise sexual contact, the move
// that follows the first intimate question in grooming (O'Connell 2003, sexual stage; Winters &
// Jeglic 2017; Kontostathis et al. 2010, desensitisation). Alone the words are everyday ("i can
// show u how" to build a base), so the rule counts only in that context (context: intimate-topic).
export const sexualFollowUp = phraseRule({
  id: 'sexual-follow-up',
  category: 'sexual_content',
  severity: 'notice',
  weight: 1.5,
  direction: 'incoming',
  stage: 'sexualisation',
  context: 'intimate-topic',
  description: 'Right after talk about kissing or bodies: offers to teach you, or says it is normal at your age.',
  source: "O'Connell (2003), sexual stage; Winters & Jeglic (2017), Stages of sexual grooming; Kontostathis et al. (2010), desensitisation in predator chat logs",
  examples: {
    match: ['i could show u some stuff sometime', 'i bet u got a nice figure', 'i could teach u hehe', 'i can show u how', 'its natural. ur getting to that age', 'most girls ur age r curious tho', 'algun dia te enseño', 'si quieres te explico cosas', 'jaja no es raro es normal a tu edad', 'u just need someone who knows what theyre doing', 'wish i was there with u', 'u wanna know what a real kiss feels like?', 'es que me da curiosidad'],
    noMatch: ['i can teach u the combo later', 'its normal for the game to lag', 'at our age everyone is awkward lol', 'the teacher will explain it'],
  },
  phrases: {
    en: [
      '(i could|i can|i will|ill|i would|id|let me|i wanna|i want to|i could always) (teach|show) (you|u) (how|things|stuff|a few things|everything|what to do|hehe|lol|if you want|sometime|one day)',
      '(i could|id|i would) teach (you|u)',
      '(its|thats|it is|that is) (natural|normal|ok|okay) * (at|for) (your|ur) age',
      '(your|ur) (getting|getting to|at) (to |)that age',
      '(girls|boys|kids|people) (your|ur) age (are|r|get|all|do) (curious|do it|do that|like that)',
      '(someone|a guy|a man|an older guy) (who|that) (knows|know) what (they are|theyre|hes|he is|there) doing',
      '(know|feel|see) what a real (kiss|man|guy) (feels|is) like',
      '(i|i really) wish (i was|i were|i could be) (there|in bed) (with you|next to you|beside you|lol|hehe|$)',
      'wish (i was|i were) there',
      '(are you|you|r u|arent you|u) (curious|ever curious)',
      '(nothing to be|dont be|no need to be) (shy|embarrassed|scared) (about it|lol|hehe|its normal|everyone does)',
      '(i could|i can|i will|ill|let me|i wanna) show (you|u) (some stuff|some things|what its like|what it feels like|a good time)',
      'i bet (you|u) (got|have) a (nice|good|great|hot|cute) (figure|body|butt)',
    ],
    es: [
      '(algun dia|algún día|si quieres|un dia|un día|cuando quieras|yo) (te enseño|te enseno|te explico|te muestro)',
      '(te enseño|te enseno|te explico|te muestro) (cosas|como se hace|cómo se hace|todo)',
      '(es|eso es) (normal|natural) (a tu edad|para tu edad|en chicas de tu edad)',
      '(no es raro|no es malo|no da pena|no pasa nada) * (es normal|a tu edad|todas lo hacen|todos lo hacen)',
      '(me da|tengo) curiosidad',
      '(las chicas|los chicos|las niñas|todas las chicas) de tu edad',
      'ojala (estuviera|estuviese) (ahi|ahí|contigo|a tu lado)',
    ],
  },
});
