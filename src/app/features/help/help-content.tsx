import { LanguagePicker } from '../../components/index.ts';
import { SHORTCUTS } from '../../lib/keyboard.ts';
import { useWords, WithLazyWords } from '../../lib/words/index.ts';
import './help-content.css';

export function HelpContent() {
  return (
    <WithLazyWords>
      <Help />
    </WithLazyWords>
  );
}

function Help() {
  const { t } = useWords();
  return (
    <div className="help">
      <LanguagePicker className="language-picker language-picker--help" />
      <h3>{t('help.shortcuts')}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('help.keys')}</th>
            <th scope="col">{t('help.does')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{t(s.keys)}</kbd>
              </td>
              <td>{t(s.does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('help.tour')}</h3>
      <ol>
        <li>{t('help.tour.replay')}</li>
        <li>{t('help.tour.board')}</li>
        <li>{t('help.tour.whatIf')}</li>
        <li>{t('help.tour.timeline')}</li>
        <li>{t('help.tour.saved')}</li>
      </ol>
    </div>
  );
}
