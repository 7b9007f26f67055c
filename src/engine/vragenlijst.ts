/**
 * The question flow as data, walked: which question comes next for the answers so far, and every
 * path the flow without JavaScript can take for one topic. Threshold questions ask only about the
 * limits the rules use.
 */
import { schrijfBedrag } from '../domain/bedragen';
import type { OnderwerpId } from '../schemas/onderwerp';
import type { Situatie } from '../schemas/situatie';
import type { Vraag, Vragenlijst } from '../schemas/vraag';
import { past } from './aanleidingen';
import { inkomensdrempels, leeftijdsdrempels, regelsBijOnderwerp, vermogensdrempel } from './drempels';
import { leeftijdBekend } from './grenzen';
import type { PolisVoorAdvies } from './polis-voor-advies';
import { maakAdvies } from './advies';

/** What the advice is, without its wording: to tell whether an answer changes it. */
function adviesKern(s: Situatie, polis: PolisVoorAdvies, datum: string): string {
  const a = maakAdvies(s, polis, datum, (sleutel) => sleutel);
  return JSON.stringify([a.routes.map((r) => [r.polis, r.zekerheid, r.urgent]), a.nietVoorU.map((n) => n.polis)]);
}

/** One page of the flow: a question with answers that each lead to a new situation. */
export interface Knoop {
  /** `zelf`, or for a threshold `inkomen-168180` (cents) or `leeftijd-67`. */
  id: string;
  vraag: Vraag;
  /** The question text, thresholds filled in. */
  tekst: string;
  antwoorden: { id: string; label: string; situatie: Situatie; klaar: boolean }[];
}

export interface Pad {
  stappen: { knoop: string; antwoord: string }[];
  situatie: Situatie;
}

interface Stand {
  situatie: Situatie;
  /** Question ids fully answered. */
  gedaan: ReadonlySet<string>;
}

function volgendeVraag(lijst: Vragenlijst, stand: Stand): Vraag | undefined {
  const s = stand.situatie;
  return lijst.vragen.find(
    (v) =>
      !stand.gedaan.has(v.id) && !v.alleenMetJavascript && !v.nietBij.some((a) => past(a, s)) && (v.zonderJsNodigBij ?? v.nodigBij).some((a) => past(a, s)),
  );
}

/** `false` for a question marked "only if it matters" whose answers would all give the same advice. */
export function doetErToe(vraag: Vraag, s: Situatie, polis: PolisVoorAdvies, datum: string): boolean {
  if (vraag.soort !== 'keuze' || !vraag.alleenAlsHetUitmaakt) return true;
  return new Set(vraag.antwoorden.map((a) => adviesKern({ ...s, ...a.zet }, polis, datum))).size > 1;
}

const ja = 'Ja';
const nee = 'Nee';

/** The next page for a situation, or `undefined` when the advice can be shown. */
export function volgendeKnoop(lijst: Vragenlijst, polis: PolisVoorAdvies, datum: string, stand: Stand): Knoop | undefined {
  const vraag = volgendeVraag(lijst, stand);
  if (!vraag) return undefined;
  const s = stand.situatie;
  const overslaan = (): Knoop | undefined =>
    volgendeKnoop(lijst, polis, datum, { ...stand, gedaan: new Set([...stand.gedaan, vraag.id]) });
  switch (vraag.soort) {
    case 'postcode':
      return overslaan();
    case 'spoed':
      // Rule 8: the crisis page comes at once; going on with the questions is a choice after it.
      return { id: vraag.id, vraag, tekst: vraag.vraag, antwoorden: [{ id: 'verder', label: vraag.verder, situatie: s, klaar: true }] };
    case 'keuze':
      if (!doetErToe(vraag, s, polis, datum)) return overslaan();
      return {
        id: vraag.id,
        vraag,
        tekst: vraag.vraag,
        antwoorden: vraag.antwoorden.map((a) => ({
          id: a.id,
          label: a.label,
          situatie: { ...s, ...a.zet, ...(a.onderwerp && !s.onderwerpen.includes(a.onderwerp) ? { onderwerpen: [...s.onderwerpen, a.onderwerp] } : {}) },
          klaar: true,
        })),
      };
    case 'leeftijd':
      return leeftijdKnoop(lijst, polis, datum, vraag, s) ?? overslaan();
    case 'inkomen':
      return inkomenKnoop(lijst, polis, datum, vraag, s) ?? overslaan();
    case 'vermogen':
      return vermogenKnoop(lijst, polis, datum, vraag, s) ?? overslaan();
  }
}

function vraagtInkomenBij(lijst: Vragenlijst, onderwerp: OnderwerpId): boolean {
  return lijst.vragen.some((v) => v.soort === 'inkomen' && v.nodigBij.some((a) => past(a, { onderwerpen: [onderwerp] })));
}

