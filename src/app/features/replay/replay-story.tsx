import type { NodeId, Timeline } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { originalScenario } from '../../../scenario/translated.ts';
import { sourceLinks } from '../../../scenario/source-links.ts';
import { ForeignText, ScenarioText } from '../../components/index.ts';
import { stepWhenText, useWords } from '../../lib/words/index.ts';
import type { Narration } from './narration.ts';

export interface ReplayStoryProps {
  readonly scenario: Scenario;
  readonly timeline: Timeline;
  readonly id: NodeId;
  readonly narration: Narration;
  /** The node is off the historical track: tagged "free play". */
  readonly freePlay: boolean;
}

/** One step's story: its date and time, what was done, the flag of an unverified or contested step or a modelling note, the narration and its sources. */
export function ReplayStory({ scenario, timeline, id, narration, freePlay }: ReplayStoryProps) {
  const words = useWords();
  const { t, format } = words;
  // Sources are cited as published, in the language the scenario was written in.
  const sourceLanguage = originalScenario(scenario).meta.language;
  return (
    <div className="replay__story-content">
      <p className="replay__heading">
        <strong>{narration.when ? stepWhenText(words, narration.when) : format.date(timeline.node(id).date)}</strong>
        {narration.lasting && <span className="muted">{` · ${narration.lasting}`}</span>}
        {narration.time && (
          <span className="muted">
            {' · '}
            <ScenarioText scenario={scenario} text={narration.time} />
          </span>
        )}
        <span>
          {' — '}
          <ScenarioText scenario={scenario} text={narration.heading} />
        </span>
        {freePlay && <span className="tag tag--free">{t('replay.freePlay')}</span>}
      </p>
      {narration.flag && (
        <p className={`flag flag--${narration.flag.kind}`}>
          <strong>{t('replay.flag', { kind: narration.flag.kind })}</strong> <ScenarioText scenario={scenario} text={narration.flag.note} />
        </p>
      )}
      <p className="replay__narration">
        <ScenarioText scenario={scenario} text={narration.text} />
      </p>
      {narration.sources.length > 0 && (
        <p className="replay__sources">
          <span className="muted">{t('replay.sources')}</span>
          {narration.sources.flatMap((src) => sourceLinks(src).map((link, k) => ({ src, link, key: `${src.id}#${k}` }))).map(({ src, link, key }, i) => (
            <span key={key}>
              {i > 0 && ' · '}
              {/^https?:\/\//i.test(link.url) ? (
                <a href={link.url} target="_blank" rel="noopener noreferrer">
                  <ForeignText text={link.title} lang={sourceLanguage} />
                </a>
              ) : (
                <ForeignText text={link.title} lang={sourceLanguage} />
              )}{' '}
              <span className="muted">
                ({src.date ? words.rich('replay.sourceDated', { publisher: <ForeignText text={link.publisher} lang={sourceLanguage} />, date: format.date(src.date) }) : <ForeignText text={link.publisher} lang={sourceLanguage} />})
              </span>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
