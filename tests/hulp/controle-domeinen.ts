/** National entries and the domain their official check (`controle.url`) must be on: the agency that decides. */
export const controleDomeinen: Record<string, RegExp> = {
  huurtoeslag: /^https:\/\/www\.belastingdienst\.nl\//,
  zorgtoeslag: /^https:\/\/www\.belastingdienst\.nl\//,
  'kindgebonden-budget': /^https:\/\/www\.belastingdienst\.nl\//,
  kinderopvangtoeslag: /^https:\/\/www\.belastingdienst\.nl\//,
  'aio-aanvulling': /^https:\/\/www\.svb\.nl\//,
  'anw-nabestaanden': /^https:\/\/www\.svb\.nl\//,
  studiefinanciering: /^https:\/\/duo\.nl\//,
  wlz: /^https:\/\/www\.ciz\.nl\//,
  'juridisch-loket': /^https:\/\/www\.juridischloket\.nl\//,
  'beslagvrije-voet': /^https:\/\/www\.uwbeslagvrijevoet\.nl\//,
  voedselbank: /^https:\/\/(www\.)?voedselbankennederland\.nl\//,
  valys: /^https:\/\/www\.valys\.nl\//,
};
