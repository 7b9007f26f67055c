import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import Testvolgorde from './hulp/testvolgorde';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    // A folder for the build of test content that several files share (tests/hulp/bouw-testinhoud.ts).
    globalSetup: ['tests/hulp/testbouw-opzet.ts'],
    testTimeout: 20_000,
    // Vitest's default is one worker less than the cores: one on a 2-core CI machine. The test builds
    // run in a child process while their worker waits, so a second worker keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Builds first, beside the quick files; files that reuse the shared build last (hulp/testvolgorde.ts).
    sequence: { sequencer: Testvolgorde },
  },
});
