// @vitest-environment happy-dom
// The policy editor with fields locked by the browser's managed storage: they are disabled, say
// why, and are never sent back (the background would refuse a changed one anyway).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../policy/policy';
import type { PolicyView, Request, RequestType, Responses } from '../protocol/messages';
import type { ParentApi } from './api';
import { SettingsView } from './SettingsView';

const LOCKED_NOTE = "Set by your family's or school's browser policy";

function fakeApi(view: PolicyView, onSet: (policy: Partial<Policy>) => PolicyView | Error): ParentApi {
  return {
    token: 'token',
    async call<T extends RequestType>(request: Request<T>): Promise<Responses[T]> {
      if (request.type === 'policy/get') return view as Responses[T];
      if (request.type === 'policy/set') {
        const answer = onSet((request as Request<'policy/set'>).policy);
        if (answer instanceof Error) throw answer;
        return answer as Responses[T];
      }
      throw new Error(`unexpected ${request.type}`);
    },
  };
}

let host: HTMLElement;
async function show(api: ParentApi): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => render(<SettingsView api={api} />, host));
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return host;
}

const field = (root: HTMLElement, key: keyof Policy) => root.querySelector<HTMLFieldSetElement>(`[data-testid="field-${key}"]`);

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('the policy editor', () => {
  it('shows managed fields locked, with the reason, and the others open', async () => {
    const view: PolicyView = { policy: { ...DEFAULT_POLICY, sensitivity: 'strict' }, locked: ['sensitivity', 'keepExcerpts'] };
    const root = await show(fakeApi(view, () => view));
    expect(root.querySelector('[data-testid="managed-notice"]')?.textContent).toContain('browser policy');
    for (const key of ['sensitivity', 'keepExcerpts'] as const) {
      expect(field(root, key)?.disabled, key).toBe(true);
      expect(field(root, key)?.textContent).toContain(LOCKED_NOTE);
    }
    expect(field(root, 'retentionDays')?.disabled).toBe(false);
    expect(field(root, 'retentionDays')?.textContent).not.toContain(LOCKED_NOTE);
    expect(root.querySelector<HTMLInputElement>('input[name="sensitivity"][value="strict"]')?.checked).toBe(true);
  });

  it('sends only the unlocked fields and shows the background’s error as it comes', async () => {
    const view: PolicyView = { policy: { ...DEFAULT_POLICY }, locked: ['sensitivity'] };
    const sent: Partial<Policy>[] = [];
    const root = await show(fakeApi(view, (policy) => (sent.push(policy), new Error('ageBand: must be one of "under-13", "13-15", "16-17"'))));
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(sent).toHaveLength(1);
    expect(Object.keys(sent[0] ?? {})).not.toContain('sensitivity');
    expect(sent[0]).toMatchObject({ retentionDays: 30, keepExcerpts: false });
    expect(root.querySelector('[data-testid="settings-result"]')?.textContent).toBe('Not saved: ageBand: must be one of "under-13", "13-15", "16-17"');
  });

  it('shows no lock notice when the browser sets nothing', async () => {
    const view: PolicyView = { policy: { ...DEFAULT_POLICY }, locked: [] };
    const root = await show(fakeApi(view, () => view));
    expect(root.querySelector('[data-testid="managed-notice"]')).toBeNull();
    expect(root.querySelectorAll('fieldset[disabled]')).toHaveLength(0);
  });
});
