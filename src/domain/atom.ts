/**
 * An Atom 1.0 feed (RFC 4287) as a string, from plain data. Pure: the page layer gathers the data.
 */
import { xmlTekst } from './xml';

export interface AtomItem {
  /** A permanent, universally unique IRI (a `tag:` URI). */
  id: string;
  title: string;
  /** `YYYY-MM-DD`; written as midnight UTC. */
  datum: string;
  /** Absolute address of the page the item is about. */
  link: string;
  /** Plain text. */
  tekst: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** Language of the feed's text (`xml:lang`). */
  taal: string;
  /** `YYYY-MM-DD` of the newest item (or the build date when there are none). */
  datum: string;
  auteur: { naam: string; uri?: string };
  /** Absolute address of the feed itself. */
  self: string;
  /** Absolute address of the HTML page with the same changes. */
  alternate: string;
  items: AtomItem[];
}

/** A calendar date as an RFC 3339 date-time (midnight UTC). */
export function rfc3339(datum: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) throw new Error(`Geen datum als JJJJ-MM-DD: ${datum}`);
  return `${datum}T00:00:00Z`;
}

/** The feed as a string; every value is escaped. */
export function atomXml(feed: AtomFeed): string {
  const e = xmlTekst;
  const regels = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.taal)}">`,
    `  <id>${e(feed.id)}</id>`,
    `  <title type="text">${e(feed.title)}</title>`,
    `  <updated>${rfc3339(feed.datum)}</updated>`,
    `  <author><name>${e(feed.auteur.naam)}</name>${feed.auteur.uri ? `<uri>${e(feed.auteur.uri)}</uri>` : ''}</author>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${e(feed.taal)}" href="${e(feed.alternate)}"/>`,
    ...feed.items.flatMap((item) => [
      '  <entry>',
      `    <id>${e(item.id)}</id>`,
      `    <title type="text">${e(item.title)}</title>`,
      `    <updated>${rfc3339(item.datum)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${e(item.link)}"/>`,
      `    <content type="text">${e(item.tekst)}</content>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${regels.join('\n')}\n`;
}
