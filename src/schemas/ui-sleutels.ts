/**
 * Every UI string key, declared once, with what it is for. Each locale file (`src/i18n/<taal>.json`)
 * is parsed against this list, so a missing, extra or misspelled key fails the build.
 * `meervoud`: the key has one form per plural category of the language (`_one`, `_few`, …);
 * `alineas`: the key holds a list of paragraphs. Descriptions say where the string appears.
 */
import { alineas, meervoud, tekst, type Sleutel } from './ui-teksten';

export const sleutels: Record<string, Sleutel> = {
  'site.naam': tekst(''), // "Sociale Polis"
  'skiplink': tekst(''), // "Ga direct naar de inhoud"
  'demo.label': tekst(''), // "Voorbeeldsite"
  'demo.kop': tekst(''), // "{{gemeente}} bestaat niet."
  'demo.tekst': tekst(''), // "Dit is een voorbeeld. Lokale gegevens zoals wijkteams, adressen, telefoonnummers en bedra
  'crisis.kop': tekst(''), // "Direct hulp nodig?"
  'nav.label': tekst(''), // "Hoofdmenu"
  'nav.home': tekst(''), // "Home"
  'nav.polis': tekst(''), // "De polis"
  'nav.onderwerpen': tekst(''), // "Onderwerpen"
  'nav.wijkteams': tekst(''), // "Wijkteams"
  'nav.plekken': tekst(''), // "Plekken in de buurt"
  'nav.begrippen': tekst(''), // "Begrippen"
  'nav.over': tekst(''), // "Over deze site"
  'nav.menu': tekst(''), // "Menu"
  'nav.wegwijzer': tekst(''), // "Wegwijzer"
  'kruimelpad.label': tekst(''), // "U bent hier"
  'zoeken.label': tekst(''), // "Zoeken op deze site"
  'zoeken.knop': tekst(''), // "Zoek"
  'zoeken.titel': tekst(''), // "Zoeken en alles van A tot Z"
  'zoeken.beschrijving': tekst(''), // "Zoek hulp met uw eigen woorden, of kijk in de lijst van A tot Z."
  'zoeken.intro': tekst(''), // "Typ een woord in het zoekvak. Of kijk in de lijst hieronder. Daar staan alle regelingen e
  'zoeken.gezochtOp': tekst(''), // "U zocht op: {{q}}"
  'zoeken.aantal': meervoud(''), // "{{count}} resultaat"
  'zoeken.geenResultaat': tekst(''), // "Niets gevonden. Probeer een ander woord, of kijk in de lijst van A tot Z."
  'zoeken.ookBekendAls': tekst(''), // "Ook bekend als:"
  'zoeken.azKop': tekst(''), // "Alles van A tot Z"
  'voet.contact': tekst(''), // "Contact met {{gemeente}}"
  'voet.overSite': tekst(''), // "Over deze site"
  'voet.privacy': tekst(''), // "Privacy: geen cookies, geen tracking"
  'voet.toegankelijkheid': tekst(''), // "Toegankelijkheid"
  'voet.aZ': tekst(''), // "Alles van A tot Z"
  'voet.stand': tekst(''), // "Informatie volgens de regels op {{datum}}."
  'dag.maandag': tekst(''), // "Maandag"
  'dag.dinsdag': tekst(''), // "Dinsdag"
  'dag.woensdag': tekst(''), // "Woensdag"
  'dag.donderdag': tekst(''), // "Donderdag"
  'dag.vrijdag': tekst(''), // "Vrijdag"
  'dag.zaterdag': tekst(''), // "Zaterdag"
  'dag.zondag': tekst(''), // "Zondag"
  'openingstijden.opAfspraak': tekst(''), // "Alleen op afspraak."
  'openingstijden.vanTot': tekst(''), // "{{van}} – {{tot}} uur"
  'openingstijden.kop': tekst(''), // "Openingstijden"
  'soort.spoed': tekst(''), // "Direct hulp bij gevaar"
  'soort.zelf': tekst(''), // "Wat u zelf kunt doen"
  'soort.collectief': tekst(''), // "Hulp in de buurt, voor iedereen"
  'soort.regeling': tekst(''), // "Geld en regelingen"
  'soort.schuldhulp': tekst(''), // "Hulp bij schulden"
  'soort.wijkteam': tekst(''), // "Hulp op maat via het wijkteam"
  'soortUitleg.spoed': tekst(''), // "Is er gevaar? Bel dan meteen. Dit gaat altijd voor."
  'soortUitleg.zelf': tekst(''), // "Hier kunt u zelf mee aan de slag. Vaak samen met mensen om u heen."
  'soortUitleg.collectief': tekst(''), // "Deze hulp is dichtbij en voor iedereen. U hebt geen besluit van de gemeente nodig."
  'soortUitleg.regeling': tekst(''), // "Hebt u een laag inkomen? Dan kunt u misschien geld of korting krijgen."
  'soortUitleg.schuldhulp': tekst(''), // "Hebt u schulden of zorgen over geld? De gemeente helpt gratis."
  'soortUitleg.wijkteam': tekst(''), // "Komt u er zelf niet uit, ook niet met hulp van anderen? Dan kijkt het wijkteam met u wat 
  'as.bereik': tekst(''), // "Voor wie"
  'as.uitvoering': tekst(''), // "Wie doet het"
  'as.individueel': tekst(''), // "Voor u alleen"
  'as.beide': tekst(''), // "Alleen of in een groep"
  'as.collectief': tekst(''), // "Voor iedereen in de buurt"
  'as.zelf': tekst(''), // "U zelf"
  'as.samen': tekst(''), // "Samen met anderen"
  'as.professioneel': tekst(''), // "Een hulpverlener"
  'home.titel': tekst(''), // "Wat mag u verwachten van uw gemeente?"
  'home.beschrijving': tekst(''), // "Hulp bij zorg, ondersteuning, inkomen en schulden: wat de gemeente doet, voor wie, en hoe
  'home.intro': tekst(''), // "Hier leest u welke hulp {{gemeente}} geeft. Bij zorg, ondersteuning, geld en schulden. U 
  'home.onderwerpenKop': tekst(''), // "Waar wilt u hulp bij?"
  'home.onderwerpenIntro': tekst(''), // "Kies een onderwerp. U ziet dan alle hulp die erbij past. Eerst wat u zelf kunt doen, daar
  'home.polisKop': tekst(''), // "Alles op een rij"
  'home.polisTekst': tekst(''), // "In de polis staat alle hulp van de gemeente op één pagina."
  'home.polisLink': tekst(''), // "Bekijk de hele polis"
  'home.wijkteamKop': tekst(''), // "Komt u er niet uit?"
  'home.wijkteamTekst': tekst(''), // "Het wijkteam in uw buurt denkt met u mee. Ook als u niet weet waar u moet beginnen."
  'home.wijkteamLink': tekst(''), // "Zoek uw wijkteam"
  'home.plekkenKop': tekst(''), // "Plekken in de buurt"
  'home.plekkenTekst': tekst(''), // "Buurthuizen, de bibliotheek en andere plekken waar u zonder afspraak terecht kunt."
  'home.plekkenLink': tekst(''), // "Bekijk de plekken"
  'home.wegwijzerKop': tekst(''), // "Welke hulp past bij u?"
  'home.wegwijzerTekst': tekst(''), // "Beantwoord een paar korte vragen. Dan ziet u welke hulp bij u past, en waarom."
  'home.wegwijzerLink': tekst(''), // "Start de wegwijzer"
  'polis.titel': tekst(''), // "De polis: alle hulp op een rij"
  'polis.beschrijving': tekst(''), // "Alle regelingen en voorzieningen van de gemeente op één pagina, in de volgorde waarin u z
  'polis.intro': tekst(''), // "Een polis is een overzicht van wat u mag verwachten. Hier staat alle hulp van {{gemeente}
  'polis.kaartKop': tekst(''), // "Wie doet het, en voor wie?"
  'polis.kaartIntro': tekst(''), // "Deze kaart laat zien welke hulp u zelf of samen regelt, en welke hulp een hulpverlener ge
  'polis.kaartTabel': tekst(''), // "De kaart als tabel"
  'polis.lijstKop': tekst(''), // "Alle hulp, in volgorde"
  'polis.aantal': meervoud(''), // "{{count}} regeling"
  'regel.inHetKort': tekst(''), // "In het kort"
  'regel.voorWie': tekst(''), // "Voor wie is het?"
  'regel.watKrijgtU': tekst(''), // "Wat krijgt u?"
  'regel.watDoetUZelf': tekst(''), // "Wat doet u zelf?"
  'regel.kosten': tekst(''), // "Wat kost het?"
  'regel.eigenBijdrage': tekst(''), // "Eigen bijdrage: {{bedrag}} per maand."
  'regel.aanvragen': tekst(''), // "Hoe vraagt u het aan?"
  'regel.termijnen': tekst(''), // "Hoe lang duurt het?"
  'regel.geenTermijnen': tekst(''), // "Hiervoor gelden geen vaste termijnen."
  'regel.contact': tekst(''), // "Contact"
  'regel.wijkteamContact': tekst(''), // "Het wijkteam van uw buurt"
  'regel.wetten': tekst(''), // "Wettelijke basis"
  'regel.geenWet': tekst(''), // "Deze hulp staat niet in een wet. De gemeente biedt haar aan omdat zij dat belangrijk vind
  'regel.upl': tekst(''), // "Productnaam bij de overheid (UPL):"
  'regel.onzekerKop': tekst(''), // "Let op: nog niet alles is gecontroleerd"
  'regel.onzekerOnzeker': tekst(''), // "Dit hebben we nog niet in de wet kunnen controleren"
  'regel.overInfo': tekst(''), // "Over deze informatie"
  'regel.geldigVanaf': tekst(''), // "Geldt vanaf"
  'regel.geldigTot': tekst(''), // "Geldt tot"
  'regel.gecontroleerd': tekst(''), // "Laatst gecontroleerd"
  'regel.wijzigingen': tekst(''), // "Wat is er veranderd"
  'regel.onderwerpen': tekst(''), // "Onderwerpen"
  'regel.ookBekendAls': tekst(''), // "Ook bekend als"
  'regel.soort': tekst(''), // "Soort hulp"
  'regel.artikel': tekst(''), // "artikel {{artikel}}"
  'regel.bezwaarKop': tekst(''), // "Niet eens met het besluit?"
  'onderwerp.overzichtTitel': tekst(''), // "Onderwerpen"
  'onderwerp.overzichtBeschrijving': tekst(''), // "Kies een onderwerp en zie alle hulp die erbij past."
  'onderwerp.beschrijving': tekst(''), // "Alle hulp bij {{onderwerp}}, in de volgorde waarin u die kunt gebruiken."
  'onderwerp.intro': tekst(''), // "Dit is alle hulp bij dit onderwerp. Begin bovenaan. Daar staat wat u zelf kunt doen en wa
  'onderwerp.crisis': tekst(''), // "Bent u of iemand anders in gevaar? Bel dan meteen 112."
  'onderwerp.geenWijkteam': tekst(''), // "Komt u er met deze hulp niet uit? Neem dan contact op met het wijkteam."
  'wijkteams.titel': tekst(''), // "Wijkteams"
  'wijkteams.beschrijving': tekst(''), // "Het wijkteam helpt als u er zelf niet uitkomt. Zoek het wijkteam van uw buurt."
  'wijkteams.intro': tekst(''), // "Elke buurt heeft een wijkteam. Welk wijkteam bij u hoort, hangt af van uw postcode."
  'wijkteams.postcodes': tekst(''), // "Postcodes"
  'wijkteams.postcodeVanTot': tekst(''), // "{{van}} tot en met {{tot}}"
  'wijkteams.wijken': tekst(''), // "Wijken"
  'wijkteams.adres': tekst(''), // "Adres"
  'wijkteams.telefoon': tekst(''), // "Telefoon"
  'wijkteams.email': tekst(''), // "E-mail"
  'wijkteams.talen': tekst(''), // "Talen"
  'wijkteams.toegankelijkheid': tekst(''), // "Toegankelijkheid"
  'wijkteams.naarTeam': tekst(''), // "Alles over {{naam}}"
  'wijkteams.watDoetHet': tekst(''), // "Wat doet het wijkteam?"
  'wijkteams.tabelKop': tekst(''), // "Welk wijkteam hoort bij uw postcode?"
  'plekken.titel': tekst(''), // "Plekken in de buurt"
  'plekken.beschrijving': tekst(''), // "Buurthuizen, de bibliotheek, ouderenwerk en inloop: plekken waar u zonder afspraak terech
  'plekken.intro': tekst(''), // "Op deze plekken kunt u binnenlopen. U hebt geen afspraak nodig en geen besluit van de gem
  'plekken.wijk': tekst(''), // "Wijk"
  'plekken.diensten': tekst(''), // "Hier kunt u terecht voor"
  'plekken.soort.buurthuis': tekst(''), // "Buurthuizen"
  'plekken.soort.bibliotheek': tekst(''), // "Bibliotheek"
  'plekken.soort.ouderenwerk': tekst(''), // "Ouderenwerk"
  'plekken.soort.inloop': tekst(''), // "Inloop overdag"
  'plekken.soort.jongerencentrum': tekst(''), // "Voor jongeren"
  'plekken.soort.loket': tekst(''), // "Loket van de gemeente"
  'taal.nl': tekst(''), // "Nederlands"
  'taal.en': tekst(''), // "Engels"
  'taal.ar': tekst(''), // "Arabisch"
  'taal.tr': tekst(''), // "Turks"
  'taal.pl': tekst(''), // "Pools"
  'taal.uk': tekst(''), // "Oekraïens"
  'begrippen.titel': tekst(''), // "Begrippen"
  'begrippen.beschrijving': tekst(''), // "Moeilijke woorden uit de polis, in gewone taal uitgelegd."
  'begrippen.intro': tekst(''), // "Hier leggen we moeilijke woorden uit. Deze woorden hoort u vaak bij de gemeente of het wi
  'over.titel': tekst(''), // "Over deze site"
  'over.beschrijving': tekst(''), // "Wie deze site maakt, hoe wij met uw privacy omgaan en hoe toegankelijk de site is."
  'over.inhoudKop': tekst(''), // "Op deze pagina"
  'over.watKop': tekst(''), // "Wat is deze site?"
  'over.wat': alineas(''), // "Op deze site leest u welke hulp de gemeente geeft bij zorg, ondersteuning, geld en schuld
  'over.privacyKop': tekst(''), // "Privacy"
  'over.privacy': alineas(''), // "Deze site gebruikt geen cookies."
  'over.toegankelijkheidKop': tekst(''), // "Toegankelijkheid (concept)"
  'over.toegankelijkheid': alineas(''), // "Wij willen dat iedereen deze site kan gebruiken. Ook met een schermlezer, alleen een toet
  'over.bronnenKop': tekst(''), // "Bronnen en pictogrammen"
  'over.bronnen': alineas(''), // "De landelijke bedragen komen uit de normen van de Rijksoverheid en van het CAK. Bij elk b
  'nietGevonden.titel': tekst(''), // "Deze pagina bestaat niet"
  'nietGevonden.beschrijving': tekst(''), // "De pagina die u zoekt, bestaat niet of is verhuisd."
  'nietGevonden.tekst': tekst(''), // "Misschien is de pagina verhuisd. Of er zit een typefout in het adres."
  'nietGevonden.verder': tekst(''), // "Zo kunt u verder:"
  'advies.urgent': tekst(''), // "U hebt een dreigende situatie: huisuitzetting, afsluiting van gas, licht of water, of het
  'advies.vanafAow': tekst(''), // " vanaf de AOW-leeftijd"
  'advies.huishouden.alleenstaand': tekst(''), // "een alleenstaande"
  'advies.huishouden.alleenstaande-ouder': tekst(''), // "een alleenstaande ouder"
  'advies.huishouden.samenwonend': tekst(''), // "samenwonenden"
  'advies.huishouden.samenwonend-met-kinderen': tekst(''), // "samenwonenden met kinderen"
  'advies.aanleiding.acuutGevaar': tekst(''), // "Iemand is nu in gevaar."
  'advies.aanleiding.onveiligThuis': tekst(''), // "U voelt zich thuis niet veilig."
  'advies.aanleiding.onderwerp': tekst(''), // "U zoekt hulp bij: {{onderwerpen}}."
  'advies.aanleiding.naasten': tekst(''), // "Mensen om u heen helpen u. Ook zij kunnen steun krijgen."
  'advies.aanleiding.schulden.geen': tekst(''), // "U hebt geen schulden."
  'advies.aanleiding.schulden.zorgen': tekst(''), // "U maakt zich zorgen over geld."
  'advies.aanleiding.schulden.achterstand': tekst(''), // "U hebt rekeningen die u niet op tijd kunt betalen."
  'advies.aanleiding.schulden.dreigend': tekst(''), // "U hebt een dreigende huisuitzetting, afsluiting of een deurwaarder aan de deur."
  'advies.voorwaarde.inkomen.ja': tekst(''), // "Uw netto inkomen is {{inkomen}} per maand. Dat is niet meer dan {{grens}}: {{procent}} va
  'advies.voorwaarde.inkomen.nee': tekst(''), // "Uw netto inkomen is {{inkomen}} per maand. Dat is meer dan {{grens}}: {{procent}} van de 
  'advies.voorwaarde.inkomen.jaLager': tekst(''), // "Uw netto inkomen is {{inkomen}} per maand. Dat is lager dan de bijstandsnorm voor {{huish
  'advies.voorwaarde.inkomen.neeLager': tekst(''), // "Uw netto inkomen is {{inkomen}} per maand. Dat is niet lager dan de bijstandsnorm voor {{
  'advies.voorwaarde.inkomen.onbekend': tekst(''), // "Wij weten uw inkomen nog niet. De grens is {{procent}} van de bijstandsnorm voor uw huish
  'advies.voorwaarde.inkomen.jaBand': tekst(''), // "Het netto inkomen van uw huishouden is niet meer dan {{grens}} per maand. Dat is {{procen
  'advies.voorwaarde.inkomen.neeBand': tekst(''), // "Het netto inkomen van uw huishouden is meer dan {{grens}} per maand. Dat is {{procent}} v
  'advies.voorwaarde.inkomen.jaLagerBand': tekst(''), // "Het netto inkomen van uw huishouden is lager dan de bijstandsnorm voor {{huishouden}}{{ao
  'advies.voorwaarde.inkomen.neeLagerBand': tekst(''), // "Het netto inkomen van uw huishouden is niet lager dan de bijstandsnorm voor {{huishouden}
  'advies.voorwaarde.vermogen.ja': tekst(''), // "Uw spaargeld en bezit ({{vermogen}}) zijn niet meer dan de grens van {{grens}}."
  'advies.voorwaarde.vermogen.nee': tekst(''), // "Uw spaargeld en bezit ({{vermogen}}) zijn meer dan de grens van {{grens}}."
  'advies.voorwaarde.vermogen.onbekend': tekst(''), // "Uw spaargeld en bezit mogen samen niet meer zijn dan {{grens}}."
  'advies.voorwaarde.vermogen.onbekendZonderGrens': tekst(''), // "Uw spaargeld en bezit mogen niet boven een grens komen. Die grens hangt af van uw huishou
  'advies.voorwaarde.leeftijd.ja': tekst(''), // "U bent {{leeftijd}} jaar. Deze hulp is voor mensen vanaf {{vanaf}} jaar."
  'advies.voorwaarde.leeftijd.jaTotAow': tekst(''), // "U bent {{leeftijd}} jaar. Deze regeling is voor mensen van {{vanaf}} jaar tot de AOW-leef
  'advies.voorwaarde.leeftijd.teJong': tekst(''), // "U bent {{leeftijd}} jaar. Deze hulp is voor mensen vanaf {{vanaf}} jaar."
  'advies.voorwaarde.leeftijd.teJongTotAow': tekst(''), // "U bent {{leeftijd}} jaar. Deze regeling is voor mensen van {{vanaf}} jaar tot de AOW-leef
  'advies.voorwaarde.leeftijd.aow': tekst(''), // "U bent {{leeftijd}} jaar en hebt de AOW-leeftijd ({{aow}}). Deze regeling is voor mensen 
  'advies.voorwaarde.leeftijd.onbekend': tekst(''), // "Deze hulp is voor mensen vanaf {{vanaf}} jaar. Wij weten uw leeftijd niet."
  'advies.voorwaarde.leeftijd.onbekendTotAow': tekst(''), // "Deze regeling is voor mensen van {{vanaf}} jaar tot de AOW-leeftijd ({{aow}}). Wij weten 
  'advies.voorwaarde.leeftijd.jaBand': tekst(''), // "Deze hulp is voor mensen vanaf {{vanaf}} jaar. Dat past bij uw leeftijd."
  'advies.voorwaarde.leeftijd.jaTotAowBand': tekst(''), // "Deze regeling is voor mensen van {{vanaf}} jaar tot de AOW-leeftijd ({{aow}}). Dat past b
  'advies.voorwaarde.leeftijd.teJongBand': tekst(''), // "Deze hulp is voor mensen vanaf {{vanaf}} jaar. U bent jonger."
  'advies.voorwaarde.leeftijd.teJongTotAowBand': tekst(''), // "Deze regeling is voor mensen van {{vanaf}} jaar tot de AOW-leeftijd ({{aow}}). U bent jon
  'advies.voorwaarde.leeftijd.aowBand': tekst(''), // "U hebt de AOW-leeftijd ({{aow}}). Deze regeling is voor mensen jonger dan de AOW-leeftijd
  'advies.voorwaarde.langdurig-laag-inkomen.ja': tekst(''), // "Uw inkomen is al 3 jaar of langer laag."
  'advies.voorwaarde.langdurig-laag-inkomen.nee': tekst(''), // "Uw inkomen is nog geen 3 jaar zo laag. Deze toeslag is voor mensen die lang een laag inko
  'advies.voorwaarde.langdurig-laag-inkomen.onbekend': tekst(''), // "Deze toeslag is voor mensen die al lang een laag inkomen hebben. Wij weten niet hoe lang 
  'advies.voorwaarde.kinderen.ja': tekst(''), // "Er wonen kinderen bij u thuis."
  'advies.voorwaarde.kinderen.nee': tekst(''), // "Er wonen geen kinderen onder 18 jaar bij u thuis."
  'advies.voorwaarde.kinderen.onbekend': tekst(''), // "Deze regeling is voor gezinnen met kinderen. Wij weten niet of er kinderen bij u wonen."
  'advies.voorwaarde.zelf-niet-oplossen.ja': tekst(''), // "U zegt dat u het niet zelf kunt oplossen. Ook niet met hulp van mensen om u heen."
  'advies.voorwaarde.zelf-niet-oplossen.neeZelf': tekst(''), // "U zegt dat u het zelf kunt oplossen. Hulp op maat van het wijkteam is er als dat niet luk
  'advies.voorwaarde.zelf-niet-oplossen.neeNaasten': tekst(''), // "U zegt dat mensen om u heen u helpen. Hulp op maat van het wijkteam is er als dat niet lu
  'advies.voorwaarde.zelf-niet-oplossen.onbekend': tekst(''), // "Hulp op maat is er als u het niet zelf kunt oplossen, ook niet met hulp van anderen. Dat 
  'advies.voorwaarde.hangt-af-van-kosten.onbekend': tekst(''), // "Of u dit krijgt, hangt af van de kosten en of u die zelf kunt betalen. Vraag het aan voor
  'advies.melding.postcodeBuiten': tekst(''), // "Postcode {{postcode}} hoort niet bij gemeente {{plaats}}."
  'grenzen.bijschrift': tekst(''), // "Uw netto inkomen per maand mag niet hoger zijn dan dit bedrag ({{procent}} van de bijstan
  'grenzen.bijschriftLager': tekst(''), // "Uw netto inkomen per maand moet lager zijn dan dit bedrag (de bijstandsnorm)"
  'grenzen.huishouden': tekst(''), // "Huishouden"
  'grenzen.onderAow': tekst(''), // "Jonger dan de AOW-leeftijd"
  'grenzen.vanafAow': tekst(''), // "Vanaf de AOW-leeftijd"
  'grenzen.alleenstaand': tekst(''), // "Alleenstaand of alleenstaande ouder"
  'grenzen.samenwonend': tekst(''), // "Getrouwd of samenwonend"
  'grenzen.uitleg': tekst(''), // "Netto inkomen: wat u samen elke maand op uw rekening krijgt, zonder toeslagen."
  'wegwijzer.titel': tekst(''), // "Wegwijzer: welke hulp past bij u?"
  'wegwijzer.beschrijving': tekst(''), // "Beantwoord een paar korte vragen. Dan ziet u welke hulp bij u past, en waarom."
  'wegwijzer.start': tekst(''), // "Waar wilt u hulp bij?"
  'wegwijzer.startIntro': tekst(''), // "Kies één onderwerp. Daarna stellen we een paar korte vragen. Er zijn geen goede of foute 
  'wegwijzer.privacy': tekst(''), // "Wij bewaren uw antwoorden niet. Zonder JavaScript staan uw keuzes wel in het adres van de
  'wegwijzer.terug': tekst(''), // "Terug"
  'wegwijzer.vraagTitel': tekst(''), // "Vraag"
  'wegwijzer.adviesTitel': tekst(''), // "Dit past bij u"
  'wegwijzer.adviesIntro': tekst(''), // "Dit is de hulp die past bij uw antwoorden. Begin bovenaan."
  'wegwijzer.uwAntwoorden': tekst(''), // "Uw antwoorden"
  'wegwijzer.onderwerp': tekst(''), // "Onderwerp"
  'wegwijzer.wijzig': tekst(''), // "Wijzig"
  'wegwijzer.wijzigVraag': tekst(''), // "Wijzig uw antwoord op: {{vraag}}"
  'wegwijzer.waarom': tekst(''), // "Waarom?"
  'wegwijzer.watNu': tekst(''), // "Wat kunt u nu doen?"
  'wegwijzer.meerInfo': tekst(''), // "Alles over {{titel}}"
  'wegwijzer.waarschijnlijk': tekst(''), // "Past waarschijnlijk bij u"
  'wegwijzer.misschien': tekst(''), // "Past misschien bij u: dat hangt af van meer informatie"
  'wegwijzer.urgent': tekst(''), // "Met spoed"
  'wegwijzer.nietVoorU': tekst(''), // "Niet voor u, en waarom"
  'wegwijzer.nietVoorUIntro': tekst(''), // "Deze hulp hebben we ook bekeken. Op basis van uw antwoorden past zij niet."
  'wegwijzer.geenRoutes': tekst(''), // "Op basis van uw antwoorden vonden we geen hulp. Neem contact op met het wijkteam. Zij den
  'wegwijzer.wijkteamKiezen': tekst(''), // "Welk wijkteam hoort bij u?"
  'wegwijzer.wijkteamKiezenIntro': tekst(''), // "Dat hangt af van uw postcode."
  'wegwijzer.opnieuw': tekst(''), // "Opnieuw beginnen"
  'wegwijzer.snelWeg': tekst(''), // "Snel weg van deze site"
  'wegwijzer.snelWegUitleg': tekst(''), // "Druk 3 keer op Shift om deze site snel te verlaten."
  'wegwijzer.artikel': tekst(''), // "{{wet}}, artikel {{artikel}}"
  'wegwijzer.ookGeld': tekst(''), // "Wilt u ook weten of u geld of korting kunt krijgen?"
  'wegwijzer.ookGeldLink': tekst(''), // "Beantwoord de vragen over geld en rondkomen"
  'blad.kop': tekst(''), // "Neem dit mee naar het wijkteam"
  'blad.intro': tekst(''), // "Print deze pagina of laat hem zien op uw telefoon. Dan weet het wijkteam meteen waar het 
  'blad.eigenVraag': tekst(''), // "Uw vraag in uw eigen woorden"
  'blad.eigenVraagUitleg': tekst(''), // "Wat u hier typt, blijft op uw eigen apparaat. Het wordt niet verstuurd en niet bewaard."
  'blad.meenemen': tekst(''), // "Wat neemt u mee?"
  'blad.wijkteam': tekst(''), // "Zo bereikt u het wijkteam"
  'blad.afdrukken': tekst(''), // "Print deze pagina"
  'js.meerdereOnderwerpen': tekst(''), // "U mag meer dan één onderwerp kiezen."
  'js.verder': tekst(''), // "Verder"
  'js.overslaan': tekst(''), // "Sla deze vraag over"
  'js.toonAdvies': tekst(''), // "Toon mijn advies"
  'js.foutTitel': tekst(''), // "Fout:"
  'js.foutKop': tekst(''), // "Er is een probleem"
  'js.fout.onderwerpen': tekst(''), // "Kies minstens één onderwerp."
  'js.fout.inkomen': tekst(''), // "Vul een bedrag in, bijvoorbeeld 1500 of 1.500,50. Of kies Weet ik niet."
  'js.fout.leeftijd': tekst(''), // "Vul uw leeftijd in met cijfers, bijvoorbeeld 67. Of kies Weet ik niet."
  'js.fout.postcode': tekst(''), // "Vul een postcode in, bijvoorbeeld 9903 AB. Of sla de vraag over."
  'js.fout.keuze': tekst(''), // "Kies een antwoord."
  'js.titel.onderwerpen': tekst(''), // "Waar wilt u hulp bij?"
  'js.titel.controle': tekst(''), // "Kloppen uw antwoorden?"
  'js.titel.advies': tekst(''), // "Dit past bij u"
  'js.uwWijkteam': tekst(''), // "Uw wijkteam:"
  'js.delenKop': tekst(''), // "Bewaren of delen"
  'js.delenUitleg': tekst(''), // "Deze link bevat uw antwoorden. Ze staan alleen in de link, niet bij ons. Deel hem alleen 
  'js.deellink': tekst(''), // "Link naar dit advies"
  'js.terugNaarAntwoorden': tekst(''), // "Terug naar mijn antwoorden"
  'js.wis': tekst(''), // "Wis mijn antwoorden"
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
};
