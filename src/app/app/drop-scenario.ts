/** A scenario file dropped anywhere on the app opens it; a broken one opens the picker with its problems. */
import { useCallback, type DragEvent } from 'react';
import { readScenarioFile, type PickedScenario, type ReadResult } from '../features/picker/index.ts';
import { useWords } from '../lib/words/index.ts';

export function useDropScenario(onPick: (picked: PickedScenario) => void, onBroken: (result: ReadResult) => void): (event: DragEvent) => void {
  const words = useWords();
  return useCallback(
    (event: DragEvent) => {
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      void readScenarioFile(file, words).then((result) => (result.ok ? onPick({ scenario: result.scenario, source: result.source, warnings: result.warnings }) : onBroken(result)));
    },
    [onPick, onBroken, words],
  );
}
