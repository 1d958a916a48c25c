import { phraseRule } from '../rule';

// "Age is just a number", "would you date an older guy": normalising a relationship across an
// age gap is the relationship-forming stage of grooming (O'Connell 2003) and a common line in
// offender chats (Winters & Jeglic 2017). It weighs more than a notice.
export const ageGapRelationship = phraseRule({
  id: 'age-gap-relationship',
  category: 'age_gap_relationship',
  severity: 'notice',
  weight: 1.5,
  direction: 'incoming',
  stage: 'trust',
  description: 'Talks about a relationship between you and someone much older ("age is just a number").',
  source: "O'Connell (2003), relationship-forming stage; Winters & Jeglic (2017), Stages of sexual grooming: recognizing potentially predatory behaviors of child molesters",
  examples: {
    match: ['would u ever go out w someone a few yrs older', 'we r bf n gf remember 😘', '5 years isnt even a big gap', 'im 22. but we are still friends right? numbers dont change anything', 'fr. ur so much cooler than girls my age', 'age is just a number tbh', 'would u ever date an older guy?', 'age doesnt matter online', 'i dont feel any gap w u', '31 m. is that weird lol', 'la edad es solo un número', 'la edad da igual si hay conexión'],
    noMatch: ['what number is your jersey', 'my older brother is 17', 'is that weird lol'],
  },
  phrases: {
    en: [
      'age (is|its|is just|is only|s) (just |only |)a number',
      '(go out|date|be|hang out) (with|w) (someone|a guy|a girl|somebody|an older guy|an older girl) (a few|a couple|some|#|few) (years|yrs) older',
      'age (doesnt|does not|dont|shouldnt) matter',
      'age (is nothing|aint nothing|means nothing)',
      '(would|do|could|will) (you |)(ever |)(date|go out with|like|be with|kiss) (an older|older|someone older|a older|a guy my age|someone my age)',
      'older (guys|men|man|boys|women|girls|people) (treat|are|know|understand)',
      '(dont|doesnt|do not|dont even) (feel|see|notice) (any|an|the|a|our) (age |)(gap|difference)',
      '#adult (m|f|male|female|here) * (is that|thats|hope thats|is it) (weird|ok|okay|bad|too old|a problem)',
      '(im|i am) #adult * (is that|thats|hope thats) (weird|ok|okay|bad|too old|a problem)',
      '(too old|not too old) for you',
      '(you|u) (dont|doesnt) mind (my age|older|that im older)',
      'mature enough (for|to date|to be with)',
      '(i|i really) like (younger|young) (girls|boys|ones)',
      '(cooler|better|prettier|cuter|smarter|more mature|funnier|hotter|easier to talk to|more fun) than (the |most |)(girls|guys|boys|people|kids|women|men) my age',
      '(numbers|a number|age|ages|our ages) (dont|doesnt|do not|wont|shouldnt) (change|matter|mean) (anything|a thing|nothing|between us|to me)',
      '(we are|were|were like) (bf and gf|bf n gf|bf gf|boyfriend and girlfriend|a couple|together now|dating)',
      '# years (isnt|is not|aint) (even |)(a big|a huge|that big|that much of a|much of a|a) (gap|difference|deal)',
      '(older friends|older guys|older people) (even when|when) (nothing|theres nothing)',
      '(im|i am) #adult * (easier to talk to|more fun|better|more mature) than (anyone|people|most people|girls|guys) my age',
    ],
    es: [
      'la edad (es solo|es sólo|solo es|sólo es|no es mas que|no es más que) un (numero|número)',
      'la edad (da igual|no importa|no es nada|es lo de menos)',
      '(saldrias|saldrías|estarias|estarías|andarias|andarías) con (alguien|un chico|un hombre|una chica) mayor',
      '(los|las) (mayores|chicos mayores|hombres mayores) (te tratan|tratan|saben)',
      '(somos|seremos) (novios|pareja|novio y novia)',
      '(la|una) diferencia de edad (no es|no importa|da igual)',
    ],
  },
});
