import { phraseRule } from '../rule';

// Sexual remarks aimed at the child: about their body, seeing them undressed, touching them.
// In adult-to-child chats these come before or instead of explicit questions (Winters, Kaylor &
// Jeglic 2017; the decoy logs studied by Kontostathis et al. 2010 show "wearing", "naked" and
// "touch" among the first sexual turns). One is enough to warn.
export const sexualRemark = phraseRule({
  id: 'sexual-remark',
  category: 'sexual_content',
  severity: 'warning',
  direction: 'incoming',
  stage: 'sexualisation',
  description: 'Says sexual things about your body or about touching or seeing you undressed.',
  source: 'Winters, Kaylor & Jeglic (2017), Sexual offenders contacting children online: an examination of transcripts of sexual grooming; Kontostathis et al. (2010), Text mining of online sexual predator conversations',
  examples: {
    match: ['i bet ur hott', 'i wanna see u naked', 'do u sleep naked', 'ur body must look amazing', 'i want to touch you', 'id kiss u all over', 'show me ur body', 'quiero verte desnuda', 'tu cuerpo se ve increíble', 'me gustaría tocarte'],
    noMatch: ['the naked mole rat is so weird', 'touch grass lol', 'my body is so sore after practice', 'i want to touch up the drawing'],
  },
  phrases: {
    en: [
      '(i bet|bet) (you are|youre|your|you look) (so |really |)(hot|sexy)',
      '(see|seen|show me|watch|picture|imagine|imagining) (you|your body) (naked|nude|undressed|topless|without (clothes|anything|a shirt)|in (your|a) (bra|underwear|panties|thong))',
      '(you|your) (naked|nude|undressed|topless)',
      '(do|would|will|have) (you|u) (ever |)(sleep|slept|shower|showered|swim|swam) (naked|nude)',
      '(show me|send me|let me see) (your|ur) (body|boobs|chest|butt|privates|bra|underwear)',
      '(your|ur) (body|boobs|breasts|chest|butt|ass|thighs) (is|are|must|looks|look|would|seems)',
      '(i want|i wanna|i would|id|i would love|id love|i want to|i wanna|i could) (to |)(touch|lick|taste|undress|feel) (you|your)',
      '(kiss|touch|lick|feel) (you|your body) (all over|everywhere|down there|there)',
      'make love (to|with) (you|u)',
      '(make|made) (you|u) (feel good|moan|cum|horny|wet)',
      '(touch|play with) (your|ur) self',
      '(teach|show) (you|u) (about sex|how to kiss|how to touch|how to please)',
      '(what|which) (color|colour|kind of) (bra|panties|underwear|thong)',
    ],
    es: [
      '(verte|te quiero ver|quiero verte|mostrarme|ensename|enséñame) (desnuda|desnudo|sin ropa|en ropa interior|en bragas|en calzones|tu cuerpo)',
      '(estas|estás) (desnuda|desnudo|sin ropa)',
      '(tu|tus) (cuerpo|pechos|tetas|senos|culo|piernas|muslos) (es|son|esta|está|estan|están|se ve|se ven|debe|deben)',
      '(quiero|quisiera|me gustaria|me gustaría|me encantaria|me encantaría) (tocarte|besarte entera|besarte todo|lamerte|desnudarte|acariciarte)',
      '(duermes|dormis|dormís|te bañas) (desnuda|desnudo|sin ropa)',
      '(te enseño|te enseno|te muestro) (a besar|sobre sexo|a tocarte)',
    ],
  },
});
