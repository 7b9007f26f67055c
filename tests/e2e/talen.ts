/** The site's languages as the content declares them: code and writing direction. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const inhoud = new URL('../../content/', import.meta.url);
const gemeente = process.env.SOCIALE_POLIS_GEMEENTE?.trim() || 'voorbeeld';

interface Taal { code: string; richting: 'ltr' | 'rtl' }

const alle = parse(readFileSync(new URL('nationaal/talen.yaml', inhoud), 'utf8')) as Taal[];
const gekozen = (parse(readFileSync(new URL(`gemeenten/${gemeente}/gemeente.yaml`, inhoud), 'utf8')) as { talen: string[] }).talen;

export const talen: Taal[] = gekozen.map((code) => alle.find((t) => t.code === code)!);
export const richtingVan = (code: string) => talen.find((t) => t.code === code)?.richting;
/** `/ar/polis/` → `ar`; undefined for paths outside a language. */
export const taalVanPad = (pad: string) => /^\/([a-z]{2,3})\//.exec(pad)?.[1];
