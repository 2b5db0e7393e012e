/** A classroom setup problem in words, from its code (src/engine/classroom/setup.ts). */
import type { SetupProblem } from '../../../engine/classroom/index.ts';
import type { Words } from './words.ts';

export function setupProblemText(words: Words, problem: Pick<SetupProblem, 'code' | 'values'>): string {
  return words.t(`classroom.problem.${problem.code}`, problem.values);
}
