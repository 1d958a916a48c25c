import { t } from '../ui/i18n';
import { whatToDo } from '../ui/wording';

export function WhatToDo() {
  return (
    <section aria-labelledby="todo" class="popup__todo" data-testid="what-to-do">
      <h2 id="todo">{t('popup_todo_title')}</h2>
      <ul>
        {whatToDo('popup').map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </section>
  );
}
