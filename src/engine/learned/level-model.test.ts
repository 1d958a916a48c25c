// The level model (level-model.ts): its data matches the engine's features, and it reads people
// the way the held-out measurements say it should (a stranger's two moves against a relative's).
import { describe, expect, it } from 'vitest';
import { Conversation } from '../conversation';
import type { ChatMessage } from '../types';
import { FEATURE_NAMES, type LevelModelData } from './level-model';
import data from './level-model.json';

const model = data as LevelModelData;
const from = (author: string, text: string): ChatMessage => ({ direction: 'incoming', author, text });

describe('the level model', () => {
  it('is data for exactly the features the engine computes', () => {
    expect(model.features).toEqual([...FEATURE_NAMES]);
    for (const list of [model.mean, model.scale, model.weights]) expect(list).toHaveLength(FEATURE_NAMES.length);
    for (const x of [...model.mean, ...model.scale, ...model.weights, model.bias]) expect(Number.isFinite(x)).toBe(true);
    expect(model.scale.every((s) => s > 0)).toBe(true);
    expect(model.trainedOn.length).toBeGreaterThan(0);
  });

  it('computes one finite feature per name for anyone with a sign', () => {
    const c = new Conversation();
    c.add(from('sam', 'how old r u'));
    const features = c.levelFeaturesOf('sam');
    expect(features).toHaveLength(FEATURE_NAMES.length);
    expect(features?.every(Number.isFinite)).toBe(true);
    expect(c.levelFeaturesOf('nobody')).toBeUndefined();
  });

  it('warns on a stranger\'s first two moves but not on a grandmother\'s same two signs', () => {
    const stranger = new Conversation();
    stranger.add(from('dm_4821', 'hi there, saw ur post. ur really pretty'));
    expect(stranger.add(from('dm_4821', 'how old are u')).level).toBe('warning');
    const gran = new Conversation();
    gran.add(from('Nana', 'Good morning sweetheart, I saw the photos from your recital, you look so grown up! ❤️'));
    gran.add(from('Nana', 'Grandpa says hello. We are driving down on Sunday for lunch with your mum and dad.'));
    expect(gran.add(from('Nana', 'How old will you be next month, 12? I can never keep up!')).level).not.toBe('warning');
  });
});
