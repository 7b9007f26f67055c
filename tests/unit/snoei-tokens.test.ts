import { expect, it } from 'vitest';
import { snoeiTokens } from '../../src/bouw/snoei-tokens';

it('houdt tokens die (via andere tokens) gebruikt worden en laat de rest weg', () => {
  const css =
    '.thema{--a:red;--b:var(--a);--c:blue;--d:var(--c);--ongebruikt:1px}' +
    '.knop{color:var(--b);--_prive:var(--e,green)}.tekst{margin:0}:root{--e:var(--f);--f:2px;--g:3px}';
  const uit = snoeiTokens(css);
  expect(uit).toContain('--a:red');
  expect(uit).toContain('--b:var(--a)');
  expect(uit).not.toContain('--c:');
  expect(uit).not.toContain('--d:');
  expect(uit).not.toContain('--ongebruikt');
  expect(uit).not.toContain('--_prive');
  expect(uit).not.toContain('--e:');
  expect(uit).toContain('.tekst{margin:0}');
});

it('houdt een token dat een gewone eigenschap via een ander token gebruikt', () => {
  const uit = snoeiTokens('a{--_x:var(--y);color:var(--_x)}b{--y:1px;--z:2px}');
  expect(uit).toBe('a{--_x:var(--y);color:var(--_x)}b{--y:1px}');
});

it('laat waarden met puntkomma’s in strings en url() heel', () => {
  const css = `a{--icoon:url("data:image/svg+xml;utf8,<svg d='a;b'/>");--weg:1;background:var(--icoon)}b{content:";"}`;
  expect(snoeiTokens(css)).toBe(`a{--icoon:url("data:image/svg+xml;utf8,<svg d='a;b'/>");background:var(--icoon)}b{content:";"}`);
});
