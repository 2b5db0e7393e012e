import { originalScenario, untranslatedTexts } from '../../scenario/translated.ts';
import type { Scenario } from '../../scenario/types.ts';
import { useWords } from '../lib/words/index.ts';
import './scenario-text.css';

/**
 * A text of the scenario (a label, a narration). One its translation lacks is shown as written,
 * marked: in the original's language (`lang`), with a quiet underline and a title that says so.
 */
export function ScenarioText({ scenario, text }: { readonly scenario: Scenario; readonly text: string }) {
  const { t } = useWords();
  if (!untranslatedTexts(scenario).has(text)) return text;
  const language = originalScenario(scenario).meta.language;
  return (
    <span lang={language} className="untranslated" title={t('scenario.untranslated', { language })}>
      {text}
    </span>
  );
}

/** Text that is in another language whatever the UI's (a source's title, the CAMEO codebook's English). */
export function ForeignText({ text, lang }: { readonly text: string; readonly lang: string }) {
  const { locale } = useWords();
  return lang === locale ? text : <span lang={lang}>{text}</span>;
}
