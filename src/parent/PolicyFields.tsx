// Building blocks of the policy editor. A field the browser policy locked is shown disabled, with
// the reason, so a parent knows why it cannot be changed here and who can change it.
import type { ComponentChildren } from 'preact';
import { t } from '../ui/i18n';

export function FieldBox({ title, hint, locked, testId, children }: { title: string; hint?: string; locked: boolean; testId: string; children: ComponentChildren }) {
  return (
    <fieldset class={locked ? 'field field--locked' : 'field'} disabled={locked} data-testid={testId} data-locked={locked ? 'true' : 'false'}>
      <legend>{title}</legend>
      {hint !== undefined && <p class="field__hint">{hint}</p>}
      {children}
      {locked && <p class="field__locked">🔒 {t('parent_settings_locked')}</p>}
    </fieldset>
  );
}

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export function Choice<T extends string>({ name, value, options, onChange }: { name: string; value: T; options: ChoiceOption<T>[]; onChange: (value: T) => void }) {
  return (
    <div class="choices">
      {options.map((o) => (
        <label key={o.value} class="choice">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>
            <strong>{o.label}</strong>
            {o.hint !== undefined && <span class="choice__hint"> {o.hint}</span>}
          </span>
        </label>
      ))}
    </div>
  );
}

export function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} /> {label}
    </label>
  );
}
