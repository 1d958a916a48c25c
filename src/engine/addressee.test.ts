import { describe, expect, it } from 'vitest';
import { Participants } from './addressee';
import { Conversation } from './engine';

const room = (...authors: string[]) => {
  const participants = new Participants();
  for (const author of authors) participants.add(author);
  return participants;
};

describe('who a group-chat message is for', () => {
  it('reads a message that starts with, or @-mentions, another participant as theirs', () => {
    const participants = room('creeper_kid', 'tacoTuesday', 'waffles4ever', 'sadboi_');
    expect(participants.addressedToAnother('creeper_kid u in hs yet?', 'tacoTuesday')).toBe(true);
    expect(participants.addressedToAnother('Waffles4ever asl', 'tacoTuesday')).toBe(true);
    expect(participants.addressedToAnother('@sadboi_ ur cute lol', 'tacoTuesday')).toBe(true);
    expect(participants.addressedToAnother('sadboi how old r u', 'tacoTuesday')).toBe(true);
    expect(participants.addressedToAnother('lol @creeper_kid whats ur snap', 'tacoTuesday')).toBe(true);
  });

  it('reads everything else as possibly for the child', () => {
    const participants = room('creeper_kid', 'tacoTuesday', 'sam');
    // Not a name: the start of a longer word, the sender's own name, someone who never wrote.
    expect(participants.addressedToAnother('creeper_kids are weird', 'tacoTuesday')).toBe(false);
    expect(participants.addressedToAnother('tacoTuesday is back', 'tacoTuesday')).toBe(false);
    expect(participants.addressedToAnother('sunnyskye come to private', 'tacoTuesday')).toBe(false);
    expect(participants.addressedToAnother('how old r u creeper_kid', 'tacoTuesday')).toBe(false);
    expect(participants.addressedToAnother('same lol', 'tacoTuesday')).toBe(false);
  });

  it('never applies between two people: every message there is for the child', () => {
    expect(room('kai').addressedToAnother('kai how old r u', 'mia')).toBe(false);
    expect(room('kai', 'mia').addressedToAnother('kai how old r u', 'mia')).toBe(true);
  });
});

describe('a question put to someone else in a room', () => {
  it('is not evidence about how its sender treats the child', () => {
    const conversation = new Conversation();
    conversation.add({ direction: 'incoming', author: 'creeper_kid', text: 'anyone here play fortnite' });
    conversation.add({ direction: 'incoming', author: 'mango_mia', text: 'lol yes' });
    const toAnother = conversation.add({ direction: 'incoming', author: 'tacoTuesday', text: 'creeper_kid u in hs yet? asl' });
    expect(toAnother.signals).toEqual([]);
    const toRoom = conversation.add({ direction: 'incoming', author: 'tacoTuesday', text: 'u in hs yet?' });
    expect(toRoom.signals).toContain('age_probe');
  });
});
