/** `npm run fuzz:sessions`: the restore fuzz test with more runs (FUZZ_RUNS, default 3000) and a seed of your choice (FUZZ_SEED). */
import { restoreProperties } from '../tests/unit/engine/session/restore-fuzz.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 3_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
console.log(`Fuzzing the restore path: ${runs} mutated files and links each, seed ${seed}`);
const t0 = performance.now();
restoreProperties(runs, seed);
console.log(`No throw, no hang (${((performance.now() - t0) / 1000).toFixed(1)} s).`);
