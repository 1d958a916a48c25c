// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PROMPT_ELEMENT, PromptSlot } from './prompt-slot';

const ctx = { onInvalidated: () => undefined, options: {} } as unknown as ContentScriptContext;
const warning = (otherParty: string) => ({ level: 'warning' as const, otherParty, categories: ['age_probe' as const] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** What the page shows now: one entry per Heads Up element, with its dialog's text. */
function shown(): string[] {
  return Array.from(document.querySelectorAll(PROMPT_ELEMENT)).map((host) => host.shadowRoot?.querySelector('[role="alertdialog"]')?.textContent ?? '');
}

function button(name: RegExp): HTMLButtonElement {
  const buttons = Array.from(document.querySelector(PROMPT_ELEMENT)?.shadowRoot?.querySelectorAll('button') ?? []);
  const found = buttons.find((b) => name.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('PromptSlot', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main><div role="textbox" contenteditable="true"></div></main>';
  });

  it('shows one warning at a time: a newer one replaces it', async () => {
    const slot = new PromptSlot(ctx, () => null);
    slot.showWarning(warning('kai'));
    slot.showWarning(warning('leo'));
    await settle();
    expect(shown()).toHaveLength(1);
    expect(shown()[0]).toContain('leo');
  });

  it('holds a warning back while the child decides about a send, then shows it', async () => {
    const slot = new PromptSlot(ctx, () => document.querySelector('[role="textbox"]'));
    slot.showWarning(warning('kai'));
    const answer = slot.confirmSend(['discloses_age']);
    slot.showWarning(warning('leo'));
    await settle();
    expect(shown()).toHaveLength(1);
    expect(shown()[0]).toContain('Are you sure');
    button(/Send anyway/).click();
    await expect(answer).resolves.toBe(true);
    await settle();
    expect(shown()).toHaveLength(1);
    expect(shown()[0]).toContain('leo');
  });

  it('answers "Don\'t send" and removes the question', async () => {
    const slot = new PromptSlot(ctx, () => null);
    const answer = slot.confirmSend(['agrees_to_meet']);
    await settle();
    button(/Don't send/).click();
    await expect(answer).resolves.toBe(false);
    expect(shown()).toEqual([]);
  });
});
