/**
 * The open data: polis.json and hsds.json validate against the JSON Schemas published beside them,
 * every entry is there in every language, HSDS ids point at records that exist, every entry page has
 * one GovernmentService JSON-LD block, the Atom feeds are valid RFC 4287 with one entry per change
 * note, and the "Wat is er veranderd" page lists the same changes.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { axeOpBreedtes } from '../hulp/axe';
import { sitemapPaden } from './sitemap';
import { talen } from './talen';

const paden = sitemapPaden();
const regelPad = /^\/([a-z]{2,3})\/polis\/([a-z0-9-]+)\/$/;
const slugs = [...new Set(paden.map((p) => regelPad.exec(p)).filter((m) => m?.[1] === 'nl').map((m) => m![2]!))].sort();
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

interface Teksten { taal: string; url: string; titel: string; wijzigingen: { datum: string; tekst: string }[] }
interface Regel { slug: string; grondslagen: { wet: string; artikel: string; url: string }[]; teksten: Teksten[] }
interface Polis { regelingen: Regel[]; talen: string[] }

async function json<T>(request: APIRequestContext, pad: string): Promise<T> {
  const antwoord = await request.get(pad);
  expect(antwoord.status(), pad).toBe(200);
  return (await antwoord.json()) as T;
}

/** Validates data against a published schema; returns the errors as readable lines. */
function fouten(schema: object, data: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const valideer = ajv.compile(schema);
  return valideer(data) ? [] : (valideer.errors ?? []).map((f) => `${f.instancePath} ${f.message}`);
}

const lijst = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

test('polis.json past bij polis.schema.json en heeft elke regeling in elke taal', async ({ request }) => {
  const schema = await json<object>(request, '/open-data/polis.schema.json');
  const polis = await json<Polis>(request, '/open-data/polis.json');
  expect(fouten(schema, polis)).toEqual([]);
  // The schema really constrains: a broken copy must fail.
  expect(fouten(schema, { ...polis, regelingen: [{ ...polis.regelingen[0], soort: 'verzonnen' }] }).length).toBeGreaterThan(0);
  expect(slugs.length).toBeGreaterThan(30);
  expect(polis.regelingen.map((r) => r.slug)).toEqual(slugs);
  expect(polis.talen).toEqual(talen.map((t) => t.code));
  for (const r of polis.regelingen) {
    expect(r.teksten.map((t) => t.taal), r.slug).toEqual(talen.map((t) => t.code));
    for (const t of r.teksten) expect(new URL(t.url).pathname, r.slug).toBe(`/${t.taal}/polis/${r.slug}/`);
  }
});

test('hsds.json past bij hsds.schema.json en zijn verwijzingen kloppen', async ({ request }) => {
  const schema = await json<object>(request, '/open-data/hsds.schema.json');
  type Id = { id: string };
  const hsds = await json<{
    organizations: Id[];
    services: (Id & { organization_id: string })[];
    locations: (Id & { organization_id: string })[];
    service_at_locations: (Id & { service_id: string; location_id: string })[];
    schedules: (Id & { location_id: string })[];
  }>(request, '/open-data/hsds.json');
  expect(fouten(schema, hsds)).toEqual([]);
  expect(fouten(schema, { ...hsds, schedules: [{ ...hsds.schedules[0], byday: 'maandag' }] }).length).toBeGreaterThan(0);
  const ids = (l: Id[]) => l.map((x) => x.id);
  for (const [naam, l] of Object.entries(hsds)) {
    expect(new Set(ids(l)).size, `${naam}: unieke ids`).toBe(l.length);
    expect(ids(l), `${naam}: gesorteerd`).toEqual([...ids(l)].sort());
  }
  const org = new Set(ids(hsds.organizations));
  const loc = new Set(ids(hsds.locations));
  const dienst = new Set(ids(hsds.services));
  for (const s of hsds.services) expect(org.has(s.organization_id), `service ${s.id}`).toBe(true);
  for (const l of hsds.locations) expect(org.has(l.organization_id), `location ${l.id}`).toBe(true);
  for (const s of hsds.schedules) expect(loc.has(s.location_id), `schedule ${s.id}`).toBe(true);
  for (const s of hsds.service_at_locations) {
    expect(dienst.has(s.service_id), `service_at_location ${s.id}`).toBe(true);
    expect(loc.has(s.location_id), `service_at_location ${s.id}`).toBe(true);
  }
  expect([...dienst].sort()).toEqual(slugs);
  const wijkteams = paden.map((p) => /^\/nl\/wijkteams\/([a-z0-9-]+)\/$/.exec(p)?.[1]).filter((x): x is string => !!x);
  expect(wijkteams.length).toBeGreaterThan(0);
  for (const w of wijkteams) expect(loc.has(w), `wijkteam ${w}`).toBe(true);
  expect(hsds.schedules.length).toBeGreaterThan(0);
});

