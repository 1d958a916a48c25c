// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmSend } from './ConfirmSend';

const container = document.createElement('div');
document.body.append(container);
afterEach(() => render(null, container));

function show(onChoice = vi.fn()) {
  act(() => render(<ConfirmSend categories={['discloses_personal_info', 'agrees_to_secrecy']} onChoice={onChoice} />, container));
  const dialog = container.querySelector('[role="alertdialog"]') as HTMLElement;
  const button = (name: RegExp) => Array.from(dialog.querySelectorAll('button')).find((b) => name.test(b.textContent ?? '')) as HTMLButtonElement;
  return { dialog, onChoice, dontSend: button(/Don't send/), sendAnyway: button(/Send anyway/) };
}

describe('ConfirmSend', () => {
  it('asks in plain words what the message shares, as a labelled dialog', () => {
    const { dialog } = show();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(container.querySelector(`#${dialog.getAttribute('aria-labelledby') ?? ''}`)?.textContent).toBe('Are you sure you want to send this?');
    const body = container.querySelector(`#${dialog.getAttribute('aria-describedby') ?? ''}`)?.textContent ?? '';
    expect(body).toContain('where you live');
    expect(body).toContain('that you will keep a secret');
  });

  it('puts the focus on "Don\'t send", the safe choice', () => {
    const { dontSend } = show();
    expect(document.activeElement).toBe(dontSend);
  });

  it('answers each button, and Escape as "Don\'t send"', () => {
    const first = show();
    first.sendAnyway.click();
    expect(first.onChoice).toHaveBeenLastCalledWith(true);
    first.dontSend.click();
    expect(first.onChoice).toHaveBeenLastCalledWith(false);
    first.dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(first.onChoice).toHaveBeenCalledTimes(3);
    expect(first.onChoice).toHaveBeenLastCalledWith(false);
  });

  it('keeps Tab between its two buttons', () => {
    const { dontSend, sendAnyway } = show();
    dontSend.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(sendAnyway);
    sendAnyway.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(dontSend);
  });
});
