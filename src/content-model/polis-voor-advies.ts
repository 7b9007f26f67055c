/**
 * The engine's input built from loaded content (used by the CLI and the build).
 */
import type { PolisVoorAdvies } from '../engine/polis-voor-advies';
import { inPolisVolgorde } from '../domain/polis-volgorde';
import type { Inhoud } from './laad-inhoud';
import { verplichteSlugs } from './verplichte-slugs';
import { isLandelijkeRegel } from './laad-inhoud';

export function polisVoorAdvies(inhoud: Inhoud): PolisVoorAdvies {
  const regels = inPolisVolgorde(
    inhoud.polis.map((p) => ({
      slug: p.slug,
      soort: p.data.soort,
      titel: p.data.titel,
      grondslagen: p.data.grondslagen,
      wegwijzer: p.data.wegwijzer,
      landelijk: isLandelijkeRegel(p),
      ...(p.data.controle ? { controle: p.data.controle } : {}),
    })),
    verplichteSlugs.spoed,
  );
  return {
    gemeente: { slug: inhoud.gemeente.data.slug, plaats: inhoud.gemeente.data.plaats },
    regels,
    bedragen: inhoud.bedragen.map((b) => b.data),
    onderwerpen: inhoud.onderwerpen.map((o) => ({ id: o.data.id, titel: o.data.titel })),
    wijkteams: inhoud.wijkteams.map((w) => ({ id: w.data.id, naam: w.data.naam, telefoon: w.data.telefoon, postcodegebieden: w.data.postcodegebieden })),
    instellingen: inhoud.wegwijzer.data,
  };
}
