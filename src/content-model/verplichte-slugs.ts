/**
 * Polis entries the advice contract requires in every municipality, because the wegwijzer routes to
 * them (../shared/advies-contract.md, "Required polis slugs").
 */
import type { Soort } from '../schemas/polis-regel';

export const verplichteSlugs: Readonly<Record<Soort, readonly string[]>> = {
  spoed: ['alarmnummer-112', 'veilig-thuis', '113-zelfmoordpreventie'],
  zelf: ['geldfit', 'wijkverpleging'],
  collectief: [
    'maatschappelijke-opvang',
    'buurthuis', 'ouderenwerk', 'maatschappelijk-werk', 'formulierenhulp', 'taalhuis', 'mantelzorgondersteuning',
    'opvoedondersteuning', 'jongerenwerk', 'inloop-dagbesteding', 'klussen-en-boodschappendienst',
    'clientondersteuning', 'regiotaxi', 'werkplein',
    // Issue 15: national entries (content/nationaal/polis), the same in every municipality
    'juridisch-loket', 'voedselbank', 'valys',
  ],
  regeling: [
    'bijstand', 'bijzondere-bijstand', 'individuele-inkomenstoeslag', 'kwijtschelding-gemeentelijke-belastingen',
    'collectieve-zorgverzekering', 'meedoenregeling', 'kindregeling', 'mantelzorgwaardering',
    // v2 of the contract
    'aio-aanvulling', 'studiefinanciering', 'bbz', 'briefadres', 'inburgering',
    // Issue 15: national entries
    'huurtoeslag', 'zorgtoeslag', 'kindgebonden-budget', 'kinderopvangtoeslag', 'anw-nabestaanden', 'wlz',
  ],
  schuldhulp: ['schuldhulpverlening', 'beslagvrije-voet'],
  wijkteam: [
    'wijkteam', 'huishoudelijke-hulp', 'begeleiding', 'rolstoel-en-scootmobiel', 'woningaanpassing', 'dagbesteding',
    'jeugdhulp', 'persoonsgebonden-budget',
  ],
};

/** Required entries that are national content (`content/nationaal/polis/`); the rest is the municipality's. */
export const landelijkeVerplichteSlugs: ReadonlySet<string> = new Set([
  ...verplichteSlugs.spoed, ...verplichteSlugs.zelf, 'aio-aanvulling', 'studiefinanciering',
  'huurtoeslag', 'zorgtoeslag', 'kindgebonden-budget', 'kinderopvangtoeslag', 'anw-nabestaanden', 'wlz',
  'juridisch-loket', 'voedselbank', 'valys', 'beslagvrije-voet',
]);
