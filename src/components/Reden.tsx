/**
 * One reason of an advice with its legal basis as a link. Shared by the static advice pages
 * (rendered on the server, no JavaScript) and the wegwijzer island, so both say it the same way.
 */
import type { Reden as RedenData } from '../schemas/advies';
import type { Grondslag } from '../schemas/gedeeld';

export default function Reden({ reden, artikel }: { reden: RedenData; artikel: (g: Grondslag) => string }) {
  return (
    <>
      {reden.tekst}
      {reden.grondslag && (
        <>
          {' ('}
          <a href={reden.grondslag.url} rel="noopener">{artikel(reden.grondslag)}</a>
          {')'}
        </>
      )}
    </>
  );
}
