// @vitest-environment happy-dom
// The "I need help now" panel and one warning, rendered: the words and numbers a child reads,
// in English and Spanish, with no link or request anywhere in them.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTestLanguage } from '../help/test-language';
import type { AlertRecord } from '../protocol/messages';
import { AlertItem } from './AlertItem';
import { HelpNowPanel } from './HelpNowPanel';

let host: HTMLElement;
async function show(node: ComponentChild): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => render(node, host));
  return host;
}

const textOf = (root: HTMLElement, testId: string) => [...root.querySelectorAll(`[data-testid="${testId}"]`)].map((e) => e.textContent);

afterEach(() => {
  render(null, host);
  host.remove();
  useTestLanguage('en');
});

describe('HelpNowPanel', () => {
  it('names the emergency number, the lines to call now and three steps, and takes focus', async () => {
    const root = await show(<HelpNowPanel country="GB" onBack={() => undefined} />);
    expect(textOf(root, 'emergency')).toEqual(['If you are in danger right now, call 999 or 112']);
    expect(textOf(root, 'helpline-phone')).toEqual(['0800 1111']);
    expect(root.querySelectorAll('ol li')).toHaveLength(3);
    expect(document.activeElement?.id).toBe('help-now-title');
    expect(root.querySelector('a, [href]')).toBeNull();
  });

  it('goes back on Escape and on the Back button', async () => {
    const onBack = vi.fn();
    const root = await show(<HelpNowPanel country="US" onBack={onBack} />);
    root.querySelector('section')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    root.querySelector<HTMLButtonElement>('button')?.click();
    expect(onBack).toHaveBeenCalledTimes(2);
  });

  it('speaks Spanish, and says what to do where it knows no number', async () => {
    useTestLanguage('es');
    const root = await show(<HelpNowPanel country="" onBack={() => undefined} />);
    expect(textOf(root, 'emergency')).toEqual(['Si estás en peligro ahora mismo, llama al número de emergencias de tu país.']);
    expect(root.textContent).toContain('Deja de responderle');
    expect(textOf(root, 'helpline-phone')).toEqual(['116 111']);
  });
});

describe('AlertItem', () => {
  const alert: AlertRecord = {
    id: 1, time: Date.UTC(2025, 5, 30, 12), site: 'discord.com', conversationKey: 'discord:dm/1', otherParty: 'kai',
    level: 'warning', categories: ['age_probe', 'secrecy'], reasons: [], seen: false,
  };

  it('says what happened without blame, and how to block and report on that site', async () => {
    const root = await show(<AlertItem alert={alert} />);
    expect(root.querySelector('.alert__what')?.textContent).toBe('kai asked how old you are and asked you to keep your chat secret.');
    expect(root.querySelector('summary')?.textContent).toBe('How to block and report on Discord');
    expect(root.querySelectorAll('[data-testid="report-steps"] li')).toHaveLength(3);
  });

  it('in Spanish too', async () => {
    useTestLanguage('es');
    const root = await show(<AlertItem alert={alert} />);
    expect(root.querySelector('.alert__level')?.textContent).toBe('Aviso');
    expect(root.querySelector('summary')?.textContent).toBe('Cómo bloquear y denunciar en Discord');
  });
});
