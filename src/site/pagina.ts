/**
 * What every page template starts with: its language, the translator for that language and the
 * site data.
 */
import { vertaler, type Taal } from '../i18n/vertaal';
import { getSite } from './site';

export async function pagina(params: Record<string, string | undefined>) {
  const taal = params.taal as Taal;
  return { taal, t: vertaler(taal), site: await getSite(taal) };
}
