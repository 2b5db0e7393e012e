/**
 * The zod schemas of a step date and a zone name (time.ts holds the rules): apart from time.ts so
 * the app's time words and the engine's dates do not pull zod into the first page.
 */
import { z } from 'zod';
import { stepDateProblem, zoneProblem } from './time.ts';

/** A step date: one message per place, whichever part is wrong. */
export const StepDate = z
  .string()
  .superRefine((value, ctx) => {
    const problem = stepDateProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('A date (YYYY-MM-DD), a local date and time (YYYY-MM-DDTHH:MM, read in the step\'s zone) or an instant with its offset (YYYY-MM-DDTHH:MM+09:00).');

export const ZoneName = z
  .string()
  .max(64, 'a time zone name is at most 64 characters — write an IANA name such as Asia/Seoul')
  .superRefine((value, ctx) => {
    const problem = zoneProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('An IANA time zone name, e.g. "Asia/Seoul" or "America/New_York".');
