// The age gap, stated. In decoy logs the adult asks "asl", the child answers "13 f", and the adult
// gives their own age: "31 m. hope thats not 2 old for u", "35 jaja no te asustes" (Kontostathis et
// al. 2010; Winters & Jeglic 2017: most offenders disclose an adult age early). A moderator marks
// that moment as age-gap talk, whatever words come with it, so the engine does too: once a person
// has said they are an adult years older than the age the child told them.
import { isLearnedRuleId } from './learned/learned-rule';
import { statedAges, type StatedAge } from './ages';
import { originalSpan, type NormalisedText } from './normalise';
import type { PersonState } from './scoring';
import { wordAlternation } from './phrases';
import type { Reason, Span } from './types';


export const AGE_GAP_RULE_ID = 'age-gap-stated';
export const AGE_GAP_DESCRIPTION = 'Says they are an adult, years older than the age you told them.';
/** Years between the ages before it counts: 19 and 17 are near peers, 31 and 13 are not. */
const MIN_GAP = 5;
/** The child's age when they said they are under 18 in words we cannot read as a number. */
const ASSUMED_CHILD_AGE = 15;

/** "13 f u?", "14 y tu", "hbu" (normalised to "how about you"): the child asks the age back. */
const ASKS_BACK = /(?:^|[ ,.])(?:u|you|y tu|y vos|and you|how about you|what about you|wbu|and urs|urs|y usted)[ ?!.]*$/u;
/** A reply that opens with a bare age ("35 jaja", "31 lol"), read as one only right after the child asked back. */
const BARE_AGE = /^(\d{2})(?![\p{L}\p{N}]|:\d|\.\d|%)/u;
/** "me too", "same", "yo tambien": the other says they are the age the child just gave. */
const SAME_AGE = /^(?:(?:lol|haha|jaja|omg|oh|ah|ay|wait|ya|yeah|si|sí|nice|cool|bro|bruh|dude|sis|fr|no way|wey|guey)[ ,!.]+)?(?:me too|same|same here|same age|me 2|yo tambien|yo también|igual|tambien|también)(?![\p{L}\p{N}])/u;
/** Years apart that still make two children near peers. */
const PEER_YEARS = 3;
/** A message that only asks back ("u?", "and you", "y tu"). */
const ASK_BACK_ALONE = 20;
const CHILD_AGE = /(?<![\p{L}\p{N}])(\d{1,2})(?![\p{L}\p{N}]|:\d|\.\d)/u;
/** "8th", "7th grade": a US grade, about the age minus five; near enough to tell peers (PEER_YEARS). */
const CHILD_GRADE = /(?<![\p{L}\p{N}])([1-9]|1[0-2])(?:st|nd|rd|th)(?![\p{L}\p{N}])/u;
const GRADE_TO_AGE = 5;
const ageOfGrade = (normal: string) => Number(CHILD_GRADE.exec(normal)?.[1] ?? Number.NaN) + GRADE_TO_AGE;

/**
 * "i'm 24 lol, but you're easier to talk to than anyone my age": an age said with words about the
 * gap itself. An age said in passing ("im 30 and u just destroyed me") has none of them.
 */
