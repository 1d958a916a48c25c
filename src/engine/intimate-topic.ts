// Whether the talk is about kissing, dating, bodies or sex: the concept that turns a follow-up
// ("i could teach u", "its normal at ur age", "algun dia te enseño") into sexual talk. In the decoy
// logs the adult raises the topic softly and then normalises it or offers to teach (O'Connell
// 2003, sexual stage; Kontostathis et al. 2010, "approach" and "desensitisation"). Either side may
// raise it: "ive never kissed anyone" followed by "i could teach u" is the same move.
import { phraseTest } from './phrases';

/** Messages after the topic came up within which a follow-up still refers to it. */
export const TOPIC_WINDOW = 8;

const isTopic = phraseTest({
  en: [
    'kiss', 'kissed', 'kissing', 'kisses', 'make out', 'made out', 'making out', 'hook up', 'hooked up', 'hooking up',
    'virgin', 'sex', 'sexy', 'naked', 'nude', 'nudes', 'undressed', 'in bed', 'your body', 'ur body', 'puberty', 'developing',
    'touched', 'touch yourself', 'turned on', 'horny', 'first time', 'done stuff', 'done anything', 'done something', 'experience',
    'boyfriend', 'girlfriend', 'crush',
  ],
  es: [
    'beso', 'besos', 'besar', 'besado', 'besaste', 'virgen', 'sexo', 'desnuda', 'desnudo', 'tu cuerpo', 'desarrollando',
    'tocado', 'tocarte', 'te tocas', 'primera vez', 'hecho algo', 'experiencia', 'novio', 'novia', 'en la cama', 'caliente',
  ],
});

/** Whether this (normalised) message is about the intimate topic. */
export function isIntimateTopic(normal: string): boolean {
  return isTopic(normal);
}
