import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Category, Level } from '../../engine/engine';
import { Prompt } from './Prompt';
import css from './prompt.css?inline';

let current: ShadowRootContentScriptUi<HTMLElement> | null = null;

/** Show the in-page prompt, replacing any prompt already shown (one at a time). */
export async function showPrompt(ctx: ContentScriptContext, level: Level, otherParty: string, categories: Category[]) {
  current?.remove();
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'heads-up-prompt',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    // Keys typed in the prompt must not reach the page's own shortcuts (e.g. a chat's Enter).
    isolateEvents: true,
    onMount: (container) => {
      render(<Prompt level={level} otherParty={otherParty} categories={categories} onDismiss={() => ui.remove()} />, container);
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
      if (current === ui) current = null;
    },
  });
  current = ui;
  ui.mount();
}

export function removePrompt() {
  current?.remove();
}
