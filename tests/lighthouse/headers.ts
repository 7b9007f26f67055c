/**
 * Reads the site's `_headers` file (Cloudflare Pages / Netlify style) so the local server sends the
 * same headers a real host would: the measurement then includes the site's own security policy.
 */
interface HeaderRegel {
  patroon: RegExp;
  weg: string[];
  zet: [string, string][];
}

export type HeadersVoorPad = (pad: string) => Record<string, string>;

export function leesHeaders(tekst: string): HeadersVoorPad {
  const regels: HeaderRegel[] = [];
  for (const ruweRegel of tekst.split(/\r?\n/)) {
    const regel = ruweRegel.trim();
    if (regel === '' || regel.startsWith('#')) continue;
    if (!/^\s/.test(ruweRegel)) {
      regels.push({ patroon: patroonNaarRegExp(regel), weg: [], zet: [] });
      continue;
    }
    const huidige = regels.at(-1);
    if (!huidige) continue;
    if (regel.startsWith('!')) {
      huidige.weg.push(regel.slice(1).trim().toLowerCase());
      continue;
    }
    const dubbelepunt = regel.indexOf(':');
    if (dubbelepunt > 0) {
      huidige.zet.push([regel.slice(0, dubbelepunt).trim(), regel.slice(dubbelepunt + 1).trim()]);
    }
  }

  return (pad) => {
    const headers = new Map<string, [string, string]>();
    for (const { patroon, weg, zet } of regels) {
      if (!patroon.test(pad)) continue;
      for (const naam of weg) headers.delete(naam);
      for (const [naam, waarde] of zet) {
        const eerder = headers.get(naam.toLowerCase());
        // Cloudflare joins a header that two matching rules set with a comma.
        headers.set(naam.toLowerCase(), [naam, eerder ? `${eerder[1]}, ${waarde}` : waarde]);
      }
    }
    return Object.fromEntries(headers.values());
  };
}

/** `*` matches anything (also `/`), `:naam` one path segment, as on Cloudflare Pages. */
function patroonNaarRegExp(patroon: string): RegExp {
  const pad = patroon.replace(/^https?:\/\/[^/]+/, '');
  const bron = pad
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((deel) => {
      if (deel === '*') return '.*';
      if (/^:[A-Za-z]/.test(deel)) return '[^/]+';
      return deel.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${bron}$`);
}
