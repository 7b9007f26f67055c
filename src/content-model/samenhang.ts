/**
 * Cross-file checks: every reference resolves, every required entry exists, every amount that is
 * used has a value on the build date, and no two wijkteams serve the same postcode.
 */
import { waardeOpDatum } from '../domain/bedragen';
import { losseAccolade, splitsTekst } from '../domain/tekst-verwijzingen';
import { onderwerpIds } from '../schemas/onderwerp';
import type { Probleem } from './inhoud-fout';
import { isLandelijkeRegel, type Inhoud, type LaadOpties, type MetHerkomst } from './laad-inhoud';
import { landelijkeVerplichteSlugs, verplichteSlugs } from './verplichte-slugs';

/** Every string inside a value, with its field path. */
function* teksten(waarde: unknown, pad: string): Generator<[string, string]> {
  if (typeof waarde === 'string') yield [pad, waarde];
  else if (Array.isArray(waarde)) for (const [i, w] of waarde.entries()) yield* teksten(w, `${pad}[${i}]`);
  else if (waarde && typeof waarde === 'object')
    for (const [k, w] of Object.entries(waarde)) yield* teksten(w, pad ? `${pad}.${k}` : k);
}

function alles(inhoud: Inhoud): MetHerkomst<unknown>[] {
  return [
    inhoud.gemeente, ...inhoud.polis, ...inhoud.bedragen, ...inhoud.onderwerpen, ...inhoud.begrippen,
    ...inhoud.organisaties, ...inhoud.plekken, ...inhoud.wijkteams, ...inhoud.bezwaarroutes, ...inhoud.procedures,
    inhoud.wegwijzer,
  ];
}

