/**
 * Reads the translations of one language (`vertalingen/<taal>/` beside the national and the
 * municipal content) and lays them over the checked Dutch content. Every problem names the
 * translation file and the field; a missing translation is not a problem but a Dutch fallback.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { pasVertalingToe } from '../domain/vertaling-toepassen';
import type { Gemeente } from '../schemas/gemeente';
import type { PolisRegel } from '../schemas/polis-regel';
import type { Vragenlijst } from '../schemas/vraag';
import {
  enkelVertaalbestand,
  lijstSoorten,
  lijstVertaalbestand,
  vertaalVormen,
  vragenVertaalbestand,
  type LijstSoort,
  type Vorm,
} from '../schemas/vertaling';
import type { VertaalStatus } from '../schemas/vertaal-status';
import type { VertaalInfo } from '../schemas/vertaalde-inhoud';
import { zodProblemen, type Probleem } from './inhoud-fout';
import { leesYaml, mapVanGemeente, type Bronmappen, type GelezenBestand } from './lees-bestanden';
import type { Inhoud, MetHerkomst } from './laad-inhoud';

export interface Vertaald<T> {
  data: T;
  info: VertaalInfo;
}

type LijstData = { [S in LijstSoort]: Inhoud[S] extends MetHerkomst<infer T>[] ? T : never };

export interface VertaaldeInhoud {
  taal: string;
  gemeente: Vertaald<Gemeente>;
  polis: (Vertaald<PolisRegel> & { slug: string })[];
  lijsten: { [S in LijstSoort]: Vertaald<LijstData[S]>[] };
  vragen: Vertaald<Vragenlijst> & { perVraag: Record<string, VertaalInfo> };
}

const ontbreekt: VertaalInfo = { status: 'ontbreekt', nagekeken: false, nlVelden: [''] };

const sleutelVan = (soort: LijstSoort, item: Record<string, unknown>): string => String(soort === 'meenemen' ? item.soort : item.id);

interface GelezenVertaling {
  bestand: string;
  status: VertaalStatus;
  inhoud: Record<string, unknown>;
}

function leesVertaling(inhoudMap: string, pad: string, schema: z.ZodType, problemen: Probleem[]): GelezenVertaling | undefined {
  if (!existsSync(pad)) return undefined;
  const gelezen: GelezenBestand | undefined = leesYaml(inhoudMap, pad, problemen);
  if (!gelezen) return undefined;
  const uitkomst = schema.safeParse(gelezen.data ?? {});
  if (!uitkomst.success) {
    problemen.push(...zodProblemen(gelezen.bestand, uitkomst.error, gelezen.data));
    return undefined;
  }
  const { gemaakt, nagekeken, nagekekenDoor, nagekekenOp, ...inhoud } = uitkomst.data as VertaalStatus & Record<string, unknown>;
  return { bestand: gelezen.bestand, status: { gemaakt, nagekeken, nagekekenDoor, nagekekenOp }, inhoud };
}

function toepassen<T>(
  bron: T,
  vertaling: unknown,
  status: VertaalStatus | undefined,
  vorm: Vorm,
  bestand: string,
  voorvoegsel: string,
  problemen: Probleem[],
): Vertaald<T> {
  if (!status || vertaling === undefined) return { data: bron, info: ontbreekt };
  const uit = pasVertalingToe(bron, vertaling, vorm);
  for (const p of uit.problemen)
    problemen.push({ bestand, veld: [voorvoegsel, p.veld].filter(Boolean).join('.'), verwacht: p.verwacht });
  return {
    data: uit.waarde,
    info: {
      status: uit.nlVelden.length ? 'deels' : 'vertaald',
      gemaakt: status.gemaakt,
      nagekeken: status.nagekeken,
      nlVelden: uit.nlVelden,
    },
  };
}

/** The folders that can hold this language's translations: national first, then the municipality's. */
function vertaalMappen(bron: Bronmappen, taal: string): string[] {
  return [join(bron.inhoudMap, 'nationaal', 'vertalingen', taal), join(mapVanGemeente(bron), 'vertalingen', taal)];
}

