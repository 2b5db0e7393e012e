import { goldsteinTone } from '../lib/format.ts';
import { useWords } from '../lib/words/index.ts';
import './goldstein-tag.css';

/** A Goldstein weight written with its sign and its meaning, coloured as a second cue. */
export function GoldsteinTag({ value }: { readonly value: number | null }) {
  const { t, format } = useWords();
  const tone = goldsteinTone(value);
  if (value === null) return <span className="goldstein goldstein--neutral">{t('goldstein.none')}</span>;
  return (
    <span className={`goldstein goldstein--${tone}`}>
      <span className="goldstein__value">{format.signed(value)}</span> {t('goldstein.tone', { tone })}
    </span>
  );
}