export function controleerSamenhang(inhoud: Inhoud, opties: Pick<LaadOpties, 'datum' | 'pictogramBestaat'>): Probleem[] {
  const problemen: Probleem[] = [];
  const fout = (r: MetHerkomst<unknown>, veld: string, verwacht: string) =>
    problemen.push({ bestand: r.bestand, veld: r.veld + (r.veld && veld && !veld.startsWith('[') ? '.' : '') + veld, verwacht });

  const polis = new Set(inhoud.polis.map((p) => p.slug));
  const bedragen = new Map(inhoud.bedragen.map((b) => [b.data.sleutel, b]));
  const organisaties = new Set(inhoud.organisaties.map((o) => o.data.id));
  const plekken = new Set(inhoud.plekken.map((p) => p.data.id));
  const routes = new Set(inhoud.bezwaarroutes.map((b) => b.data.id));
  const gebruikteBedragen = new Map<string, [MetHerkomst<unknown>, string]>();

  const bedragNodig = (r: MetHerkomst<unknown>, veld: string, sleutel: string) => {
    if (!bedragen.has(sleutel))
      fout(r, veld, `verwijst naar bedrag "${sleutel}", dat niet bestaat (verwacht: een sleutel uit bedragen.yaml)`);
    else if (!gebruikteBedragen.has(sleutel)) gebruikteBedragen.set(sleutel, [r, veld]);
  };

  for (const r of alles(inhoud)) {
    for (const [veld, tekst] of teksten(r.data, '')) {
      if (losseAccolade(tekst))
        fout(r, veld, 'een verwijzing als {bedrag:sleutel}, {bedrag:sleutel|120%}, {bedrag:sleutel|procent-sleutel} of {polis:slug} (er staat een losse accolade)');
      for (const deel of splitsTekst(tekst)) {
        if (deel.soort === 'bedrag') {
          bedragNodig(r, veld, deel.sleutel);
          if (deel.aandeel && 'sleutel' in deel.aandeel) {
            bedragNodig(r, veld, deel.aandeel.sleutel);
            const b = bedragen.get(deel.aandeel.sleutel);
            if (b && b.data.eenheid !== 'procent')
              fout(r, veld, `"${deel.aandeel.sleutel}" na | moet een percentage zijn (eenheid procent), maar is ${b.data.eenheid}`);
          }
        }
        if (deel.soort === 'polis' && !polis.has(deel.slug))
          fout(r, veld, `verwijst naar polisregel "${deel.slug}", die niet bestaat (verwacht: een bestand polis/${deel.slug}.yaml)`);
      }
    }
  }

  for (const p of inhoud.polis) {
    const { contact, bezwaar, kosten, procedure } = p.data;
    if (procedure && !inhoud.procedures.some((x) => x.data.id === procedure))
      fout(p, 'procedure', `verwijst naar procedure "${procedure}", die niet bestaat (verwacht: een id uit procedures.yaml)`);
    if (!routes.has(bezwaar))
      fout(p, 'bezwaar', `verwijst naar bezwaarroute "${bezwaar}", die niet bestaat (verwacht: een id uit bezwaarroutes.yaml)`);
    contact.organisaties.forEach((id, i) => {
      if (!organisaties.has(id))
        fout(p, `contact.organisaties[${i}]`, `verwijst naar organisatie "${id}", die niet bestaat (verwacht: een id uit organisaties.yaml)`);
    });
    contact.plekken.forEach((id, i) => {
      if (!plekken.has(id)) fout(p, `contact.plekken[${i}]`, `verwijst naar plek "${id}", die niet bestaat (verwacht: een id uit plekken.yaml)`);
    });
    if (kosten.eigenBijdrage) bedragNodig(p, 'kosten.eigenBijdrage', kosten.eigenBijdrage);
  }

  // Local contacts add to a national entry; a municipal entry is edited itself.
  const polisOpSlug = new Map(inhoud.polis.map((p) => [p.slug, p]));
  for (const l of inhoud.lokaal) {
    const regel = polisOpSlug.get(l.data.polis);
    if (!regel) fout(l, 'polis', `verwijst naar polisregel "${l.data.polis}", die niet bestaat (verwacht: een bestand content/nationaal/polis/${l.data.polis}.yaml)`);
    else if (!isLandelijkeRegel(regel))
      fout(l, 'polis', `"${l.data.polis}" is een regel van de gemeente zelf (${regel.bestand}). Zet de contacten daar in contact, niet in lokaal.yaml`);
    l.data.organisaties.forEach((id, i) => {
      if (!organisaties.has(id)) fout(l, `organisaties[${i}]`, `verwijst naar organisatie "${id}", die niet bestaat (verwacht: een id uit organisaties.yaml)`);
    });
    l.data.plekken.forEach((id, i) => {
      if (!plekken.has(id)) fout(l, `plekken[${i}]`, `verwijst naar plek "${id}", die niet bestaat (verwacht: een id uit plekken.yaml)`);
    });
  }

  for (const z of inhoud.zoeksignalen)
    z.data.polis.forEach((slug, i) => {
      if (!polisOpSlug.has(slug)) fout(z, `polis[${i}]`, `verwijst naar polisregel "${slug}", die niet bestaat (verwacht: een crisisregel, zoals alarmnummer-112)`);
    });

  const ww = inhoud.wegwijzer;
  for (const [h, n] of Object.entries(ww.data.normen)) {
    bedragNodig(ww, `normen.${h}.onderAow`, n.onderAow);
    bedragNodig(ww, `normen.${h}.vanafAow`, n.vanafAow);
  }
  bedragNodig(ww, 'aowLeeftijd', ww.data.aowLeeftijd);
  for (const [h, sleutel] of Object.entries(ww.data.vermogensgrenzen)) bedragNodig(ww, `vermogensgrenzen.${h}`, sleutel);
  for (const p of inhoud.polis)
    p.data.wegwijzer?.voorwaarden.forEach((v, i) => {
      if (v.soort !== 'inkomen') return;
      bedragNodig(p, `wegwijzer.voorwaarden[${i}].procentVanNorm`, v.procentVanNorm);
      const b = bedragen.get(v.procentVanNorm);
      if (b && b.data.eenheid !== 'procent')
        fout(p, `wegwijzer.voorwaarden[${i}].procentVanNorm`, `een bedrag met eenheid procent (gekregen: ${b.data.eenheid})`);
    });

  for (const pl of inhoud.plekken) {
    if (!organisaties.has(pl.data.organisatie))
      fout(pl, 'organisatie', `verwijst naar organisatie "${pl.data.organisatie}", die niet bestaat (verwacht: een id uit organisaties.yaml)`);
    pl.data.diensten.forEach((slug, i) => {
      if (!polis.has(slug)) fout(pl, `diensten[${i}]`, `verwijst naar polisregel "${slug}", die niet bestaat`);
    });
  }

  for (const [sleutel, [r, veld]] of gebruikteBedragen) {
    // Past the last period is a warning (verouderd.ts); before the first, or in a gap, there is nothing to show.
    if (!waardeOpDatum(bedragen.get(sleutel)!.data, opties.datum))
      fout(r, veld, `gebruikt bedrag "${sleutel}", maar dat heeft geen waarde die geldt op ${opties.datum} (verwacht: een waarde in bedragen.yaml met geldigVanaf/geldigTot rond die datum)`);
  }

  for (const b of inhoud.bedragen) {
    const w = [...b.data.waarden].sort((x, y) => x.geldigVanaf.localeCompare(y.geldigVanaf));
    for (let i = 1; i < w.length; i++)
      if (!w[i - 1]!.geldigTot || w[i - 1]!.geldigTot! >= w[i]!.geldigVanaf)
        fout(b, 'waarden', `perioden die niet overlappen (de waarde vanaf ${w[i - 1]!.geldigVanaf} loopt door tot na ${w[i]!.geldigVanaf})`);
  }

  const onderwerpen = new Set(inhoud.onderwerpen.map((o) => o.data.id));
  for (const id of onderwerpIds)
    if (!onderwerpen.has(id))
      problemen.push({ bestand: 'content/nationaal/onderwerpen.yaml', veld: '', verwacht: `het onderwerp "${id}" ontbreekt (verwacht: elk onderwerp uit het adviescontract)` });
  if (opties.pictogramBestaat)
    for (const o of inhoud.onderwerpen)
      if (!opties.pictogramBestaat(o.data.pictogram))
        fout(o, 'pictogram', `het pictogram "${o.data.pictogram}" bestaat niet (verwacht: een naam uit de Tabler-pictogrammen, outline)`);
  if (opties.pictogramBestaat)
    for (const [soort, naam] of Object.entries(inhoud.soorten.data))
      if (!opties.pictogramBestaat(naam))
        fout(inhoud.soorten, soort, `het pictogram "${naam}" bestaat niet (verwacht: een naam uit de Tabler-pictogrammen, outline)`);

  for (const [soort, slugs] of Object.entries(verplichteSlugs))
    for (const slug of slugs) {
      const item = inhoud.polis.find((p) => p.slug === slug);
      if (!item)
        problemen.push({
          bestand: landelijkeVerplichteSlugs.has(slug)
            ? `content/nationaal/polis/${slug}.yaml`
            : `content/gemeenten/${inhoud.gemeente.data.slug}/polis/${slug}.yaml`,
          veld: '',
          verwacht: `verplichte polisregel ontbreekt (verwacht: een bestand voor "${slug}", soort ${soort})`,
        });
      else if (item.data.soort !== soort && slug !== 'persoonsgebonden-budget')
        fout(item, 'soort', `verwacht: ${soort} voor deze verplichte polisregel (gekregen: ${item.data.soort})`);
    }

  const gebieden = inhoud.wijkteams.flatMap((w) => w.data.postcodegebieden.map((g) => ({ w, g })));
  for (const [i, a] of gebieden.entries())
    for (const b of gebieden.slice(i + 1))
      if (a.g.van <= b.g.tot && b.g.van <= a.g.tot)
        fout(b.w, 'postcodegebieden', `gebieden die niet overlappen (${b.g.van}–${b.g.tot} overlapt met ${a.w.data.naam})`);

  // A former slug becomes a redirect page /<taal>/polis/<oud>/: it may not be a page itself, nor lead two ways.
  const eerdere = new Map<string, string>();
  for (const p of inhoud.polis)
    p.data.eerdereSlugs.forEach((oud, i) => {
      if (polis.has(oud))
        fout(p, `eerdereSlugs[${i}]`, `een slug die geen regeling meer heeft (gekregen: "${oud}", dat is de slug van polis/${oud}.yaml)`);
      else if (eerdere.has(oud))
        fout(p, `eerdereSlugs[${i}]`, `een eerdere slug die maar één keer voorkomt (gekregen: "${oud}", staat al bij ${eerdere.get(oud)})`);
      else eerdere.set(oud, p.bestand);
    });

  if (inhoud.gemeente.data.slug !== inhoud.gemeente.bestand.split('/').at(-2))
    fout(inhoud.gemeente, 'slug', `dezelfde naam als de map van de gemeente ("${inhoud.gemeente.bestand.split('/').at(-2)}")`);

  return problemen;
}
