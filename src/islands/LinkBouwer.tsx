/**
 * The link builder on the page for referrers: choose a topic or an entry and a language, get the
 * deep link (read-only field plus copy button), its QR code (a static SVG made at build time, no
 * QR library here) and, for a topic, the poster and card. Strings arrive translated as props.
 * Hidden until it runs: without JavaScript the page's own lists show the same links.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { absoluut, pad, verwijsPad } from '../site/paden';
import { doelId, type VerwijsDoel } from '../domain/verwijzers';

interface Keuze { doel: VerwijsDoel; label: string; lang?: string }

interface Props {
  siteUrl: string;
  /** The page's language: the first choice of language. */
  taal: string;
  talen: { code: string; naam: string }[];
  onderwerpen: Keuze[];
  regels: Keuze[];
  teksten: {
    kop: string; kiesDoel: string; groepOnderwerpen: string; groepRegels: string; kiesTaal: string; link: string;
    kopieer: string; gekopieerd: string; geselecteerd: string; qrNaar: string; poster: string; kaart: string; alleenOnderwerp: string;
  };
}

export default function LinkBouwer({ siteUrl, taal, talen, onderwerpen, regels, teksten: t }: Props) {
  const alle = [...onderwerpen, ...regels];
  const [actief, zetActief] = useState(false);
  const [gekozen, kies] = useState(doelId(alle[0]!.doel));
  const [doelTaal, kiesTaal] = useState(taal);
  const [melding, zetMelding] = useState('');
  const veld = useRef<HTMLInputElement>(null);
  useEffect(() => zetActief(true), []);

  const keuze = alle.find((k) => doelId(k.doel) === gekozen) ?? alle[0]!;
  const url = absoluut(siteUrl, verwijsPad(keuze.doel, doelTaal));
  const naam = t.qrNaar.replace('{{adres}}', url);

  async function kopieer() {
    try {
      await navigator.clipboard.writeText(url);
      zetMelding(t.gekopieerd);
    } catch {
      // No clipboard (permission, old browser): select the link so the person can copy it themselves.
      veld.current?.focus();
      veld.current?.select();
      zetMelding(t.geselecteerd);
    }
  }
  const kiesEn = (zet: (w: string) => void) => (e: Event) => {
    zet((e.currentTarget as HTMLSelectElement).value);
    zetMelding('');
  };

  return (
    <section class="linkbouwer" aria-labelledby="linkbouwer-kop" hidden={!actief}>
      <h3 class="nl-heading nl-heading--level-3" id="linkbouwer-kop">{t.kop}</h3>
      <div class="linkbouwer__keuzes">
        <p class="linkbouwer__veld">
          <label class="utrecht-form-label" for="linkbouwer-doel">{t.kiesDoel}</label>
          <select class="linkbouwer__select" id="linkbouwer-doel" value={gekozen} onChange={kiesEn(kies)}>
            <optgroup label={t.groepOnderwerpen}>
              {onderwerpen.map((k) => <option value={doelId(k.doel)} lang={k.lang}>{k.label}</option>)}
            </optgroup>
            <optgroup label={t.groepRegels}>
              {regels.map((k) => <option value={doelId(k.doel)} lang={k.lang}>{k.label}</option>)}
            </optgroup>
          </select>
        </p>
        <p class="linkbouwer__veld">
          <label class="utrecht-form-label" for="linkbouwer-taal">{t.kiesTaal}</label>
          <select class="linkbouwer__select" id="linkbouwer-taal" value={doelTaal} onChange={kiesEn(kiesTaal)}>
            {talen.map((l) => <option value={l.code} lang={l.code}>{l.naam}</option>)}
          </select>
        </p>
      </div>
      <p class="linkbouwer__veld">
        <label class="utrecht-form-label" for="linkbouwer-link">{t.link}</label>
        <input class="utrecht-textbox linkbouwer__link" id="linkbouwer-link" type="text" readOnly value={url} dir="ltr" ref={veld} onFocus={(e) => e.currentTarget.select()} />
      </p>
      <p>
        <button class="utrecht-button utrecht-button--primary-action linkbouwer__kopieer" type="button" onClick={kopieer}>{t.kopieer}</button>
      </p>
      <p class="linkbouwer__melding" role="status">{melding}</p>
      <img class="linkbouwer__qr" src={pad.verwijzersQr(doelTaal, doelId(keuze.doel))} alt={naam} width={240} height={240} />
      {keuze.doel.soort === 'onderwerp' ? (
        <ul class="linkbouwer__drukwerk">
          <li><a href={pad.verwijzersPoster(doelTaal, keuze.doel.id)} hreflang={doelTaal}>{t.poster}</a></li>
          <li><a href={pad.verwijzersKaart(doelTaal, keuze.doel.id)} hreflang={doelTaal}>{t.kaart}</a></li>
        </ul>
      ) : (
        <p class="utrecht-paragraph">{t.alleenOnderwerp}</p>
      )}
    </section>
  );
}
