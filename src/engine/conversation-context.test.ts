// What the conversation reads across messages (session 4, issue 4): the age gap once both ages
// are told, two children of near ages, a follow-up after intimate talk, a surprise spread over
// two messages.
import { describe, expect, it } from 'vitest';
import { Conversation } from './conversation';
import type { ChatMessage } from './types';

const from = (author: string, text: string): ChatMessage => ({ direction: 'incoming', author, text });
const child = (text: string): ChatMessage => ({ direction: 'outgoing', text });
const read = (messages: ChatMessage[]) => {
  const c = new Conversation();
  return messages.map((m) => c.add(m));
};

describe('the age gap, stated', () => {
  it('is age-gap talk when an adult answers the child’s age with theirs, quoting the age', () => {
    const verdicts = read([from('ryan', 'asl'), child('13 f'), from('ryan', '31 m. hope thats not 2 old for u lol')]);
    const gap = verdicts[2]?.reasons.find((r) => r.ruleId === 'age-gap-stated');
    expect(gap?.span.quote).toBe('31 m');
    expect(verdicts[2]?.level).toBe('warning');
  });

  it('reads a bare age right after the child asked back, also in two messages', () => {
    expect(read([from('x', 'q edad tienes'), child('13 y tu'), from('x', '35 jaja no te asustes')])[2]?.signals).toContain('age_gap_relationship');
    expect(read([from('x', 'mind if i ask ur age'), child('14'), child('u'), from('x', '33')])[3]?.signals).toContain('age_gap_relationship');
  });

  it('reads an adult age owned up to, or set against the child\'s, once the child told theirs', () => {
    expect(read([from('x', 'what grade r u in'), child('7th, im 12'), from('x', 'ok im gonna be honest w u. im actually 19')])[2]?.signals).toContain('age_gap_relationship');
    expect(read([from('x', 'cuantos años tenes'), child('13'), from('x', 'ah bacán, yo tengo 20 pero me llevo mejor con gente menor')])[2]?.signals).toContain('age_gap_relationship');
  });

  it('leaves an age said in passing, and near peers, alone', () => {
    const lobby = read([from('dave', 'how old r u lol ur cracked'), child('13'), from('dave', 'respect. im 30 and u just destroyed me')]);
    expect(lobby[2]?.signals).not.toContain('age_gap_relationship');
    expect(lobby[2]?.level).toBe('notice');
    expect(read([from('mia', 'asl'), child('14 f'), from('mia', '16 f')])[2]?.signals).not.toContain('age_gap_relationship');
  });
});

describe('two children of near ages', () => {
  it('weigh an age question and a handle swap less, but not flattery, secrecy or a "peer" who talks like a groomer', () => {
    const peers = read([from('tomi', 'cuantos años tenes?'), child('13'), from('tomi', 'yo tambien, voy a segundo'), from('tomi', 'pasame tu insta asi te sigo')]);
    expect(peers[3]?.level).toBe('notice');
    const bare = read([from('taco', 'how old r u'), child('13 u'), from('taco', '13 too lol'), from('taco', 'add me on discord my friends play there too')]);
    expect(bare[3]?.level).toBe('notice');
    const same = read([from('jacko', 'how old r u btw'), child('13'), child('u'), from('jacko', 'same'), from('jacko', 'add me on xbox, jacko4421')]);
    expect(same[4]?.level).toBe('notice');
    // A grade told and "same" back: peers too (a US grade is about the age minus five).
    const grades = read([from('jaden', 'what grade r u?'), child('8th'), from('jaden', 'bro same. what school is that')]);
    expect(grades[2]?.level).toBe('notice');
    const poser = read([from('kai', 'how old r u btw?'), child('13'), from('kai', 'no way, u talk way more mature than 13. im 15 so basically same age lol'), from('kai', 'dont tell ur parents about me tho')]);
    // The "peer" reads like those who groom, so the age question keeps its full weight.
    expect(poser[2]?.level).toBe('warning');
    expect(poser[3]?.level).not.toBe('notice');
  });
});

describe('a follow-up after intimate talk', () => {
  it('is sexual talk only right after kissing, dating or bodies came up', () => {
    expect(read([from('x', 'have u ever been kissed'), child('no lol'), from('x', 'i could teach u hehe')])[2]?.signals).toContain('sexual_content');
    expect(read([from('x', 'this level is so hard'), child('i cant do it'), from('x', 'i could teach u hehe')])[2]?.signals).toEqual([]);
  });
});

describe('a surprise over two messages', () => {
  it('is no secret when the same person just spoke of a birthday, unless the secret is the two of them', () => {
    const surprise = read([from('vale', 'el domingo es el cumple de mi mamá'), from('vale', 'no le digas nada pero le estoy haciendo un video')]);
    expect(surprise[1]?.signals).not.toContain('secrecy');
    const us = read([from('x', 'its my bday soon'), from('x', 'dont tell ur mom about me ok')]);
    expect(us[1]?.signals).toContain('secrecy');
  });
});

describe('an age question alone', () => {
  it('never warns, however it is worded; a second kind of sign or an adult age said back does', () => {
    const wordings = ['how old r u, u sound like my friend’s little bro', 'wat age r u btw', 'cuántos años tienes? hablas como los de mi clase', 'what grade r u? the 6th and 7th ones are different', 'asl'];
    for (const wording of wordings) expect(read([from('kid', wording), child('12')]).at(-1)?.level, wording).toBe('notice');
    expect(read([from('dan', 'how old r u'), child('12'), from('dan', 'ur so mature for 12, this stays between us ok')]).at(-1)?.level).not.toBe('notice');
  });
});
