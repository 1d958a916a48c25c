// How the learned reading of a person (person-reading.ts) moves a conversation: family talk
// under a plain first name stays quiet, and a word like "mom" does not hide someone who grooms.
import { describe, expect, it } from 'vitest';
import { Conversation } from '../conversation';
import type { ChatMessage, Level } from '../types';
import { addToReading, readsAsOffender, readsFamiliar } from './person-reading';

const from = (author: string, text: string): ChatMessage => ({ direction: 'incoming', author, text });
const child = (text: string): ChatMessage => ({ direction: 'outgoing', text });
const levels = (messages: ChatMessage[]): Level[] => {
  const conversation = new Conversation();
  return messages.map((m) => conversation.add(m).level);
};

describe('reading a person', () => {
  it('needs a few messages before it says anything', () => {
    expect(readsFamiliar({ offenderLogOdds: -5, messageCount: 1 })).toBe(false);
    expect(readsFamiliar({ offenderLogOdds: -5, messageCount: 2 })).toBe(true);
    expect(readsAsOffender({ offenderLogOdds: 5, messageCount: 2 })).toBe(false);
    expect(readsAsOffender({ offenderLogOdds: 7, messageCount: 2 })).toBe(true);
    expect(readsAsOffender({ offenderLogOdds: 99, messageCount: 1 })).toBe(false);
    expect(readsAsOffender({ offenderLogOdds: 9, messageCount: 3 })).toBe(true);
    expect(readsAsOffender({ offenderLogOdds: 3, messageCount: 3 })).toBe(false);
    const person = { offenderLogOdds: 0, messageCount: 0 };
    addToReading(person, -3);
    addToReading(person, -1);
    expect(person).toEqual({ offenderLogOdds: -4, messageCount: 2 });
  });

  it('lets a parent under a plain first name ask "are u home alone" and for a picture of a form', () => {
    const dad = levels([
      from('Craig', 'hey bud did u have dinner yet'),
      child('ya'),
      from('Craig', 'good. ill be home late tonight, work ran over'),
      from('Craig', 'are u home alone? is ur sister back from practice'),
      child('no shes here'),
      from('Craig', 'ok lock the door and send me a pic of the permission slip so i can sign it'),
    ]);
    expect(dad.at(-1)).toBe('notice');
  });

  it('does not let someone who grooms hide behind a word like "mom"', () => {
    const jay = levels([from('jay', 'hey cutie'), from('jay', 'how old r u'), child('13'), from('jay', 'ur mom home rn?'), from('jay', 'send me a pic of u')]);
    expect(jay[1]).toBe('warning');
    expect(jay.at(-1)).toBe('danger');
  });

  it('does not let a display name like "coach_x" cover talk that reads like grooming', () => {
    const coach = levels([from('coach_vex', 'saw ur clips, ur honestly cracked for ur age'), from('coach_vex', 'how old r u? i only coach kids who take it serious'), from('coach_vex', 'u seem way more mature than the other kids tbh')]);
    expect(coach.at(-1)).not.toBe('notice');
  });

  it('does not let weeks of friendly talk cover the turn when it comes', () => {
    const friend = [
      from('kai', 'hey did u finish the maths worksheet?'),
      child('almost, question 7 is so hard'),
      from('kai', 'same lol. wanna do it together at lunch tomorrow'),
      child('ok'),
      from('kai', 'cool. did u see the game last night'),
      from('kai', 'coach said practice is at 4 on thursday'),
    ];
    // Two everyday signs from a friend of long standing can be a surprise and a lift home (the
    // level model's veto, scoring.ts: measured, it took false alarms on the unseen sets from 0.161
    // to 0.115). A third, a picture of the child, sits on the edge: friends in the training corpora
    // combine a secret, "r ur parents home" and a picture in 11 benign chats and in no risky one
    // before it was due (session 10), so the model holds back there (log-odds -0.05) and warns at
    // the push that follows.
    const turn = levels([...friend, from('kai', 'keep this between us ok'), from('kai', 'r ur parents home rn?'), from('kai', 'send me a pic of u rn'), from('kai', 'come on just one, nobody has to know')]);
    expect(turn.at(-1)).toBe('warning');
    // From a stranger the same two signs warn at once.
    const stranger = levels([from('rex', 'keep this between us ok'), from('rex', 'r ur parents home rn?')]);
    expect(stranger.at(-1)).toBe('warning');
  });
});
