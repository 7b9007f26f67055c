/**
 * The wegwijzer engine: Situatie + polis + date → Advies. Pure and deterministic: the same answers
 * give the same advice, for everyone. The rules are data on the polis entries (aanleidingen,
 * voorwaarden with their legal basis); this file only applies them in polis order.
 */
import { wijkteamVoorPostcode } from '../domain/postcode';
import { polisVolgorde } from '../domain/polis-volgorde';
import type { Advies, Reden, Route } from '../schemas/advies';
import type { Aanleiding } from '../schemas/wegwijzer';
import type { Situatie } from '../schemas/situatie';
import { hangtAfVanRoutes, past } from './aanleidingen';
import type { PolisVoorAdvies, RegelVoorAdvies, Vertaal } from './polis-voor-advies';
import { beoordeel, type Context } from './voorwaarden';
import { verlopenNormen } from './verlopen';

interface Overweging {
  regel: RegelVoorAdvies;
  route?: Route;
  nietVoorU?: Reden[];
}

function aanleidingRedenen(regel: RegelVoorAdvies, a: Aanleiding, s: Situatie, polis: PolisVoorAdvies, t: Vertaal): Reden[] {
  const grondslag = regel.grondslagen[0];
  const metGrondslag = (tekst: string): Reden => (grondslag ? { tekst, grondslag } : { tekst });
  if (regel.wegwijzer?.reden) return [metGrondslag(regel.wegwijzer.reden)];
  const redenen: Reden[] = [];
  if (a.acuutGevaar) redenen.push({ tekst: t('advies.aanleiding.acuutGevaar') });
  if (a.onveiligThuis) redenen.push({ tekst: t('advies.aanleiding.onveiligThuis') });
  if (a.onderwerp) {
    const titels = polis.onderwerpen.filter((o) => a.onderwerp!.includes(o.id) && s.onderwerpen.includes(o.id)).map((o) => o.titel);
    redenen.push({ tekst: t('advies.aanleiding.onderwerp', { onderwerpen: titels.join(', ') }) });
  }
  if (a.schulden && s.schulden) redenen.push({ tekst: t(`advies.aanleiding.schulden.${s.schulden}`) });
  if (a.zelfOplossen?.includes('met-hulp-van-naasten') && s.zelfOplossen === 'met-hulp-van-naasten')
    redenen.push({ tekst: t('advies.aanleiding.naasten') });
  if (a.leeftijdOnder !== undefined) redenen.push(metGrondslag(t('advies.aanleiding.leeftijdOnder', { tot: a.leeftijdOnder })));
  if (a.studeert) redenen.push(metGrondslag(t('advies.aanleiding.studeert')));
  if (a.zelfstandige) redenen.push(metGrondslag(t('advies.aanleiding.zelfstandige')));
  if (a.statushouder) redenen.push(metGrondslag(t('advies.aanleiding.statushouder')));
  if (a.woonsituatie && s.woonsituatie) redenen.push(metGrondslag(t(`advies.aanleiding.woonsituatie.${s.woonsituatie}`)));
  return redenen;
}

interface AdviesContext extends Context {
  /** A postcode was given and it lies outside the municipality. */
  buitenGemeente: boolean;
}

