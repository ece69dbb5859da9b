import fc from 'fast-check';

// Most test files check pure logic or run a script and need no DOM: they run in Node
// (`// @vitest-environment node`), which starts in milliseconds where jsdom takes a second or
// more per file. The rest render into jsdom and get Testing Library's set-up.
if (typeof document !== 'undefined') await import('./setup-dom');

// Property tests explore new random inputs on every local run (a failure prints its seed to
// replay). CI replays one fixed seed, so a commit's result does not depend on luck; set
// FC_SEED to replay a local failure or to try another seed in CI.
const fixedSeed = process.env.FC_SEED ?? (process.env.CI ? '20261124' : undefined);
if (fixedSeed !== undefined) fc.configureGlobal({ seed: Number(fixedSeed) });
