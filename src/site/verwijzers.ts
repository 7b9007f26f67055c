/**
 * What the pages for referrers share: every link-builder choice (topics first, then entries) with
 * its deep link on the published site, and the topic data of posters and cards.
 */
import { absoluut, verwijsPad } from './paden';
import { getSite, taalPaden } from './site';
import { doelId, type VerwijsDoel } from '../domain/verwijzers';
import type { Taal } from '../i18n/vertaal';

/** Every choice of the link builder, the same in every language. */
export async function verwijsDoelen(): Promise<VerwijsDoel[]> {
  const site = await getSite('nl');
  return [
    ...site.onderwerpen.map((o) => ({ soort: 'onderwerp' as const, id: o.id })),
    ...site.polis.map((p) => ({ soort: 'regel' as const, id: p.slug })),
  ];
}

/** The absolute deep link of a choice, with the municipality's `siteUrl`. */
export async function deepLink(doel: VerwijsDoel, taal: Taal): Promise<string> {
  const { gemeente } = await getSite(taal);
  return absoluut(gemeente.siteUrl, verwijsPad(doel, taal));
}

/** One page per topic in every language (posters and cards). */
export async function onderwerpPaden(): Promise<{ params: { taal: Taal; onderwerp: string } }[]> {
  const site = await getSite('nl');
  return (await taalPaden()).flatMap(({ params }) => site.onderwerpen.map((o) => ({ params: { ...params, onderwerp: o.id } })));
}

/** One QR file per choice in every language. */
export async function qrPaden(): Promise<{ params: { taal: Taal; doel: string }; props: { doel: VerwijsDoel } }[]> {
  const doelen = await verwijsDoelen();
  return (await taalPaden()).flatMap(({ params }) => doelen.map((doel) => ({ params: { ...params, doel: doelId(doel) }, props: { doel } })));
}
