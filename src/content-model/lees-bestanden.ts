/**
 * Reads the YAML files of the national content and of one municipality's folder. Only this file
 * touches the file system, so the rest of the content model can be tested with plain objects.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { Probleem } from './inhoud-fout';

export interface GelezenBestand {
  /** Path shown in messages, relative to the content folder's parent. */
  bestand: string;
  /** Parsed YAML. */
  data: unknown;
}

export interface Bronmappen {
  /** The `content/` folder. */
  inhoudMap: string;
  /** Municipality slug; its content lives in `content/gemeenten/<slug>/`. */
  gemeente: string;
}

export function mapVanGemeente({ inhoudMap, gemeente }: Bronmappen): string {
  return join(inhoudMap, 'gemeenten', gemeente);
}

export function toon(inhoudMap: string, pad: string): string {
  return join(basename(inhoudMap), relative(inhoudMap, pad)).split('\\').join('/');
}

export function leesYaml(inhoudMap: string, pad: string, problemen: Probleem[]): GelezenBestand | undefined {
  const bestand = toon(inhoudMap, pad);
  try {
    return { bestand, data: parse(readFileSync(pad, 'utf8')) };
  } catch (fout) {
    const waar = fout instanceof YAMLParseError && fout.linePos ? ` op regel ${fout.linePos[0].line}` : '';
    problemen.push({ bestand, veld: '', verwacht: `geldige YAML${waar} (${(fout as Error).message.split('\n')[0]})` });
    return undefined;
  }
}

/** A list file (e.g. `bedragen.yaml`) from the national folder and/or the municipality's folder. */
export function leesLijstbestanden(bron: Bronmappen, naam: string, problemen: Probleem[]): GelezenBestand[] {
  return [join(bron.inhoudMap, 'nationaal'), mapVanGemeente(bron)]
    .map((map) => join(map, naam))
    .filter((pad) => existsSync(pad))
    .map((pad) => leesYaml(bron.inhoudMap, pad, problemen))
    .filter((b): b is GelezenBestand => b !== undefined);
}

/** Every `polis/<slug>.yaml`, national first; a municipal file with the same slug replaces the national one. */
export function leesPolisbestanden(bron: Bronmappen, problemen: Probleem[]): Map<string, GelezenBestand> {
  const uit = new Map<string, GelezenBestand>();
  for (const map of [join(bron.inhoudMap, 'nationaal', 'polis'), join(mapVanGemeente(bron), 'polis')]) {
    if (!existsSync(map)) continue;
    for (const naam of readdirSync(map).sort()) {
      if (!naam.endsWith('.yaml')) continue;
      const gelezen = leesYaml(bron.inhoudMap, join(map, naam), problemen);
      if (gelezen) uit.set(naam.slice(0, -'.yaml'.length), gelezen);
    }
  }
  return uit;
}
