/**
 * The wegwijzer with JavaScript: several topics at once, one question per screen, typed amounts,
 * a check-your-answers step and the advice, computed in the browser by the same engine. Nothing is
 * sent anywhere; answers live in memory and, only for the share link, in the URL fragment.
 * Every string arrives translated, in the data file the island fetches on arrival (see
 * src/site/wegwijzer-gegevens.ts); until it is there the version without JavaScript stays.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { maakAdvies } from '../engine/advies';
import { naarFragment, stand, uitFragment, WEET_NIET, VERDER, geldigAntwoord, type Antwoorden } from '../engine/antwoorden';
import { telLink } from '../domain/telefoon';
import { maakVertaler } from '../domain/vertaal-boom';
import { leesBedrag } from '../domain/bedrag-invoer';
import Reden from '../components/Reden';
import { schrijfBedrag } from '../domain/bedragen';
import type { OnderwerpId } from '../schemas/onderwerp';
import type { Vraag } from '../schemas/vraag';
import type { NlPakket, WegwijzerGegevens } from '../site/wegwijzer-gegevens';

/** What the page gives the island: small, so the start page stays small. */
export interface Props {
  /** Where the island's data is: a JSON file of `WegwijzerGegevens` on this site. */
  gegevensUrl: string;
  /** In a language other than Dutch: where the Dutch texts are (`NlPakket`), fetched second. */
  nlUrl?: string;
  /** Where "exit this page" goes. */
  snelWegUrl: string;
  /** The page's language, its direction and its own name. */
  taal: { code: string; richting: 'ltr' | 'rtl'; eigenNaam: string };
}

type SchermProps = WegwijzerGegevens & Omit<Props, 'gegevensUrl' | 'nlUrl'>;

type Scherm = { soort: 'onderwerpen' } | { soort: 'vraag'; vraag: Vraag } | { soort: 'controle' } | { soort: 'advies' };

/**
 * Loads the data, then shows the wegwijzer. Until then, and if loading fails, it shows nothing and
 * leaves the version without JavaScript in place, which is a complete flow of its own.
 */
export default function Wegwijzer({ gegevensUrl, nlUrl, snelWegUrl, taal }: Props) {
  const [gegevens, setGegevens] = useState<WegwijzerGegevens | undefined>();
  const [nl, setNl] = useState<NlPakket | undefined>();
  useEffect(() => {
    const afbreken = new AbortController();
    const json = <T,>(url: string) => fetch(url, { signal: afbreken.signal }).then((a) => (a.ok ? (a.json() as Promise<T>) : undefined));
    json<WegwijzerGegevens>(gegevensUrl)
      .then((g) => {
        setGegevens(g);
        // The Dutch column comes second: the first question does not wait for it.
        if (g && nlUrl) return json<NlPakket>(nlUrl).then(setNl);
      })
      .catch(() => undefined);
    return () => afbreken.abort();
  }, [gegevensUrl, nlUrl]);
  return gegevens ? <WegwijzerScherm {...gegevens} nl={nl} snelWegUrl={snelWegUrl} taal={taal} /> : null;
}

