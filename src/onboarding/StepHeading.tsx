import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../ui/i18n';

/** Numbered steps of the setup (the welcome page and the end are not counted). */
export const STEP_COUNT = 4;

/**
 * The heading of each step. It takes focus when the step appears, so keyboard and screen-reader
 * users start at the top of the new step instead of on a button that no longer exists.
 */
export function StepHeading({ step, children }: { step?: number; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      {step !== undefined && <p class="step-count">{t('onboarding_step_count', [String(step), String(STEP_COUNT)])}</p>}
      <h1 ref={heading} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
