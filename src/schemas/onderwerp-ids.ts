/**
 * The `Onderwerp` values of the advice contract, without zod, so the browser's engine can use them
 * without loading the schema library.
 */
export const onderwerpIds = [
  'huishouden', 'zelfzorg', 'vervoer', 'hulpmiddelen-woning', 'eenzaamheid', 'dagbesteding', 'mantelzorg',
  'opvoeden', 'zorgen-om-kind', 'geld-rondkomen', 'schulden', 'formulieren', 'werk', 'wonen', 'veiligheid',
  'psychisch',
] as const;