test('elke regelpagina in elke taal heeft één GovernmentService in JSON-LD', async ({ request }) => {
  test.setTimeout(120_000);
  const polis = await json<Polis>(request, '/open-data/polis.json');
  const grondslagen = new Map(polis.regelingen.map((r) => [r.slug, r.grondslagen]));
  const regelpaden = paden.filter((p) => regelPad.test(p));
  expect(regelpaden.length).toBe(slugs.length * talen.length);
  for (const pad of regelpaden) {
    const [, taal, slug] = regelPad.exec(pad)!;
    const html = await (await request.get(pad)).text();
    const blokken = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blokken.length, pad).toBe(1);
    const ld = JSON.parse(blokken[0]!) as Record<string, unknown> & { subjectOf: Record<string, string>[] };
    expect(ld['@context'], pad).toBe('https://schema.org');
    expect(ld['@type'], pad).toBe('GovernmentService');
    for (const veld of ['name', 'description', 'serviceType']) expect(typeof ld[veld] === 'string' && (ld[veld] as string).length > 0, `${pad} ${veld}`).toBe(true);
    for (const veld of ['provider', 'areaServed']) expect((ld[veld] as { name?: string })?.name, `${pad} ${veld}`).toBeTruthy();
    expect((ld.audience as { '@type': string; audienceType: string }).audienceType, pad).toBeTruthy();
    expect(ld.inLanguage, pad).toBe(taal);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(ld.url, pad).toBe(canonical);
    expect(new URL(ld.url as string).pathname, pad).toBe(pad);
    // The legal basis: one Legislation per article the entry rests on.
    const wetten = grondslagen.get(slug!)!;
    expect(ld.subjectOf.map((l) => [l['@type'], l.name, l.legislationIdentifier, l.url]), pad).toEqual(
      wetten.map((g) => ['Legislation', g.wet, g.artikel, g.url]),
    );
  }
});

