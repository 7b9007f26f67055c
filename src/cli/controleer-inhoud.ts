/**
 * `npm run inhoud` — checks the chosen municipality's content without building the site.
 * Exit 1 with one line per problem (file, field, what was expected); entries not checked for a year
 * are a warning, not a failure.
 */
import { InhoudFout, regel } from '../content-model/inhoud-fout';
import { laadGekozenInhoud } from '../content-model/laad-gekozen-inhoud';
import { verlopenBedragen, verouderdeRegels } from '../content-model/verouderd';

try {
  const inhoud = laadGekozenInhoud();
  console.log(
    `${inhoud.gemeente.data.naam}: inhoud in orde op ${inhoud.datum} — ${inhoud.polis.length} polisregels, ` +
      `${inhoud.wijkteams.length} wijkteams, ${inhoud.plekken.length} plekken, ${inhoud.begrippen.length} begrippen, ` +
      `${inhoud.bedragen.length} bedragen.`,
  );
  for (const w of [...verouderdeRegels(inhoud), ...verlopenBedragen(inhoud)]) console.warn(`Waarschuwing: ${regel(w)}`);
} catch (fout) {
  if (!(fout instanceof InhoudFout)) throw fout;
  console.error(fout.message);
  process.exit(1);
}
