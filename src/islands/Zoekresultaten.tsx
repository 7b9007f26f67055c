/**
 * Search results on the search page, from Pagefind's JS API in the page's language (Pagefind picks
 * the index by the page's `lang`). Without JavaScript the page shows the A–Z list instead.
 * The number of results is announced through a status region; strings arrive translated as props.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { combineer, kernVraag, losseWoorden } from '../domain/zoekresultaten';
import { maakVertaler, type Tekstboom } from '../domain/vertaal-boom';
import { crisisVoor, type Signaal } from '../domain/zoeksignalen';

interface Props {
  indexUrl: string;
  taal: string;
  /** The `zoeken` UI strings in the page's language. */
  teksten: Tekstboom;
  /** Words that signal danger in this language, and the crisis entries they call for. */
  signalen: Signaal[];
  /** The crisis entries as results, by slug: shown first when a query signals danger. */
  crisis: Record<string, Getoond>;
}

/** Filters the index holds, in the order shown, with the key of their label. */
const filterLabels = { soort: 'zoeken.filterSoort', onderwerp: 'zoeken.filterOnderwerp', wet: 'zoeken.filterWet' } as const;

interface PagefindResultaat { id: string; score: number; data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
type Filters = Record<string, string>;
interface Pagefind {
  search: (q: string, opties?: { filters?: Filters }) => Promise<{ results: PagefindResultaat[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

interface Getoond { url: string; titel: string; uittreksel: string; spoed?: boolean }

/** Results whose page data is fetched and shown; the rest only count. */
const TONEN = 8;

async function zoek(pagefind: Pagefind, vraag: string, taal: string, filters: Filters): Promise<{ aantal: number; resultaten: PagefindResultaat[] }> {
  const woorden = losseWoorden(vraag, taal);
  const geheel = (await pagefind.search(kernVraag(vraag, taal), { filters })).results;
  // Pages with every word come first; when they are few, pages with the most telling words follow.
  if (geheel.length >= 3 || woorden.length < 2) return { aantal: geheel.length, resultaten: geheel };
  const perWoord = await Promise.all(woorden.map(async (w) => (await pagefind.search(w, { filters })).results));
  const opId = new Map(perWoord.flat().map((r) => [r.id, r]));
  const alGevonden = new Set(geheel.map((r) => r.id));
  const aanvulling = combineer(perWoord).filter((t) => !alGevonden.has(t.id)).map((t) => opId.get(t.id)!);
  const resultaten = [...geheel, ...aanvulling];
  return { aantal: resultaten.length, resultaten };
}

export default function Zoekresultaten({ indexUrl, taal, teksten, signalen, crisis }: Props) {
  const t = useMemo(() => maakVertaler(teksten, taal), [teksten, taal]);
  const [vraag, setVraag] = useState(() => new URLSearchParams(location.search).get('q')?.trim() ?? '');
  const [stand, setStand] = useState<'leeg' | 'bezig' | 'klaar' | 'fout'>(vraag ? 'bezig' : 'leeg');
  const [aantal, setAantal] = useState(0);
  const [getoond, setGetoond] = useState<Getoond[]>([]);
  const [gekozen, setGekozen] = useState<Filters>({});
  const [keuzes, setKeuzes] = useState<Record<string, string[]>>({});

  // On this page the search box in the header searches in place: no new page, the index stays loaded.
  useEffect(() => {
    const formulier = document.querySelector<HTMLFormElement>('form.zoekvak');
    const opZoeken = (e: SubmitEvent) => {
      const q = (new FormData(formulier!).get('q') ?? '').toString().trim();
      if (!q) return;
      e.preventDefault();
      history.replaceState(null, '', `?q=${encodeURIComponent(q)}`);
      setVraag(q);
    };
    formulier?.addEventListener('submit', opZoeken);
    return () => formulier?.removeEventListener('submit', opZoeken);
  }, []);

  useEffect(() => {
    if (!vraag) return;
    // The search box in the header keeps what was typed, so it can be changed and searched again.
    const invoer = document.getElementById('zoekvak-invoer') as HTMLInputElement | null;
    if (invoer) invoer.value = vraag;
    setStand('bezig');
    let actueel = true;
    (async () => {
      try {
        const pagefind = (await import(/* @vite-ignore */ indexUrl)) as Pagefind;
        const [uit, beschikbaar] = await Promise.all([zoek(pagefind, vraag, taal, gekozen), pagefind.filters()]);
        const data = await Promise.all(uit.resultaten.slice(0, TONEN).map((r) => r.data()));
        // A newer search may have started meanwhile; its results win.
        if (!actueel) return;
        // Safety first: a query that signals violence, fear or suicide shows the crisis help on top.
        const spoed = crisisVoor(vraag, taal, signalen).map((slug) => ({ ...crisis[slug]!, spoed: true }));
        const gevonden = data.map((d) => ({ url: d.url, titel: d.meta.title ?? d.url, uittreksel: d.excerpt })).filter((g) => !spoed.some((c) => c.url === g.url));
        setGetoond([...spoed, ...gevonden]);
        setAantal(uit.aantal + spoed.length - (data.length - gevonden.length));
        setKeuzes(Object.fromEntries(Object.entries(beschikbaar).map(([naam, waarden]) => [naam, Object.keys(waarden).sort((a, b) => a.localeCompare(b, taal))])));
        setStand('klaar');
      } catch {
        if (actueel) setStand('fout');
      }
    })();
    return () => {
      actueel = false;
    };
  }, [vraag, indexUrl, taal, gekozen, signalen, crisis]);

  const status =
    !vraag ? ''
    : stand === 'bezig' ? t('zoeken.bezig')
    : stand === 'fout' ? t('zoeken.fout')
    : `${t('zoeken.gezochtOp', { q: vraag })} ${aantal === 0 ? t('zoeken.geenResultaat') : t('zoeken.aantal', { count: aantal })}`;
  return (
    // The status region is always there, so a screen reader announces each new count.
    <section class="zoekresultaten" aria-labelledby={vraag ? 'zoekresultaten-kop' : undefined} data-stand={stand}>
      {vraag && <h2 id="zoekresultaten-kop" class="nl-heading nl-heading--level-2">{t('zoeken.resultatenKop')}</h2>}
      {vraag && Object.keys(keuzes).length > 0 && (
        // Closed at first, so on a phone the results come first; then the resident opens and closes it.
        <details class="zoekfilters">
          <summary>{t('zoeken.verfijn')}</summary>
          <div class="zoekfilters__velden">
          {Object.entries(filterLabels).filter(([naam]) => keuzes[naam]?.length).map(([naam, label]) => (
            <p key={naam}>
              <label class="utrecht-form-label" for={`filter-${naam}`}>{t(label)}</label>
              <select
                id={`filter-${naam}`}
                class="utrecht-select"
                value={gekozen[naam] ?? ''}
                onChange={(e) => {
                  const waarde = (e.target as HTMLSelectElement).value;
                  setGekozen((oud) => {
                    const nieuw = { ...oud };
                    if (waarde) nieuw[naam] = waarde;
                    else delete nieuw[naam];
                    return nieuw;
                  });
                }}
              >
                <option value="">{t('zoeken.filterAlle')}</option>
                {keuzes[naam]!.map((w) => <option key={w} value={w}>{w}</option>)}
              </select>
            </p>
          ))}
          </div>
        </details>
      )}
      <p class="zoekstatus" role="status">{status}</p>
      {getoond.length > 0 && (
        <ol class="zoekresultaten__lijst">
          {getoond.map((r) => (
            <li key={r.url} class={r.spoed ? 'zoekresultaat--spoed' : undefined}>
              <a href={r.url}>{r.titel}</a>
              {r.spoed ? (
                <p>{r.uittreksel}</p>
              ) : (
                // Pagefind's excerpt is text from our own pages, escaped, with <mark> around the words found.
                <p dangerouslySetInnerHTML={{ __html: r.uittreksel }} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
