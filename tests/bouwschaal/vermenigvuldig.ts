/**
 * A synthetic municipality for the build-scale benchmark: a copy of the content in a temporary
 * folder in which the municipality's entries (and its organisations and places) occur `factor` times.
 * Each copy gets its own slug (`<slug>-<k>`), a title ending in " <k>" and its translations, so the
 * strict content check passes exactly as it does for the demo.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { echteInhoud } from '../hulp/kapotte-inhoud';

type Gegevens = Record<string, unknown>;

export interface VermenigvuldigOpties {
  factor: number;
  gemeente: string;
  /**
   * Keep the wegwijzer rules in copies. Off by default: the wegwijzer's question tree does not grow
   * with copies, so its ~800 pages per language would instead list every route up to 20 times, which
   * is no municipality's reality and would measure advice length rather than the number of entries.
   */
  wegwijzerInKopieen?: boolean;
}

export interface SynthetischeInhoud {
  /** The content folder, for SOCIALE_POLIS_INHOUD. */
  map: string;
  /** The temporary folder that holds it. */
  basis: string;
  gemeentelijkeRegels: number;
  organisaties: number;
  plekken: number;
  opruimen: () => void;
}

const leesYaml = (pad: string): unknown => parse(readFileSync(pad, 'utf8'));
const schrijfYaml = (pad: string, data: unknown): void => writeFileSync(pad, stringify(data, { lineWidth: 0, aliasDuplicateObjects: false }));
const kopieNummers = (factor: number): number[] => Array.from({ length: factor - 1 }, (_, i) => i + 2);
const metNummer = (tekst: unknown, k: number): unknown => (typeof tekst === 'string' ? `${tekst} ${k}` : tekst);

/** Ids of a municipal list file, which copies of entries and places point to in their own copy. */
function idsVan(pad: string): Set<string> {
  if (!existsSync(pad)) return new Set();
  return new Set(((leesYaml(pad) ?? []) as Gegevens[]).map((item) => String(item.id)));
}

/** One copy of an entry: new references, and nothing that may occur only once in the polis. */
function kopieVanRegel(regel: Gegevens, k: number, eigen: { organisaties: Set<string>; plekken: Set<string> }, wegwijzer: boolean): Gegevens {
  // Former slugs must be unique in the whole polis: only the original keeps its redirects.
  const { eerdereSlugs: _eerdere, wegwijzer: regels, ...rest } = regel;
  const contact = (regel.contact ?? {}) as Gegevens;
  const hernoem = (ids: unknown, eigenIds: Set<string>) => (Array.isArray(ids) ? ids.map((id) => (eigenIds.has(String(id)) ? `${id}-${k}` : id)) : ids);
  return {
    ...rest,
    titel: metNummer(regel.titel, k),
    contact: {
      ...contact,
      ...(contact.organisaties ? { organisaties: hernoem(contact.organisaties, eigen.organisaties) } : {}),
      ...(contact.plekken ? { plekken: hernoem(contact.plekken, eigen.plekken) } : {}),
    },
    ...(wegwijzer && regels ? { wegwijzer: regels } : {}),
  };
}

function vermenigvuldigRegels(gemeenteMap: string, factor: number, eigen: { organisaties: Set<string>; plekken: Set<string> }, wegwijzer: boolean): number {
  const polisMap = join(gemeenteMap, 'polis');
  const bestaand = new Set(readdirSync(polisMap).filter((n) => n.endsWith('.yaml')));
  const vertaalMappen = existsSync(join(gemeenteMap, 'vertalingen'))
    ? readdirSync(join(gemeenteMap, 'vertalingen')).map((taal) => join(gemeenteMap, 'vertalingen', taal, 'polis')).filter((m) => existsSync(m))
    : [];
  for (const naam of bestaand) {
    const slug = naam.slice(0, -'.yaml'.length);
    const regel = leesYaml(join(polisMap, naam)) as Gegevens;
    for (const k of kopieNummers(factor)) {
      const nieuw = `${slug}-${k}.yaml`;
      if (bestaand.has(nieuw)) throw new Error(`${nieuw} bestaat al in de demo; kies een ander kopieschema`);
      schrijfYaml(join(polisMap, nieuw), kopieVanRegel(regel, k, eigen, wegwijzer));
      // A translation file is keyed by its file name; its fields follow the source field by field.
      for (const map of vertaalMappen) {
        if (!existsSync(join(map, naam))) continue;
        const vertaling = leesYaml(join(map, naam)) as Gegevens;
        schrijfYaml(join(map, nieuw), 'titel' in vertaling ? { ...vertaling, titel: metNummer(vertaling.titel, k) } : vertaling);
      }
    }
  }
  return bestaand.size * factor;
}

