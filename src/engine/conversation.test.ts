import { describe, expect, it } from 'vitest';
import { Conversation } from './conversation';
import type { ChatMessage } from './types';

const from = (author: string, text: string): ChatMessage => ({ direction: 'incoming', author, text });
const child = (text: string): ChatMessage => ({ direction: 'outgoing', text });

describe('Conversation', () => {
  it('starts quiet and stays quiet on ordinary chat', () => {
    const c = new Conversation();
    expect(c.add(from('kai', 'yo r u on tonight? the castle needs a roof')).level).toBe('none');
    expect(c.add(child('lol thx')).level).toBe('none');
  });

  it('notices one sign, warns when the same person shows a second kind', () => {
    const c = new Conversation();
    const age = c.add(from('kai', 'how old r u btw'));
    expect(age).toMatchObject({ level: 'notice', signals: ['age_probe'] });
    expect(c.add(child('12')).level).toBe('notice');
    const secret = c.add(from('kai', "lets keep this between us, don't tell ur parents"));
    expect(secret.level).toBe('warning');
    expect(secret.change).toMatchObject({ from: 'notice', to: 'warning', author: 'kai' });
    expect(secret.change?.reasons.map((r) => r.ruleId).sort()).toEqual(['age-probe', 'discloses-age', 'learned-age-probe', 'learned-secrecy', 'secrecy', 'secrecy']);
    expect(secret.change?.reasons.find((r) => r.ruleId === 'age-probe')?.span.quote).toBe('how old r u');
  });

  it('does not add up signs from different people in a group chat', () => {
    const c = new Conversation();
    c.add(from('coach', 'what grade are you in this year?'));
    expect(c.add(from('dad', "don't tell your mom about the surprise")).level).toBe('notice');
  });

  it('asks for more evidence when relaxed', () => {
    const c = new Conversation({ sensitivity: 'relaxed' });
    c.add(from('kai', 'how old r u'));
    expect(c.add(from('kai', 'our little secret ok')).level).toBe('notice');
  });

  it('never lowers the level within a conversation', () => {
    const c = new Conversation();
    c.add(from('kai', 'how old r u'));
    expect(c.add(from('kai', 'dont tell ur parents about us ok')).level).toBe('warning');
    expect(c.add(from('kai', 'anyway gtg')).level).toBe('warning');
  });

  it('gives a verdict for empty, huge and binary-looking messages', () => {
    const c = new Conversation();
    for (const text of ['', '\u0000\u0001\u0002', 'x'.repeat(100_000), '\uD83D'.repeat(5000)]) {
      expect(c.add(from('x', text)).level).toBe('none');
    }
  });
});

describe('anonymous askers', () => {
  it('weighs the everyday questions of "anonymous" askers as public ones, but still warns on a severe one', () => {
    const c = new Conversation();
    expect(c.add(from('anonymous', 'whats ur age lol')).level).toBe('notice');
    expect(c.add(from('anonymous', 'where do u live')).level).toBe('notice');
    expect(['warning', 'danger']).toContain(c.add(from('anonymous', 'have u ever had sex')).level);
  });

  it('adds up an anonymous asker who singles the child out', () => {
    const c = new Conversation();
    c.add(from('anonymous', 'ur so pretty in ur profile pic 😍'));
    expect(c.add(from('anonymous', 'how old r u?')).level).toBe('warning');
  });
});

describe('one phrase read two ways', () => {
  it('counts "quiero verte" once, not as a picture request and a meeting request', () => {
    const c = new Conversation();
    const verdict = c.add(from('Marta', 'hola mi amor, quiero verte'));
    expect(verdict.signals.length).toBeGreaterThan(1);
    expect(verdict.level).toBe('notice');
  });
});

describe('sexual banter in a busy group chat', () => {
  const room = () => {
    const c = new Conversation();
    for (const name of ['ana', 'ben', 'cal', 'dee']) c.add(from(name, 'hey all'));
    return c;
  };

  it('adds up like other signs instead of warning at once', () => {
    const c = room();
    expect(c.add(from('ben', 'anyone wanna cyber lol')).level).toBe('notice');
  });

  it('still warns at once on a threat', () => {
    const c = room();
    expect(c.add(from('ben', 'i have ur pics, pay or i send them to everyone')).level).not.toBe('notice');
  });
});

describe('sexual talk to someone who said they are a child', () => {
  it('warns at the first sexual word once the child has given an age under 18', () => {
    const c = new Conversation();
    c.add(from('dan', 'how r u today'));
    c.add(child('good. im 13 btw'));
    expect(c.add(from('dan', 'lol u ever get horny')).level).not.toBe('notice');
  });
});
