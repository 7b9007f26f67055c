/**
 * Postcodes as residents type them (`1234AB`, `1234 ab`, `1234`) and the wijkteam that serves them.
 */
export function postcodeCijfers(invoer: string): number | undefined {
  const m = /^\s*([1-9][0-9]{3})\s*([a-zA-Z]{2})?\s*$/.exec(invoer);
  return m ? Number(m[1]) : undefined;
}

export function wijkteamVoorPostcode<T extends { postcodegebieden: { van: number; tot: number }[] }>(
  wijkteams: readonly T[],
  postcode: string,
): T | undefined {
  const cijfers = postcodeCijfers(postcode);
  if (cijfers === undefined) return undefined;
  return wijkteams.find((w) => w.postcodegebieden.some((g) => g.van <= cijfers && cijfers <= g.tot));
}
