/** `/<taal>/wijzigingen/feed.xml`: an Atom feed of the polis's change notes, newest first. */
import type { APIRoute } from 'astro';
import { atomXml } from '../../../domain/atom';
import { vertaler, type Taal } from '../../../i18n/vertaal';
import { absoluut, openDataPad, wijzigingsId, wijzigingsregels } from '../../../site/open-data';
import { getSite, taalPaden } from '../../../site/site';

export const prerender = true;
export const getStaticPaths = taalPaden;

export const GET: APIRoute = async ({ params }) => {
  const taal = params.taal as Taal;
  const site = await getSite(taal);
  const t = vertaler(taal);
  const regels = wijzigingsregels(site);
  const zelf = absoluut(site, openDataPad.feed(taal));
  const xml = atomXml({
    id: zelf,
    title: t('wijzigingen.feedTitel', { gemeente: site.gemeente.naam }),
    taal,
    datum: regels[0]?.datum ?? site.datum,
    auteur: { naam: site.gemeente.naam, uri: site.gemeente.contact.website },
    self: zelf,
    alternate: absoluut(site, openDataPad.wijzigingen(taal)),
    items: regels.map((w) => ({ id: wijzigingsId(site, w), title: w.titel, datum: w.datum, link: absoluut(site, w.pad), tekst: w.tekst })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