test('de Atom-feed is geldig en heeft één item per wijziging, in elke taal', async ({ request }) => {
  const polis = await json<Polis>(request, '/open-data/polis.json');
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#', parseTagValue: false });
  const tekst = (x: unknown) => (typeof x === 'object' && x !== null ? (x as { '#': string })['#'] : String(x));
  let totaal = 0;
  for (const { code } of talen) {
    const pad = `/${code}/wijzigingen/feed.xml`;
    const xml = await (await request.get(pad)).text();
    expect(XMLValidator.validate(xml), pad).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed['@xmlns'], pad).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id, pad).toBeTruthy();
    expect(tekst(feed.title), pad).toBeTruthy();
    expect(feed.updated, pad).toMatch(RFC3339);
    expect(feed.author?.name, pad).toBeTruthy();
    const links = lijst<Record<string, string>>(feed.link);
    const href = (rel: string) => new URL(links.find((l) => l['@rel'] === rel)?.['@href'] ?? 'about:blank').pathname;
    expect(href('self'), pad).toBe(pad);
    expect(href('alternate'), pad).toBe(`/${code}/wijzigingen/`);
    const items = lijst<Record<string, unknown>>(feed.entry);
    const verwacht = polis.regelingen.flatMap((r) => {
      const t = r.teksten.find((x) => x.taal === code)!;
      return t.wijzigingen.map((w) => ({ pad: new URL(t.url).pathname, titel: t.titel, datum: w.datum, tekst: w.tekst }));
    });
    expect(items.length, pad).toBe(verwacht.length);
    expect(new Set(items.map((e) => e.id)).size, `${pad}: unieke ids`).toBe(items.length);
    const gekregen = items.map((e) => {
      expect(String(e.id), pad).toMatch(/^(tag|urn):/);
      expect(e.updated, pad).toMatch(RFC3339);
      const link = lijst<Record<string, string>>(e.link as never).find((l) => (l['@rel'] ?? 'alternate') === 'alternate');
      expect(link?.['@href'], pad).toBeTruthy();
      expect((e.content as Record<string, string>)['@type'], pad).toBe('text');
      return { pad: new URL(link!['@href']!).pathname, titel: tekst(e.title), datum: String(e.updated).slice(0, 10), tekst: tekst(e.content) };
    });
    const volgorde = (a: { datum: string; pad: string }, b: { datum: string; pad: string }) => a.datum.localeCompare(b.datum) || a.pad.localeCompare(b.pad);
    expect([...gekregen].sort(volgorde), pad).toEqual([...verwacht].sort(volgorde));
    // Newest first.
    expect(gekregen.map((g) => g.datum), pad).toEqual(gekregen.map((g) => g.datum).sort().reverse());
    expect(feed.updated, pad).toBe(`${gekregen[0]!.datum}T00:00:00Z`);
    totaal += items.length;
  }
  expect(totaal).toBeGreaterThan(0);
});

test('"Wat is er veranderd" toont dezelfde wijzigingen als de feed, met een link naar de feed', async ({ page, request }) => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#', parseTagValue: false });
  for (const { code } of talen) {
    const feed = parser.parse(await (await request.get(`/${code}/wijzigingen/feed.xml`)).text()).feed;
    type Item = { link: Record<string, string>; updated: string; content: Record<string, string> };
    const uitFeed = lijst<Item>(feed.entry).map((e) => ({
      pad: new URL(e.link['@href']!).pathname,
      datum: e.updated.slice(0, 10),
      tekst: e.content['#'],
    }));
    await page.goto(`/${code}/wijzigingen/`);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `/${code}/wijzigingen/feed.xml`);
    await expect(page.locator(`main a[href="/${code}/wijzigingen/feed.xml"]`)).toBeVisible();
    const opPagina = await page.locator('main li[data-slug]').evaluateAll((lis) =>
      lis.map((li) => ({
        pad: li.querySelector('a')!.getAttribute('href')!,
        datum: li.closest('section')!.querySelector('h2 time')!.getAttribute('datetime')!,
        tekst: li.querySelector('.wijzigingen-tekst')!.textContent!,
      })),
    );
    expect(opPagina, code).toEqual(uitFeed);
  }
});

test('de nieuwe Nederlandse pagina’s halen axe op 360 en 1280 px', async ({ page }) => {
  const fout: string[] = [];
  for (const pad of ['/nl/wijzigingen/', '/nl/open-data/']) fout.push(...(await axeOpBreedtes(page, pad)));
  expect(fout).toEqual([]);
});

test('de open-datapagina linkt naar elk bestand en elk schema, en die bestaan', async ({ page, request }) => {
  for (const { code } of talen) {
    await page.goto(`/${code}/open-data/`);
    const hrefs = await page.locator('main dd a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const bestand of ['/open-data/polis.json', '/open-data/polis.schema.json', '/open-data/hsds.json', '/open-data/hsds.schema.json', `/${code}/wijzigingen/feed.xml`])
      expect(hrefs, code).toContain(bestand);
    for (const href of hrefs.filter((h) => h.startsWith('/'))) expect((await request.get(href)).status(), href).toBe(200);
  }
});