/** A list file of the municipality (organisaties, plekken) and its translations, each item `factor` times. */
function vermenigvuldigLijst(gemeenteMap: string, naam: string, factor: number, kopie: (item: Gegevens, k: number) => Gegevens): number {
  const pad = join(gemeenteMap, naam);
  if (!existsSync(pad)) return 0;
  const items = (leesYaml(pad) ?? []) as Gegevens[];
  if (factor === 1) return items.length;
  const kopieen = kopieNummers(factor).flatMap((k) => items.map((item) => ({ ...kopie(item, k), id: `${item.id}-${k}` })));
  schrijfYaml(pad, [...items, ...kopieen]);
  const vertalingen = join(gemeenteMap, 'vertalingen');
  for (const taal of existsSync(vertalingen) ? readdirSync(vertalingen) : []) {
    const vertaalPad = join(vertalingen, taal, naam);
    if (!existsSync(vertaalPad)) continue;
    const vertaling = leesYaml(vertaalPad) as Gegevens & { items?: Gegevens };
    const perId = { ...(vertaling.items ?? {}) };
    for (const k of kopieNummers(factor)) for (const [id, v] of Object.entries(vertaling.items ?? {})) perId[`${id}-${k}`] = v;
    schrijfYaml(vertaalPad, { ...vertaling, items: perId });
  }
  return items.length * factor;
}

export function vermenigvuldig({ factor, gemeente, wegwijzerInKopieen = false }: VermenigvuldigOpties): SynthetischeInhoud {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor: een geheel getal van 1 of meer (gekregen: ${factor})`);
  const basis = mkdtempSync(join(tmpdir(), `bouwschaal-${factor}x-`));
  const opruimen = () => rmSync(basis, { recursive: true, force: true });
  try {
    const map = join(basis, 'content');
    cpSync(echteInhoud, map, { recursive: true });
    const gemeenteMap = join(map, 'gemeenten', gemeente);
    if (!existsSync(join(gemeenteMap, 'polis'))) throw new Error(`geen map ${join('content', 'gemeenten', gemeente, 'polis')}`);
    // Copies of entries point to copies of the municipality's own organisations and places, so
    // every copy is as rich as its original; national organisations stay shared.
    const eigen = { organisaties: idsVan(join(gemeenteMap, 'organisaties.yaml')), plekken: idsVan(join(gemeenteMap, 'plekken.yaml')) };
    const gemeentelijkeRegels = vermenigvuldigRegels(gemeenteMap, factor, eigen, wegwijzerInKopieen);
    const organisaties = vermenigvuldigLijst(gemeenteMap, 'organisaties.yaml', factor, (o, k) => ({ ...o, naam: metNummer(o.naam, k) }));
    const plekken = vermenigvuldigLijst(gemeenteMap, 'plekken.yaml', factor, (p, k) => ({
      ...p,
      naam: metNummer(p.naam, k),
      organisatie: eigen.organisaties.has(String(p.organisatie)) ? `${p.organisatie}-${k}` : p.organisatie,
      diensten: Array.isArray(p.diensten) ? p.diensten.map((slug) => (existsSync(join(gemeenteMap, 'polis', `${slug}-${k}.yaml`)) ? `${slug}-${k}` : slug)) : p.diensten,
    }));
    return { map, basis, gemeentelijkeRegels, organisaties, plekken, opruimen };
  } catch (fout) {
    opruimen();
    throw fout;
  }
}
