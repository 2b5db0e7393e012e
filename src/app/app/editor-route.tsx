/**
 * The scenario editor as the app mounts it: the editor feature with the posture board (and its
 * statechart) as the live preview, each valid draft in a session of its own that nothing saves.
 * "Play this" goes back to the simulator with the draft, which opens it as "Load your own" opens a file.
 */
import type { Scenario } from '../../scenario/index.ts';
import { EditorScreen } from '../features/editor/index.ts';
import { PostureBoard } from '../features/posture-board/index.ts';
import { LanguagePicker } from '../components/index.ts';
import type { PickedScenario } from '../features/picker/index.ts';
import { freshInit, SessionProvider } from '../stores/session/index.ts';
import { editSearch, type EditorAddress } from './editor-address.ts';
import { goTo } from './network-address.ts';

export interface EditorRouteProps {
  readonly address: EditorAddress;
  /** Back to the simulator, with the draft to open there ("Play this") or null. */
  readonly onLeave: (play: PickedScenario | null) => void;
}

function preview(scenario: Scenario, text: string) {
  // A new session per valid text: the board shows the draft's initial postures, and nothing of it is saved.
  return (
    <SessionProvider key={scenario.hash} init={freshInit(scenario, text)}>
      <PostureBoard />
    </SessionProvider>
  );
}

export function EditorRoute({ address, onLeave }: EditorRouteProps) {
  return <EditorScreen draftId={address.draft} onOpenDraft={(id) => goTo(editSearch(id))} onPlay={(scenario, source) => onLeave({ scenario, source })} onBack={() => onLeave(null)} preview={preview} headerExtra={<LanguagePicker />} />;
}
