export { ScenarioPicker, type ScenarioPickerProps, type PickedScenario } from './scenario-picker.tsx';
export { ProblemsPanel } from './problems-panel.tsx';
export { readScenarioFile, checkScenarioText, problemPlace, MAX_SCENARIO_BYTES, type ReadResult } from './read-scenario-file.ts';
