/**
 * Figures for the translation status page: per language, how much of each part of the site is
 * translated and how much a person has reviewed. Dutch is the source and is not counted.
 */
import { sleutels } from '../schemas/ui-sleutels';
import type { VertaalInfo } from '../schemas/vertaalde-inhoud';
import type { Site } from './site';

export interface Telling {
  totaal: number;
  vertaald: number;
  nagekeken: number;
}

export interface Vertaalstand {
  ui: Telling;
  polis: Telling;
  wegwijzer: Telling;
  overig: Telling;
}

/** UI keys that belong to the question flow and its advice. */
const wegwijzerSleutel = (s: string) => /^(wegwijzer|js|advies|blad)\./.test(s);

function tel(infos: readonly VertaalInfo[]): Telling {
  return {
    totaal: infos.length,
    vertaald: infos.filter((i) => i.status === 'vertaald').length,
    nagekeken: infos.filter((i) => i.status === 'vertaald' && i.nagekeken).length,
  };
}

function som(...tellingen: Telling[]): Telling {
  return tellingen.reduce((a, b) => ({ totaal: a.totaal + b.totaal, vertaald: a.vertaald + b.vertaald, nagekeken: a.nagekeken + b.nagekeken }));
}

export function vertaalstand(site: Site): Vertaalstand {
  const v = site.vertaling;
  // Every key is present in every locale file (the build checks it), so UI strings are all translated.
  const uiTelling = (filter: (s: string) => boolean): Telling => {
    const totaal = Object.keys(sleutels).filter(filter).length;
    return { totaal, vertaald: totaal, nagekeken: site.taalInfo.ui.nagekeken ? totaal : 0 };
  };
  return {
    ui: uiTelling((s) => !wegwijzerSleutel(s)),
    polis: tel([...v.polis.values()]),
    wegwijzer: som(tel([...v.perVraag.values()]), uiTelling(wegwijzerSleutel)),
    overig: tel([
      ...v.begrippen.values(),
      ...v.onderwerpen.values(),
      ...v.organisaties.values(),
      ...v.plekken.values(),
      ...v.wijkteams.values(),
      ...v.bezwaarroutes.values(),
      ...v.procedures.values(),
      ...v.meenemen.values(),
      v.gemeente,
    ]),
  };
}
