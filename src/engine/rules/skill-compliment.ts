import { phraseRule } from '../rule';

// A stranger's praise for a child's build, drawing, voice or videos is how many grooming chats
// open (Kloess et al. 2019: offenders start with the child's interests and flatter them). Friends
// say it too, so it weighs a little less than flattery about looks and maturity.
export const skillCompliment = phraseRule({
  id: 'skill-compliment',
  category: 'flattery_trust',
  severity: 'notice',
  weight: 1,
  direction: 'incoming',
  stage: 'trust',
  description: 'Praises you a lot: your drawings, videos, voice or skills.',
  source: 'Kloess, Hamilton-Giachritsis & Beech (2019): offenders open with the child\'s interests and praise; Whittle et al. (2013), A review of online grooming',
  examples: {
    match: ['how old r u jojo u play like a pro', 'el peque de hugo es un máquina, mejor que todos vosotros juntos', 'pip ur redstone door is the best thing on this server fr', 'You have real talent', 'oye weona tus dibujos son la raja', 'hola campeón, jugás bárbaro', 'tienes un talento bacano', 'ñaña bailas bacán, tus videos son los mejores', 'hala pues eres un crack', 'best build on the server tbh', 'only for the best builder on the server 😎', 'ur def one of the smartest kids on the realm', 'ur redstone build was sick', 'your work is worth way more', 'busco gente buena como tú para vídeos', 'bro u cracked at building 🔥', 'ur dance vids are fire 🔥', 'that was fire 🔥', 'ur voice is cute lol', 'ur really good for 13', 'super photogenic', 'ur so talented'],
    noMatch: ['how old r u lol ur cracked', 'the fire spread to the house', 'my brother is so talented', 'whats the best build on the server', 'ur brother was sick yesterday'],
  },
  phrases: {
    en: [
      '(you|your|youre|you are) (really |so |very |)(good|talented|smart|chill) for #minor',
      '(you|youre|your|you are) (so |really |super |actually |literally |)(talented|photogenic|gifted)',
      // "ur cracked" after a match is gamer banter between players; "cracked at building" is praise of the child's work.
      '(you|youre|your|you are) (so |really |super |actually |literally |)cracked at (building|drawing|editing|art|making|designing|this|that)',
      '(your|you) * (vids|videos|voice|art|drawings|dances|covers|singing|builds|build|drawing|fanart|content|pics|castle|base|edit|edits|clip|clips|outfit|fit|skin) (are|is|was|were) (so |really |actually |literally |lowkey |honestly |)(fire|hot|amazing|insane|cute|beautiful|incredible|perfect|sick|goated|crazy good)',
      // Singling one child out of a group as the best (Whittle et al. 2013: the target is made to feel chosen).
      '(thats|that was|its|this is|youre|you are|you were|your|you have|you had|you got|for) (honestly |literally |def |definitely |easily |lowkey |)(the |)(best|coolest|sickest|nicest|sweetest|smartest|funniest|prettiest|most chill|most talented|most creative) (build|builder|player|one|person|artist|edit|editor|outfit|fit|kid|girl|boy|viewer|gamer|drawer) (on|in) (here|on here|the server|this server|the realm|this realm|the gc|this gc|the group|this group|chat|the chat|this chat|the lobby|the game|the stream)',
      'best (build|builder|player|edit|outfit|fit|art|drawing|artist) (on|in) (here|on here|the server|this server|the realm|this realm|the gc|this gc|the group|this group|chat|the chat|this chat|the lobby|the game|the stream) (tbh|fr|ngl|honestly|by far|hands down|easily)',
      '(your|youre|you are|you were) (honestly |literally |def |definitely |easily |lowkey |)(one of |)the (best|coolest|smartest|nicest|sweetest|funniest|most chill|most talented) (person|people|player|players|kid|kids|builder|builders|one|ones) (on|in|here)',
      'one of the (best|coolest|smartest|nicest|sweetest|funniest|most talented) (kids|players|builders|people|artists|girls|boys) (on|in) (here|the server|this server|the realm|this realm|chat|the chat|the group|this group|the gc)',
      '(your|ur) (work|art|talent|drawings|stuff) (is|are) worth (way |so much |a lot |)more',
      '(that|this) (was|is) (so |)(fire|hot) hot',
      '(super|very|so|really) photogenic',
      '(really |so |very |)good for (a|an|your) (#minor|#grade|age)',
      'you (deserve|should have) (way |so much |a lot |)more (followers|views|subs|likes)',
      '(i love|love|we love|loved) your (videos|vids|voice|art|drawings|content|style|page|profile)',
      '(you have|you got|youve got) (real|so much|a lot of|serious|natural|such|crazy|insane) talent',
      '(your) * (is|was|are|were) (literally |honestly |lowkey |)the (best|coolest|sickest|nicest|prettiest|cutest) (thing|one|build|part|idea) (on|in|here|ive)',
      '(you|u) (play|draw|sing|dance|build|edit|skate|paint|write) like a (pro|god|legend|goat|professional|grown up|adult)',
    ],
    es: [
      '(eres|sos) (muy |super |súper |re |)(talentosa|talentoso|buena|bueno|crack)',
      '(tus|sus) (dibujos|videos|fotos|bailes) (son|están|estan) (muy |super |re |)(buenos|buenísimos|buenisimos|brutales|increibles|increíbles|lindos)',
      '(juegas|jugas) mejor que (todos|nadie)',
      '(busco|buscamos|necesito) (gente|alguien|chicas|chicos|chavales) (buena|bueno|buenos|buenas|talentosa|talentoso|talentosos|como) (como tu|asi|así)',
      '(eres|sos) (un|una) (crack|maquina|genio|fenomeno|artista|maquinon|bestia)',
      'mejor que (todos|todas) (vosotros|ustedes|los demas|los demás|juntos)',
      '(es|eres|sos) (un|una) (maquina|máquina|crack|genio|fenomeno|fenómeno)',
      // The same praise in more of the words and varieties people type.
      '(tus|tu) (videos|video|dibujos|dibujo|fanart|arte|edits|edit|bailes|tiktoks|historias|canciones|covers|builds|jugadas|goles|directos) (son|es|estan|están|esta|está) (muy |re |super |súper |bien |full |demasiado |burda de |)(buenos|buenas|bueno|buena|geniales|genial|bacanes|bacan|bacán|increibles|increible|increíble|lo mas|lo más|la raja|los mejores|lo mejor|brutales|brutal|chidos|chido|top|una locura|tremendos|tremendo|chéveres|cheveres|chevere|chévere)',
      '(jugas|jugás|juegas|jugai|dibujas|dibujai|cantas|cantai|bailas|bailás|editas|patinas) (muy |re |super |súper |burda de |demasiado |)(barbaro|bárbaro|bacano|bacán|bacan|increible|increíble|genial|chido|brutal|top|chevere|chévere)',
      '(tienes|tenés|tenes|teni|tenis|tiene) (mucho |muchísimo |muchisimo |un |una |)(talento|arte) (bacano|bacán|de verdad|en serio|parce|po|eh|hermano|hermana|para|pa|real|increible|increíble|tremendo|,|)',
    ],
  },
});
