import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Category, Level } from '../../engine/types';
import type { AgeBand } from '../../policy/policy';
import { t } from '../../ui/i18n';
import { whatToDo, whatWeNoticed, whyItMatters } from '../../ui/wording';

export interface PromptProps {
  level: Level;
  otherParty: string;
  categories: readonly Category[];
  /** The child's age band: the "why it matters" sentence is worded for it. */
  ageBand?: AgeBand;
  onDismiss: () => void;
  /** Where it sits: clear of the chat's message box (placement.ts). */
  style?: JSX.CSSProperties;
}

/**
 * The in-page warning: what we noticed in one sentence, why it matters, what to do. Calm words,
 * no alarm colours for a first warning; an alertdialog that takes focus so screen readers read it.
 */
export function Prompt({ level, otherParty, categories, ageBand, onDismiss, style }: PromptProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), []);
  const serious = level === 'danger';
  return (
    <div
      ref={dialog}
      class={`prompt ${serious ? 'prompt--danger' : ''}`}
      style={style}
      role="alertdialog"
      aria-labelledby="hu-title"
      aria-describedby="hu-noticed"
      tabIndex={-1}
      onKeyDown={(e) => e.key === 'Escape' && onDismiss()}
    >
      <div class="prompt__badge" aria-hidden="true">!</div>
      <h2 id="hu-title" class="prompt__title">{serious ? t('content_prompt_title_danger') : t('content_prompt_title_warning')}</h2>
      <p id="hu-noticed" class="prompt__noticed">{whatWeNoticed(otherParty, categories)}</p>
      <p class="prompt__why">{whyItMatters(ageBand)}</p>
      <h3 class="prompt__subtitle">{t('content_prompt_what_to_do')}</h3>
      <ul class="prompt__steps">
        {whatToDo('prompt').map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <div class="prompt__actions">
        <button type="button" class="prompt__ok" onClick={onDismiss}>
          {t('content_prompt_ok')}
        </button>
      </div>
    </div>
  );
}
