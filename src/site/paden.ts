import type { VerwijsDoel } from '../domain/verwijzers';

/**
 * URLs of the site in one place; they are fixed because GP practices and posters link to them.
 */
export const pad = {
  home: (taal: string) => `/${taal}/`,
  polis: (taal: string) => `/${taal}/polis/`,
  regel: (taal: string, slug: string) => `/${taal}/polis/${slug}/`,
  /** The entry in `taal` next to Dutch, for the counter and the library. */
  regelNaastElkaar: (taal: string, slug: string) => `/${taal}/polis/${slug}/naast-elkaar/`,
  onderwerpen: (taal: string) => `/${taal}/onderwerp/`,
  onderwerp: (taal: string, id: string) => `/${taal}/onderwerp/${id}/`,
  wijkteams: (taal: string) => `/${taal}/wijkteams/`,
  wijkteam: (taal: string, id: string) => `/${taal}/wijkteams/${id}/`,
  plekken: (taal: string) => `/${taal}/plekken/`,
  plek: (taal: string, id: string) => `/${taal}/plekken/#${id}`,
  begrippen: (taal: string) => `/${taal}/begrippen/`,
  begrip: (taal: string, id: string) => `/${taal}/begrippen/#${id}`,
  over: (taal: string) => `/${taal}/over/`,
  vertalingen: (taal: string) => `/${taal}/over/vertalingen/`,
  toegankelijkheid: (taal: string) => `/${taal}/over/toegankelijkheid/`,
  zoeken: (taal: string) => `/${taal}/zoeken/`,
  wegwijzerStart: (taal: string) => `/${taal}/wegwijzer/`,
  /** A page of the wegwijzer without JavaScript; `stappen` is the path below /wegwijzer/. */
  wegwijzer: (taal: string, stappen: string) => `/${taal}/wegwijzer/${stappen}/`,
  /** For GP practices, hubs and libraries: deep links, link builder, posters, embed. */
  verwijzers: (taal: string) => `/${taal}/verwijzers/`,
  /** A4 poster for one topic, with a QR code to the topic's wegwijzer. */
  verwijzersPoster: (taal: string, onderwerp: string) => `/${taal}/verwijzers/poster/${onderwerp}/`,
  /** A6 card for one topic, with a QR code to the topic's wegwijzer. */
  verwijzersKaart: (taal: string, onderwerp: string) => `/${taal}/verwijzers/kaart/${onderwerp}/`,
  /** The QR code of a link-builder choice (`doel` from `doelId`), a static SVG made at build time. */
  verwijzersQr: (taal: string, doel: string) => `/${taal}/verwijzers/qr/${doel}.svg`,
  /** The compact page partners may show in a frame (the only page that may be framed). */
  ingang: (taal: string) => `/${taal}/ingang/`,
};

/** Where a link-builder choice leads in `taal`: a topic starts the wegwijzer there, an entry is its page. */
export function verwijsPad(doel: VerwijsDoel, taal: string): string {
  return doel.soort === 'onderwerp' ? pad.wegwijzer(taal, doel.id) : pad.regel(taal, doel.id);
}

/** An address on the published site: the municipality's `siteUrl` plus a path from `pad`. */
export function absoluut(siteUrl: string, pad: string): string {
  return new URL(pad, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

export { telLink } from '../domain/telefoon';

/** "Exit this page" goes to a neutral site that gives nothing away (GOV.UK uses a weather page). */
export const snelWegUrl = 'https://www.weeronline.nl/';

/** The same page in another language: slugs are the same in every language, only the prefix changes. */
export function inTaal(pad: string, taal: string): string {
  return pad.replace(/^\/[a-z]{2}(?=\/|$)/, `/${taal}`);
}
