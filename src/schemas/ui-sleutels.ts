/**
 * Every UI string key, declared once, with what it is for. Each locale file (`src/i18n/<taal>.json`)
 * is parsed against this list, so a missing, extra or misspelled key fails the build.
 * `meervoud`: the key has one form per plural category of the language (`_one`, `_few`, …);
 * `alineas`: the key holds a list of paragraphs. Descriptions say where the string appears.
 */
import { alineas, meervoud, tekst, type Sleutel } from './ui-teksten';

export const sleutels: Record<string, Sleutel> = {
  'site.naam': tekst('Product name of the site, shown in the header next to the municipality name and in every browser tab title after the page title; keep short.'), // "Sociale Polis"
  'skiplink': tekst('Skip link, the first item on every page (visible on keyboard focus), that jumps to the main content.'), // "Ga direct naar de inhoud"
  'demo.label': tekst('Accessible name (aria-label) of the demo banner at the top of every page of a demo municipality; keep short.'), // "Voorbeeldsite"
  'demo.kop': tekst('Bold opening of the demo banner at the top of every page, saying the municipality does not exist; {{gemeente}} is the municipality name.'), // "{{gemeente}} bestaat niet."
  'demo.tekst': tekst('Text of the demo banner after the bold opening: local data are invented, national helplines and amounts are real.'), // "Dit is een voorbeeld. Lokale gegevens zoals wijkteams, adressen, telefoonnummers en bedra
  'crisis.kop': tekst('Heading of the crisis bar at the top of every page, above the emergency phone numbers; keep short.'), // "Direct hulp nodig?"
  'nav.label': tekst('Accessible name (aria-label) of the main navigation landmark in the header.'), // "Hoofdmenu"
  'nav.home': tekst('Main menu item, first breadcrumb and 404-page link to the home page; navigation label, keep short.'), // "Home"
  'nav.polis': tekst('Main menu item, breadcrumb and 404-page link to the polis overview (all help on one page), also the first column header of the table version of the two-axes map there; navigation label, keep short.'), // "De polis"
  'nav.onderwerpen': tekst('Main menu item and breadcrumb linking to the topics overview page; navigation label, keep short.'), // "Onderwerpen"
  'nav.wijkteams': tekst('Main menu item and breadcrumb linking to the neighbourhood teams (wijkteams) page; navigation label, keep short.'), // "Wijkteams"
  'nav.plekken': tekst('Main menu item linking to the page of walk-in places in the neighbourhood; navigation label, keep short.'), // "Plekken in de buurt"
  'nav.begrippen': tekst('Main menu item linking to the glossary page (difficult words explained); navigation label, keep short.'), // "Begrippen"
  'nav.over': tekst('Main menu item and breadcrumb linking to the about page; navigation label, keep short.'), // "Over deze site"
  'nav.menu': tekst('Button in the header that opens and closes the main menu on small screens; keep very short: it is a button label.'), // "Menu"
  'nav.wegwijzer': tekst('Main menu item and breadcrumb linking to the start of the wegwijzer (question flow that shows which help fits); navigation label, keep short.'), // "Wegwijzer"
  'kruimelpad.label': tekst('Accessible name (aria-label) of the breadcrumb navigation above the main content.'), // "U bent hier"
  'zoeken.label': tekst('Visible label above the search box in the site header.'), // "Zoeken op deze site"
  'zoeken.knop': tekst('Submit button of the search box in the site header; keep very short: it is a button label.'), // "Zoek"
  'zoeken.titel': tekst('Browser title and h1 of the search page, which also holds the A to Z list of all help.'), // "Zoeken en alles van A tot Z"
  'zoeken.beschrijving': tekst('Meta description of the search page (shown in search engine results).'), // "Zoek hulp met uw eigen woorden, of kijk in de lijst van A tot Z."
  'zoeken.intro': tekst('Introduction under the h1 of the search page: type a word, or look in the A to Z list below with the everyday words for each entry.'), // "Typ een woord in het zoekvak. Of kijk in de lijst hieronder. Daar staan alle regelingen e
  'zoeken.gezochtOp': tekst('Start of the status line on the search page after a search, followed by the number of results; {{q}} is the text the user typed.'), // "U zocht op: {{q}}"
  'zoeken.aantal': meervoud('Number of results in the status line on the search page after "You searched for"; {{count}} is the number of matching entries (every plural form of the language is used, chosen by the number).'), // "{{count}} resultaat"
  'zoeken.geenResultaat': tekst('Status message on the search page when no entry matches the search words.'), // "Niets gevonden. Probeer een ander woord, of kijk in de lijst van A tot Z."
  'zoeken.ookBekendAls': tekst('Label in the A to Z list on the search page before the everyday words for an entry (keep the colon at the end).'), // "Ook bekend als:"
  'zoeken.azKop': tekst('Heading of the A to Z list of all help on the search page, also a link text on the page-not-found (404) page.'), // "Alles van A tot Z"
  'voet.contact': tekst('Heading of the contact block in the footer of every page; {{gemeente}} is the municipality name.'), // "Contact met {{gemeente}}"
  'voet.overSite': tekst('Heading of the footer block with links about the site itself.'), // "Over deze site"
  'voet.privacy': tekst('Footer link to the about page that says in short: no cookies, no tracking.'), // "Privacy: geen cookies, geen tracking"
  'voet.toegankelijkheid': tekst('Footer link to the accessibility statement page; keep short.'), // "Toegankelijkheid"
  'voet.aZ': tekst('Footer link to the A to Z list of all help on the search page; keep short.'), // "Alles van A tot Z"
  'voet.stand': tekst('Line in the footer saying on which date the rules and amounts on the site are based; {{datum}} is the formatted date.'), // "Informatie volgens de regels op {{datum}}."
  'dag.maandag': tekst('Weekday name "Monday" as row header in the opening-hours tables of neighbourhood teams and places, and in the opening hours shown with the wegwijzer advice.'), // "Maandag"
  'dag.dinsdag': tekst('Weekday name "Tuesday" as row header in the opening-hours tables of neighbourhood teams and places, and in the opening hours shown with the wegwijzer advice.'), // "Dinsdag"
  'dag.woensdag': tekst('Weekday name "Wednesday" as row header in the opening-hours tables of neighbourhood teams and places, and in the opening hours shown with the wegwijzer advice.'), // "Woensdag"
  'dag.donderdag': tekst('Weekday name "Thursday" as row header in the opening-hours tables of neighbourhood teams and places, and in the opening hours shown with the wegwijzer advice.'), // "Donderdag"
  'dag.vrijdag': tekst('Weekday name "Friday" as row header in the opening-hours tables of neighbourhood teams and places, and in the opening hours shown with the wegwijzer advice.'), // "Vrijdag"
  'dag.zaterdag': tekst('Weekday name "Saturday" as row header in the opening-hours tables of neighbourhood teams and places, and in the opening hours shown with the wegwijzer advice.'), // "Zaterdag"
  'dag.zondag': tekst('Weekday name "Sunday" as row header in the opening-hours tables of neighbourhood teams and places, and in the opening hours shown with the wegwijzer advice.'), // "Zondag"
  'openingstijden.opAfspraak': tekst('Shown instead of the opening-hours table when a neighbourhood team or place has no fixed hours: visits by appointment only.'), // "Alleen op afspraak."
  'openingstijden.vanTot': tekst('One time slot in the opening hours; {{van}} and {{tot}} are the opening and closing time (e.g. 9.00 and 17.00).'), // "{{van}} – {{tot}} uur"
  'openingstijden.kop': tekst('Heading "Opening hours" on a neighbourhood team page and in the team box of the interactive wegwijzer advice, also the start of the opening-hours table caption (followed by the name of the team or place).'), // "Openingstijden"
  'soort.spoed': tekst('Kind of help "immediate help when there is danger": heading of its group on the polis overview and topic pages, label above the title of such an entry, and label above such a route in the wegwijzer advice; keep short.'), // "Direct hulp bij gevaar"
  'soort.zelf': tekst('Kind of help "what you can do yourself": heading of its group on the polis overview and topic pages, label above the title of such an entry, and label above such a route in the wegwijzer advice; keep short.'), // "Wat u zelf kunt doen"
  'soort.collectief': tekst('Kind of help "help in the neighbourhood, open to everyone": heading of its group on the polis overview and topic pages, label above the title of such an entry, and label above such a route in the wegwijzer advice; keep short.'), // "Hulp in de buurt, voor iedereen"
  'soort.regeling': tekst('Kind of help "money and schemes": heading of its group on the polis overview and topic pages, label above the title of such an entry, and label above such a route in the wegwijzer advice; keep short.'), // "Geld en regelingen"
  'soort.schuldhulp': tekst('Kind of help "help with debts": heading of its group on the polis overview and topic pages, label above the title of such an entry, and label above such a route in the wegwijzer advice; keep short.'), // "Hulp bij schulden"
  'soort.wijkteam': tekst('Kind of help "tailored help through the neighbourhood team": heading of its group on the polis overview and topic pages, label above the title of such an entry, and label above such a route in the wegwijzer advice; keep short.'), // "Hulp op maat via het wijkteam"
  'soortUitleg.spoed': tekst('Explanation under the heading of the group "immediate help when there is danger" on the polis overview and topic pages: if there is danger, call at once, this always comes first.'), // "Is er gevaar? Bel dan meteen. Dit gaat altijd voor."
  'soortUitleg.zelf': tekst('Explanation under the heading of the group "what you can do yourself" on the polis overview and topic pages: things you can start on yourself, often together with people around you.'), // "Hier kunt u zelf mee aan de slag. Vaak samen met mensen om u heen."
  'soortUitleg.collectief': tekst('Explanation under the heading of the group "help in the neighbourhood" on the polis overview and topic pages: help close by and for everyone, no decision of the municipality needed.'), // "Deze hulp is dichtbij en voor iedereen. U hebt geen besluit van de gemeente nodig."
  'soortUitleg.regeling': tekst('Explanation under the heading of the group "money and schemes" on the polis overview and topic pages: with a low income you may get money or a discount.'), // "Hebt u een laag inkomen? Dan kunt u misschien geld of korting krijgen."
  'soortUitleg.schuldhulp': tekst('Explanation under the heading of the group "help with debts" on the polis overview and topic pages: the municipality helps for free with debts or money worries.'), // "Hebt u schulden of zorgen over geld? De gemeente helpt gratis."
  'soortUitleg.wijkteam': tekst('Explanation under the heading of the group "tailored help through the neighbourhood team" on the polis overview and topic pages: if you cannot manage, not even with help from others, the team looks with you at what you need.'), // "Komt u er zelf niet uit, ook niet met hulp van anderen? Dan kijkt het wijkteam met u wat 
  'as.bereik': tekst('Column header in the table version of the two-axes map on the polis overview page: for whom the help is; keep short.'), // "Voor wie"
  'as.uitvoering': tekst('Column header in the table version of the two-axes map on the polis overview page: who carries out the help; keep short.'), // "Wie doet het"
  'as.individueel': tekst('Value of the "for whom" axis of the two-axes map on the polis overview page: help for you alone; shown in the cell labels, at the left end of the horizontal axis and in the table version; keep short.'), // "Voor u alleen"
  'as.beide': tekst('Value of the "for whom" axis of the two-axes map on the polis overview page: help alone or in a group; shown in the cell labels and in the table version; keep short.'), // "Alleen of in een groep"
  'as.collectief': tekst('Value of the "for whom" axis of the two-axes map on the polis overview page: help for everyone in the neighbourhood; shown in the cell labels, at the right end of the horizontal axis and in the table version; keep short.'), // "Voor iedereen in de buurt"
  'as.zelf': tekst('Value of the "who does it" axis of the two-axes map on the polis overview page: you yourself; shown in the cell labels and in the table version; keep short.'), // "U zelf"
  'as.samen': tekst('Value of the "who does it" axis of the two-axes map on the polis overview page: together with others (family, neighbours, volunteers); shown in the cell labels and in the table version; keep short.'), // "Samen met anderen"
  'as.professioneel': tekst('Value of the "who does it" axis of the two-axes map on the polis overview page: a professional care or social worker; shown in the cell labels and in the table version; keep short.'), // "Een hulpverlener"
  'home.titel': tekst('Browser title and h1 of the home page.'), // "Wat mag u verwachten van uw gemeente?"
  'home.beschrijving': tekst('Meta description of the home page (shown in search engine results).'), // "Hulp bij zorg, ondersteuning, inkomen en schulden: wat de gemeente doet, voor wie, en hoe
  'home.intro': tekst('Lead paragraph under the h1 of the home page; {{gemeente}} is the municipality name.'), // "Hier leest u welke hulp {{gemeente}} geeft. Bij zorg, ondersteuning, geld en schulden. U 
  'home.onderwerpenKop': tekst('Heading above the topic tiles on the home page.'), // "Waar wilt u hulp bij?"
  'home.onderwerpenIntro': tekst('Text above the topic tiles on the home page: choose a topic to see all help for it, in order, starting with what you can do yourself.'), // "Kies een onderwerp. U ziet dan alle hulp die erbij past. Eerst wat u zelf kunt doen, daar
  'home.polisKop': tekst('Heading of the block on the home page that leads to the polis overview (all help on one page).'), // "Alles op een rij"
  'home.polisTekst': tekst('Text of the home-page block about the polis overview.'), // "In de polis staat alle hulp van de gemeente op één pagina."
  'home.polisLink': tekst('Button-style link in the home-page block to the polis overview; keep short.'), // "Bekijk de hele polis"
  'home.wijkteamKop': tekst('Heading of the block on the home page that leads to the neighbourhood teams.'), // "Komt u er niet uit?"
  'home.wijkteamTekst': tekst('Text of the home-page block about the neighbourhood team, which thinks along with you.'), // "Het wijkteam in uw buurt denkt met u mee. Ook als u niet weet waar u moet beginnen."
  'home.wijkteamLink': tekst('Button-style link in the home-page block to the neighbourhood teams page; keep short.'), // "Zoek uw wijkteam"
  'home.plekkenKop': tekst('Heading of the block on the home page that leads to the walk-in places in the neighbourhood.'), // "Plekken in de buurt"
  'home.plekkenTekst': tekst('Text of the home-page block about walk-in places (community centres, library and more, no appointment needed).'), // "Buurthuizen, de bibliotheek en andere plekken waar u zonder afspraak terecht kunt."
  'home.plekkenLink': tekst('Button-style link in the home-page block to the places page; keep short.'), // "Bekijk de plekken"
  'home.wegwijzerKop': tekst('Heading of the block on the home page that leads to the wegwijzer (question flow).'), // "Welke hulp past bij u?"
  'home.wegwijzerTekst': tekst('Text of the home-page block about the wegwijzer: answer a few short questions to see which help fits and why.'), // "Beantwoord een paar korte vragen. Dan ziet u welke hulp bij u past, en waarom."
  'home.wegwijzerLink': tekst('Button-style link in the home-page block that starts the wegwijzer; keep short.'), // "Start de wegwijzer"
  'polis.titel': tekst('Browser title and h1 of the polis overview page, which lists all help of the municipality.'), // "De polis: alle hulp op een rij"
  'polis.beschrijving': tekst('Meta description of the polis overview page (shown in search engine results).'), // "Alle regelingen en voorzieningen van de gemeente op één pagina, in de volgorde waarin u z
  'polis.intro': tekst('Lead paragraph of the polis overview page: what a polis is and why the order of the help matters; {{gemeente}} is the municipality name.'), // "Een polis is een overzicht van wat u mag verwachten. Hier staat alle hulp van {{gemeente}
  'polis.kaartKop': tekst('Heading of the two-axes map section on the polis overview page (who does it, and for whom).'), // "Wie doet het, en voor wie?"
  'polis.kaartIntro': tekst('Explanation above the two-axes map on the polis overview page.'), // "Deze kaart laat zien welke hulp u zelf of samen regelt, en welke hulp een hulpverlener ge
  'polis.kaartTabel': tekst('Summary of the expandable block under the two-axes map on the polis overview page that shows the same map as a table.'), // "De kaart als tabel"
  'polis.lijstKop': tekst('Heading of the list of all help on the polis overview page, followed by the number of entries in brackets (polis.aantal).'), // "Alle hulp, in volgorde"
  'polis.aantal': meervoud('Number of entries, in brackets after the list heading on the polis overview page; {{count}} is the number of entries.'), // "{{count}} regeling"
  'regel.inHetKort': tekst('Section heading on every polis entry page: the short summary, always the first section.'), // "In het kort"
  'regel.voorWie': tekst('Section heading on every polis entry page: who the help is for.'), // "Voor wie is het?"
  'regel.watKrijgtU': tekst('Section heading on every polis entry page: what you get.'), // "Wat krijgt u?"
  'regel.watDoetUZelf': tekst('Section heading on every polis entry page: what you have to do yourself.'), // "Wat doet u zelf?"
  'regel.kosten': tekst('Section heading on every polis entry page: what it costs.'), // "Wat kost het?"
  'regel.eigenBijdrage': tekst('Highlighted line in the costs section of a polis entry; {{bedrag}} is the personal contribution (eigen bijdrage) per month, formatted as an amount.'), // "Eigen bijdrage: {{bedrag}} per maand."
  'regel.aanvragen': tekst('Section heading on every polis entry page: how to apply.'), // "Hoe vraagt u het aan?"
  'regel.termijnen': tekst('Section heading on every polis entry page: how long it takes (the time limits for a decision).'), // "Hoe lang duurt het?"
  'regel.geenTermijnen': tekst('Text in the time-limits section of a polis entry that has no fixed time limits.'), // "Hiervoor gelden geen vaste termijnen."
  'regel.contact': tekst('Section heading on every polis entry page: who to contact; keep short.'), // "Contact"
  'regel.wijkteamContact': tekst('Heading in the contact block of a polis entry (also under "What can you do now?" in the wegwijzer advice) above the list of neighbourhood teams with their postcodes and phone numbers.'), // "Het wijkteam van uw buurt"
  'regel.wetten': tekst('Section heading on every polis entry page: the laws and articles the help is based on.'), // "Wettelijke basis"
  'regel.geenWet': tekst('Text in the legal-basis section of a polis entry that is not based on a law: the municipality offers it because it finds it important.'), // "Deze hulp staat niet in een wet. De gemeente biedt haar aan omdat zij dat belangrijk vind
  'regel.upl': tekst('Label in the legal-basis section of a polis entry before the link to the national product name (Uniforme Productnamenlijst, UPL); keep the colon at the end.'), // "Productnaam bij de overheid (UPL):"
  'regel.onzekerKop': tekst('Heading of the warning box near the top of a polis entry whose information has not all been checked yet.'), // "Let op: nog niet alles is gecontroleerd"
  'regel.onzekerOnzeker': tekst('Bold note after a time limit or objection route of a polis entry that could not yet be checked against the law (a full stop is added after it).'), // "Dit hebben we nog niet in de wet kunnen controleren"
  'regel.overInfo': tekst('Section heading on every polis entry page, the last one: about this information (topics, valid from and until, last checked, changes).'), // "Over deze informatie"
  'regel.geldigVanaf': tekst('Term in the "about this information" section of a polis entry, followed by the date from which the information applies.'), // "Geldt vanaf"
  'regel.geldigTot': tekst('Term in the "about this information" section of a polis entry, followed by the date until which the information applies.'), // "Geldt tot"
  'regel.gecontroleerd': tekst('Term in the "about this information" section of a polis entry, followed by the date it was last checked.'), // "Laatst gecontroleerd"
  'regel.wijzigingen': tekst('Subheading in the "about this information" section of a polis entry, above the list of changes.'), // "Wat is er veranderd"
  'regel.onderwerpen': tekst('Term in the "about this information" section of a polis entry, followed by links to its topics.'), // "Onderwerpen"
  'regel.ookBekendAls': tekst('Label under the title of a polis entry before the everyday words people use for it (a colon is added after it).'), // "Ook bekend als"
  'regel.artikel': tekst('Link text after a law name in the legal references of a polis entry ("<law>, article 7:1"); {{artikel}} is the article number.'), // "artikel {{artikel}}"
  'regel.bezwaarKop': tekst('Section heading on every polis entry page: what you can do if you disagree with the decision (objection and appeal).'), // "Niet eens met het besluit?"
  'onderwerp.overzichtTitel': tekst('Browser title and h1 of the topics overview page.'), // "Onderwerpen"
  'onderwerp.overzichtBeschrijving': tekst('Meta description and intro text of the topics overview page.'), // "Kies een onderwerp en zie alle hulp die erbij past."
  'onderwerp.beschrijving': tekst('Meta description of a topic page; {{onderwerp}} is the topic title in lower case.'), // "Alle hulp bij {{onderwerp}}, in de volgorde waarin u die kunt gebruiken."
  'onderwerp.intro': tekst('Intro on a topic page above the help grouped by kind: start at the top, with what you can do yourself.'), // "Dit is alle hulp bij dit onderwerp. Begin bovenaan. Daar staat wat u zelf kunt doen en wa
  'onderwerp.crisis': tekst('Line near the top of a topic page that has no emergency entry: if someone is in danger, call 112 at once.'), // "Bent u of iemand anders in gevaar? Bel dan meteen 112."
  'onderwerp.geenWijkteam': tekst('Link at the bottom of a topic page that has no neighbourhood team entry, to the neighbourhood team entry.'), // "Komt u er met deze hulp niet uit? Neem dan contact op met het wijkteam."
  'wijkteams.titel': tekst('Browser title and h1 of the neighbourhood teams page, also the column header for team names in its postcode table.'), // "Wijkteams"
  'wijkteams.beschrijving': tekst('Meta description of the neighbourhood teams page (shown in search engine results).'), // "Het wijkteam helpt als u er zelf niet uitkomt. Zoek het wijkteam van uw buurt."
  'wijkteams.intro': tekst('Lead paragraph of the neighbourhood teams page: every area has a team, which one depends on your postcode.'), // "Elke buurt heeft een wijkteam. Welk wijkteam bij u hoort, hangt af van uw postcode."
  'wijkteams.postcodes': tekst('Word "Postcodes": column header of the postcode table on the neighbourhood teams page, term in the team details, and in brackets before the postcode ranges in contact lists and on the printable sheet; keep short.'), // "Postcodes"
  'wijkteams.postcodeVanTot': tekst('One postcode range of a neighbourhood team in the postcode table and the team details; {{van}} and {{tot}} are the first and last four-digit postcode.'), // "{{van}} tot en met {{tot}}"
  'wijkteams.wijken': tekst('Term in the details of a neighbourhood team, followed by the neighbourhoods it covers; keep short.'), // "Wijken"
  'wijkteams.adres': tekst('Term in the details of a neighbourhood team and of a place, followed by the address; keep short.'), // "Adres"
  'wijkteams.telefoon': tekst('Term in the details of a neighbourhood team and of a place, followed by the phone number; keep short.'), // "Telefoon"
  'wijkteams.email': tekst('Term in the details of a neighbourhood team and of a place, followed by the e-mail address; keep short.'), // "E-mail"
  'wijkteams.talen': tekst('Term in the details of a neighbourhood team and of a place, followed by the languages spoken there; keep short.'), // "Talen"
  'wijkteams.toegankelijkheid': tekst('Heading on a neighbourhood team page and term in the details of a place, followed by how accessible the building is (e.g. for wheelchairs).'), // "Toegankelijkheid"
  'wijkteams.watDoetHet': tekst('Heading on a neighbourhood team page above the summary of what a neighbourhood team does.'), // "Wat doet het wijkteam?"
  'wijkteams.tabelKop': tekst('Caption of the table on the neighbourhood teams page that links each postcode range to its team.'), // "Welk wijkteam hoort bij uw postcode?"
  'plekken.titel': tekst('Browser title and h1 of the page with walk-in places in the neighbourhood (also the hidden heading of its table of contents).'), // "Plekken in de buurt"
  'plekken.beschrijving': tekst('Meta description of the places page (shown in search engine results).'), // "Buurthuizen, de bibliotheek, ouderenwerk en inloop: plekken waar u zonder afspraak terech
  'plekken.intro': tekst('Lead paragraph of the places page: you can walk in without an appointment or a decision of the municipality.'), // "Op deze plekken kunt u binnenlopen. U hebt geen afspraak nodig en geen besluit van de gem
  'plekken.wijk': tekst('Term in the details of a place, followed by the neighbourhood it is in; keep short.'), // "Wijk"
  'plekken.diensten': tekst('Term in the details of a place, followed by links to the help you can get there.'), // "Hier kunt u terecht voor"
  'plekken.soort.buurthuis': tekst('Heading of the group of community centres on the places page, also a link in its table of contents; keep short.'), // "Buurthuizen"
  'plekken.soort.bibliotheek': tekst('Heading of the group of library locations on the places page, also a link in its table of contents; keep short.'), // "Bibliotheek"
  'plekken.soort.ouderenwerk': tekst('Heading of the group of places for older people (welfare work for the elderly) on the places page, also a link in its table of contents; keep short.'), // "Ouderenwerk"
  'plekken.soort.inloop': tekst('Heading of the group of daytime walk-in places on the places page, also a link in its table of contents; keep short.'), // "Inloop overdag"
  'plekken.soort.jongerencentrum': tekst('Heading of the group of youth centres on the places page, also a link in its table of contents; keep short.'), // "Voor jongeren"
  'plekken.soort.loket': tekst('Heading of the group of municipal service desks on the places page, also a link in its table of contents; keep short.'), // "Loket van de gemeente"
  'taal.nl': tekst('Name of the language Dutch, in the list of languages spoken at a neighbourhood team or a place.'), // "Nederlands"
  'taal.en': tekst('Name of the language English, in the list of languages spoken at a neighbourhood team or a place.'), // "Engels"
  'taal.ar': tekst('Name of the language Arabic, in the list of languages spoken at a neighbourhood team or a place.'), // "Arabisch"
  'taal.tr': tekst('Name of the language Turkish, in the list of languages spoken at a neighbourhood team or a place.'), // "Turks"
  'taal.pl': tekst('Name of the language Polish, in the list of languages spoken at a neighbourhood team or a place.'), // "Pools"
  'taal.uk': tekst('Name of the language Ukrainian, in the list of languages spoken at a neighbourhood team or a place.'), // "Oekraïens"
  'begrippen.titel': tekst('Browser title and h1 of the glossary page.'), // "Begrippen"
  'begrippen.beschrijving': tekst('Meta description of the glossary page (shown in search engine results).'), // "Moeilijke woorden uit de polis, in gewone taal uitgelegd."
  'begrippen.intro': tekst('Lead paragraph of the glossary page: difficult words you often hear from the municipality or the neighbourhood team.'), // "Hier leggen we moeilijke woorden uit. Deze woorden hoort u vaak bij de gemeente of het wi
  'over.titel': tekst('Browser title and h1 of the about page.'), // "Over deze site"
  'over.beschrijving': tekst('Meta description of the about page (shown in search engine results).'), // "Wie deze site maakt, hoe wij met uw privacy omgaan en hoe toegankelijk de site is."
  'over.inhoudKop': tekst('Heading of the table of contents at the top of the about page.'), // "Op deze pagina"
  'over.watKop': tekst('Heading of the section "what is this site" on the about page, also in its table of contents.'), // "Wat is deze site?"
  'over.wat': alineas('Paragraphs of the section "what is this site" on the about page.'), // "Op deze site leest u welke hulp de gemeente geeft bij zorg, ondersteuning, geld en schuld
  'over.privacyKop': tekst('Heading of the privacy section on the about page, also in its table of contents.'), // "Privacy"
  'over.privacy': alineas('Paragraphs of the privacy section on the about page: no cookies, no tracking, nothing loaded from other companies.'), // "Deze site gebruikt geen cookies."
  'over.toegankelijkheidKop': tekst('Heading of the accessibility section (draft accessibility statement) on the about page, also in its table of contents.'), // "Toegankelijkheid"
  'over.toegankelijkheid': alineas('Paragraphs of the accessibility section on the about page (a draft accessibility statement).'), // "Wij willen dat iedereen deze site kan gebruiken. Ook met een schermlezer, alleen een toet
  'over.bronnenKop': tekst('Heading of the section about sources and icons on the about page, also in its table of contents.'), // "Bronnen en pictogrammen"
  'over.bronnen': alineas('Paragraphs of the section about sources and icons on the about page: where the amounts, icons and design come from.'), // "De landelijke bedragen komen uit de normen van de Rijksoverheid en van het CAK. Bij elk b
  'nietGevonden.titel': tekst('Browser title and h1 of the page-not-found (404) page.'), // "Deze pagina bestaat niet"
  'nietGevonden.beschrijving': tekst('Meta description of the page-not-found (404) page.'), // "De pagina die u zoekt, bestaat niet of is verhuisd."
  'nietGevonden.tekst': tekst('Text under the h1 of the page-not-found (404) page: the page may have moved, or the address has a typo.'), // "Misschien is de pagina verhuisd. Of er zit een typefout in het adres."
  'nietGevonden.verder': tekst('Line on the page-not-found (404) page above the links to continue (home, polis, A to Z).'), // "Zo kunt u verder:"
  'advies.urgent': tekst('Reason in the "Why?" list of a route in the wegwijzer advice, shown first when the situation is urgent (threatened eviction, cut-off of gas, electricity or water, or end of health insurance): the municipality talks with you within 3 working days.'), // "U hebt een dreigende situatie: huisuitzetting, afsluiting van gas, licht of water, of het
  'advies.vanafAow': tekst('Addition filled in as {{aow}} straight after the household type in the income reasons of the wegwijzer advice when the person has reached state pension (AOW) age; keep the leading space (it is empty below AOW age).'), // " vanaf de AOW-leeftijd"
  'advies.huishouden.alleenstaand': tekst('Household type filled in as {{huishouden}} in the income reasons of the wegwijzer advice ("the social assistance norm for …"): a single person.'), // "een alleenstaande"
  'advies.huishouden.alleenstaande-ouder': tekst('Household type filled in as {{huishouden}} in the income reasons of the wegwijzer advice ("the social assistance norm for …"): a single parent.'), // "een alleenstaande ouder"
  'advies.huishouden.samenwonend': tekst('Household type filled in as {{huishouden}} in the income reasons of the wegwijzer advice ("the social assistance norm for …"): people living together.'), // "samenwonenden"
  'advies.huishouden.samenwonend-met-kinderen': tekst('Household type filled in as {{huishouden}} in the income reasons of the wegwijzer advice ("the social assistance norm for …"): people living together with children.'), // "samenwonenden met kinderen"
  'advies.aanleiding.acuutGevaar': tekst('Reason in the "Why?" list of a route in the wegwijzer advice: someone is in danger right now.'), // "Iemand is nu in gevaar."
  'advies.aanleiding.onveiligThuis': tekst('Reason in the "Why?" list of a route in the wegwijzer advice: you do not feel safe at home.'), // "U voelt zich thuis niet veilig."
  'advies.aanleiding.onderwerp': tekst('Reason in the "Why?" list of a route in the wegwijzer advice: the topics you chose; {{onderwerpen}} is a comma-separated list of topic titles.'), // "U zoekt hulp bij: {{onderwerpen}}."
  'advies.aanleiding.naasten': tekst('Reason in the "Why?" list of a route in the wegwijzer advice, for support for carers: people around you help you, and they can get support too.'), // "Mensen om u heen helpen u. Ook zij kunnen steun krijgen."
  'advies.aanleiding.schulden.geen': tekst('Reason in the "Why?" list of a route in the wegwijzer advice, from the answer about debts: you have no debts.'), // "U hebt geen schulden."
  'advies.aanleiding.schulden.zorgen': tekst('Reason in the "Why?" list of a route in the wegwijzer advice, from the answer about debts: you worry about money.'), // "U maakt zich zorgen over geld."
  'advies.aanleiding.schulden.achterstand': tekst('Reason in the "Why?" list of a route in the wegwijzer advice, from the answer about debts: you have bills you cannot pay on time.'), // "U hebt rekeningen die u niet op tijd kunt betalen."
  'advies.aanleiding.schulden.dreigend': tekst('Reason in the "Why?" list of a route in the wegwijzer advice, from the answer about debts: you face eviction, a cut-off or a bailiff at the door.'), // "U hebt een dreigende huisuitzetting, afsluiting of een deurwaarder aan de deur."
  'advies.voorwaarde.inkomen.ja': tekst('Reason in the "Why?" list of a route in the wegwijzer advice when the entered net monthly income is within the limit; {{inkomen}} is the entered income, {{grens}} the limit in euros, {{procent}} the limit as a percentage of the social assistance norm (bijstandsnorm), {{huishouden}} the household type (advies.huishouden.*) and {{aow}} the optional addition advies.vanafAow, written straight after it.'), // "Uw netto inkomen is {{inkomen}} per maand. Dat is niet meer dan {{grens}}: {{procent}} va
  'advies.voorwaarde.inkomen.nee': tekst('Reason under "Not for you, and why" in the wegwijzer advice when the entered net monthly income is above the limit; placeholders as in advies.voorwaarde.inkomen.ja.'), // "Uw netto inkomen is {{inkomen}} per maand. Dat is meer dan {{grens}}: {{procent}} van de 
  'advies.voorwaarde.inkomen.jaLager': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for a scheme that requires an income below the social assistance norm, when the entered income is below it; {{inkomen}} is the entered income, {{grens}} the norm in euros, {{huishouden}} and {{aow}} as in advies.voorwaarde.inkomen.ja.'), // "Uw netto inkomen is {{inkomen}} per maand. Dat is lager dan de bijstandsnorm voor {{huish
  'advies.voorwaarde.inkomen.neeLager': tekst('Reason under "Not for you, and why" in the wegwijzer advice for a scheme that requires an income below the social assistance norm, when the entered income is not below it; placeholders as in advies.voorwaarde.inkomen.jaLager.'), // "Uw netto inkomen is {{inkomen}} per maand. Dat is niet lager dan de bijstandsnorm voor {{
  'advies.voorwaarde.inkomen.onbekend': tekst('Reason in the "Why?" list of a route in the wegwijzer advice when the income or household is not known yet; {{procent}} is the limit as a percentage of the social assistance norm.'), // "Wij weten uw inkomen nog niet. De grens is {{procent}} van de bijstandsnorm voor uw huish
  'advies.voorwaarde.inkomen.jaBand': tekst('Reason in the "Why?" list of a route in the wegwijzer advice when the person only answered whether the household income is above a limit (no exact amount) and it is within the limit; {{grens}}, {{procent}}, {{huishouden}} and {{aow}} as in advies.voorwaarde.inkomen.ja.'), // "Het netto inkomen van uw huishouden is niet meer dan {{grens}} per maand. Dat is {{procen
  'advies.voorwaarde.inkomen.neeBand': tekst('Reason under "Not for you, and why" in the wegwijzer advice when the person only answered whether the household income is above a limit (no exact amount) and it is above the limit; {{grens}}, {{procent}}, {{huishouden}} and {{aow}} as in advies.voorwaarde.inkomen.ja.'), // "Het netto inkomen van uw huishouden is meer dan {{grens}} per maand. Dat is {{procent}} v
  'advies.voorwaarde.inkomen.jaLagerBand': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for a scheme that requires an income below the social assistance norm, when the person only answered whether the household income is above a limit (no exact amount) and it is below it; {{grens}} is the norm in euros, {{huishouden}} and {{aow}} as in advies.voorwaarde.inkomen.ja.'), // "Het netto inkomen van uw huishouden is lager dan de bijstandsnorm voor {{huishouden}}{{ao
  'advies.voorwaarde.inkomen.neeLagerBand': tekst('Reason under "Not for you, and why" in the wegwijzer advice for a scheme that requires an income below the social assistance norm, when the person only answered whether the household income is above a limit (no exact amount) and it is not below it; placeholders as in advies.voorwaarde.inkomen.jaLagerBand.'), // "Het netto inkomen van uw huishouden is niet lager dan de bijstandsnorm voor {{huishouden}
  'advies.voorwaarde.vermogen.ja': tekst('Reason in the "Why?" list of a route in the wegwijzer advice when savings and assets are within the limit; {{vermogen}} is the entered amount and {{grens}} the asset limit for the household, both in euros.'), // "Uw spaargeld en bezit ({{vermogen}}) zijn niet meer dan de grens van {{grens}}."
  'advies.voorwaarde.vermogen.nee': tekst('Reason under "Not for you, and why" in the wegwijzer advice when savings and assets are above the limit; {{vermogen}} is the entered amount and {{grens}} the asset limit for the household, both in euros.'), // "Uw spaargeld en bezit ({{vermogen}}) zijn meer dan de grens van {{grens}}."
  'advies.voorwaarde.vermogen.onbekend': tekst('Reason in the "Why?" list of a route in the wegwijzer advice when savings and assets are not known: it states the limit; {{grens}} is the asset limit for the household in euros.'), // "Uw spaargeld en bezit mogen samen niet meer zijn dan {{grens}}."
  'advies.voorwaarde.vermogen.onbekendZonderGrens': tekst('Reason in the "Why?" list of a route in the wegwijzer advice when neither savings nor household are known, so no limit can be given: the limit depends on your household.'), // "Uw spaargeld en bezit mogen niet boven een grens komen. Die grens hangt af van uw huishou
  'advies.voorwaarde.leeftijd.ja': tekst('Reason in the "Why?" list of a route in the wegwijzer advice when the person has the minimum age; {{leeftijd}} is the entered age and {{vanaf}} the minimum age in years.'), // "U bent {{leeftijd}} jaar. Deze hulp is voor mensen vanaf {{vanaf}} jaar."
  'advies.voorwaarde.leeftijd.jaTotAow': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for a scheme from a minimum age up to state pension (AOW) age, when the person fits; {{leeftijd}} is the entered age and {{vanaf}} the minimum age in years, {{aow}} the state pension (AOW) age as a number of years with the Dutch word "jaar" (e.g. "67 jaar").'), // "U bent {{leeftijd}} jaar. Deze regeling is voor mensen van {{vanaf}} jaar tot de AOW-leef
  'advies.voorwaarde.leeftijd.teJong': tekst('Reason under "Not for you, and why" in the wegwijzer advice when the person is younger than the minimum age; {{leeftijd}} is the entered age and {{vanaf}} the minimum age in years.'), // "U bent {{leeftijd}} jaar. Deze hulp is voor mensen vanaf {{vanaf}} jaar."
  'advies.voorwaarde.leeftijd.teJongTotAow': tekst('Reason under "Not for you, and why" in the wegwijzer advice for a scheme from a minimum age up to state pension (AOW) age, when the person is too young; {{leeftijd}} is the entered age and {{vanaf}} the minimum age in years, {{aow}} the state pension (AOW) age as a number of years with the Dutch word "jaar" (e.g. "67 jaar").'), // "U bent {{leeftijd}} jaar. Deze regeling is voor mensen van {{vanaf}} jaar tot de AOW-leef
  'advies.voorwaarde.leeftijd.aow': tekst('Reason under "Not for you, and why" in the wegwijzer advice for a scheme that ends at state pension (AOW) age, when the person has reached it; {{leeftijd}} is the entered age, {{aow}} the state pension (AOW) age as a number of years with the Dutch word "jaar" (e.g. "67 jaar").'), // "U bent {{leeftijd}} jaar en hebt de AOW-leeftijd ({{aow}}). Deze regeling is voor mensen 
  'advies.voorwaarde.leeftijd.onbekend': tekst('Reason in the "Why?" list of a route in the wegwijzer advice when the age is not known; {{vanaf}} is the minimum age in years.'), // "Deze hulp is voor mensen vanaf {{vanaf}} jaar. Wij weten uw leeftijd niet."
  'advies.voorwaarde.leeftijd.onbekendTotAow': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for a scheme from a minimum age up to state pension (AOW) age, when the age is not known; {{vanaf}} is the minimum age in years, {{aow}} the state pension (AOW) age as a number of years with the Dutch word "jaar" (e.g. "67 jaar").'), // "Deze regeling is voor mensen van {{vanaf}} jaar tot de AOW-leeftijd ({{aow}}). Wij weten 
  'advies.voorwaarde.leeftijd.jaBand': tekst('Reason in the "Why?" list of a route in the wegwijzer advice when the person only answered whether they are above an age (no exact age) and they have the minimum age; {{vanaf}} is the minimum age in years.'), // "Deze hulp is voor mensen vanaf {{vanaf}} jaar. Dat past bij uw leeftijd."
  'advies.voorwaarde.leeftijd.jaTotAowBand': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for a scheme from a minimum age up to state pension (AOW) age, when the person only answered whether they are above an age (no exact age) and they fit; {{vanaf}} is the minimum age in years, {{aow}} the state pension (AOW) age as a number of years with the Dutch word "jaar" (e.g. "67 jaar").'), // "Deze regeling is voor mensen van {{vanaf}} jaar tot de AOW-leeftijd ({{aow}}). Dat past b
  'advies.voorwaarde.leeftijd.teJongBand': tekst('Reason under "Not for you, and why" in the wegwijzer advice when the person only answered whether they are above an age (no exact age) and they are younger than the minimum age; {{vanaf}} is the minimum age in years.'), // "Deze hulp is voor mensen vanaf {{vanaf}} jaar. U bent jonger."
  'advies.voorwaarde.leeftijd.teJongTotAowBand': tekst('Reason under "Not for you, and why" in the wegwijzer advice for a scheme from a minimum age up to state pension (AOW) age, when the person only answered whether they are above an age (no exact age) and they are too young; {{vanaf}} is the minimum age in years, {{aow}} the state pension (AOW) age as a number of years with the Dutch word "jaar" (e.g. "67 jaar").'), // "Deze regeling is voor mensen van {{vanaf}} jaar tot de AOW-leeftijd ({{aow}}). U bent jon
  'advies.voorwaarde.leeftijd.aowBand': tekst('Reason under "Not for you, and why" in the wegwijzer advice for a scheme that ends at state pension (AOW) age, when the person only answered whether they are above an age (no exact age) and they have reached it; {{aow}} the state pension (AOW) age as a number of years with the Dutch word "jaar" (e.g. "67 jaar").'), // "U hebt de AOW-leeftijd ({{aow}}). Deze regeling is voor mensen jonger dan de AOW-leeftijd
  'advies.voorwaarde.langdurig-laag-inkomen.ja': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for the supplement for a long-term low income, when the income has been low for 3 years or more.'), // "Uw inkomen is al 3 jaar of langer laag."
  'advies.voorwaarde.langdurig-laag-inkomen.nee': tekst('Reason under "Not for you, and why" in the wegwijzer advice for the supplement for a long-term low income, when the income has been low for less than 3 years.'), // "Uw inkomen is nog geen 3 jaar zo laag. Deze toeslag is voor mensen die lang een laag inko
  'advies.voorwaarde.langdurig-laag-inkomen.onbekend': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for the supplement for a long-term low income, when it is not known how long the income has been low.'), // "Deze toeslag is voor mensen die al lang een laag inkomen hebben. Wij weten niet hoe lang 
  'advies.voorwaarde.kinderen.ja': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for a scheme for families with children, when children live with the person.'), // "Er wonen kinderen bij u thuis."
  'advies.voorwaarde.kinderen.nee': tekst('Reason under "Not for you, and why" in the wegwijzer advice for a scheme for families with children, when no children under 18 live with the person.'), // "Er wonen geen kinderen onder 18 jaar bij u thuis."
  'advies.voorwaarde.kinderen.onbekend': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for a scheme for families with children, when it is not known whether children live with the person.'), // "Deze regeling is voor gezinnen met kinderen. Wij weten niet of er kinderen bij u wonen."
  'advies.voorwaarde.zelf-niet-oplossen.ja': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for tailored help from the neighbourhood team, when the person says they cannot solve it themselves, not even with help from people around them.'), // "U zegt dat u het niet zelf kunt oplossen. Ook niet met hulp van mensen om u heen."
  'advies.voorwaarde.zelf-niet-oplossen.neeZelf': tekst('Reason under "Not for you, and why" in the wegwijzer advice for tailored help from the neighbourhood team, when the person says they can solve it themselves.'), // "U zegt dat u het zelf kunt oplossen. Hulp op maat van het wijkteam is er als dat niet luk
  'advies.voorwaarde.zelf-niet-oplossen.neeNaasten': tekst('Reason under "Not for you, and why" in the wegwijzer advice for tailored help from the neighbourhood team, when the person says people around them help.'), // "U zegt dat mensen om u heen u helpen. Hulp op maat van het wijkteam is er als dat niet lu
  'advies.voorwaarde.zelf-niet-oplossen.onbekend': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for tailored help from the neighbourhood team, when it is not known whether the person can solve it themselves.'), // "Hulp op maat is er als u het niet zelf kunt oplossen, ook niet met hulp van anderen. Dat 
  'advies.voorwaarde.hangt-af-van-kosten.onbekend': tekst('Reason in the "Why?" list of a route in the wegwijzer advice for help that depends on the costs and whether you can pay them yourself: apply before you buy anything.'), // "Of u dit krijgt, hangt af van de kosten en of u die zelf kunt betalen. Vraag het aan voor
  'advies.normJongeren': tekst('Addition filled in as {{aow}} straight after the household type in the income reasons of the wegwijzer advice when the youth norm applies (people aged 18, 19 or 20); keep the leading space.'), // " van 18, 19 of 20 jaar (jongerennorm)"
  'advies.normKostendelers': tekst('Addition filled in as {{aow}} straight after the household type in the income reasons of the wegwijzer advice when the person shares the home with other adults aged 27 or older (kostendelersnorm, a lower norm); keep the leading space.'), // " die een huis delen met andere volwassenen (kostendelersnorm)"
  'advies.nietInwoner': tekst('Reason in the "Why?" list of a route to the municipality\'s own help when the entered postcode is outside the municipality: this help is for residents; {{plaats}} is the municipality.'), // "Deze hulp is voor inwoners van gemeente {{plaats}}. Uw postcode hoort daar niet bij. Vraag"
  'advies.melding.verlopen': tekst('Notice at the top of the wegwijzer advice when the date lies past the last period of the amounts table (social assistance norms, AOW age); {{datum}} is the last day (YYYY-MM-DD) for which the site has amounts.'), // "Wij hebben de bedragen voor bijstand en AOW-leeftijd tot en met {{datum}}. Daarna kunnen z"
  'advies.voorwaarde.verlopen': tekst('Sentence added to a reason in the wegwijzer advice when the amount it uses is past its last known period; {{datum}} is the last day (YYYY-MM-DD) of that period.'), // "Let op: dit bedrag is van de periode tot en met {{datum}}. Het kan nu anders zijn."
  'advies.voorwaarde.geenBedrag': tekst('Reason in the wegwijzer advice when the amounts table has no amount for the date, so the condition cannot be checked.'), // "Wij hebben voor deze datum geen bedrag. Daarom weten wij niet of dit voor u past. Vraag he"
  'advies.voorwaarde.inkomen.onbekendNorm': tekst('Reason in the wegwijzer advice when the income limit depends on an age that is not known (of the person or the partner); {{laag}} and {{hoog}} are the lowest and highest possible limit in euros.'), // "Uw grens hangt af van uw leeftijd of die van uw partner. Die weten wij niet precies. De gr"
  'advies.voorwaarde.inkomen.neeDeel': tekst('Reason in the wegwijzer advice for special assistance (bijzondere bijstand) when the entered income is above the municipal limit: there is no hard limit, you may still get part and pay part yourself; placeholders as in advies.voorwaarde.inkomen.ja.'), // "Uw netto inkomen is {{inkomen}} per maand. Dat is meer dan {{grens}}: {{procent}} van de b"
  'advies.voorwaarde.inkomen.neeDeelBand': tekst('As advies.voorwaarde.inkomen.neeDeel, when the person only answered whether the household income is above a limit (no exact amount); {{grens}}, {{procent}}, {{huishouden}} and {{aow}} as there.'), // "Het netto inkomen van uw huishouden is meer dan {{grens}} per maand. Dat is {{procent}} va"
  'advies.voorwaarde.vermogen.jaBand': tekst('Reason in the wegwijzer advice when the person answered that savings and assets are at most the limit (no exact amount); {{grens}} is the asset limit in euros.'), // "Uw spaargeld en bezit zijn samen niet meer dan de grens van {{grens}}."
  'advies.voorwaarde.vermogen.neeBand': tekst('Reason under "Not for you, and why" in the wegwijzer advice when the person answered that savings and assets are above the limit (no exact amount); {{grens}} is the asset limit in euros.'), // "Uw spaargeld en bezit zijn samen meer dan de grens van {{grens}}."
  'advies.voorwaarde.vermogen.bovengrens': tekst('Reason in the wegwijzer advice for remission of municipal taxes (kwijtschelding) when savings are below the social assistance limit: the limit for this scheme is lower and the municipality also looks at a car and a house; {{grens}} is the social assistance asset limit.'), // "Uw spaargeld en bezit zijn niet meer dan {{grens}}. Maar voor deze regeling is de grens la"
  'advies.voorwaarde.leeftijd.aowPartner': tekst('Reason under "Not for you, and why" in the wegwijzer advice for a scheme that ends at state pension (AOW) age, when the partner has reached it; {{aow}} is the AOW age with its unit (e.g. "67 jaar").'), // "Uw partner heeft de AOW-leeftijd ({{aow}}). Deze regeling is voor huishoudens waarin niema"
  'advies.voorwaarde.leeftijd.onbekendAow': tekst('Reason in the wegwijzer advice when it is not certain whether the person or the partner has reached the state pension (AOW) age (for example because the AOW age has months); {{aow}} is the AOW age with its unit.'), // "Wij weten niet zeker of u of uw partner de AOW-leeftijd ({{aow}}) al hebt. Dat hangt af va"
  'advies.voorwaarde.leeftijd.vanafAow': tekst('Reason in the wegwijzer advice for the supplement for people at state pension age (AIO), when the person or the partner has reached AOW age; {{aow}} is the AOW age with its unit.'), // "U of uw partner hebt de AOW-leeftijd ({{aow}})."
  'advies.voorwaarde.leeftijd.onderAow': tekst('Reason under "Not for you, and why" in the wegwijzer advice for the supplement for people at state pension age (AIO), when no one in the household has reached AOW age; {{aow}} is the AOW age with its unit.'), // "U hebt de AOW-leeftijd ({{aow}}) nog niet, en uw partner ook niet. Deze aanvulling is voor"
  'advies.voorwaarde.leeftijd.teOud': tekst('Reason under "Not for you, and why" in the wegwijzer advice when help is only for people younger than an age; {{tot}} is that age in years.'), // "Deze hulp is voor mensen jonger dan {{tot}} jaar."
  'advies.voorwaarde.leeftijd.jaJonger': tekst('Reason in the wegwijzer advice when help is for people younger than an age and the person is; {{tot}} is that age in years.'), // "U bent jonger dan {{tot}} jaar. Deze hulp is voor jongeren."
  'advies.voorwaarde.kenmerk.studeert.ja': tekst('Reason under "Not for you, and why" in the wegwijzer advice for social assistance (bijstand) when the person studies: students get student finance or an allowance from DUO, not bijstand.'), // "U studeert of gaat naar school. Dan krijgt u geen bijstand. U kunt wel studiefinanciering "
  'advies.voorwaarde.kenmerk.studeert.nee': tekst('Reason under "Not for you, and why" in the wegwijzer advice for help that is only for students, when the person does not study.'), // "U studeert niet. Deze regeling is voor mensen die studeren."
  'advies.voorwaarde.kenmerk.zelfstandige.ja': tekst('Reason under "Not for you, and why" in the wegwijzer advice for social assistance (bijstand) when the person is self-employed: there is a separate scheme (Bbz).'), // "U hebt een eigen bedrijf. Dan is er een aparte regeling voor u: bijstand voor zelfstandige"
  'advies.voorwaarde.kenmerk.zelfstandige.nee': tekst('Reason under "Not for you, and why" in the wegwijzer advice for help for the self-employed, when the person has no own business.'), // "U hebt geen eigen bedrijf. Deze regeling is voor zelfstandigen."
  'advies.voorwaarde.kenmerk.statushouder.ja': tekst('Reason under "Not for you, and why" in the wegwijzer advice for help that is not for refugees with a residence permit.'), // "U hebt een verblijfsvergunning als vluchteling. Voor u geldt een andere regeling."
  'advies.voorwaarde.kenmerk.statushouder.nee': tekst('Reason under "Not for you, and why" in the wegwijzer advice for help for refugees with a residence permit, when the person has none.'), // "U hebt geen verblijfsvergunning als vluchteling. Deze regeling is voor statushouders."
  'advies.voorwaarde.onderhoudsplicht-ouders.onbekend': tekst('Reason in the wegwijzer advice for social assistance (bijstand) for people aged 18 to 20: their parents must support them first, so bijstand is only possible in some cases; {{tot}} is the age (21).'), // "U bent jonger dan {{tot}} jaar. Dan moeten uw ouders u eerst helpen met geld. Soms kunt u "
  'advies.voorwaarde.beoordeling.draagkracht': tekst('Reason in the wegwijzer advice: the municipality looks at what you can pay yourself from your income (ability to pay).'), // "De gemeente kijkt wat u zelf kunt betalen van uw inkomen. Daarom weten wij niet zeker of u"
  'advies.voorwaarde.beoordeling.woonlasten-en-bezit': tekst('Reason in the wegwijzer advice for remission of municipal taxes (kwijtschelding): the municipality first looks at savings, a car and a house, then at income minus housing costs; income below the limit alone is not enough.'), // "De gemeente kijkt eerst naar uw spaargeld, uw auto en uw huis. Daarna kijkt zij naar uw in"
  'advies.voorwaarde.beoordeling.bedrijf': tekst('Reason in the wegwijzer advice for assistance for the self-employed (Bbz): the municipality looks at your business and whether it can earn enough again.'), // "De gemeente kijkt naar uw bedrijf. Kan het weer genoeg opleveren? Dan kunt u misschien gel"
  'advies.voorwaarde.beoordeling.uitzicht': tekst('Reason in the wegwijzer advice for the supplement for a long-term low income (individuele inkomenstoeslag): the municipality also looks at whether your income can go up soon, which the wegwijzer does not ask.'), // "De gemeente kijkt ook of uw inkomen binnenkort hoger kan worden. Bijvoorbeeld door werk. D"
  'advies.aanleiding.leeftijdOnder': tekst('Reason in the "Why?" list of a route in the wegwijzer advice (youth care) when the person is younger than an age; {{tot}} is that age (18).'), // "U bent jonger dan {{tot}} jaar. Dan is er hulp voor jongeren: jeugdhulp."
  'advies.aanleiding.studeert': tekst('Reason in the "Why?" list of a route in the wegwijzer advice (student finance) when the person studies.'), // "U studeert of gaat naar school."
  'advies.aanleiding.zelfstandige': tekst('Reason in the "Why?" list of a route in the wegwijzer advice (assistance for the self-employed) when the person has their own business.'), // "U hebt een eigen bedrijf."
  'advies.aanleiding.statushouder': tekst('Reason in the "Why?" list of a route in the wegwijzer advice (civic integration) when the person has a residence permit as a refugee.'), // "U hebt een verblijfsvergunning als vluchteling, of u kwam bij een familielid met zo'n verg"
  'advies.aanleiding.woonsituatie.huurwoning': tekst('Reason in the "Why?" list of a route in the wegwijzer advice, from the answer about housing: you rent your home.'), // "U woont in een huurhuis."
  'advies.aanleiding.woonsituatie.koopwoning': tekst('Reason in the "Why?" list of a route in the wegwijzer advice, from the answer about housing: you own your home.'), // "U woont in een koophuis."
  'advies.aanleiding.woonsituatie.inwonend': tekst('Reason in the "Why?" list of a route in the wegwijzer advice, from the answer about housing: you live in someone else\'s home.'), // "U woont bij iemand anders in huis."
  'advies.aanleiding.woonsituatie.geen-vaste-woonplek': tekst('Reason in the "Why?" list of a route in the wegwijzer advice, from the answer about housing: you have no fixed place to live.'), // "U hebt geen vaste plek om te wonen."
  'eenheid.jaarEnMaanden': meervoud('An age in years and months (the state pension age, e.g. "67 jaar en 3 maanden"), inside content text and in the reasons of the wegwijzer advice; {{jaar}} is the years already written with their unit (eenheid.jaar), {{count}} the number of months.'), // "{{jaar}} en {{count}} maanden"
  'js.fout.vermogen': tekst('Error message under the savings question of the interactive wegwijzer (with JavaScript) when the amount cannot be read; keep the example amounts and use the same words as the translated "Don\'t know" button.'), // "Vul een bedrag in, bijvoorbeeld 2000 of 12.500. Of kies Weet ik niet."
  'js.fout.spoed': tekst('Error message on the "Call 112 now" screen of the interactive wegwijzer (with JavaScript) if the button to go on is not pressed (rare).'), // "Bel 112 als iemand in gevaar is. Of kies om verder te gaan."
  'wegwijzer.bel112': tekst('Big link text on the "Call 112 now" screen/page of the wegwijzer (with and without JavaScript) that calls the emergency number 112 (a tel: link); keep short.'), // "Bel 112"
  'wegwijzer.spoedVeiligThuis': tekst('Text under the 112 button on the "Call 112 now" screen/page of the wegwijzer: not in danger right now but unsafe at home? Call Veilig Thuis; followed by the phone number.'), // "Niet nu in gevaar, maar thuis niet veilig? Bel Veilig Thuis, gratis en dag en nacht:"
  'wegwijzer.spoed113': tekst('Text on the "Call 112 now" screen/page of the wegwijzer: thinking about suicide? Call 113; followed by the phone number.'), // "Denkt u aan zelfmoord? Bel 113, gratis en dag en nacht:"
  'wegwijzer.controle': tekst('Link in a route of the wegwijzer advice and on the entry page to the official check or calculator of the agency (SVB, DUO, Belastingdienst); {{naam}} is the name of that check (Dutch).'), // "Kijk het zeker na: {{naam}}"
  'regel.controle': tekst('Heading of the section on an entry page with the official check or calculator of the agency that decides; keep short.'), // "Kijk het zelf na"
  'regel.controleUitleg': tekst('Text in the section regel.controle on an entry page: this site only points the way; the agency decides and its check tells you for sure.'), // "Deze site zegt alleen of dit misschien bij u past. De instantie beslist. Met haar eigen ch"
  'regel.verlopen': tekst('Warning on an entry page (and in the advice) when an amount on the page is past the last period of the amounts table; {{datum}} is the last day (YYYY-MM-DD) of that period.'), // "Let op: sommige bedragen op deze pagina gelden tot en met {{datum}}. Daarna kunnen ze ande"
  'advies.voorwaarde.kenmerk.studeert.onbekend': tekst('Reason in the "Why?" list of a social assistance (bijstand) route when it is not known whether the person studies: students get student finance from DUO instead.'), // "Studeert u of gaat u naar school? Dan krijgt u geen bijstand, maar misschien wel studiefin"
  'advies.voorwaarde.kenmerk.zelfstandige.onbekend': tekst('Reason in the "Why?" list of a social assistance (bijstand) route when it is not known whether the person is self-employed: there is a separate scheme (Bbz).'), // "Hebt u een eigen bedrijf? Dan is er een aparte regeling: bijstand voor zelfstandigen (Bbz)"
  'advies.voorwaarde.kenmerk.statushouder.onbekend': tekst('Reason in the "Why?" list of a route when it is not known whether the person has a residence permit as a refugee.'), // "Hebt u een verblijfsvergunning als vluchteling? Dan kan er een andere regeling voor u geld"
  'advies.voorwaarde.leeftijd.onderAowAlleen': tekst('Reason under "Not for you, and why" in the wegwijzer advice for the supplement for people at state pension age (AIO), for a person without a partner who has not reached AOW age; {{aow}} is the AOW age with its unit.'), // "U hebt de AOW-leeftijd ({{aow}}) nog niet."
  'advies.melding.postcodeBuiten': tekst('Notice at the top of the wegwijzer advice when the entered postcode is outside the municipality; {{postcode}} is the entered postcode and {{plaats}} the name of the municipality.'), // "Postcode {{postcode}} hoort niet bij gemeente {{plaats}}."
  'grenzen.bijschrift': tekst('Caption of the income-limits table in the "who is it for" section of a polis entry; {{procent}} is the limit as a percentage of the social assistance norm (no full stop at the end).'), // "Uw netto inkomen per maand mag niet hoger zijn dan dit bedrag ({{procent}} van de bijstan
  'grenzen.bijschriftLager': tekst('Caption of the income-limits table in the "who is it for" section of a polis entry for a scheme where the income must be below the social assistance norm itself (no full stop at the end).'), // "Uw netto inkomen per maand moet lager zijn dan dit bedrag (de bijstandsnorm)"
  'grenzen.huishouden': tekst('Column header of the income-limits table on a polis entry: the household type; keep short.'), // "Huishouden"
  'grenzen.onderAow': tekst('Column header of the income-limits table on a polis entry: the limit below state pension (AOW) age; keep short.'), // "Jonger dan de AOW-leeftijd"
  'grenzen.vanafAow': tekst('Column header of the income-limits table on a polis entry: the limit from state pension (AOW) age; keep short.'), // "Vanaf de AOW-leeftijd"
  'grenzen.alleenstaand': tekst('Row header of the income-limits table on a polis entry: single person or single parent.'), // "Alleenstaand of alleenstaande ouder"
  'grenzen.samenwonend': tekst('Row header of the income-limits table on a polis entry: married or living together.'), // "Getrouwd of samenwonend"
  'wegwijzer.titel': tekst('Name of the wegwijzer (question flow that shows which help fits): browser title of its start page and last part of the browser title of every question and advice page.'), // "Wegwijzer: welke hulp past bij u?"
  'wegwijzer.beschrijving': tekst('Meta description of the wegwijzer pages (shown in search engine results).'), // "Beantwoord een paar korte vragen. Dan ziet u welke hulp bij u past, en waarom."
  'wegwijzer.start': tekst('H1 of the wegwijzer start page, above the topic choice (with and without JavaScript).'), // "Waar wilt u hulp bij?"
  'wegwijzer.startIntro': tekst('Intro on the wegwijzer start page without JavaScript: choose one topic, a few short questions follow, there are no right or wrong answers.'), // "Kies één onderwerp. Daarna stellen we een paar korte vragen. Er zijn geen goede of foute 
  'wegwijzer.privacy': tekst('Small note at the bottom of the wegwijzer start page: answers are not stored, but without JavaScript your choices are in the page address.'), // "Wij bewaren uw antwoorden niet. Zonder JavaScript staan uw keuzes wel in het adres van de
  'wegwijzer.terug': tekst('Back link at the top of every wegwijzer question and advice page, to the previous question; keep short.'), // "Terug"
  'wegwijzer.adviesTitel': tekst('H1 of the wegwijzer advice (the help that fits your answers), also part of its browser title and the heading of the Dutch column in the side-by-side view; keep short.'), // "Dit past bij u"
  'wegwijzer.adviesIntro': tekst('Intro under the h1 of the wegwijzer advice: this is the help that fits your answers, start at the top.'), // "Dit is de hulp die past bij uw antwoorden. Begin bovenaan."
  'wegwijzer.uwAntwoorden': tekst('Heading of the list of given answers in the wegwijzer advice.'), // "Uw antwoorden"
  'wegwijzer.onderwerp': tekst('Term in the list of answers (wegwijzer advice and check screen), followed by the chosen topic(s); also filled in as {{vraag}} in wegwijzer.wijzigVraag; keep short.'), // "Onderwerp"
  'wegwijzer.wijzig': tekst('Link or button after each answer in the wegwijzer list of answers, to change that answer; keep very short.'), // "Wijzig"
  'wegwijzer.wijzigVraag': tekst('Accessible name of the "Change" link or button after each answer in the wegwijzer list of answers; {{vraag}} is the question text (or the word "Topic").'), // "Wijzig uw antwoord op: {{vraag}}"
  'wegwijzer.waarom': tekst('Summary of the expandable block under each route of the wegwijzer advice that lists why it fits; keep short.'), // "Waarom?"
  'wegwijzer.watNu': tekst('Summary of the expandable block under each route of the wegwijzer advice with the first steps to take.'), // "Wat kunt u nu doen?"
  'wegwijzer.meerInfo': tekst('Link under each route of the wegwijzer advice to the full polis entry; {{titel}} is the entry title.'), // "Alles over {{titel}}"
  'wegwijzer.waarschijnlijk': tekst('Certainty label of a route in the wegwijzer advice when all its conditions are met.'), // "Past waarschijnlijk bij u"
  'wegwijzer.misschien': tekst('Certainty label of a route in the wegwijzer advice when some of its conditions are not known yet.'), // "Past misschien bij u: dat hangt af van meer informatie"
  'wegwijzer.urgent': tekst('Label above an urgent route in the wegwijzer advice, shown instead of the kind of help; keep short.'), // "Met spoed"
  'wegwijzer.nietVoorU': tekst('Heading in the wegwijzer advice above the help that was considered but does not fit, with the reasons.'), // "Niet voor u, en waarom"
  'wegwijzer.nietVoorUIntro': tekst('Intro under the heading "Not for you, and why" in the wegwijzer advice page without JavaScript.'), // "Deze hulp hebben we ook bekeken. Op basis van uw antwoorden past zij niet."
  'wegwijzer.geenRoutes': tekst('Text in the wegwijzer advice when no help fits the answers: contact the neighbourhood team.'), // "Op basis van uw antwoorden vonden we geen hulp. Neem contact op met het wijkteam. Zij den
  'wegwijzer.opnieuw': tekst('Button-style link under the answers in the wegwijzer advice (without JavaScript) that starts the wegwijzer again; keep short.'), // "Opnieuw beginnen"
  'wegwijzer.snelWeg': tekst('Button-style "exit this page" link on wegwijzer pages about safety at home, which leaves the site at once; keep short.'), // "Snel weg van deze site"
  'wegwijzer.snelWegUitleg': tekst('Text under the "exit this page" button: pressing the Shift key 3 times also leaves the site.'), // "Druk 3 keer op Shift om deze site snel te verlaten."
  'wegwijzer.artikel': tekst('Link text of the legal basis, in brackets after a reason in the wegwijzer advice; {{wet}} is the name of the law and {{artikel}} the article number.'), // "{{wet}}, artikel {{artikel}}"
  'wegwijzer.ookGeld': tekst('Question in the wegwijzer advice (without JavaScript) for a topic other than money, before the link wegwijzer.ookGeldLink.'), // "Wilt u ook weten of u geld of korting kunt krijgen?"
  'wegwijzer.ookGeldLink': tekst('Link after wegwijzer.ookGeld in the wegwijzer advice to the questions about money and making ends meet.'), // "Beantwoord de vragen over geld en rondkomen"
  'blad.kop': tekst('Heading of the section under the wegwijzer advice to take to the neighbourhood team (the printable sheet).'), // "Neem dit mee naar het wijkteam"
  'blad.intro': tekst('Intro of the take-along section under the wegwijzer advice: print the page or show it on your phone.'), // "Print deze pagina of laat hem zien op uw telefoon. Dan weet het wijkteam meteen waar het 
  'blad.eigenVraag': tekst('Label of the text box in the take-along section under the wegwijzer advice, where you type your question in your own words.'), // "Uw vraag in uw eigen woorden"
  'blad.eigenVraagUitleg': tekst('Hint under the text box in the take-along section: what you type stays on your device and is not sent or stored.'), // "Wat u hier typt, blijft op uw eigen apparaat. Het wordt niet verstuurd en niet bewaard."
  'blad.meenemen': tekst('Heading in the wegwijzer advice above the list of things (documents) to bring.'), // "Wat neemt u mee?"
  'blad.wijkteam': tekst('Subheading in the take-along section under the wegwijzer advice (without JavaScript), above the list of all neighbourhood teams with postcodes, phone and address.'), // "Zo bereikt u het wijkteam"
  'blad.afdrukken': tekst('Button in the take-along section under the wegwijzer advice that prints the page; keep short: it is a button label.'), // "Print deze pagina"
  'js.meerdereOnderwerpen': tekst('Hint under the heading of the topic choice in the interactive wegwijzer (with JavaScript): you may choose more than one topic.'), // "U mag meer dan één onderwerp kiezen."
  'js.verder': tekst('Primary button under the topic choice and under each typed question in the interactive wegwijzer (with JavaScript) that goes to the next question; keep short: it is a button label.'), // "Verder"
  'js.overslaan': tekst('Secondary button under the postcode question in the interactive wegwijzer (with JavaScript) that skips the question; keep short: it is a button label.'), // "Sla deze vraag over"
  'js.toonAdvies': tekst('Button on the check screen of the interactive wegwijzer (with JavaScript) that shows the advice; keep short: it is a button label.'), // "Toon mijn advies"
  'js.foutTitel': tekst('Prefix of the browser title in the interactive wegwijzer (with JavaScript) while an error is shown ("Error: <question> – <wegwijzer>"); keep very short.'), // "Fout:"
  'js.foutKop': tekst('Heading of the error summary box in the interactive wegwijzer (with JavaScript) when an answer is missing or not valid.'), // "Er is een probleem"
  'js.fout.onderwerpen': tekst('Error message in the interactive wegwijzer (with JavaScript) when the button to continue is pressed without choosing a topic.'), // "Kies minstens één onderwerp."
  'js.fout.inkomen': tekst('Error message under the income question of the interactive wegwijzer (with JavaScript) when the amount cannot be read; keep the example amounts and use the same words as the translated "Don\'t know" button.'), // "Vul een bedrag in, bijvoorbeeld 1500 of 1.500,50. Of kies Weet ik niet."
  'js.fout.leeftijd': tekst('Error message under the age question of the interactive wegwijzer (with JavaScript) when the age is not a number; keep the example and use the same words as the translated "Don\'t know" button.'), // "Vul uw leeftijd in met cijfers, bijvoorbeeld 67. Of kies Weet ik niet."
  'js.fout.postcode': tekst('Error message under the postcode question of the interactive wegwijzer (with JavaScript) when the postcode is not valid; keep the example Dutch postcode and refer to the skip button (js.overslaan).'), // "Vul een postcode in, bijvoorbeeld 9903 AB. Of sla de vraag over."
  'js.fout.keuze': tekst('Error message in the interactive wegwijzer (with JavaScript) when a multiple-choice question has no valid answer.'), // "Kies een antwoord."
  'js.titel.onderwerpen': tekst('Browser title of the topic-choice screen of the interactive wegwijzer (with JavaScript) (followed by " – " and wegwijzer.titel).'), // "Waar wilt u hulp bij?"
  'js.titel.controle': tekst('H1 and browser title of the check screen of the interactive wegwijzer (with JavaScript), where you review your answers before seeing the advice.'), // "Kloppen uw antwoorden?"
  'js.titel.advies': tekst('Browser title of the advice screen of the interactive wegwijzer (with JavaScript) (followed by " – " and wegwijzer.titel).'), // "Dit past bij u"
  'js.uwWijkteam': tekst('Label at the top of the advice in the interactive wegwijzer (with JavaScript) before the name, phone number and address of the neighbourhood team for the entered postcode; keep the colon at the end.'), // "Uw wijkteam:"
  'js.delenKop': tekst('Heading of the section under the advice in the interactive wegwijzer (with JavaScript) to save or share a link to it.'), // "Bewaren of delen"
  'js.delenUitleg': tekst('Text in the save-or-share section under the advice in the interactive wegwijzer (with JavaScript): the link contains your answers, share it only with people you trust.'), // "Deze link bevat uw antwoorden. Ze staan alleen in de link, niet bij ons. Deel hem alleen 
  'js.deellink': tekst('Text of the link to this advice (with the answers in it) in the save-or-share section of the interactive wegwijzer (with JavaScript).'), // "Link naar dit advies"
  'js.terugNaarAntwoorden': tekst('Button under the advice in the interactive wegwijzer (with JavaScript) that goes back to the check screen with the answers; keep short: it is a button label.'), // "Terug naar mijn antwoorden"
  'js.wis': tekst('Button under the advice in the interactive wegwijzer (with JavaScript) that erases all answers and starts again; keep short: it is a button label.'), // "Wis mijn antwoorden"
  'taal.kiezer': tekst('Accessible name of the language switcher (nav landmark) in the strip above the header.'),
  'taal.ontbreekt': tekst('Notice at the top of a page whose main content has no translation yet and is shown in Dutch.'),
  'taal.deels': tekst('Notice at the top of a page where some sections have no translation and are shown in Dutch.'),
  'taal.nietNagekeken': tekst('Notice at the top of every page whose UI strings or content were machine translated and not reviewed by a person.'),
  'taal.naarNl': tekst('Link in the translation notice to the same page in Dutch.'),
  'taal.nlTitel': tekst('Line under the h1 of a translated entry giving its Dutch title, for the counter; {{titel}} is the Dutch title.'),
  'naastElkaar.link': tekst('Link on a translated entry or advice page to the side-by-side view with Dutch.'),
  'naastElkaar.kies': tekst('Text before the list of languages on a Dutch entry or advice page, to open the side-by-side view.'),
  'naastElkaar.titel': tekst('Page title of the side-by-side view; {{titel}} is the entry title or the advice title.'),
  'naastElkaar.uitleg': tekst('Explanation at the top of the side-by-side view: two languages, Dutch is what counts.'),
  'naastElkaar.terug': tekst('Link from the side-by-side view back to the normal page in the chosen language.'),
  'naastElkaar.label': tekst('Short breadcrumb label for the side-by-side view.'),
  'over.talenKop': tekst('Heading of the section about languages on the about page.'),
  'over.talen': alineas('Paragraphs of the section about languages on the about page.'),
  'over.toegankelijkheidLink': tekst('Link from the accessibility section of the about page to the full accessibility statement.'), // "Lees de hele toegankelijkheidsverklaring"
  'over.talenLink': tekst('Link from the about page to the translation status page.'),
  'vertalingen.titel': tekst('Title and h1 of the translation status page (/<taal>/over/vertalingen/).'),
  'vertalingen.beschrijving': tekst('Meta description of the translation status page.'),
  'vertalingen.intro': alineas('Introduction paragraphs of the translation status page: Dutch is the source, what reviewed means.'),
  'vertalingen.tabel': tekst('Caption of the table with the translation figures per language.'),
  'vertalingen.taal': tekst('Column header: the language.'),
  'vertalingen.ui': tekst('Column header: the UI strings of the site.'),
  'vertalingen.polis': tekst('Column header: the polis entries.'),
  'vertalingen.wegwijzer': tekst('Column header: questions, answers and advice texts of the wegwijzer.'),
  'vertalingen.overig': tekst('Column header: glossary, topics, organisations, places and neighbourhood teams.'),
  'vertalingen.cel': tekst('One table cell; {{vertaald}} of {{totaal}} translated, {{procent}} share, {{nagekeken}} reviewed.'),
  'vertalingen.bron': tekst('Table cell for Dutch: it is the source, not a translation.'),
  'vertalingen.uitleg': tekst('Note under the table: what counts as translated, and that UI strings are reviewed per language.'),
  'eenheid.jaar': meervoud('A number of years (an age such as the state pension age, or a period of years), inside content text and in the reasons of the wegwijzer advice; {{count}} is the number (may be left out in a form that names the number, such as Arabic two).'), // "{{count}} jaar"
  'zoeken.resultatenKop': tekst('Heading above the search results on the search page (with JavaScript); keep short.'), // "Gevonden"
  'zoeken.bezig': tekst('Status line on the search page while the search runs; keep short.'), // "Even zoeken…"
  'zoeken.fout': tekst('Status line on the search page when the search index cannot be loaded; points to the A–Z list below.'), // "Zoeken lukt nu niet. …"
  'zoeken.filterSoort': tekst('Label of the filter (a select) above the search results that narrows them to one kind of help (self, collective, scheme, …); keep short.'), // "Soort hulp"
  'zoeken.filterOnderwerp': tekst('Label of the filter (a select) above the search results that narrows them to one topic; keep short.'), // "Onderwerp"
  'zoeken.filterWet': tekst('Label of the filter (a select) above the search results that narrows them to entries based on one law; keep short.'), // "Wet"
  'zoeken.filterAlle': tekst('First option of each search filter: no narrowing; keep short.'), // "Alle"
  'zoeken.verfijn': tekst('Summary of the collapsible block with the search filters, above the results; keep short.'), // "Resultaten verfijnen"
  'leesVoor.label': tekst('Accessible name (aria-label) of the read-aloud control group above the main content of content and question pages; keep short.'), // "Voorlezen"
  'leesVoor.knop': tekst('Button that starts reading the main content of the page aloud with the device\'s own voice; keep very short: it is a button label.'), // "Lees voor"
  'leesVoor.pauze': tekst('Button that pauses the reading aloud; keep very short: it is a button label.'), // "Pauze"
  'leesVoor.verder': tekst('Button that resumes paused reading aloud; keep very short: it is a button label.'), // "Verder"
  'leesVoor.stop': tekst('Button that stops the reading aloud; keep very short: it is a button label.'), // "Stop"
  'begrip.meer': tekst('Link inside the in-place explanation of a difficult word (opened by clicking the word in the text) to the full glossary entry; keep short.'), // "Meer over dit woord"
  'toegankelijkheid.titel': tekst('Browser title and h1 of the accessibility statement page (under the about page).'), // "Toegankelijkheidsverklaring"
  'toegankelijkheid.beschrijving': tekst('Meta description of the accessibility statement page.'), // "Hoe toegankelijk deze site is, wat wij testen en wat nog niet goed werkt."
  'toegankelijkheid.intro': alineas('Lead paragraphs of the accessibility statement: everyone must be able to use the site; this page says what we do and what does not work yet.'),
  'toegankelijkheid.opgesteld': tekst('Line under the intro of the accessibility statement; {{datum}} is the date it was drawn up, already written out in the page language.'), // "Deze verklaring is gemaakt op {{datum}}."
  'toegankelijkheid.statusKop': tekst('Heading in the accessibility statement: does the site meet the requirements?'),
  'toegankelijkheid.status': alineas('Paragraphs of the accessibility statement: the legal standard (WCAG 2.2 AA, EN 301 549), no independent audit yet, so no claim of compliance; this is a draft.'),
  'toegankelijkheid.getestKop': tekst('Heading in the accessibility statement: what is tested automatically.'),
  'toegankelijkheid.getest': alineas('Paragraphs of the accessibility statement listing the automated tests (axe, keyboard, target size, reflow, language, no JavaScript). Keep the numbers as they are.'),
  'toegankelijkheid.handKop': tekst('Heading in the accessibility statement: what the makers checked by hand.'),
  'toegankelijkheid.hand': alineas('Paragraphs of the accessibility statement: manual checks (phone and desktop, Dutch and Arabic, keyboard only, JavaScript off, readability of the Dutch text).'),
  'toegankelijkheid.hulpKop': tekst('Heading in the accessibility statement: what helps with reading (read aloud, glossary, pictograms, exit button, languages).'),
  'toegankelijkheid.hulp': alineas('Paragraphs of the accessibility statement describing the reading aids; the quoted button names must match the buttons in this language.'),
  'toegankelijkheid.beperkingenKop': tekst('Heading in the accessibility statement: what does not work well yet (known limits).'),
  'toegankelijkheid.beperkingen': alineas('Paragraphs of the accessibility statement listing known limits: no user or screen-reader testing, machine translations, Dutch amount format, voices, external sites, no sign language.'),
  'toegankelijkheid.meldenKop': tekst('Heading in the accessibility statement: report a problem.'),
  'toegankelijkheid.melden': tekst('Paragraph of the accessibility statement: how to report something that does not work (call or mail the municipality, say which page).'),
  'toegankelijkheid.bellen': tekst('Label before the municipality\'s phone number in the accessibility statement; one word.'), // "Telefoon"
  'toegankelijkheid.mailen': tekst('Label before the municipality\'s e-mail address in the accessibility statement; one word.'), // "E-mail"
  'verwijzers.titel': tekst('Browser title, h1 and breadcrumb of the page for referrers (GP practices, neighbourhood hubs, libraries) with links, QR codes, posters and embed code.'), // "Voor verwijzers"
  'verwijzers.beschrijving': tekst('Meta description of the page for referrers.'), // "Links, QR-codes, posters en een knop om naar deze site te verwijzen. Voor huisartsen, buurthuizen e
  'verwijzers.intro': tekst('Lead paragraph of the page for referrers: who it is for and what they find here.'), // "Werkt u bij een huisarts, in een buurthuis of in een bibliotheek? Op deze pagina vindt u links, QR-
  'verwijzers.watKop': tekst('Heading on the page for referrers: what this site does.'), // "Wat doet deze site?"
  'verwijzers.wat': tekst('Paragraph on the page for referrers explaining the site; {{gemeente}} is the municipality name.'), // "Deze site vertelt inwoners van {{gemeente}} welke hulp zij kunnen krijgen. Bijvoorbeeld bij zorg, g
  'verwijzers.linkenKop': tekst('Heading on the page for referrers: how to link to this site.'), // "Zo linkt u naar deze site"
  'verwijzers.vast': tekst('Paragraph on the page for referrers: every page has a fixed address that never changes.'), // "Elke pagina heeft een vast adres. Dat adres verandert niet. U kunt het dus gerust op papier zetten.
  'verwijzers.patroonOnderwerp': tekst('Label before the address pattern of the wegwijzer for one topic, on the page for referrers.'), // "De wegwijzer, meteen bij één onderwerp:"
  'verwijzers.patroonRegel': tekst('Label before the address pattern of one polis entry, on the page for referrers.'), // "Eén regeling:"
  'verwijzers.patroonTaal': tekst('Sentence on the page for referrers: replace the language code in the address; {{taal}} is this page\'s code, {{talen}} the list of codes.'), // "Wilt u een andere taal? Vervang dan {{taal}} in het adres door de code van die taal: {{talen}}."
  'verwijzers.eerdere': tekst('Sentence on the page for referrers: an old address of an entry keeps working and redirects.'), // "Krijgt een regeling een nieuw adres? Dan blijft het oude adres werken. Het stuurt de bezoeker door 
  'verwijzers.bouwerKop': tekst('Heading on the page for referrers above the link builder and the lists of links.'), // "Maak een link"
  'verwijzers.bouwerIntro': tekst('Intro of the link builder on the page for referrers.'), // "Kies een onderwerp of een regeling, en een taal. U krijgt de link en een QR-code. Bij een onderwerp
  'verwijzers.bouwerTitel': tekst('Heading (h3) of the interactive link builder on the page for referrers; keep short.'), // "Link en QR-code"
  'verwijzers.kiesDoel': tekst('Label of the select in the link builder: choose a topic or a scheme; keep short.'), // "Onderwerp of regeling"
  'verwijzers.groepOnderwerpen': tekst('Group label in the link builder select for the topics (their link starts the wegwijzer); keep short.'), // "Onderwerpen (begint in de wegwijzer)"
  'verwijzers.groepRegels': tekst('Group label in the link builder select for the polis entries; keep short.'), // "Regelingen"
  'verwijzers.kiesTaal': tekst('Label of the language select in the link builder; keep short.'), // "Taal van de pagina"
  'verwijzers.link': tekst('Label of the read-only field with the chosen link in the link builder; one word.'), // "Link"
  'verwijzers.kopieer': tekst('Button in the link builder that copies the link; keep short: it is a button label.'), // "Kopieer de link"
  'verwijzers.gekopieerd': tekst('Status message after copying a link or code on the page for referrers; very short.'), // "Gekopieerd"
  'verwijzers.geselecteerd': tekst('Status message when copying is not possible: the text is selected, copy it yourself.'), // "De tekst is geselecteerd. Kopieer hem met Ctrl+C, of op een telefoon met Kopiëren."
  'verwijzers.qrNaar': tekst('Accessible name of a QR code image; {{adres}} is the web address it leads to.'), // "QR-code naar {{adres}}"
  'verwijzers.poster': tekst('Link to the printable A4 poster of a topic; keep short.'), // "Poster (A4)"
  'verwijzers.kaart': tekst('Link to the printable A6 card of a topic; keep short.'), // "Kaartje (A6)"
  'verwijzers.alleenOnderwerp': tekst('Line in the link builder when a scheme is chosen: posters and cards exist per topic only.'), // "Posters en kaartjes zijn er per onderwerp. Kies een onderwerp als u iets wilt printen."
  'verwijzers.onderwerpenKop': tekst('Heading (h3) above the list of all topics with their links on the page for referrers.'), // "Alle onderwerpen"
  'verwijzers.onderwerpenIntro': tekst('Line under the heading of the list of topics on the page for referrers.'), // "Bij elk onderwerp: de link naar de wegwijzer, een poster en een kaartje."
  'verwijzers.regelsKop': tekst('Heading (h3) above the list of all schemes with their links on the page for referrers.'), // "Alle regelingen"
  'verwijzers.insluitenKop': tekst('Heading on the page for referrers: put a button or a small window on your own website.'), // "Op uw eigen website"
  'verwijzers.insluitenIntro': tekst('Intro of the embed section on the page for referrers.'), // "Zet een knop of een klein venster met deze site op uw eigen website. Kopieer de code hieronder en p
  'verwijzers.knopKop': tekst('Heading (h3) in the embed section: a button (a styled link).'), // "Een knop"
  'verwijzers.knopCode': tekst('Label of the text field with the HTML code of the button; keep short.'), // "Code voor de knop"
  'verwijzers.knopTekst': tekst('Text on the button partners put on their site, linking to this site; {{gemeente}} is the municipality name; keep short.'), // "Vind hulp bij {{gemeente}}"
  'verwijzers.vensterKop': tekst('Heading (h3) in the embed section: a small window (iframe).'), // "Een venster"
  'verwijzers.vensterCode': tekst('Label of the text field with the HTML code of the window (iframe); keep short.'), // "Code voor het venster"
  'verwijzers.vensterTitel': tekst('Title of the iframe partners put on their site (read by screen readers); {{gemeente}} is the municipality name.'), // "{{gemeente}}: kies waar u hulp bij wilt"
  'verwijzers.kopieerCode': tekst('Button that copies an embed code; keep short: it is a button label.'), // "Kopieer de code"
  'verwijzers.beleidKop': tekst('Heading (h3) in the embed section: which page may be shown in a frame.'), // "Welke pagina mag in een venster?"
  'verwijzers.beleid': tekst('Framing policy on the page for referrers; {{pad}} is the address of the compact page.'), // "Alleen de pagina {{pad}} mag in een venster (een iframe) op een andere website staan. Alle andere p
  'verwijzers.posterTitel': tekst('Browser title of the printable A4 poster of a topic; {{onderwerp}} is the topic name.'), // "Poster: {{onderwerp}}"
  'verwijzers.kaartTitel': tekst('Browser title of the printable A6 card of a topic; {{onderwerp}} is the topic name.'), // "Kaartje: {{onderwerp}}"
  'verwijzers.drukwerkBeschrijving': tekst('Meta description of the printable poster and card pages; {{onderwerp}} is the topic name.'), // "Om te printen: een QR-code naar de wegwijzer bij het onderwerp {{onderwerp}}."
  'verwijzers.posterUitleg': tekst('Screen-only line above the printable poster.'), // "Deze poster past op één vel A4."
  'verwijzers.kaartUitleg': tekst('Screen-only line above the printable card.'), // "Dit kaartje is A6: een kwart van een vel A4."
  'verwijzers.print': tekst('Button on the poster and card pages that prints the page; keep very short: it is a button label.'), // "Print"
  'verwijzers.terug': tekst('Link on the poster and card pages back to the page for referrers.'), // "Terug naar Voor verwijzers"
  'verwijzers.regel': tekst('The short line on posters and cards, next to the QR code (printed in the page language and in Dutch).'), // "Hulp nodig? Scan de code met uw telefoon. Een paar korte vragen laten zien welke hulp past."
  'verwijzers.ofTyp': tekst('Label on posters and cards before the written-out web address.'), // "Of typ dit adres:"
  'verwijzers.ingangKop': tekst('h1 and title of the compact page partners may show in a frame: choose a topic.'), // "Waar wilt u hulp bij?"
  'verwijzers.ingangIntro': tekst('Intro and meta description of the compact framable page.'), // "Kies een onderwerp. Een paar korte vragen laten zien welke hulp past."
  'verwijzers.ingangHeleSite': tekst('Link at the bottom of the compact framable page to the full site; {{gemeente}} is the municipality name.'), // "Alle hulp van {{gemeente}} op de hele site"
  'verwijzers.verhuisdTitel': tekst('Title and h1 of the page at an old address of a scheme, which sends the visitor on to the new address.'), // "Deze pagina heeft een nieuw adres"
  'verwijzers.verhuisdTekst': tekst('Line on the page at an old address, above the link to the new page.'), // "U gaat nu naar de nieuwe pagina. Gebeurt er niets? Klik dan op de link."
  'openData.titel': tekst('Browser title and h1 of the open data page, which describes the machine-readable files of the site.'), // "Open data"
  'openData.beschrijving': tekst('Meta description of the open data page.'), // "De polis als open data: …"
  'openData.intro': alineas('Lead paragraphs of the open data page: everything on the site is also in files a computer can read; other organisations (GP, library, app) can use them to give the same information.'),
  'openData.polisKop': tekst('Heading on the open data page above the description of polis.json (every scheme with its data and texts).'), // "De polis: alle regelingen"
  'openData.polisTekst': tekst('Paragraph on the open data page: what polis.json holds (fixed details of every scheme, texts in all languages, amounts of today).'),
  'openData.hsdsKop': tekst('Heading on the open data page above the description of hsds.json (places and neighbourhood teams).'), // "Plekken en wijkteams"
  'openData.hsdsTekst': tekst('Paragraph on the open data page: what hsds.json holds (places, wijkteams, organisations, opening hours; Open Referral HSDS 3.0 standard; texts in Dutch). Keep the standard\'s name as it is.'),
  'openData.feedKop': tekst('Heading on the open data page above the description of the feed of changes.'), // "Wat is er veranderd"
  'openData.feedTekst': tekst('Paragraph on the open data page: the feed lists every change with its date, one list per language, to follow with a feed reader.'),
  'openData.jsonLdKop': tekst('Heading on the open data page above the description of the machine data on every scheme page (schema.org JSON-LD).'),
  'openData.jsonLdTekst': tekst('Paragraph on the open data page: every scheme page carries data for search engines following schema.org, including the laws of the scheme. Keep "schema.org" as it is.'),
  'openData.formaat': tekst('Label (term in a list) on the open data page before the file format of a dataset, e.g. JSON; one word.'), // "Vorm"
  'openData.bestand': tekst('Label (term in a list) on the open data page before the link to the data file; one word.'), // "Bestand"
  'openData.schema': tekst('Label (term in a list) on the open data page before the link to the JSON Schema that describes the file; one word.'), // "Schema"
  'openData.pagina': tekst('Label (term in a list) on the open data page before a link to a page of the site that shows the same data; one word.'), // "Pagina"
  'openData.hoeVaak': tekst('Label (term in a list) on the open data page: how often the dataset changes.'), // "Hoe vaak verandert het?"
  'openData.hoeVaakTekst': tekst('Answer after "how often does it change": with every new version of the site; {{datum}} is the build date, already written out in the page language.'),
  'openData.licentieKop': tekst('Heading on the open data page: may I (re)use the data? (the licence).'), // "Mag ik de gegevens gebruiken?"
  'openData.licentie': tekst('Sentence on the open data page when the municipality chose a licence; {{licentie}} becomes a link with the licence code (e.g. CC0-1.0).'), // "Ja. De gemeente koos deze licentie: {{licentie}}."
  'openData.licentieGemeente': tekst('Sentence on the open data page when the municipality has not chosen a licence yet: the municipality decides, ask the municipality.'),
  'openData.hsdsGemeente': tekst('Description of the municipality as an organisation in hsds.json when the content has no record for it (only the Dutch text is published); {{gemeente}} is its name.'), // "Het algemene loket van {{gemeente}}."
  'openData.publiekGemeente': tekst('Audience of a municipal scheme in the machine data (schema.org audienceType) of a scheme page; {{plaats}} is the name of the town. A short noun phrase.'), // "Inwoners van {{plaats}}"
  'openData.publiekLandelijk': tekst('Audience of a national service (112, 113, …) in the machine data of a scheme page; {{land}} is the country name in the page language. A short noun phrase.'), // "Iedereen in {{land}}"
  'wijzigingen.titel': tekst('Browser title and h1 of the page that lists every change in the polis by date; also the link label to that page on the open data page.'), // "Wat is er veranderd"
  'wijzigingen.beschrijving': tekst('Meta description of the page that lists the changes in the polis.'), // "Alle wijzigingen in de polis, de nieuwste eerst."
  'wijzigingen.intro': tekst('Lead paragraph of the changes page: what the page shows, newest first, click a scheme to read it.'),
  'wijzigingen.feedLink': tekst('Link on the changes page and the open data page to the Atom feed of the changes (for a feed reader).'), // "Volg de wijzigingen met een feedlezer (Atom)"
  'wijzigingen.feedTitel': tekst('Title of the Atom feed of changes (shown in feed readers); {{gemeente}} is the municipality name.'), // "Wijzigingen in de polis van {{gemeente}}"
  'wijzigingen.geen': tekst('Shown on the changes page when no scheme has a dated change note yet.'), // "Er zijn nog geen wijzigingen."
};
