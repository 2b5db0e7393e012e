// Loaded before the app's modules (index.html). The built app's Content-Security-Policy forbids
// eval; zod probes for it (a `new Function` in a try) when its first schema is built, and a strict
// CSP reports that probe as a violation. zod reads its settings from this global before it starts.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
