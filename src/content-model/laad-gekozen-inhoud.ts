/**
 * The content of the municipality chosen by the settings, checked for the build date.
 */
import { bouwdatum, gekozenGemeente, inhoudMap } from '../config/instellingen';
import { laadInhoud, type Inhoud } from './laad-inhoud';
import { pictogramBestaat } from './pictogrammen';

export function laadGekozenInhoud(): Inhoud {
  return laadInhoud({ inhoudMap: inhoudMap(), gemeente: gekozenGemeente(), datum: bouwdatum(), pictogramBestaat });
}
