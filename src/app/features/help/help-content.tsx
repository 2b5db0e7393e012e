import { SHORTCUTS } from '../../lib/keyboard.ts';
import './help-content.css';

export function HelpContent() {
  return (
    <div className="help">
      <h3>Keyboard shortcuts</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>A one-minute tour</h3>
      <ol>
        <li>The replay bar steps through history by date, with the sources for each event.</li>
        <li>The posture board shows where each side stands; the statechart shows the same as the machine sees it.</li>
        <li>Play any open move to ask “what if”: it starts a branch and history stays.</li>
        <li>The timeline lists every branch: click a point to go there; rename, compare or delete a branch.</li>
        <li>Everything is saved in this browser as you go; share a link to hand the whole session to someone else.</li>
      </ol>
    </div>
  );
}
