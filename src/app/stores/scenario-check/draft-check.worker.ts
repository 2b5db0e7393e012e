/// <reference lib="webworker" />
/**
 * The editor's checker, off the main thread: the loader on every change (its problems come back
 * first), then the ids and the explorer's report for the same text (`details`), and the format's
 * JSON Schema once (for key completion). Each call is a message; a newer text simply comes next.
 */
import { expose } from 'comlink';
import { scenarioJsonSchema } from '../../../scenario/json-schema.ts';
import { checkDraft, type DraftCheckApi } from './draft-check-api.ts';

expose({ ...checkDraft(), schema: () => scenarioJsonSchema() } satisfies DraftCheckApi);
