/**
 * One address per page template, without the language prefix: what the per-language checks
 * (axe, keyboard, reflow) walk. Kept beside the sitemap so a new template is added in one place.
 */
export const sjablonen = [
  '/', // home
  '/polis/', // the polis with the two-axes map
  '/polis/huishoudelijke-hulp/', // an entry with a procedure and objection route
  '/polis/bijstand/', // an entry with amounts and income limits
  '/polis/veilig-thuis/', // a page about safety at home (exit this page)
  '/polis/bijstand/naast-elkaar/', // side by side with Dutch
  '/onderwerp/', // topics
  '/onderwerp/schulden/', // one topic
  '/wijkteams/', // neighbourhood teams with the postcode lookup
  '/wijkteams/wijkteam-noord/', // one team
  '/plekken/', // walk-in places
  '/begrippen/', // glossary
  '/over/', // about
  '/over/toegankelijkheid/', // accessibility statement
  '/over/vertalingen/', // translation status
  '/wijzigingen/', // what changed in the polis, with its Atom feed
  '/open-data/', // the open data sets
  '/verwijzers/', // for referrers: deep links, link builder, embed
  '/verwijzers/poster/huishouden/', // A4 poster with QR code
  '/verwijzers/kaart/huishouden/', // A6 card with QR code
  '/ingang/', // the compact page partners may frame
  '/zoeken/', // search and A–Z
  '/wegwijzer/', // the wegwijzer start (island)
  '/wegwijzer/huishouden/', // a static question page
  '/wegwijzer/huishouden/zelf-nee/', // a static advice page
  '/wegwijzer/veiligheid/gevaar-ja/bel-112-verder/zelf-weet-niet/', // advice about safety at home, after the "Bel nu 112" page
];