const GAP_TALK = new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation([
  'my age', 'your age', 'older', 'younger', 'too old', 'weird', 'mature', 'age is', 'just a number', 'dont mind', 'doesnt matter', 'does that matter', 'scared', 'mi edad', 'tu edad', 'mayor', 'viejo', 'raro', 'te asustes', 'no importa',
  // The real age owned up to ("ok im gonna be honest. im actually 19"), or how it sits with the
  // child: "kinda old for this server", "yo 20 pero me llevo mejor con gente menor", "is that ok".
  'actually', 'honest', 'truth', 'old for', 'young', 'menor', 'menores', 'is that ok', 'thats ok', 'is that bad', 'problem', 'problema', 'te molesta', 'te importa', 'freak out', 'verdad', 'me llevo mejor', 'get along better',
  // The child called little beside the adult's own age: "ah sos chiquita jaja. yo tengo 38".
  'just a kid', 'such a kid', 'ur a kid', 'chiquita', 'chiquito', 'chiquitita', 'pequeña', 'pequeño', 'peque', 'jovencita', 'jovencito', 'nena', 'nene', 'chamaca', 'chamaco', 'joven',
])}(?![\\p{L}\\p{N}])`, 'u');

/** Whether a message talks about the age gap itself. */
export function talksAboutGap(normal: string): boolean {
  return GAP_TALK.test(normal);
}

/** What the conversation knows about the ages told: the child's, and whether they just asked back. */
export class StatedAges {
  private childAge: number | undefined;
  private askedBack = false;
  /** The bare number that opened the last incoming message right after the child asked back. */
  private bareAnswer = Number.NaN;
  /** The child's last message told their age. */
  private toldLast = false;
  /** The incoming message being read answers the child's asking back ("13" then "u?"). */
  private answersAskBack = false;

  /** The child's message: `disclosed` when a rule read it as telling their under-18 age. */
  readChild(normal: string, disclosed: boolean): void {
    // "14" then "u?" as two messages asks back as much as "14 u?" does.
    const justTold = this.toldLast;
    this.toldLast = disclosed;
    this.askedBack = (disclosed || (justTold && normal.length <= ASK_BACK_ALONE)) && ASKS_BACK.test(normal);
    if (!disclosed) return;
    const age = statedAges(normal).find((a) => a.age < 18)?.age ?? Number(CHILD_AGE.exec(normal)?.[1] ?? ageOfGrade(normal));
    if (age >= 5 && age < 18) this.childAge = Math.min(age, this.childAge ?? age);
  }

  /**
   * The adult age a message gives as an answer to the child's: "32 m" (the "asl" answer) or a bare
   * "35 jaja" right after the child asked back. "im 30 and u just destroyed me" in a game lobby is
   * an age said in passing, and stays ordinary context (statesAdultAge only). `stated`: the
   * message's statedAges.
   */
  private answeredAge(normal: string, stated: readonly StatedAge[]): Pick<StatedAge, 'age' | 'start' | 'end'> | undefined {
    const bare = this.askedBack ? BARE_AGE.exec(normal) : null;
    this.answersAskBack = this.askedBack;
    this.askedBack = false;
    this.bareAnswer = Number(bare?.[1] ?? Number.NaN);
    const profile = stated.find((a) => a.profile && a.age >= 18);
    if (profile) return profile;
    const age = Number(bare?.[1] ?? Number.NaN);
    return age >= 18 && age <= 99 ? { age, start: 0, end: bare?.[0].length ?? 0 } : undefined;
  }

  /**
   * The under-18 age an incoming message gives for its writer: "im 14", "14 m", a bare "13 too"
   * after the child asked back, or "me too" / "yo tambien" right after the child said theirs.
   * Call after answeredAge for the same message.
   */
  private minorAgeIn(normal: string, stated: readonly StatedAge[]): number | undefined {
    const minor = stated.find((a) => a.age < 18)?.age;
    if (minor !== undefined) return minor;
    // "13 too lol" right after the child's "13 u" (read by answeredAge just before).
    if (this.bareAnswer >= 5 && this.bareAnswer < 18) return this.bareAnswer;
    // "13", "u?", "same": the child's age, asked back in a message of its own.
    return (this.toldLast || this.answersAskBack) && this.childAge !== undefined && SAME_AGE.test(normal) ? this.childAge : undefined;
  }

  /** Whether someone who says they are this age is a near peer of the child (3 years either way). */
  isPeer(age: number): boolean {
    return this.childAge !== undefined && Math.abs(age - this.childAge) <= PEER_YEARS;
  }

  /** An incoming message: the ages its writer gave; adds the gap's reason when it is plain now. */
  readOther(person: PersonState, text: NormalisedText, reasons: Reason[]): void {
    const { normal } = text;
    const stated = statedAges(normal);
    const adult = stated.find((a) => a.age >= 18);
    // An adult age given as an answer ("32 m"), or said with words about the gap.
    const answered = this.answeredAge(normal, stated) ?? (adult && talksAboutGap(normal) ? adult : undefined);
    if (answered) person.adultAge = Math.max(answered.age, person.adultAge ?? 0);
    if (answered || adult) person.statesAdultAge = true;
    person.minorAge = this.minorAgeIn(normal, stated) ?? person.minorAge;
    if (person.minorAge !== undefined) person.peer = this.isPeer(person.minorAge);
    // The learned model's vaguer reading of the same words does not stand in for the stated gap's reason.
    if (answered && this.gapIsPlain(person) && !reasons.some((r) => r.category === 'age_gap_relationship' && !isLearnedRuleId(r.ruleId))) reasons.push(ageGapReason(originalSpan(text, answered.start, answered.end)));
  }

  /**
   * The child's message to `person`, after readChild: whether they are peers now, and the gap's
   * reason when the child just told their age to someone who already said theirs.
   */
  readChildTo(person: PersonState, original: string, toldAge: boolean): Reason | undefined {
    if (toldAge) person.toldChildAge = true;
    if (person.minorAge !== undefined) person.peer = this.isPeer(person.minorAge);
    return this.gapIsPlain(person) ? ageGapReason({ start: 0, end: original.length, quote: original }) : undefined;
  }

  /** This person gave an adult age, the child told them a child's age, and the gap is wide. */
  private gapIsPlain(person: PersonState): boolean {
    return person.adultAge !== undefined && person.toldChildAge && !person.evidence.has('age_gap_relationship') && this.isGap(person.adultAge);
  }

  /** Whether an adult of this age is years older than the child said they are. */
  isGap(adultAge: number): boolean {
    return adultAge - (this.childAge ?? ASSUMED_CHILD_AGE) >= MIN_GAP;
  }
}

/** The reason for the stated gap, quoting the age that made it plain. */
export function ageGapReason(span: Span): Reason {
  return { ruleId: AGE_GAP_RULE_ID, category: 'age_gap_relationship', severity: 'notice', description: AGE_GAP_DESCRIPTION, span };
}
