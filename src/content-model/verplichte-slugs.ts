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
  ],
  regeling: [
    'bijstand', 'bijzondere-bijstand', 'individuele-inkomenstoeslag', 'kwijtschelding-gemeentelijke-belastingen',
    'collectieve-zorgverzekering', 'meedoenregeling', 'kindregeling', 'mantelzorgwaardering',
    // v2 of the contract
    'aio-aanvulling', 'studiefinanciering', 'bbz', 'briefadres', 'inburgering',
  ],
  schuldhulp: ['schuldhulpverlening'],
  wijkteam: [
    'wijkteam', 'huishoudelijke-hulp', 'begeleiding', 'rolstoel-en-scootmobiel', 'woningaanpassing', 'dagbesteding',
    'jeugdhulp', 'persoonsgebonden-budget',
  ],
};