function overweeg(regel: RegelVoorAdvies, ctx: AdviesContext, polis: PolisVoorAdvies, routes: readonly Route[]): Overweging | undefined {
  const ww = regel.wegwijzer!;
  const s = ctx.situatie;
  const aanleiding = ww.aanleidingen.find((a) => past(a, s, routes));
  if (!aanleiding) return undefined;
  const oordelen = ww.voorwaarden.map((v) => beoordeel(v, ctx));
  const redenVan = (o: (typeof oordelen)[number]) => (o.reden ? [o.reden] : []);
  const nee = oordelen.filter((o) => o.uitkomst === 'nee');
  if (nee.length > 0) return { regel, nietVoorU: nee.flatMap(redenVan) };

  const urgent = ww.urgentBij !== undefined && past(ww.urgentBij, s, routes);
  const redenen = [...aanleidingRedenen(regel, aanleiding, s, polis, ctx.t), ...oordelen.flatMap(redenVan)];
  if (urgent) redenen.unshift(regel.grondslagen[0] ? { tekst: ctx.t('advies.urgent'), grondslag: regel.grondslagen[0] } : { tekst: ctx.t('advies.urgent') });
  let zekerheid: Route['zekerheid'] = oordelen.some((o) => o.uitkomst === 'onbekend') ? 'misschien' : 'waarschijnlijk';
  // A route next to other routes (cliëntondersteuning next to the wijkteam) is as sure as the surest of them.
  const naast = hangtAfVanRoutes(aanleiding);
  if (naast && routes.filter((r) => r.soort === naast).every((r) => r.zekerheid === 'misschien')) zekerheid = 'misschien';
  // Rule 7 (v2): the municipality's own help is for its residents; national help stays as it is.
  if (ctx.buitenGemeente && !regel.landelijk) {
    zekerheid = 'misschien';
    redenen.push({ tekst: ctx.t('advies.nietInwoner', { plaats: polis.gemeente.plaats }) });
  }
  const route: Route = { soort: regel.soort, polis: regel.slug, zekerheid, urgent, redenen };
  if (regel.controle) route.controle = regel.controle;
  return { regel, route };
}

function ordeVan(route: Route): number {
  if (route.soort === 'spoed') return 0;
  if (route.urgent) return 1;
  return 2 + polisVolgorde.indexOf(route.soort);
}

export function maakAdvies(situatie: Situatie, polis: PolisVoorAdvies, datum: string, t: Vertaal): Advies {
  const team = situatie.postcode === undefined ? undefined : wijkteamVoorPostcode(polis.wijkteams, situatie.postcode);
  const ctx: AdviesContext = {
    situatie,
    bedragen: new Map(polis.bedragen.map((b) => [b.sleutel, b])),
    instellingen: polis.instellingen,
    datum,
    t,
    buitenGemeente: situatie.postcode !== undefined && team === undefined,
  };
  const metRegels = polis.regels.filter((r) => r.wegwijzer);
  const afhankelijk = (r: RegelVoorAdvies) => r.wegwijzer!.aanleidingen.some((a) => hangtAfVanRoutes(a) !== undefined);

  // First the entries that depend only on the situation, then those that depend on other routes.
  const eerste = metRegels.filter((r) => !afhankelijk(r)).map((r) => overweeg(r, ctx, polis, []));
  const routes1 = eerste.flatMap((o) => (o?.route ? [o.route] : []));
  const tweede = metRegels.filter(afhankelijk).map((r) => overweeg(r, ctx, polis, routes1));
  const alle = [...eerste, ...tweede].filter((o): o is Overweging => o !== undefined);

  const positie = new Map(polis.regels.map((r, i) => [r.slug, i]));
  const routes = alle
    .flatMap((o) => (o.route ? [o.route] : []))
    .sort((a, b) => ordeVan(a) - ordeVan(b) || positie.get(a.polis)! - positie.get(b.polis)!);
  const nietVoorU = alle
    .flatMap((o) => (o.nietVoorU ? [{ polis: o.regel.slug, redenen: o.nietVoorU }] : []))
    .sort((a, b) => positie.get(a.polis)! - positie.get(b.polis)!);

  const meldingen: string[] = [];
  let wijkteam: Advies['wijkteam'] = null;
  if (team) wijkteam = { slug: team.id, naam: team.naam, telefoon: team.telefoon };
  else if (situatie.postcode !== undefined) meldingen.push(t('advies.melding.postcodeBuiten', { postcode: situatie.postcode, plaats: polis.gemeente.plaats }));
  // Rule 11: a date past the last period of a norm is said, never silently passed over.
  const verlopen = verlopenNormen(ctx);
  if (verlopen) meldingen.push(t('advies.melding.verlopen', { datum: verlopen }));

  return { gemeente: polis.gemeente.slug, datum, routes, nietVoorU, wijkteam, meldingen };
}
