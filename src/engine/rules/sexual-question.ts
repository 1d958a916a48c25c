import { phraseRule } from '../rule';

// Sexual questions and remarks aimed at a child: the sexualisation stage of grooming (O'Connell
// 2003). One is enough to warn: no trusted adult asks a child whether they have had sex.
export const sexualQuestion = phraseRule({
  id: 'sexual-question',
  category: 'sexual_content',
  severity: 'warning',
  direction: 'incoming',
  stage: 'sexualisation',
  description: 'Asks you sexual questions or talks about sex with you.',
  source: "O'Connell (2003), A typology of child cybersexploitation and online grooming practices (sexual stage); Winters, Kaylor & Jeglic (2017), Sexual offenders contacting children online",
  examples: {
    match: ['what about more than kissing', 'u ever sent pics to anyone? like to a crush', 'ever done anything w a girl? like s3x stuff lol', 'wanna see what i sleep in?', 'ok sent. ur turn, make it spicy 😏', 'Ponte algo ajustadito para que se vea la figura', 'have u ever had sex?', 'u ever been w a guy', 'so u ever done nething with a boy', 'u ever messed around w a guy', 'like done more then just hold hands', 'i wish u were here layin in bed w me', 'alguna vez estuviste con un chico', 'ya has tenido relaciones?', 'would u do it with me?', 'r u a virgin', 'so u havent done anything with a guy yet?', 'ever done anything with one?', 'ur so sexy', 'wanna make this more fun? 😏', '¿has tenido sexo?', 'lo harías conmigo?'],
    noMatch: ['same lol. wanna do it together at lunch tomorrow', 'sex ed class was so awkward lol', 'would u do the project with me?', 'we had fun at the party', 'i was in bed with a fever all day', 'estuve con alguien en el parque ayer'],
  },
  phrases: {
    en: [
      '(have you|did you|you) ever (had sex|have sex|done it|did it|made out|hooked up|been touched|touched)',
      '(are you|you|still) (still |)a virgin',
      '(would|will|wanna|want to|do you want to|you want to) (you |)(do it|have sex|make out|hook up|sleep) with me',
      // Not "wanna do it": "wanna do it together at lunch" is the homework.
      '(would|will|wanna|want to) (you |)(have sex|make out|hook up|sext|cyber)',
      '(done|did|do) (anything|stuff|things|something) with (a|one|any) (guy|boy|girl|man|bf|boyfriend|girlfriend)',
      '(ever|have you) (done|did) anything with',
      '(you are|your|youre|so|look|looking|you look) (so |really |)sexy',
      '(turn|turns|turning) me on',
      '(are you|you|r you) (horny|wet|hard)',
      '(touch|play with|pleasure) yourself',
      '(want to|do you want to|you want to) make (this|it) (more fun|interesting|spicy)',
      '(bra|cup|panty|underwear) (size|color|colour)',
      'in bed with (me|you)',
      'have sex',
      '(done|did) (anything|stuff|things) (with|w) (a|one|any) (girl|guy|boy|man|woman) * (sex|s3x|sexual|like that)',
      '(wanna|want to|do you want to) see what i (sleep in|wear to bed|wear in bed|have on)',
      // Sexual experience asked in everyday words: the decoy logs' most common first sexual move
      // (Kontostathis et al. 2010: "approach" and "sexual" talk begins with questions about experience).
      '(ever|you ever|have you ever|you) been (with|w) (a guy|a boy|a girl|a man|an older guy|someone|anyone|anybody|a dude)',
      '(ever|you ever|have you ever) (messed|fooled) around (with|w)',
      '(ever|you ever|have you ever) (done|did) (anything|nething|something|stuff|more) (with|w) (a|any|one|an older) (guy|boy|girl|man|dude)',
      '(ever|you ever|have you ever) (had|have|let) (a guy|a boy|a man|someone|anyone) touch you',
      '(done|did|do|go) more (than|then) (just |)(hold|holding) hands',
      'ever wonder (what|wat) (it is|its) like to be (with|w)',
      '(in|on) (bed|my bed|your bed) (with|w) me',
      '(make it|something) (spicy|spicier|naughty|sexy|hot|dirty)',
      '(more than|further than|past|beyond) (just |)(kissing|holding hands|a kiss|making out)',
      '(you|u|have you|ever|did you) (ever |)sent (pics|pictures|photos|nudes|videos) to (anyone|a guy|a boy|someone|a crush|your boyfriend|a girl|other guys)',
    ],
    es: [
      '(has|alguna vez has|ya has|ya) (tenido sexo|hecho el amor|cogido|follado)',
      '(eres|sos) virgen',
      '(lo harias|lo harías|lo hacemos|lo haces) conmigo',
      'te (tocas|masturbas)',
      '(tener|tengamos|hacer) (sexo|el amor)',
      '(has|ya has|alguna vez has|ya) tenido relaciones',
      '(alguna vez |ya |)(estuviste|has estado|estuvistes) con (un chico|un hombre|una chica|alguien|un pibe|un man|un chavo|un tipo)',
      '(estas|estás) (caliente|cachonda|cachondo)',
      '(eres|sos|estas|estás) (muy |)(sexy|buenisima|buenísima|rica)',
      '(de esas|de las) (que no se muestran|que no se enseñan|atrevidas|picantes)',
      '(ponte|ponete|usa) algo (ajustado|ajustadito|sexy|corto|cortito|pegado)',
    ],
  },
});
