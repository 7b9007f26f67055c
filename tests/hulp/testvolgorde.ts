/**
 * vitest's file order, for the test builds (bouw-testinhoud.ts): the files that build start first,
 * so a build runs in one worker while the other worker runs the quick files; the files that only
 * reuse the shared build come last, when it is there, instead of holding a worker while they wait.
 * Everything else keeps vitest's own order (slowest first).
 */
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export default class Testvolgorde extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const volgorde = await super.sort(files);
    const bron = (f: TestSpecification) => readFileSync(f.moduleId, 'utf8');
    const bouwers = volgorde.filter((f) => /\bbouwMetInhoud\(/.test(bron(f)));
    const delers = volgorde.filter((f) => /\bgedeeldeTestbouw\(/.test(bron(f)));
    // One of the files that share the build makes it; it starts with the other builders.
    const eerst = [...bouwers, ...delers.slice(0, 1)];
    const laatst = delers.slice(1);
    return [...eerst, ...volgorde.filter((f) => !eerst.includes(f) && !laatst.includes(f)), ...laatst];
  }
}
