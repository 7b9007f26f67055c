/**
 * Issue 15: every new national entry is published in every language, translated, with its official
 * check on the agency's own domain, and in the machine data (JSON-LD on the page, polis.json, hsds.json).
 * Plain HTTP requests: no browser needed for these.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { talen } from './talen';
import { controleDomeinen } from '../hulp/controle-domeinen';

const domeinen = controleDomeinen;

const controleVan = (slug: string) =>
  (parse(readFileSync(new URL(`../../content/nationaal/polis/${slug}.yaml`, import.meta.url), 'utf8')) as { controle?: { url: string } }).controle?.url;

const escape = (s: string) => s.replace(/&/g, '&amp;');

for (const { code } of talen)
  test(`landelijke regels in het ${code}: vertaald, met de officiële controle`, async ({ request }) => {
    for (const [slug, domein] of Object.entries(domeinen)) {
      const url = controleVan(slug);
      expect(url, `${slug}: controle.url`).toMatch(domein);
      const antwoord = await request.get(`/${code}/polis/${slug}/`);
      expect(antwoord.status(), `${code}/${slug}`).toBe(200);
      const html = await antwoord.text();
      expect(html, `${code}/${slug}: link naar de controle`).toContain(`href="${escape(url!)}"`);
      // A translated page, not the Dutch fallback.
      if (code !== 'nl') expect(html, `${code}/${slug}: vertaald`).not.toMatch(/data-vertaalmelding="(ontbreekt|deels)"/);
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
      expect(ld, `${code}/${slug}: JSON-LD`).not.toBeNull();
      expect(ld![1], `${code}/${slug}: JSON-LD noemt de pagina`).toContain(`/polis/${slug}/`);
    }
  });

test('open data en HSDS bevatten de landelijke regels', async ({ request }) => {
  const polis = JSON.stringify(await (await request.get('/open-data/polis.json')).json());
  const hsds = JSON.stringify(await (await request.get('/open-data/hsds.json')).json());
  for (const slug of Object.keys(domeinen)) {
    expect(polis, `polis.json: ${slug}`).toContain(`"${slug}"`);
    expect(hsds, `hsds.json: ${slug}`).toContain(slug);
  }
});

test('de polispagina laat landelijke hulp en hulp van de gemeente apart zien', async ({ request }) => {
  const html = await (await request.get('/nl/polis/')).text();
  const landelijk = (html.match(/polis-kaart__herkomst--landelijk/g) ?? []).length;
  const gemeente = (html.match(/polis-kaart__herkomst--gemeente/g) ?? []).length;
  expect(landelijk).toBeGreaterThanOrEqual(Object.keys(domeinen).length);
  expect(gemeente).toBeGreaterThan(20);
  // The local food bank's address sits under its own heading on the national entry.
  const voedselbank = await (await request.get('/nl/polis/voedselbank/')).text();
  expect(voedselbank).toContain('Bij u in de buurt, in gemeente Voorbeeld');
  expect(voedselbank).toContain('Havenkade 30');
});
