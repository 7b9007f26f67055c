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
import { inkomensdrempels, leeftijdsdrempels, regelsBijOnderwerp } from './drempels';
import { minstensJaar } from './grenzen';
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
  return lijst.vragen.find((v) => !stand.gedaan.has(v.id) && v.nodigBij.some((a) => past(a, stand.situatie)));
}

/** `false` for a question marked "only if it matters" whose answers would all give the same advice. */
export function doetErToe(vraag: Vraag, s: Situatie, polis: PolisVoorAdvies, datum: string): boolean {
  if (vraag.soort !== 'keuze' || !vraag.alleenAlsHetUitmaakt) return true;
  return new Set(vraag.antwoorden.map((a) => adviesKern({ ...s, ...a.zet }, polis, datum))).size > 1;
}

/** The next page for a situation, or `undefined` when the advice can be shown. */
export function volgendeKnoop(lijst: Vragenlijst, polis: PolisVoorAdvies, datum: string, stand: Stand): Knoop | undefined {
  const vraag = volgendeVraag(lijst, stand);
  if (!vraag) return undefined;
  const s = stand.situatie;
  const overslaan = (): Knoop | undefined =>
    volgendeKnoop(lijst, polis, datum, { ...stand, gedaan: new Set([...stand.gedaan, vraag.id]) });
  if (vraag.soort === 'postcode') return overslaan();
  if (vraag.soort === 'keuze') {
    if (!doetErToe(vraag, s, polis, datum)) return overslaan();
    return {
      id: vraag.id,
      vraag,
      tekst: vraag.vraag,
      antwoorden: vraag.antwoorden.map((a) => ({ id: a.id, label: a.label, situatie: { ...s, ...a.zet }, klaar: true })),
    };
  }

  const onderwerp = s.onderwerpen[0]!;
  const vraagtInkomen = lijst.vragen.some((v) => v.soort === 'inkomen' && v.nodigBij.some((a) => past(a, { onderwerpen: [onderwerp] })));
  if (vraag.soort === 'leeftijd') {
    const drempels = leeftijdsdrempels(polis, datum, regelsBijOnderwerp(polis, onderwerp, vraagtInkomen));
    // Ask from the highest age down; the first "yes" decides, and "no" to the lowest too.
    const jaar = drempels.find((d) => s.leeftijdJongerDan === undefined || d < s.leeftijdJongerDan);
    if (jaar === undefined) return overslaan();
    const laatste = jaar === drempels.at(-1);
    return {
      id: `leeftijd-${jaar}`,
      vraag,
      tekst: vraag.drempelVraag.replace('[jaar]', String(jaar)),
      antwoorden: [
        { id: 'ja', label: 'Ja', situatie: { ...s, leeftijdMinstens: jaar }, klaar: true },
        { id: 'nee', label: 'Nee', situatie: { ...s, leeftijdJongerDan: jaar }, klaar: laatste },
      ],
    };
  }

  // Income: only with a household and an age on a known side of the AOW age.
  const aow = minstensJaar(s, aowJaar(polis, datum));
  if (!s.huishouden || aow === undefined) return overslaan();
  const drempels = inkomensdrempels(polis, datum, s.huishouden, aow);
  const drempel = drempels.find((d) => s.inkomenHoogstens === undefined || (d.lager ? d.grens - 0.01 : d.grens) < s.inkomenHoogstens - 1e-9);
  if (!drempel) return overslaan();
  const hoogstens = drempel.lager ? Math.round((drempel.grens - 0.01) * 100) / 100 : drempel.grens;
  const bedrag = schrijfBedrag(drempel.grens, 'euro');
  return {
    id: `inkomen-${Math.round(hoogstens * 100)}`,
    vraag,
    tekst: (drempel.lager ? vraag.drempelVraagLager : vraag.drempelVraag).replace('[grens]', bedrag),
    antwoorden: [
      { id: 'ja', label: 'Ja', situatie: { ...s, inkomenHoogstens: hoogstens }, klaar: drempel === drempels.at(-1) },
      { id: 'nee', label: 'Nee', situatie: { ...s, inkomenMeerDan: hoogstens }, klaar: true },
      // "Weet ik niet" only at the first limit: after a "yes" the resident knows roughly.
      ...(s.inkomenHoogstens === undefined ? [{ id: 'weet-niet', label: lijst.weetIkNiet, situatie: s, klaar: true }] : []),
    ],
  };
}

function aowJaar(polis: PolisVoorAdvies, datum: string): number {
  const b = polis.bedragen.find((x) => x.sleutel === polis.instellingen.aowLeeftijd)!;
  return b.waarden.find((w) => w.geldigVanaf <= datum && (!w.geldigTot || datum <= w.geldigTot))!.waarde;
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
