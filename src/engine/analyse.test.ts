import { describe, expect, it } from 'vitest';
import { withoutLogStamp } from './analyse';
import { analyseMessage } from './engine';

const ruleIds = (text: string, direction: 'incoming' | 'outgoing' = 'incoming') => analyseMessage({ direction, text }).map((r) => r.ruleId);

describe('a chat log’s date stamp', () => {
  it('is not read as an age, and what follows it is read as ever', () => {
    expect(ruleIds('12/13/2007 10:15 PM hey')).toEqual([]);
    expect(ruleIds('12/03/2009 9:42 PM u there?')).toEqual([]);
    expect(ruleIds('[2009-12-03 21:42:10] how old r u')).toContain('age-probe');
  });

  it('keeps the offsets of what follows, so a reason quotes the right words', () => {
    const [reason] = analyseMessage({ direction: 'incoming', text: '(12.03.2009, 21:42) send me a pic' }).filter((r) => r.ruleId === 'photo-request');
    expect(reason?.span.quote).toBe('send me a pic');
  });

  it('is only a date with a time: a date alone or a time alone is the writer’s own words', () => {
    const stamped = '12/13/2007 10:15 PM hey';
    expect(withoutLogStamp(stamped)).toBe(' '.repeat(stamped.length - 3) + 'hey');
    for (const text of ['03/14/2011 is my bday', '4:30 at the mall?', '(10:32:15 PM) hey', '2 more days']) expect(withoutLogStamp(text)).toBe(text);
  });
});
