/**
 * vitest globalSetup: a folder for this test run's shared build of test content (bouw-testinhoud.ts),
 * handed to the test files and removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default function opzet(project: TestProject): () => void {
  const map = mkdtempSync(join(tmpdir(), 'polis-testbouw-'));
  project.provide('testbouwMap', map);
  return () => rmSync(map, { recursive: true, force: true });
}
