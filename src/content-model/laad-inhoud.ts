/**
 * Loads and checks all content for one municipality: national content first, the municipality's own
 * folder on top (same id or slug replaces). Throws an `InhoudFout` listing every problem at once.
 */
import type { z } from 'zod';
import { bedragenBestand, type Bedrag } from '../schemas/bedrag';
import { begrippenBestand, type Begrip } from '../schemas/begrip';
import { bezwaarroutesBestand, type Bezwaarroute } from '../schemas/bezwaarroute';
import { gemeente as gemeenteSchema, type Gemeente } from '../schemas/gemeente';
import { onderwerpenBestand, type Onderwerp } from '../schemas/onderwerp';
import { organisatiesBestand, type Organisatie } from '../schemas/organisatie';
import { plekkenBestand, type Plek } from '../schemas/plek';
import { polisRegel, type PolisRegel } from '../schemas/polis-regel';
import { lokaleAanvullingenBestand, type LokaleAanvulling } from '../schemas/lokale-aanvulling';
import { zoeksignalenBestand, type Zoeksignaal } from '../schemas/zoeksignaal';
import { wijkteamsBestand, type Wijkteam } from '../schemas/wijkteam';
import { wegwijzerInstellingen, type WegwijzerInstellingen } from '../schemas/wegwijzer';
import { proceduresBestand, type Procedure } from '../schemas/procedure';
import { vragenBestand, type Vragenlijst } from '../schemas/vraag';
import { meenemenBestand, type Meenemen } from '../schemas/meenemen';
import { talenBestand, type TaalInfo } from '../schemas/taal';
import { soortPictogrammen, type SoortPictogrammen } from '../schemas/soort-pictogrammen';
import { InhoudFout, zodProblemen, type Probleem } from './inhoud-fout';
import { laadVertalingen, type VertaaldeInhoud } from './laad-vertalingen';
import { leesLijstbestanden, leesPolisbestanden, leesYaml, mapVanGemeente, toon, type Bronmappen } from './lees-bestanden';
import { controleerSamenhang } from './samenhang';
import { join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';

/** A record with the file it came from, so later checks can name it. */
export interface MetHerkomst<T> {
  data: T;
  bestand: string;
  /** Field path of the record inside its file (`[3]` in a list file, empty for a file of its own). */
  veld: string;
}

export interface PolisItem extends MetHerkomst<PolisRegel> {
  slug: string;
}

/** A national entry: its file is in `content/nationaal/polis/` and serves every municipality. */
export const isLandelijkeRegel = (p: Pick<PolisItem, 'bestand'>): boolean => p.bestand.split('/').includes('nationaal');

export interface Inhoud {
  gemeente: MetHerkomst<Gemeente>;
  /** The date the content was checked for: amounts must have a value valid on it. */
  datum: string;
  polis: PolisItem[];
  bedragen: MetHerkomst<Bedrag>[];
  onderwerpen: MetHerkomst<Onderwerp>[];
  begrippen: MetHerkomst<Begrip>[];
  organisaties: MetHerkomst<Organisatie>[];
  plekken: MetHerkomst<Plek>[];
  wijkteams: MetHerkomst<Wijkteam>[];
  bezwaarroutes: MetHerkomst<Bezwaarroute>[];
  procedures: MetHerkomst<Procedure>[];
  /** Which amounts the wegwijzer uses for norms and limits. */
  wegwijzer: MetHerkomst<WegwijzerInstellingen>;
  /** The questions of the wegwijzer. */
  vragen: MetHerkomst<Vragenlijst>;
  /** What to bring, per soort of help. */
  meenemen: MetHerkomst<Meenemen>[];
  /** The pictogram of each soort of help. */
  soorten: MetHerkomst<SoortPictogrammen>;
  /** This municipality's local contacts for national entries (`lokaal.yaml`). */
  lokaal: MetHerkomst<LokaleAanvulling>[];
  /** Words that signal danger in a search query, per language (`zoeksignalen.yaml`). */
  zoeksignalen: MetHerkomst<Zoeksignaal>[];
  /** Every language the site knows (`content/nationaal/talen.yaml`), Dutch first. */
  talen: MetHerkomst<TaalInfo[]>;
  /** The content in each published language other than Dutch, with Dutch where a translation is missing. */
  vertalingen: VertaaldeInhoud[];
}

export interface LaadOpties extends Bronmappen {
  /** `YYYY-MM-DD`. */
  datum: string;
  /** Tells whether a pictogram name exists in the icon set; checked when given. */
  pictogramBestaat?: (naam: string) => boolean;
}

function lijst<T>(
  bron: Bronmappen,
  naam: string,
  schema: z.ZodType<T[]>,
  sleutel: (item: T) => string,
  problemen: Probleem[],
): MetHerkomst<T>[] {
  const opId = new Map<string, MetHerkomst<T>>();
  for (const gelezen of leesLijstbestanden(bron, naam, problemen)) {
    const uitkomst = schema.safeParse(gelezen.data ?? []);
    if (!uitkomst.success) {
      problemen.push(...zodProblemen(gelezen.bestand, uitkomst.error, gelezen.data));
      continue;
    }
    const inDitBestand = new Set<string>();
    uitkomst.data.forEach((data, i) => {
      const id = sleutel(data);
      if (inDitBestand.has(id))
        problemen.push({ bestand: gelezen.bestand, veld: `[${i}]`, verwacht: `een unieke sleutel; "${id}" staat er al eerder in` });
      inDitBestand.add(id);
      opId.set(id, { data, bestand: gelezen.bestand, veld: `[${i}]` });
    });
  }
  return [...opId.values()];
}

/** A file that holds one record (a profile, settings): read, parse, and name its problems. */
function enkelBestand<T>(inhoudMap: string, pad: string, schema: z.ZodType<T>, problemen: Probleem[]): MetHerkomst<T> | undefined {
  const gelezen = leesYaml(inhoudMap, pad, problemen);
  if (!gelezen) return undefined;
  const uitkomst = schema.safeParse(gelezen.data);
  if (uitkomst.success) return { data: uitkomst.data, bestand: gelezen.bestand, veld: '' };
  problemen.push(...zodProblemen(gelezen.bestand, uitkomst.error, gelezen.data));
  return undefined;
}

export function laadInhoud(opties: LaadOpties): Inhoud {
  const problemen: Probleem[] = [];
  const gemeenteMap = mapVanGemeente(opties);
  if (!existsSync(gemeenteMap)) {
    throw new InhoudFout([
      { bestand: join('content', 'gemeenten', opties.gemeente), veld: '', verwacht: 'een map met de inhoud van deze gemeente' },
    ]);
  }

  const gemeente = enkelBestand(opties.inhoudMap, join(gemeenteMap, 'gemeente.yaml'), gemeenteSchema, problemen);
  const wegwijzer = enkelBestand(opties.inhoudMap, join(opties.inhoudMap, 'nationaal', 'wegwijzer.yaml'), wegwijzerInstellingen, problemen);
  const vragen = enkelBestand(opties.inhoudMap, join(opties.inhoudMap, 'nationaal', 'wegwijzer-vragen.yaml'), vragenBestand, problemen);
  const talen = enkelBestand(opties.inhoudMap, join(opties.inhoudMap, 'nationaal', 'talen.yaml'), talenBestand, problemen);
  const soorten = enkelBestand(opties.inhoudMap, join(opties.inhoudMap, 'nationaal', 'soorten.yaml'), soortPictogrammen, problemen);

  const polis: PolisItem[] = [];
  for (const [slug, gelezen] of leesPolisbestanden(opties, problemen)) {
    const uitkomst = polisRegel.safeParse(gelezen.data);
    if (uitkomst.success) polis.push({ slug, data: uitkomst.data, bestand: gelezen.bestand, veld: '' });
    else problemen.push(...zodProblemen(gelezen.bestand, uitkomst.error, gelezen.data));
  }

  const inhoud: Inhoud = {
    gemeente: gemeente!,
    datum: opties.datum,
    polis,
    bedragen: lijst(opties, 'bedragen.yaml', bedragenBestand, (b) => b.sleutel, problemen),
    onderwerpen: lijst(opties, 'onderwerpen.yaml', onderwerpenBestand, (o) => o.id, problemen),
    begrippen: lijst(opties, 'begrippen.yaml', begrippenBestand, (b) => b.id, problemen),
    organisaties: lijst(opties, 'organisaties.yaml', organisatiesBestand, (o) => o.id, problemen),
    plekken: lijst(opties, 'plekken.yaml', plekkenBestand, (p) => p.id, problemen),
    wijkteams: lijst(opties, 'wijkteams.yaml', wijkteamsBestand, (w) => w.id, problemen),
    bezwaarroutes: lijst(opties, 'bezwaarroutes.yaml', bezwaarroutesBestand, (b) => b.id, problemen),
    procedures: lijst(opties, 'procedures.yaml', proceduresBestand, (p) => p.id, problemen),
    wegwijzer: wegwijzer!,
    vragen: vragen!,
    meenemen: lijst(opties, 'meenemen.yaml', meenemenBestand, (m) => m.soort, problemen),
    lokaal: lijst(opties, 'lokaal.yaml', lokaleAanvullingenBestand, (l) => l.polis, problemen),
    zoeksignalen: lijst(opties, 'zoeksignalen.yaml', zoeksignalenBestand, (z) => z.id, problemen),
    talen: talen!,
    soorten: soorten!,
    vertalingen: [],
  };

  // Cross-file checks only make sense once every file parsed; otherwise they repeat the same fault.
  if (problemen.length === 0) problemen.push(...controleerSamenhang(inhoud, opties), ...controleerTalen(inhoud, opties));
  if (problemen.length === 0) {
    for (const taal of inhoud.gemeente.data.talen.slice(1)) inhoud.vertalingen.push(laadVertalingen(inhoud, opties, taal, problemen));
  }
  if (problemen.length > 0) throw new InhoudFout(problemen);
  return inhoud;
}

/** Published languages must be known, and translation folders must be for a known language. */
function controleerTalen(inhoud: Inhoud, bron: Bronmappen): Probleem[] {
  const problemen: Probleem[] = [];
  const bekend = new Set(inhoud.talen.data.map((t) => t.code));
  inhoud.gemeente.data.talen.forEach((taal, i) => {
    if (!bekend.has(taal))
      problemen.push({ bestand: inhoud.gemeente.bestand, veld: `talen[${i}]`, verwacht: `een taal uit ${inhoud.talen.bestand}` });
  });
  for (const map of [join(bron.inhoudMap, 'nationaal', 'vertalingen'), join(mapVanGemeente(bron), 'vertalingen')]) {
    if (!existsSync(map)) continue;
    for (const taal of readdirSync(map))
      if (!bekend.has(taal as TaalInfo['code']) || taal === 'nl')
        problemen.push({ bestand: toon(bron.inhoudMap, join(map, taal)), veld: '', verwacht: `een map per vertaalde taal uit ${inhoud.talen.bestand}, zonder nl` });
  }
  return problemen;
}