function WegwijzerScherm({ polis, vragen, datum, regels, wijkteams, pictogrammen, soortPictogrammen, meenemen, spoedNummers, snelWegUrl, teksten, taal, nl }: SchermProps) {
  const t = useMemo(() => maakVertaler(teksten, taal.code), [teksten, taal.code]);
  const [onderwerpen, setOnderwerpen] = useState<OnderwerpId[]>([]);
  const [antwoorden, setAntwoorden] = useState<Antwoorden>({});
  const [scherm, setScherm] = useState<Scherm>({ soort: 'onderwerpen' });
  const [fout, setFout] = useState<string | undefined>();
  const [invoer, setInvoer] = useState('');
  const kop = useRef<HTMLHeadingElement>(null);
  // On typed questions the label is inside the h1 and takes the focus instead.
  const kopLabel = useRef<HTMLLabelElement>(null);
  const samenvatting = useRef<HTMLDivElement>(null);

  // The links for one topic at a time are the version without JavaScript; this replaces them,
  // before the first paint so there is never a second h1.
  // The data arrives after the page is usable: a resident who already tabbed into those links keeps a
  // place to be, the new heading, instead of falling back to the top of the page.
  useLayoutEffect(() => {
    const zonderJs = document.getElementById('wegwijzer-zonder-js');
    const hadFocus = zonderJs?.contains(document.activeElement) ?? false;
    zonderJs?.remove();
    if (hadFocus) kop.current?.focus();
  }, []);

  // A shared link opens the same answers: straight to the check page.
  useEffect(() => {
    if (location.hash.length > 1) {
      const gedeeld = uitFragment(vragen, location.hash);
      if (gedeeld.onderwerpen.length > 0) {
        setOnderwerpen(gedeeld.onderwerpen);
        setAntwoorden(gedeeld.antwoorden);
        const s = stand(vragen, polis, datum, gedeeld.onderwerpen, gedeeld.antwoorden);
        setScherm(s.volgende ? { soort: 'vraag', vraag: s.volgende } : { soort: 'controle' });
      }
    }
  }, []);

  const huidige = stand(vragen, polis, datum, onderwerpen, antwoorden);

  // The language switcher keeps the answers: its links carry them in the fragment, which the
  // island in the other language reads on arrival (the fragment is never sent to the server).
  useEffect(() => {
    const fragment = onderwerpen.length > 0 ? naarFragment(onderwerpen, antwoorden) : '';
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.taalkiezer a[data-taal]')) {
      const url = new URL(a.href);
      url.hash = fragment;
      a.href = url.href;
    }
  }, [onderwerpen, antwoorden]);

  // Focus moves to the new heading (or the error summary) on every step, but not on arrival.
  const eersteKeer = useRef(true);
  useEffect(() => {
    const titel = scherm.soort === 'vraag' ? scherm.vraag.vraag : t(`js.titel.${scherm.soort}`);
    document.title = `${fout ? `${t('js.foutTitel')} ` : ''}${titel} – ${t('wegwijzer.titel')}`;
    if (eersteKeer.current) {
      eersteKeer.current = false;
      return;
    }
    (fout ? samenvatting.current : (kop.current ?? kopLabel.current))?.focus();
  }, [scherm, fout]);

  const verder = (nieuw: Antwoorden) => {
    const s = stand(vragen, polis, datum, onderwerpen, nieuw);
    setFout(undefined);
    setInvoer('');
    setScherm(s.volgende ? { soort: 'vraag', vraag: s.volgende } : { soort: 'controle' });
  };

  const beantwoord = (vraag: Vraag, waarde: string) => {
    if (!geldigAntwoord(vraag, waarde)) {
      setFout(t(`js.fout.${vraag.soort}`));
      return;
    }
    const nieuw = { ...antwoorden, [vraag.id]: waarde };
    setAntwoorden(nieuw);
    verder(nieuw);
  };

  const wis = () => {
    setOnderwerpen([]);
    setAntwoorden({});
    setFout(undefined);
    history.replaceState(null, '', location.pathname);
    setScherm({ soort: 'onderwerpen' });
  };

  const veiligheid =
    onderwerpen.includes('veiligheid') || huidige.situatie.onveiligThuis === true || huidige.situatie.acuutGevaar === true;
  useEffect(() => {
    if (!veiligheid) return;
    let keer = 0;
    let klok: number | undefined;
    const luister = (e: KeyboardEvent) => {
      if (e.key !== 'Shift') return;
      keer += 1;
      clearTimeout(klok);
      klok = window.setTimeout(() => (keer = 0), 1000);
      if (keer >= 3) location.replace(snelWegUrl);
    };
    document.addEventListener('keydown', luister);
    return () => document.removeEventListener('keydown', luister);
  }, [veiligheid]);
  const snelWeg = veiligheid && (
    <div class="snelweg">
      <a class="snelweg__knop" href={snelWegUrl} rel="noreferrer">{t('wegwijzer.snelWeg')}</a>
      <p class="snelweg__uitleg">{t('wegwijzer.snelWegUitleg')}</p>
    </div>
  );

  const foutSamenvatting = fout && (
    <div class="foutsamenvatting" role="alert" tabIndex={-1} ref={samenvatting}>
      <h2>{t('js.foutKop')}</h2>
      <ul><li><a href="#invoer">{fout}</a></li></ul>
    </div>
  );

  if (scherm.soort === 'onderwerpen')
    return (
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (onderwerpen.length === 0) return setFout(t('js.fout.onderwerpen'));
          verder(antwoorden);
        }}
      >
        {foutSamenvatting}
        <fieldset class="keuzes" aria-describedby={fout ? 'invoer-fout' : undefined}>
          <legend><h1 class="nl-heading nl-heading--level-1" tabIndex={-1} ref={kop}>{t('wegwijzer.start')}</h1></legend>
          <p class="utrecht-paragraph">{t('js.meerdereOnderwerpen')}</p>
          {fout && <p class="veldfout" id="invoer-fout">{fout}</p>}
          {polis.onderwerpen.map((o, i) => (
            <label class="keuze" key={o.id}>
              <input
                type="checkbox"
                id={i === 0 ? 'invoer' : undefined}
                checked={onderwerpen.includes(o.id)}
                onChange={(e) => setOnderwerpen((oud) => ((e.target as HTMLInputElement).checked ? [...oud, o.id] : oud.filter((x) => x !== o.id)))}
              />
              <span class="keuze__pictogram" aria-hidden="true" dangerouslySetInnerHTML={{ __html: pictogrammen[o.id] ?? '' }} />
              <span>{o.titel}</span>
            </label>
          ))}
        </fieldset>
        <button class="utrecht-button utrecht-button--primary-action" type="submit">{t('js.verder')}</button>
      </form>
    );

  if (scherm.soort === 'vraag') {
    const vraag = scherm.vraag;
    const terug = () => {
      const i = huidige.beantwoord.length - 1;
      setFout(undefined);
      setScherm(i >= 0 ? { soort: 'vraag', vraag: huidige.beantwoord[i]! } : { soort: 'onderwerpen' });
    };
    return (
      <div>
        {snelWeg}
        <button type="button" class="teruglink knop-als-link" onClick={terug}>{t('wegwijzer.terug')}</button>
        {foutSamenvatting}
        {vraag.soort === 'spoed' ? (
          <>
            <h1 class="nl-heading nl-heading--level-1" tabIndex={-1} ref={kop}>{vraag.vraag}</h1>
            {vraag.uitleg && <p class="utrecht-paragraph">{vraag.uitleg}</p>}
            <div class="spoedscherm">
              <p><a class="spoedscherm__bel" href={telLink(spoedNummers.alarm)} dir="ltr">{t('wegwijzer.bel112')}</a></p>
              {spoedNummers.zelfmoord && huidige.situatie.onderwerpen.includes('psychisch') && (
                <p class="utrecht-paragraph">{t('wegwijzer.spoed113')} <a href={telLink(spoedNummers.zelfmoord)} dir="ltr">{spoedNummers.zelfmoord}</a></p>
              )}
              {spoedNummers.veiligThuis && (
                <p class="utrecht-paragraph">{t('wegwijzer.spoedVeiligThuis')} <a href={telLink(spoedNummers.veiligThuis)} dir="ltr">{spoedNummers.veiligThuis}</a></p>
              )}
            </div>
            <ul class="antwoorden">
              <li><button type="button" class="antwoord" onClick={() => beantwoord(vraag, VERDER)}>{vraag.verder}</button></li>
            </ul>
          </>
        ) : vraag.soort === 'keuze' ? (
          <>
            <h1 class="nl-heading nl-heading--level-1" tabIndex={-1} ref={kop}>{vraag.vraag}</h1>
            {vraag.uitleg && <p class="utrecht-paragraph">{vraag.uitleg}</p>}
            <ul class="antwoorden">
              {vraag.antwoorden.map((a) => (
                <li key={a.id}>
                  <button type="button" class="antwoord" aria-pressed={antwoorden[vraag.id] === a.id} onClick={() => beantwoord(vraag, a.id)}>{a.label}</button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <form noValidate onSubmit={(e) => { e.preventDefault(); beantwoord(vraag, invoer || (antwoorden[vraag.id] ?? '')); }}>
            <h1 class="nl-heading nl-heading--level-1"><label for="invoer" tabIndex={-1} ref={kopLabel}>{vraag.vraag}</label></h1>
            {vraag.uitleg && <p class="utrecht-paragraph" id="invoer-uitleg">{vraag.uitleg}</p>}
            {fout && <p class="veldfout" id="invoer-fout">{fout}</p>}
            <p>
              {(vraag.soort === 'inkomen' || vraag.soort === 'vermogen') && <span class="voorvoegsel" aria-hidden="true">€ </span>}
              <input
                class={`utrecht-textbox${fout ? ' utrecht-textbox--invalid' : ''}`}
                id="invoer"
                inputMode={vraag.soort === 'postcode' ? 'text' : 'decimal'}
                autoComplete={vraag.soort === 'postcode' ? 'postal-code' : 'off'}
                aria-invalid={fout ? true : undefined}
                aria-describedby={[vraag.uitleg ? 'invoer-uitleg' : '', fout ? 'invoer-fout' : ''].join(' ').trim() || undefined}
                value={invoer || (antwoorden[vraag.id] !== WEET_NIET ? antwoorden[vraag.id] ?? '' : '')}
                onInput={(e) => setInvoer((e.target as HTMLInputElement).value)}
              />
            </p>
            <p class="knoppen">
              <button class="utrecht-button utrecht-button--primary-action" type="submit">{t('js.verder')}</button>
              <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => beantwoord(vraag, WEET_NIET)}>
                {vraag.soort === 'postcode' ? t('js.overslaan') : vragen.weetIkNiet}
              </button>
            </p>
          </form>
        )}
      </div>
    );
  }

  const tekstVan = (vraag: Vraag) => antwoordTekst(vraag, antwoorden, vragen.weetIkNiet);

  if (scherm.soort === 'controle')
    return (
      <div>
        {snelWeg}
        <h1 class="nl-heading nl-heading--level-1" tabIndex={-1} ref={kop}>{t('js.titel.controle')}</h1>
        <dl class="antwoordenlijst">
          <div>
            <dt>{t('wegwijzer.onderwerp')}</dt>
            <dd>
              {polis.onderwerpen.filter((o) => onderwerpen.includes(o.id)).map((o) => o.titel).join(', ')}{' '}
              <button type="button" class="knop-als-link" onClick={() => setScherm({ soort: 'onderwerpen' })} aria-label={t('wegwijzer.wijzigVraag', { vraag: t('wegwijzer.onderwerp') })}>{t('wegwijzer.wijzig')}</button>
            </dd>
          </div>
          {huidige.beantwoord.map((v) => (
            <div key={v.id}>
              <dt>{v.vraag}</dt>
              <dd>
                {tekstVan(v)}{' '}
                <button type="button" class="knop-als-link" onClick={() => setScherm({ soort: 'vraag', vraag: v })} aria-label={t('wegwijzer.wijzigVraag', { vraag: v.vraag })}>{t('wegwijzer.wijzig')}</button>
              </dd>
            </div>
          ))}
        </dl>
        <button class="utrecht-button utrecht-button--primary-action" type="button" onClick={() => setScherm({ soort: 'advies' })}>{t('js.toonAdvies')}</button>
      </div>
    );

  const advies = maakAdvies(huidige.situatie, polis, datum, t);
  const deellink = `${location.origin}${location.pathname}${naarFragment(onderwerpen, antwoorden)}`;
  const team = advies.wijkteam && wijkteams[advies.wijkteam.slug];
  const gekozen = polis.onderwerpen.filter((o) => onderwerpen.includes(o.id));
  const tNl = nl && maakVertaler(nl.teksten, 'nl');
  return (
    <div>
      {snelWeg}
      <h1 class="nl-heading nl-heading--level-1" tabIndex={-1} ref={kop}>{t('wegwijzer.adviesTitel')}</h1>
      <p class="utrecht-paragraph">{t('wegwijzer.adviesIntro')}</p>
      {nl && <p class="utrecht-paragraph naastelkaar-schakel"><a href="#naast-elkaar">{t('naastElkaar.link')}</a></p>}
      {advies.meldingen.map((m) => <p class="utrecht-paragraph melding" key={m}>{m}</p>)}
      {advies.wijkteam && team && (
        <div class="uw-wijkteam">
          <p class="utrecht-paragraph">
            {t('js.uwWijkteam')} <a href={team.url}><bdi lang={nl ? 'nl' : undefined}>{advies.wijkteam.naam}</bdi></a>,{' '}
            <a href={`tel:${advies.wijkteam.telefoon.replace(/[^0-9]/g, '')}`} dir="ltr">{advies.wijkteam.telefoon}</a>,{' '}
            <bdi lang={nl ? 'nl' : undefined} dir="ltr">{team.adres}</bdi>
          </p>
          <details>
            <summary>{t('openingstijden.kop')}</summary>
            <ul>{team.tijden.map((r) => <li key={r}>{r}</li>)}</ul>
          </details>
        </div>
      )}
      <div id="naast-elkaar" class="advies-kolommen">
        <div class="advies-kolom" lang={nl ? taal.code : undefined} dir={nl ? taal.richting : undefined}>
          {nl && <p class="naast-elkaar__taal">{taal.eigenNaam}</p>}
          <AdviesDeel
            soortPictogrammen={soortPictogrammen}
            advies={advies}
            regels={regels}
            t={t}
            onderwerpTitels={gekozen.map((o) => o.titel)}
            antwoorden={huidige.beantwoord.map((v) => ({ vraag: v.vraag, antwoord: tekstVan(v) }))}
            spullen={[...new Set(advies.routes.flatMap((r) => meenemen[r.soort] ?? []))]}
            kopNiveau={2}
            id=""
          />
        </div>
        {nl && tNl && (
          <div class="advies-kolom advies-kolom--nl" lang="nl" dir="ltr">
            <p class="naast-elkaar__taal">{nl.eigenNaam}</p>
            <h2 class="nl-heading nl-heading--level-2">{tNl('wegwijzer.adviesTitel')}</h2>
            <AdviesDeel
              soortPictogrammen={soortPictogrammen}
              advies={maakAdvies(huidige.situatie, polis, datum, tNl)}
              regels={nl.regels}
              t={tNl}
              onderwerpTitels={gekozen.map((o) => nl.onderwerpTitels[o.id] ?? o.titel)}
              antwoorden={huidige.beantwoord.map((v) => {
                const vraagNl = nl.vragen.vragen.find((x) => x.id === v.id) ?? v;
                return { vraag: vraagNl.vraag, antwoord: antwoordTekst(vraagNl, antwoorden, nl.vragen.weetIkNiet) };
              })}
              spullen={[...new Set(advies.routes.flatMap((r) => nl.meenemen[r.soort] ?? []))]}
              kopNiveau={3}
              id="nl-"
              linkTaal="nl"
            />
          </div>
        )}
      </div>
      <section aria-labelledby="meenemen" class="wijkteamblad">
        <h2 id="meenemen" class="nl-heading nl-heading--level-2">{t('blad.kop')}</h2>
        <p class="utrecht-paragraph">{t('blad.intro')}</p>
        <label class="utrecht-form-label" for="eigen-vraag">{t('blad.eigenVraag')}</label>
        <p class="utrecht-paragraph toelichting" id="eigen-vraag-uitleg">{t('blad.eigenVraagUitleg')}</p>
        <textarea class="utrecht-textbox eigen-vraag" id="eigen-vraag" rows={4} aria-describedby="eigen-vraag-uitleg" />
        <p><button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => print()}>{t('blad.afdrukken')}</button></p>
      </section>
      <section aria-labelledby="delen" class="delen">
        <h2 id="delen" class="nl-heading nl-heading--level-2">{t('js.delenKop')}</h2>
        <p class="utrecht-paragraph">{t('js.delenUitleg')}</p>
        <p><a href={deellink} id="deellink">{t('js.deellink')}</a></p>
        <p class="knoppen">
          <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={() => setScherm({ soort: 'controle' })}>{t('js.terugNaarAntwoorden')}</button>
          <button class="utrecht-button utrecht-button--secondary-action" type="button" onClick={wis}>{t('js.wis')}</button>
        </p>
      </section>
    </div>
  );
}

