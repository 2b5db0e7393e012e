import { formatSigned, goldsteinTone } from '../lib/format.ts';
import './goldstein-tag.css';

/** A Goldstein weight written with its sign and its meaning, coloured as a second cue. */
export function GoldsteinTag({ value }: { readonly value: number | null }) {
  const tone = goldsteinTone(value);
  if (value === null) return <span className="goldstein goldstein--neutral">no move</span>;
  return (
    <span className={`goldstein goldstein--${tone}`}>
      <span className="goldstein__value">{formatSigned(value)}</span> {tone}
    </span>
  );
}
