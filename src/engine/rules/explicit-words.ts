import { phraseRule } from '../rule';

// Explicit sexual words in a message to a child. Real offender logs (the decoy chats studied by
// Kontostathis et al. 2010 and Gupta, Kumaraguru & Sureka 2012) turn explicit quickly and in
// plain words, long before any phrase a list of questions would catch. Teens swear and joke too,
// so a word alone is a strong notice, not a warning; with any other sign it is one.
export const explicitWords = phraseRule({
  id: 'explicit-words',
  category: 'sexual_content',
  severity: 'notice',
  weight: 1.5,
  direction: 'incoming',
  stage: 'sexualisation',
  description: 'Uses sexual words with you.',
  source: 'Kontostathis et al. (2010), Text mining of online sexual predator conversations; Gupta, Kumaraguru & Sureka (2012), Characterizing pedophile conversations on the internet using online grooming',
  examples: {
    match: ['u ever get horny', 'do u masturbate', 'i watch porn sometimes', 'r u horny rn', 'estás cachonda?', 'we could make love'],
    noMatch: ['the pornographic warning on that site', 'i love horns on my character', 'sextant is a navigation tool'],
  },
  phrases: {
    en: [
      '(horny|masturbate|masturbating|masturbated|masturbation|orgasm|orgasms|blowjob|blowjobs|handjob|handjobs|boner|erection|penis|vagina|clit|cumming|porn|porno|sexting|orgy|condom|condoms|vibrator|dildo)',
      '(jerk|jack|jerking|jacking) off',
      '(oral|anal|phone|cyber) sex',
      'make love',
      '(suck|lick|touch|rub) (it|me|mine|my|your|ur|yourself|urself) (off|good|there|down there|all over|slowly)',
      '(your|ur|my) (boobs|tits|nipples|dick|cock|pussy|privates|private parts)',
      '(dirty|sexy) (talk|things|stuff|pics|pictures)',
    ],
    es: [
      '(cachonda|cachondo|masturbar|masturbas|masturbarte|masturbo|orgasmo|mamada|follar|porno|condon|condón|pene|vagina|calentura)',
      '(tus|mis) (tetas|pezones|partes)',
      'hacer el amor',
      '(cosas|fotos) (sucias|cochinas|calientes)',
    ],
  },
});
