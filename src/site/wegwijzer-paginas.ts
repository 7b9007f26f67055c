/**
 * The pages of the wegwijzer without JavaScript: one per question on every path of every topic, and
 * an advice page at the end of each path. The URL names each answer by its question, so a link
 * still reads as the answers it stands for.
 */
import { maakAdvies } from '../engine/advies';
import type { PolisVoorAdvies } from '../engine/polis-voor-advies';
import { volgendeKnoop, type Knoop } from '../engine/vragenlijst';
import { redenVertaler } from '../i18n/vertaal';
import type { Advies } from '../schemas/advies';
import type { OnderwerpId } from '../schemas/onderwerp';
import type { Situatie } from '../schemas/situatie';
import { inPolisVolgorde } from '../domain/polis-volgorde';
import { verplichteSlugs } from '../content-model/verplichte-slugs';
import type { Site } from './site';

export interface Antwoordstap {
  /** Question page the answer was given on (for "wijzig"). */
  pad: string;
  vraag: string;
  antwoord: string;
}

export interface WegwijzerPagina {
  onderwerp: OnderwerpId;
  /** Path below `/<taal>/wegwijzer/`, without slashes at the ends. */
  pad: string;
  /** Path of the page before, or `undefined` for the first question. */
  terug?: string;
  /** The answers so far, as plain sentences. */
  antwoorden: Antwoordstap[];
  situatie: Situatie;
  knoop?: Knoop;
  advies?: Advies;
}

export function polisVoorAdviesUitSite(site: Site): PolisVoorAdvies {
  return {
    gemeente: { slug: site.gemeente.slug, plaats: site.gemeente.plaats },
    regels: inPolisVolgorde(
      site.polis.map((p) => ({
        slug: p.slug,
        soort: p.soort,
        titel: p.titel,
        grondslagen: p.grondslagen,
        wegwijzer: p.wegwijzer,
        landelijk: p.landelijk,
        ...(p.controle ? { controle: p.controle } : {}),
      })),
      verplichteSlugs.spoed,
    ),
    bedragen: [...site.bedragen.values()],
    onderwerpen: site.onderwerpen.map((o) => ({ id: o.id, titel: o.titel })),
    wijkteams: site.wijkteams.map((w) => ({ id: w.id, naam: w.naam, telefoon: w.telefoon, postcodegebieden: w.postcodegebieden })),
    instellingen: site.wegwijzer,
  };
}

export function wegwijzerPaginas(site: Site): WegwijzerPagina[] {
  const polis = polisVoorAdviesUitSite(site);
  const t = redenVertaler(site.taal);
  const uit: WegwijzerPagina[] = [];
  const loop = (
    onderwerp: OnderwerpId,
    pad: string,
    terug: string | undefined,
    situatie: Situatie,
    gedaan: ReadonlySet<string>,
    antwoorden: Antwoordstap[],
  ) => {
    const knoop = volgendeKnoop(site.vragen, polis, site.datum, { situatie, gedaan });
    if (!knoop) {
      uit.push({ onderwerp, pad, terug, antwoorden, situatie, advies: maakAdvies(situatie, polis, site.datum, t) });
      return;
    }
    uit.push({ onderwerp, pad, terug, antwoorden, situatie, knoop });
    for (const a of knoop.antwoorden)
      loop(
        onderwerp,
        `${pad}/${knoop.id}-${a.id}`,
        pad,
        a.situatie,
        a.klaar ? new Set([...gedaan, knoop.vraag.id]) : gedaan,
        [...antwoorden, { pad, vraag: knoop.tekst, antwoord: a.label }],
      );
  };
  for (const o of site.onderwerpen) loop(o.id, o.id, undefined, { onderwerpen: [o.id] }, new Set(), []);
  return uit;
}
