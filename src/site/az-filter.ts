/**
 * Enhancement for the A–Z list: with `?q=` in the address, hide entries whose title and everyday
 * words contain none of the typed words, and say how many are left. Without JavaScript the whole
 * list shows.
 */
function normaal(s: string): string {
  return s.toLocaleLowerCase('nl').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function filterLijst(): void {
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const status = document.getElementById('zoek-status');
  const invoer = document.getElementById('zoekvak-invoer') as HTMLInputElement | null;
  if (!q || !status) return;
  if (invoer) invoer.value = q;
  const woorden = normaal(q).split(/\s+/).filter((w) => w.length > 1);
  let aantal = 0;
  for (const li of document.querySelectorAll<HTMLElement>('#az-lijst > li')) {
    const tekst = normaal(li.dataset.zoekwoorden ?? '');
    const past = woorden.length === 0 || woorden.some((w) => tekst.includes(w));
    li.hidden = !past;
    if (past) aantal++;
  }
  const d = status.dataset;
  // One form per plural category of the page's language (Polish and Ukrainian have four, Arabic six).
  const vormen = JSON.parse(d.aantal ?? '{}') as Record<string, string>;
  const vorm = vormen[new Intl.PluralRules(document.documentElement.lang).select(aantal)] ?? vormen.other;
  const telling = aantal === 0 ? d.geen : vorm?.replace('{n}', String(aantal));
  status.textContent = `${d.gezocht?.replace('{q}', q) ?? ''} ${telling ?? ''}`;
}