function leeftijdKnoop(lijst: Vragenlijst, polis: PolisVoorAdvies, datum: string, vraag: Extract<Vraag, { soort: 'leeftijd' }>, s: Situatie): Knoop | undefined {
  const onderwerp = s.onderwerpen[0]!;
  const drempels = leeftijdsdrempels(polis, datum, regelsBijOnderwerp(polis, onderwerp, vraagtInkomenBij(lijst, onderwerp)), vraag.veld);
  const [minstens, jongerDan] = vraag.veld === 'leeftijd' ? (['leeftijdMinstens', 'leeftijdJongerDan'] as const) : (['partnerLeeftijdMinstens', 'partnerLeeftijdJongerDan'] as const);
  // Ask from the highest age down; the first "yes" decides, and "no" to the lowest too.
  const bovengrens = s[jongerDan];
  const jaar = drempels.find((d) => bovengrens === undefined || d < bovengrens);
  if (jaar === undefined) return undefined;
  const laatste = jaar === drempels.at(-1);
  return {
    id: `${vraag.id}-${jaar}`,
    vraag,
    tekst: vraag.drempelVraag.replace('[jaar]', String(jaar)),
    antwoorden: [
      { id: 'ja', label: ja, situatie: { ...s, [minstens]: jaar }, klaar: true },
      { id: 'nee', label: nee, situatie: { ...s, [jongerDan]: jaar }, klaar: laatste },
    ],
  };
}

function inkomenKnoop(lijst: Vragenlijst, polis: PolisVoorAdvies, datum: string, vraag: Extract<Vraag, { soort: 'inkomen' }>, s: Situatie): Knoop | undefined {
  // Income: only with a household; the limits are those of every norm the answers still allow.
  if (!s.huishouden || !leeftijdBekend(s)) return undefined;
  const drempels = inkomensdrempels(polis, datum, s);
  const drempel = drempels.find((d) => s.inkomenHoogstens === undefined || (d.lager ? d.grens - 0.01 : d.grens) < s.inkomenHoogstens - 1e-9);
  if (!drempel) return undefined;
  const hoogstens = drempel.lager ? Math.round((drempel.grens - 0.01) * 100) / 100 : drempel.grens;
  const bedrag = schrijfBedrag(drempel.grens, 'euro');
  return {
    id: `${vraag.id}-${Math.round(hoogstens * 100)}`,
    vraag,
    tekst: (drempel.lager ? vraag.drempelVraagLager : vraag.drempelVraag).replace('[grens]', bedrag),
    antwoorden: [
      { id: 'ja', label: ja, situatie: { ...s, inkomenHoogstens: hoogstens }, klaar: drempel === drempels.at(-1) },
      { id: 'nee', label: nee, situatie: { ...s, inkomenMeerDan: hoogstens }, klaar: true },
      // "Weet ik niet" only at the first limit: after a "yes" the resident knows roughly.
      ...(s.inkomenHoogstens === undefined ? [{ id: 'weet-niet', label: lijst.weetIkNiet, situatie: s, klaar: true }] : []),
    ],
  };
}

function vermogenKnoop(lijst: Vragenlijst, polis: PolisVoorAdvies, datum: string, vraag: Extract<Vraag, { soort: 'vermogen' }>, s: Situatie): Knoop | undefined {
  const grens = vermogensdrempel(polis, datum, s);
  if (grens === undefined) return undefined;
  const antwoorden = [
    { id: 'ja', label: ja, situatie: { ...s, vermogenHoogstens: grens }, klaar: true },
    { id: 'nee', label: nee, situatie: { ...s, vermogenMeerDan: grens }, klaar: true },
    { id: 'weet-niet', label: lijst.weetIkNiet, situatie: s, klaar: true },
  ];
  // Only where it changes the advice (e.g. not when the income is above every limit).
  if (new Set(antwoorden.map((a) => adviesKern(a.situatie, polis, datum))).size === 1) return undefined;
  return { id: `${vraag.id}-${Math.round(grens * 100)}`, vraag, tekst: vraag.drempelVraag.replace('[grens]', schrijfBedrag(grens, 'euro')), antwoorden };
}

/** Every path of the flow for one topic, as the pages without JavaScript offer them. */
export function statischePaden(lijst: Vragenlijst, polis: PolisVoorAdvies, datum: string, onderwerp: OnderwerpId): Pad[] {
  const uit: Pad[] = [];
  const loop = (stand: Stand, stappen: Pad['stappen']) => {
    const knoop = volgendeKnoop(lijst, polis, datum, stand);
    if (!knoop) {
      uit.push({ stappen, situatie: stand.situatie });
      return;
    }
    for (const a of knoop.antwoorden)
      loop(
        { situatie: a.situatie, gedaan: a.klaar ? new Set([...stand.gedaan, knoop.vraag.id]) : stand.gedaan },
        [...stappen, { knoop: knoop.id, antwoord: a.id }],
      );
  };
  loop({ situatie: { onderwerpen: [onderwerp] }, gedaan: new Set() }, []);
  return uit;
}
