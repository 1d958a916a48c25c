import { phraseRule } from '../rule';
import { FLATTERY_PHRASES } from './phrases/flattery-trust';

// Flattery and love-bombing build trust and make the child feel special, "mature", understood:
// the friendship- and relationship-forming stages (O'Connell 2003) and deceptive trust development
// (Olson et al. 2007). Compliments on a build or a drawing are not listed; looks, maturity and
// being "special" are.
export const flatteryTrust = phraseRule({
  id: 'flattery-trust',
  category: 'flattery_trust',
  severity: 'notice',
  direction: 'incoming',
  stage: 'trust',
  description: 'Flatters you: says you are mature for your age, special, or beautiful.',
  source: "O'Connell (2003), A typology of child cybersexploitation (friendship and relationship forming stages); Olson et al. (2007), deceptive trust development",
  examples: {
    match: ['platicar contigo es lo mejor de mi día', 'talking to u is like the best part of my week', 'he doesnt get how grown up u are now', 'neta? pareces de 16, te ves bien madurita', 'eres mas madura que las de tu clase seguro', 'eres la más linda de todas mis amigas 😍', 'se nota hablando contigo. me encantas', '13?? no way u look at least 16', 'real grown up for 14', 'u type like an adult tho', 'ur not like other 12 yr olds anyway', 'bye cutie', 'hows my fav girl lol', 'ur always cute even with messy hair', 'saw u on ur friends story. ur so fine', 'u know ur really easy to talk to', 'u got more talent than grown producers i work with', 'ur learning way faster than my other students', 'ur cracked for a kid', 'ur one of the few ppl here who isnt annoying', 'igual dibujai mejor que gente de 20', 'eres el único en el chat que no es tóxico', 'te veias bien linda con el cosplay', 'burda de linda pa tener 12', 'me pareces lindo', 'how come a girl like u dont have one', 'u ever thought about modeling?', 'u have such a unique look', 'ur voice in vc is cute lol', 'ur my fav person on here fr', 'u could pass for 17 honestly', 'You have a natural presence on stage.', 'Eres una niña muy madura', 'u looked so good in those pics yesterday 😍', 'ur gonna be famous one day fr', 'hola, qué bonita sonrisa tienes en tu última foto 😍', 'u have the look ✨', 'hola lindo te vi en el perfil de tu amigo', 'sos distinto a los demás pibes, tenés algo especial', 'buscamos caras nuevas para campañas y tú tienes el look', 'eres chiquita pero te ves más grande', 'u talk way more mature than 13', 'ur so mature for 13', 'ur not like other girls ur age', 'hey beautiful 😍', 'ur kinda cute ngl', 'ur the only person on here i actually like talking to', 'u can tell me anything', 'ur pfp is cute lol 🙈', 'ur really sweet, most guys in there are so annoying', 'ur so chill for a 12 yo', 'eres súper madura para tener 13', 'qué linda sales en tu foto', 'ur lowkey so pretty', 'ur real cute', 'u got the cutest laugh', 'been thinkin about u alot', 'u always make my day', 'ur smarter then the girls my age', 'u dont talk like a 12 yr old', 'u carry urself way older', 'u type way older than 7th grade', 'wouldnt have guessed ur only 13', 'ur the only one who gets me', 'u get me better than anyone', 'u ever model?', 'erí muy bella', 'sos la única que me entiende', 'no pareces de séptimo', 'hablas como alguien mayor'],
    noMatch: ['hablar con el profe es lo mejor para aprobar', 'talking to the teacher is the best way', 'this grown up game is hard', 'Good girl. Mum is getting the bed and bowls tomorrow', 'jaja hola mi niña', 'ur build is so cool', 'ur a legend', 'thats a cute dog', 'mature content warning', 'ur fine dont worry', 'you are actually so late', 'i was thinking about it today', 'my brother is older than 14', 'do u model in blender', 'nobody gets the joke like u do', 'eres muy rápida', 'ur better than my friends at this lol', 'soy la única del grupo que no fue', 'mi hermana es más alta que la gente de 20'],
  },
  phrases: FLATTERY_PHRASES,
});
