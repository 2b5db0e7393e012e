import { useId } from 'react';
import { LANGUAGES, isLanguage, useLanguage, useWords } from '../lib/words/index.ts';

/** The labelled language control (header and Help): each language under its own name. */
export function LanguagePicker({ className = 'language-picker' }: { readonly className?: string }) {
  const { t } = useWords();
  const { language, choose } = useLanguage();
  const id = useId();
  return (
    <span className={className}>
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        className="select language-picker__select"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void choose(event.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </span>
  );
}
