/**
 * Pure helpers for referrers (GP practices, neighbourhood hubs, libraries): the names of link-builder
 * choices, the address as people type it, and the HTML snippets partners paste into their own site.
 */

/** What a referrer links to: a topic starts the wegwijzer there, an entry is its polis page. */
export type VerwijsDoel = { soort: 'onderwerp'; id: string } | { soort: 'regel'; id: string };

/** A stable file-safe name per choice; topics and entries never clash because of the prefix. */
export function doelId(doel: VerwijsDoel): string {
  return `${doel.soort === 'onderwerp' ? 'wegwijzer' : 'polis'}-${doel.id}`;
}

/** The address as a person types it from paper: without `https://`, the path unchanged. */
export function kortAdres(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** Text for an HTML attribute or element: `&`, `<`, `>`, `"` and `'` escaped. */
export function html(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (t) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[t]!);
}

/**
 * A link that looks like a button on any site: inline styles only (no stylesheet, no script). It sets
 * both colours itself, so the partner's page colours do not matter; at least 44 px high.
 */
export function knopSnippet(o: { url: string; tekst: string; taal: string; richting: 'ltr' | 'rtl'; kleur: string }): string {
  const stijl = [
    'display:inline-block', 'box-sizing:border-box', 'min-height:44px', 'padding:12px 20px', `background:${o.kleur}`,
    'color:#ffffff', 'font:bold 18px/1.2 system-ui,sans-serif', 'text-decoration:underline', 'border-radius:4px',
  ].join(';');
  return `<a href="${html(o.url)}" lang="${html(o.taal)}" dir="${o.richting}" style="${stijl}">${html(o.tekst)}</a>`;
}

/** The compact page in a frame: a title for screen readers, lazy loading, full width up to 40 rem. */
export function iframeSnippet(o: { url: string; titel: string }): string {
  return `<iframe src="${html(o.url)}" title="${html(o.titel)}" loading="lazy" style="width:100%;max-width:40rem;height:40rem;border:1px solid #767676"></iframe>`;
}
