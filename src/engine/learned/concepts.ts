// Word families the learned model (features.ts) reads besides the words themselves: a message
// with a word for a picture and a word for sending asks the same thing whatever the words are
// ("drop a selfie", "share ur pix", "pasame una foto"). The model learns from the families that
// occur together, so a word never seen in training still counts through its family. Phrase data,
// per language, as the rules' phrase lists are; words go through normalise() like chat text.
import { normalise } from '../normalise';

type ConceptWords = Readonly<Record<string, string>>;

export const CONCEPT_WORDS: Readonly<Record<'en' | 'es', ConceptWords>> = {
  en: {
    YOU: 'you your yours youre',
    PARENT: 'mom mum mommy mother dad daddy father parents parent folks stepdad stepmom',
    WATCHER: 'teacher teachers mods mod admin admins brother sister sis bro anyone anybody nobody someone everyone police cops',
    TELL: 'tell told telling know knows find found mention',
    SECRET: 'secret secrets private between hush delete erase hide hidden quiet shh',
    ALONE: 'alone lonely empty own yourself',
    HOME: 'home house room bedroom',
    AWAY: 'work working away asleep sleep sleeping gone trip shift busy late night',
    PHOTO: 'pic pics photo photos picture pictures selfie selfies snaps video videos camera facetime webcam',
    SEND: 'send sent show share drop post upload trade swap take',
    SEE: 'see look watch view',
    BODY: 'body face legs chest shirt clothes wearing wear outfit underwear bra bikini shower bed pajamas',
    SEXUAL: 'sex sexy kiss kissed kissing virgin touch touched horny naked nude nudes dirty experience',
    MEET: 'meet meeting hang hangout visit pick ride drive car park mall',
    TIME: 'tomorrow weekend tonight saturday sunday friday after later',
    APP: 'snapchat snap kik telegram whatsapp insta instagram discord skype wickr signal dm dms pm number tiktok email',
    MOVE: 'add text message move switch talk chat hit',
    MONEY: 'money cash robux vbucks gift card cards paypal cashapp venmo diamonds coins skins buy pay paid dollars bucks free nitro pass treat shout credit subs sub gifted gifting vip rank skin battlepass giftcard steam psn xbox minecoins gems premium reward prize spend spent',
    PRAISE: 'cute pretty beautiful gorgeous hot handsome mature special amazing perfect smart talented adorable stunning lovely sweet cutest prettiest fine attractive unique wise grown clever brilliant funny kind',
    // Praise of what the child does, in gamers' and teens' words: "ur aim is cracked", "so clean".
    SKILL: 'talented talent skilled skills gifted genius cracked goated clean fire sick insane nasty cold elite legend pro impressive impressed deserve deserves natural',
    // Pet names: "hey again sweetheart", "gm beautiful", "good girl".
    PETNAME: 'babe baby sweetie sweetheart cutie princess queen angel beautiful gorgeous darling hun honey',
    AGE: 'old age years grade born birthday yrs bday young younger',
    SCHOOL: 'school primary middle high yr year class grade 5th 6th 7th 8th 9th 10th freshman sophomore junior',
    RECORD: 'recorded recording record screenshot screenshots screenshotted saved hacked hack webcam',
    AUDIENCE: 'followers contacts classmates friends school class family everyone group server',
    OVERSIGHT: 'check checks look looks watch watches shoulder monitor strict snoop snoopy nosy see',
    OLDER: 'older adult guy man men',
    LOVE: 'boyfriend girlfriend bf gf date dating love relationship crush single',
    THREAT: 'leak expose everyone everybody family school ruin unless else regret',
    NEG: 'never not dont no',
  },
  es: {
    YOU: 'tu te ti tus contigo vos usted',
    PARENT: 'mama mami papa papi padres papas viejos madre padrastro madrastra',
    WATCHER: 'nadie alguien hermano hermana profe profesor maestra',
    TELL: 'decir digas diga digan cuentes contar contarle cuentas sepa sepan sepas entere enteren saber',
    SECRET: 'secreto secretos borra borrar borres esconde oculta privado privada nuestro',
    ALONE: 'solo sola solos solas solita solito',
    HOME: 'casa cuarto pieza habitacion',
    AWAY: 'trabajan trabaja trabajo duermen dormidos duerme salen viaje',
    PHOTO: 'foto fotos fotito fotitos videollamada camara selfie video',
    SEND: 'manda mandame manda pasa pasame envia enviame muestra ensena mostrame sacate',
    SEE: 'ver veo mirar verte verme',
    BODY: 'cuerpo cara piernas ropa camisa ducha cama puesto pijama',
    SEXUAL: 'sexo besar besado beso besos virgen tocar caliente desnuda desnudo',
    MEET: 'vernos juntarnos encontrarnos buscarte recoger recojo llevo auto carro coche plaza visitar visito',
    TIME: 'manana finde sabado domingo viernes noche tarde',
    APP: 'wsp wpp whats celular cel numero priv',
    MOVE: 'agrega agregame escribime escribeme hablemos',
    MONEY: 'dinero regalo regalos plata pesos tarjeta comprar pago gratis diamantes saldo recarga recargo lucas invito pavos premio recompensa regalar regalarte regalito transferencia nequi mercadopago bizum',
    PRAISE: 'lindo linda hermosa hermoso guapa guapo preciosa precioso bonita bonito madura maduro especial bella bello chula chulo chilera chilero divina divino tierna tierno simpatica simpatico divertida divertido inteligente despierta encantadora',
    SKILL: 'talentosa talentoso talento crack capa capo genia genio seco seca bacan chido chida buenisimo buenisima increible pro',
    PETNAME: 'bebe princesa reina hermosura preciosura muñeca mamita nena corazon cielo amor',
    AGE: 'edad años anos grado curso naciste',
    SCHOOL: 'escuela colegio cole liceo primaria secundaria secundario secu prepa eso bachi bachillerato año ano curso grado',
    RECORD: 'grabado grabe grabacion capturas captura guarde hackee hackie camara',
    AUDIENCE: 'seguidores contactos companeros amigos clase familia todos grupo',
    OVERSIGHT: 'revisa revisan mira miran controla controlan pesados pesadas estrictos jodidos',
    OLDER: 'mayor mayores grande',
    LOVE: 'novio novia amor enamorado',
    THREAT: 'publicar subir compartir todos familia escuela arruinar pagar',
    NEG: 'nunca jamas',
  },
};

/** Normalised word → the families it belongs to, every language together. */
export const CONCEPTS_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const words of Object.values(CONCEPT_WORDS))
    for (const [concept, list] of Object.entries(words))
      for (const word of list.split(' ')) {
        const normal = normalise(word).normal;
        const concepts = map.get(normal) ?? [];
        if (!concepts.includes(concept)) concepts.push(concept);
        map.set(normal, concepts);
      }
  return map;
})();