export function laadVertalingen(inhoud: Inhoud, bron: Bronmappen, taal: string, problemen: Probleem[]): VertaaldeInhoud {
  const mappen = vertaalMappen(bron, taal);
  const [nationaal, gemeentelijk] = mappen as [string, string];

  // Polis entries: a municipal translation of a slug replaces a national one, as the sources do.
  const polisVertalingen = new Map<string, GelezenVertaling>();
  const polisSchema = enkelVertaalbestand(vertaalVormen.polis);
  const slugs = new Set(inhoud.polis.map((p) => p.slug));
  for (const map of mappen.map((m) => join(m, 'polis'))) {
    if (!existsSync(map)) continue;
    for (const naam of readdirSync(map).sort()) {
      if (!naam.endsWith('.yaml')) continue;
      const slug = naam.slice(0, -'.yaml'.length);
      const gelezen = leesVertaling(bron.inhoudMap, join(map, naam), polisSchema, problemen);
      if (!gelezen) continue;
      if (!slugs.has(slug)) {
        problemen.push({ bestand: gelezen.bestand, veld: '', verwacht: `de vertaling van een polisregel die bestaat; er is geen polis/${slug}.yaml` });
        continue;
      }
      polisVertalingen.set(slug, gelezen);
    }
  }
  const polis = inhoud.polis.map((p) => {
    const v = polisVertalingen.get(p.slug);
    return { slug: p.slug, ...toepassen(p.data, v?.inhoud, v?.status, vertaalVormen.polis, v?.bestand ?? '', '', problemen) };
  });

  const lijsten = {} as VertaaldeInhoud['lijsten'];
  for (const soort of lijstSoorten) {
    const bronItems = inhoud[soort] as MetHerkomst<Record<string, unknown>>[];
    const ids = new Set(bronItems.map((i) => sleutelVan(soort, i.data)));
    const perId = new Map<string, { vertaling: unknown; bestand: GelezenVertaling }>();
    for (const map of mappen) {
      const gelezen = leesVertaling(bron.inhoudMap, join(map, `${soort}.yaml`), lijstVertaalbestand(vertaalVormen[soort]), problemen);
      if (!gelezen) continue;
      for (const [id, vertaling] of Object.entries(gelezen.inhoud.items as Record<string, unknown>)) {
        if (ids.has(id)) perId.set(id, { vertaling, bestand: gelezen });
        else problemen.push({ bestand: gelezen.bestand, veld: `items.${id}`, verwacht: `een id uit ${soort}.yaml van de bron` });
      }
    }
    (lijsten as Record<string, unknown>)[soort] = bronItems.map((item) => {
      const id = sleutelVan(soort, item.data);
      const v = perId.get(id);
      return toepassen(item.data, v?.vertaling, v?.bestand.status, vertaalVormen[soort], v?.bestand.bestand ?? '', `items.${id}`, problemen);
    });
  }

  const gv = leesVertaling(bron.inhoudMap, join(gemeentelijk, 'gemeente.yaml'), enkelVertaalbestand(vertaalVormen.gemeente), problemen);
  const gemeente = toepassen(inhoud.gemeente.data, gv?.inhoud, gv?.status, vertaalVormen.gemeente, gv?.bestand ?? '', '', problemen);

  const vv = leesVertaling(bron.inhoudMap, join(nationaal, 'wegwijzer-vragen.yaml'), vragenVertaalbestand, problemen);
  const perVraag: Record<string, VertaalInfo> = {};
  const vraagVertalingen = (vv?.inhoud.vragen ?? {}) as Record<string, unknown>;
  const vraagIds = new Set(inhoud.vragen.data.vragen.map((v) => v.id));
  for (const id of Object.keys(vraagVertalingen))
    if (!vraagIds.has(id)) problemen.push({ bestand: vv!.bestand, veld: `vragen.${id}`, verwacht: `een vraag-id uit de bron (${[...vraagIds].join(', ')})` });
  const vragenlijst = inhoud.vragen.data.vragen.map((vraag) => {
    const uit = toepassen(vraag, vraagVertalingen[vraag.id], vv?.status, vertaalVormen.vraag, vv?.bestand ?? '', `vragen.${vraag.id}`, problemen);
    perVraag[vraag.id] = uit.info;
    return uit.data;
  });
  const weetIkNiet = vv?.inhoud.weetIkNiet as string | undefined;
  const alleVragen = Object.values(perVraag);
  const vragen = {
    data: { ...inhoud.vragen.data, weetIkNiet: weetIkNiet ?? inhoud.vragen.data.weetIkNiet, vragen: vragenlijst },
    info: !vv
      ? ontbreekt
      : {
          status: alleVragen.every((i) => i.status === 'vertaald') && weetIkNiet ? ('vertaald' as const) : ('deels' as const),
          gemaakt: vv.status.gemaakt,
          nagekeken: vv.status.nagekeken,
          nlVelden: alleVragen.flatMap((i) => i.nlVelden),
        },
    perVraag,
  };

  return { taal, gemeente, polis, lijsten, vragen };
}