function antwoordTekst(vraag: Vraag, antwoorden: Antwoorden, weetIkNiet: string): string {
  const w = antwoorden[vraag.id]!;
  if (w === WEET_NIET) return weetIkNiet;
  if (vraag.soort === 'keuze') return vraag.antwoorden.find((a) => a.id === w)!.label;
  return vraag.soort === 'inkomen' || vraag.soort === 'vermogen' ? schrijfBedrag(leesBedrag(w)!, 'euro') : w;
}

interface AdviesDeelProps {
  advies: ReturnType<typeof maakAdvies>;
  regels: WegwijzerGegevens['regels'];
  t: ReturnType<typeof maakVertaler>;
  onderwerpTitels: string[];
  antwoorden: { vraag: string; antwoord: string }[];
  spullen: string[];
  kopNiveau: 2 | 3;
  /** Prefix that keeps ids unique when the advice is shown twice. */
  id: string;
  /** Set when this advice is in another language than the page: its links say where they go. */
  linkTaal?: string;
  soortPictogrammen: Record<string, string>;
}

/** The advice in one language: routes with reasons and first steps, what does not fit, the answers, what to bring. */
function AdviesDeel({ advies, regels, t, onderwerpTitels, antwoorden, spullen, kopNiveau, id, linkTaal, soortPictogrammen }: AdviesDeelProps) {
  const K = kopNiveau === 2 ? 'h2' : 'h3';
  const artikel = (g: { wet: string; artikel: string }) => t('wegwijzer.artikel', { wet: g.wet, artikel: g.artikel });
  return (
    <>
      <ol class="routes">
        {advies.routes.map((r) => (
          <li key={r.polis} class={`route route--${r.soort}${r.urgent ? ' route--urgent' : ''}`} data-route={r.polis} data-zekerheid={r.zekerheid}>
            <p class="route__soort">
              <span class="soortlabel">
                <span aria-hidden="true" dangerouslySetInnerHTML={{ __html: soortPictogrammen[r.soort] ?? '' }} />
                <span>{r.urgent ? t('wegwijzer.urgent') : t(`soort.${r.soort}`)}</span>
              </span>
            </p>
            <K class="route__titel"><a href={regels[r.polis]!.url} hreflang={linkTaal}>{regels[r.polis]!.titel}</a></K>
            <p class="route__kort">{regels[r.polis]!.kort}</p>
            <p class={`route__zekerheid route__zekerheid--${r.zekerheid}`}>{t(`wegwijzer.${r.zekerheid}`)}</p>
            <details class="route__waarom">
              <summary>{t('wegwijzer.waarom')}</summary>
              <ul>
                {r.redenen.map((reden, i) => <li key={i}><Reden reden={reden} artikel={artikel} /></li>)}
              </ul>
            </details>
            <details class="route__watnu" open={r.soort === 'spoed' || r.urgent}>
              <summary>{t('wegwijzer.watNu')}</summary>
              <ol class="stappen">{regels[r.polis]!.stappen.map((stap) => <li key={stap}>{stap}</li>)}</ol>
              {r.controle && <p class="route__controle"><a href={r.controle.url} lang="nl">{t('wegwijzer.controle', { naam: r.controle.naam })}</a></p>}
            </details>
            <p><a href={regels[r.polis]!.url} hreflang={linkTaal}>{t('wegwijzer.meerInfo', { titel: regels[r.polis]!.titel })}</a></p>
          </li>
        ))}
      </ol>
      {advies.nietVoorU.length > 0 && (
        <section aria-labelledby={`${id}niet-voor-u`} class="nietvooru">
          <K id={`${id}niet-voor-u`} class={`nl-heading nl-heading--level-${kopNiveau}`}>{t('wegwijzer.nietVoorU')}</K>
          <ul>
            {advies.nietVoorU.map((n) => (
              <li key={n.polis} data-niet-voor-u={n.polis}>
                <a href={regels[n.polis]!.url} hreflang={linkTaal}>{regels[n.polis]!.titel}</a>:{' '}
                {n.redenen.map((reden, i) => <>{i > 0 && ' '}<Reden reden={reden} artikel={artikel} /></>)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby={`${id}antwoorden-kop`} class="antwoordenlijst">
        <K id={`${id}antwoorden-kop`} class={`nl-heading nl-heading--level-${kopNiveau}`}>{t('wegwijzer.uwAntwoorden')}</K>
        <dl>
          <div><dt>{t('wegwijzer.onderwerp')}</dt><dd>{onderwerpTitels.join(', ')}</dd></div>
          {antwoorden.map((a) => <div key={a.vraag}><dt>{a.vraag}</dt><dd>{a.antwoord}</dd></div>)}
        </dl>
      </section>
      {spullen.length > 0 && (
        <section aria-labelledby={`${id}meenemen-lijst`} class="meenemen">
          <K id={`${id}meenemen-lijst`} class={`nl-heading nl-heading--level-${kopNiveau}`}>{t('blad.meenemen')}</K>
          <ul>{spullen.map((x) => <li key={x}>{x}</li>)}</ul>
        </section>
      )}
    </>
  );
}
