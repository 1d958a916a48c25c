import { useEffect, useRef } from 'preact/hooks';
import type { Category, Level } from '../../engine/engine';
import { WHAT_TO_DO, WHY_IT_MATTERS, whatWeNoticed } from '../../ui/wording';

export interface PromptProps {
  level: Level;
  otherParty: string;
  categories: readonly Category[];
  onDismiss: () => void;
}

/**
 * The in-page warning: what we noticed in one sentence, why it matters, what to do. Calm words,
 * no alarm colours for a first warning; an alertdialog that takes focus so screen readers read it.
 */
export function Prompt({ level, otherParty, categories, onDismiss }: PromptProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), []);
  const serious = level === 'danger';
  return (
    <div
      ref={dialog}
      class={`prompt ${serious ? 'prompt--danger' : ''}`}
      role="alertdialog"
      aria-labelledby="hu-title"
      aria-describedby="hu-noticed"
      tabIndex={-1}
      onKeyDown={(e) => e.key === 'Escape' && onDismiss()}
    >
      <div class="prompt__badge" aria-hidden="true">!</div>
      <h2 id="hu-title" class="prompt__title">{serious ? 'Please stop and read this' : 'Heads up'}</h2>
      <p id="hu-noticed" class="prompt__noticed">{whatWeNoticed(otherParty, categories)}</p>
      <p class="prompt__why">{WHY_IT_MATTERS}</p>
      <h3 class="prompt__subtitle">What you can do</h3>
      <ul class="prompt__steps">
        {WHAT_TO_DO.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <div class="prompt__actions">
        <button type="button" class="prompt__ok" onClick={onDismiss}>
          OK, got it
        </button>
      </div>
    </div>
  );
}
