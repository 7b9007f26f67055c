/**
 * What the engine needs from the polis: plain data, the same in the CLI (from the content files)
 * and in the browser (serialised into the page). No file system, DOM, Astro or Preact here.
 */
import type { Bedrag } from '../schemas/bedrag';
import type { Grondslag } from '../schemas/gedeeld';
import type { OnderwerpId } from '../schemas/onderwerp';
import type { Soort } from '../schemas/polis-regel-soort';
import type { WegwijzerInstellingen, WegwijzerRegel } from '../schemas/wegwijzer';

export interface RegelVoorAdvies {
  slug: string;
  soort: Soort;
  titel: string;
  grondslagen: Grondslag[];
  wegwijzer?: WegwijzerRegel;
  /** National help (only national organisations as contact): the same for residents and non-residents. */
  landelijk: boolean;
  /** The agency's official check, carried by the route. */
  controle?: { naam: string; url: string };
}

export interface PolisVoorAdvies {
  gemeente: { slug: string; plaats: string };
  /** In polis order: the order of routes within a soort. */
  regels: RegelVoorAdvies[];
  bedragen: Bedrag[];
  onderwerpen: { id: OnderwerpId; titel: string }[];
  wijkteams: { id: string; naam: string; telefoon: string; postcodegebieden: { van: number; tot: number }[] }[];
  instellingen: WegwijzerInstellingen;
}

/** Translates a reason key with values; the Dutch one by default, another language later. */
export type Vertaal = (sleutel: string, waarden?: Record<string, string | number>) => string;
