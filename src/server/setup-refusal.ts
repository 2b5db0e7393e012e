/**
 * Why an exercise cannot be set up, as the error a hosting device receives: JOIN_ERROR.setup with
 * the SetupRefusal as JSON for its message, so the device words it (store.room.setup.<code>).
 */
import { ServerError } from '@colyseus/core';
import type { SetupProblem } from '../engine/classroom/index.ts';
import { JOIN_ERROR, type RefusalValues, type SetupRefusal, type SetupRefusalCode } from '../protocol/index.ts';

const SET_UP = 'The exercise cannot be set up';

export function setupError(code: SetupRefusalCode, values: RefusalValues, message: string, problems: SetupRefusal['problems'] = []): ServerError {
  const refusal: SetupRefusal = { code, values, problems, message };
  return new ServerError(JOIN_ERROR.setup, JSON.stringify(refusal));
}

/** The request is not in the expected form: "The exercise cannot be set up: settings.teams: …". */
export function invalidSetup(problem: string): ServerError {
  return setupError('invalid', { problem }, `${SET_UP}: ${problem}.`);
}

/** The classroom setup does not fit the scenario: every problem, as the setup form says it. */
export function settingsSetup(problems: readonly SetupProblem[]): ServerError {
  const message = `${SET_UP}: ${problems.map((p) => p.message).join(' ')}`;
  return setupError('settings', {}, message, problems.map(({ code, values }) => ({ code, values })));
}
