/** Calendar arithmetic for the engine: the scenario layer's (src/scenario/dates.ts), which the lapse rule uses too. */
export { addDays, daysBetween } from '../scenario/dates.ts';
