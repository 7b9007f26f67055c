// The engine, the domain functions and the schemas stay pure: no DOM, no Astro, no Preact, no file
// system. They run the same in the browser, in the build and in `npm run advies`.
import tseslint from 'typescript-eslint';

const verboden = ['astro', 'astro:*', 'astro/*', '@astrojs/*', 'preact', 'preact/*', '@preact/*', 'node:*', 'fs', 'path', 'i18next'];

export default tseslint.config({
  files: ['src/engine/**/*.ts', 'src/domain/**/*.ts', 'src/schemas/**/*.ts'],
  languageOptions: { parser: tseslint.parser },
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: verboden, message: 'De engine is puur: geen DOM, Astro, Preact, i18next of bestandssysteem.' }] },
    ],
    'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch'],
  },
});
