/**
 * What the answers tell about income and age: an exact value from the question flow with
 * JavaScript, or bounds from threshold questions without it. `undefined` means the answers do not
 * decide the question.
 */
import type { Situatie } from '../schemas/situatie';

const CENT = 0.01;
const MARGE = 1e-9;

/** Is the income at most `grens` (or below it when `strikt`)? */
export function inkomenBinnen(s: Situatie, grens: number, strikt: boolean): boolean | undefined {
  const x = s.nettoInkomenPerMaand;
  if (x !== undefined) return strikt ? x < grens : x <= grens;
  const hoogstens = s.inkomenHoogstens;
  if (hoogstens !== undefined && (strikt ? hoogstens < grens : hoogstens <= grens + MARGE)) return true;
  // Amounts are in cents: "more than grens − 1 cent" means "grens or more".
  const meerDan = s.inkomenMeerDan;
  if (meerDan !== undefined && meerDan >= (strikt ? grens - CENT : grens) - MARGE) return false;
  return undefined;
}

/** Is the person at least `jaar` old? */
export function minstensJaar(s: Situatie, jaar: number): boolean | undefined {
  if (s.leeftijd !== undefined) return s.leeftijd >= jaar;
  if (s.leeftijdMinstens !== undefined && s.leeftijdMinstens >= jaar) return true;
  if (s.leeftijdJongerDan !== undefined && s.leeftijdJongerDan <= jaar) return false;
  return undefined;
}

/** Are savings and assets at most `grens`? */
export function vermogenBinnen(s: Situatie, grens: number): boolean | undefined {
  if (s.vermogen !== undefined) return s.vermogen <= grens;
  if (s.vermogenHoogstens !== undefined && s.vermogenHoogstens <= grens + MARGE) return true;
  if (s.vermogenMeerDan !== undefined && s.vermogenMeerDan >= grens - MARGE) return false;
  return undefined;
}

export function inkomenBekend(s: Situatie): boolean {
  return s.nettoInkomenPerMaand !== undefined || s.inkomenHoogstens !== undefined || s.inkomenMeerDan !== undefined;
}

export function leeftijdBekend(s: Situatie): boolean {
  return s.leeftijd !== undefined || s.leeftijdMinstens !== undefined || s.leeftijdJongerDan !== undefined;
}
