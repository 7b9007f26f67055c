/** The lint rule that keeps the engine pure catches what it should, and the engine passes it. */
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: 'tests/eslint.config.js' });

it('de engine, het domein en de schema’s houden zich aan de regel', async () => {
  const uitkomst = await eslint.lintFiles(['src/engine', 'src/domain', 'src/schemas']);
  expect(uitkomst.length).toBeGreaterThan(10);
  expect(uitkomst.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.message}`))).toEqual([]);
});

it('de regel weigert Astro, Preact, DOM en het bestandssysteem in de engine', async () => {
  for (const code of ["import { getCollection } from 'astro:content';", "import { h } from 'preact';", "import fs from 'node:fs';", 'document.title = "x";']) {
    const [r] = await eslint.lintText(code, { filePath: 'src/engine/voorbeeld.ts' });
    expect(r!.messages.length, code).toBeGreaterThan(0);
  }
});
