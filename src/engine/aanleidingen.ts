/**
 * Whether an entry is considered for a situation, and the reason it was.
 */
import type { Route } from '../schemas/advies';
import type { Aanleiding } from '../schemas/wegwijzer';
import type { Situatie } from '../schemas/situatie';
import type { Soort } from '../schemas/polis-regel-soort';
import { inkomenBekend, leeftijdBekend } from './grenzen';
import { persoonMinstens } from './leeftijden';

export function past(a: Aanleiding, s: Situatie, routes: readonly Route[] = []): boolean {
  if (a.onderwerp && !a.onderwerp.some((o) => s.onderwerpen.includes(o))) return false;
  if (a.schulden && !(s.schulden && a.schulden.includes(s.schulden))) return false;
  if (a.zelfOplossen && !(s.zelfOplossen && a.zelfOplossen.includes(s.zelfOplossen))) return false;
  if (a.acuutGevaar && s.acuutGevaar !== true) return false;
  if (a.onveiligThuis && s.onveiligThuis !== true) return false;
  if (a.inkomenBekend && !(inkomenBekend(s) && s.huishouden !== undefined && leeftijdBekend(s))) return false;
  if (a.naastRouteVanSoort && !routes.some((r) => r.soort === a.naastRouteVanSoort)) return false;
  if (a.huishouden && !(s.huishouden && a.huishouden.includes(s.huishouden))) return false;
  if (a.leeftijdOnder !== undefined && persoonMinstens(s, a.leeftijdOnder * 12) !== false) return false;
  if (a.studeert && s.studeert !== true) return false;
  if (a.zelfstandige && s.zelfstandige !== true) return false;
  if (a.statushouder && s.statushouder !== true) return false;
  if (a.woonsituatie && !(s.woonsituatie && a.woonsituatie.includes(s.woonsituatie))) return false;
  if (a.partnerOverleden && s.partnerOverleden !== true) return false;
  if (a.zorgHeleDag && s.zorgHeleDag !== true) return false;
  return true;
}

/** The soort another route must have for this aanleiding (the second pass of the engine). */
export function hangtAfVanRoutes(a: Aanleiding): Soort | undefined {
  return a.naastRouteVanSoort;
}
