/**
 * The question flow with JavaScript: answers are kept by question id (never by position), so a
 * changed answer keeps every later answer that still applies, and a share link made in one language
 * opens the same answers in another.
 */
import { leesBedrag, leesLeeftijd } from '../domain/bedrag-invoer';
import { postcodeCijfers } from '../domain/postcode';
import type { OnderwerpId } from '../schemas/onderwerp';
import { onderwerpIds } from '../schemas/onderwerp-ids';
import type { Situatie } from '../schemas/situatie';
import type { Vraag, Vragenlijst } from '../schemas/vraag';
import { past } from './aanleidingen';
import type { PolisVoorAdvies } from './polis-voor-advies';
import { doetErToe } from './vragenlijst';

/** Question id → answer: an answer id, or the typed value; `weet-niet` where that is allowed. */
export type Antwoorden = Record<string, string>;

export const WEET_NIET = 'weet-niet';

/** Whether a typed or chosen answer is valid for the question. */
export const VERDER = 'verder';

export function geldigAntwoord(vraag: Vraag, waarde: string): boolean {
  if (vraag.soort === 'spoed') return waarde === VERDER;
  if (waarde === WEET_NIET) return vraag.soort !== 'keuze' || vraag.antwoorden.some((a) => a.id === WEET_NIET);
  switch (vraag.soort) {
    case 'keuze':
      return vraag.antwoorden.some((a) => a.id === waarde);
    case 'inkomen':
    case 'vermogen':
      return leesBedrag(waarde) !== undefined;
    case 'leeftijd':
      return leesLeeftijd(waarde) !== undefined;
    case 'postcode':
      return postcodeCijfers(waarde) !== undefined;
  }
}

function pasToe(vraag: Vraag, waarde: string, s: Situatie): Situatie {
  if (waarde === WEET_NIET) return s;
  switch (vraag.soort) {
    case 'spoed':
      return s;
    case 'keuze': {
      const a = vraag.antwoorden.find((x) => x.id === waarde)!;
      const onderwerpen = a.onderwerp && !s.onderwerpen.includes(a.onderwerp) ? [...s.onderwerpen, a.onderwerp] : s.onderwerpen;
      return { ...s, ...a.zet, onderwerpen };
    }
    case 'inkomen':
      return { ...s, nettoInkomenPerMaand: leesBedrag(waarde)! };
    case 'vermogen':
      return { ...s, vermogen: leesBedrag(waarde)! };
    case 'leeftijd':
      return { ...s, [vraag.veld]: leesLeeftijd(waarde)! };
    case 'postcode':
      return { ...s, postcode: waarde.trim().toUpperCase() };
  }
}

/** Whether a question is asked with JavaScript, given the answers so far. */
export function nodig(vraag: Vraag, s: Situatie): boolean {
  return !vraag.nietBij.some((a) => past(a, s)) && vraag.nodigBij.some((a) => past(a, s));
}

export interface Stand {
  situatie: Situatie;
  /** Questions that apply and were answered, in order (for the check-your-answers page). */
  beantwoord: Vraag[];
  /** The first question that applies and has no answer yet; none: the advice can be shown. */
  volgende?: Vraag;
}

export function stand(lijst: Vragenlijst, polis: PolisVoorAdvies, datum: string, onderwerpen: OnderwerpId[], antwoorden: Antwoorden): Stand {
  let situatie: Situatie = { onderwerpen };
  const beantwoord: Vraag[] = [];
  for (const vraag of lijst.vragen) {
    if (!nodig(vraag, situatie) || !doetErToe(vraag, situatie, polis, datum)) continue;
    const waarde = antwoorden[vraag.id];
    if (waarde === undefined || !geldigAntwoord(vraag, waarde)) return { situatie, beantwoord, volgende: vraag };
    situatie = pasToe(vraag, waarde, situatie);
    beantwoord.push(vraag);
  }
  return { situatie, beantwoord };
}

/** `#onderwerpen=huishouden,werk&zelf=nee&inkomen=1500` */
export function naarFragment(onderwerpen: readonly OnderwerpId[], antwoorden: Antwoorden): string {
  const p = new URLSearchParams();
  p.set('onderwerpen', onderwerpen.join(','));
  for (const [id, waarde] of Object.entries(antwoorden)) p.set(id, waarde);
  return `#${p.toString()}`;
}

/** Reads a share link; unknown questions and invalid answers are left out, not guessed. */
export function uitFragment(lijst: Vragenlijst, fragment: string): { onderwerpen: OnderwerpId[]; antwoorden: Antwoorden } {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const onderwerpen = (p.get('onderwerpen') ?? '')
    .split(',')
    .filter((o): o is OnderwerpId => (onderwerpIds as readonly string[]).includes(o));
  const antwoorden: Antwoorden = {};
  for (const vraag of lijst.vragen) {
    const waarde = p.get(vraag.id);
    if (waarde !== null && geldigAntwoord(vraag, waarde)) antwoorden[vraag.id] = waarde;
  }
  return { onderwerpen: [...new Set(onderwerpen)], antwoorden };
}
