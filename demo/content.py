"""Demo content as plain data: municipalities, organisations, contact people, users and the
standard pages. Everything here is invented (names, addresses, phone numbers, e-mail
addresses), but written to be plausible for its municipality. The activity templates the
offers are built from live in ``demo.templates``; ``demo.generator`` combines the two."""

from dataclasses import dataclass

# --- organisations -------------------------------------------------------------------------

# Kinds of organisation. Activity templates name the kinds that can plausibly run them.
ORGANISATION_DESCRIPTIONS = {
    "buurt": (
        "Een buurtcentrum in {wijk} waar iedereen welkom is. Je kan er binnenlopen voor een koffie, "
        "een activiteit of een vraag.",
        "Een ontmoetingsplek voor de buurt. Buren organiseren er samen activiteiten, van koken tot wandelen.",
    ),
    "taal": (
        "Taalpunt helpt volwassenen die Nederlands leren. Je kan er in kleine groepen oefenen met vrijwilligers.",
    ),
    "vrijwilligers": (
        "Het vrijwilligerspunt brengt vrijwilligers en organisaties in {place} samen. Je kan er gratis "
        "langskomen voor een gesprek.",
    ),
    "bib": (
        "Een bibliotheek in {wijk}. Je leent er boeken, leest de krant en doet mee aan activiteiten.",
        "Een bib voor iedereen, met boeken in eenvoudige taal en elke week activiteiten.",
    ),
    "voetbal": (
        "Een voetbalclub met ploegen voor jongeren en volwassenen. Iedereen is welkom, ook wie nog nooit "
        "in een club speelde.",
    ),
    "sport": ("Een sportclub voor iedereen in {place}: wandelen, fietsen, turnen en zwemmen.",),
    "buddy": (
        "Een buddywerking die nieuwkomers en inwoners van {place} samenbrengt. Vrijwilligers spreken af "
        "met een nieuwkomer om Nederlands te praten en de stad te ontdekken.",
    ),
    "zorg": ("Een woonzorgcentrum voor ouderen in {wijk}. Vrijwilligers helpen bij activiteiten en in de cafetaria.",),
    "voedsel": (
        "Een organisatie die eten geeft aan gezinnen met weinig geld. Vrijwilligers sorteren het eten "
        "en helpen in de winkel.",
    ),
    "kringloop": (
        "Een tweedehandswinkel voor kleren, meubels en spullen. Mensen die moeilijk werk vinden, doen er "
        "werkervaring op.",
    ),
    "jeugd": (
        "Een jeugdwerking met activiteiten voor kinderen en jongeren uit {place}. Elke week spel, sport en uitstappen.",
    ),
    "museum": (
        "Een klein museum over het leven en werk van de mensen in {place}. Vrijwilligers ontvangen de bezoekers.",
    ),
    "koor": ("Een koor voor iedereen die graag zingt. Je hoeft geen noten te kunnen lezen.",),
    "theater": (
        "Een amateurtheatergroep die elk jaar een nieuw stuk maakt. Spelers van alle leeftijden en afkomst doen mee.",
    ),
    "kant": (
        "Een vereniging van mensen die kantklossen, breien en haken. Ze komen elke week samen en geven "
        "les aan beginners.",
    ),
    "repair": ("Vrijwilligers helpen je om kapotte spullen zelf te herstellen. Herstellen in plaats van weggooien.",),
    "moestuin": (
        "Een moestuin en kleine boerderij voor de buurt. Buren kweken er samen groenten en zorgen voor de dieren.",
    ),
    "fiets": ("Een fietsatelier waar je leert je fiets zelf te herstellen. Vrijwilligers tonen hoe het moet.",),
    "werk": ("Een leerwerkbedrijf dat mensen helpt op weg naar werk. Je doet er werkervaring op met een begeleider.",),
}


@dataclass(frozen=True)
class Org:
    kind: str
    name: str
    address: str
    postcode: str
    wijk: str  # as it reads after "in": "de Brugse Poort", "het centrum", "Ledeberg"


@dataclass(frozen=True)
class Place:
    """One of the twelve demo municipalities and everything the demo needs to know about it."""

    name: str
    phone_zone: str  # "09", "016": the landline zone, for invented phone numbers
    offers: int  # how many offers the demo creates here
    organisations: tuple[Org, ...]
    meeting_points: tuple[tuple[str, str, str], ...]  # (address, postcode, wijk) for outdoor activities
    neighbours: tuple[str, ...]  # current municipalities nearby, for regional offers (also_serves)
    languages: tuple[str, ...]  # ContactLanguage codes, most frequent first
    # The municipality page's editor fields.
    introduction: str
    contact_service: str
    contact_email: str
    contact_phone: str
    contact_address: str


PLACES = (
    Place(
        name="Gent",
        phone_zone="09",
        offers=32,
        organisations=(
            Org("buurt", "Buurtcentrum De Sleutel", "Sleepstraat 82", "9000", "het Sluizeken"),
            Org("buurt", "Samenlevingsopbouw Brugse Poort", "Phoenixstraat 31", "9000", "de Brugse Poort"),
            Org("taal", "Taalpunt Gent", "Kortrijksesteenweg 210", "9000", "het centrum"),
            Org("vrijwilligers", "Vrijwilligerspunt Gent", "Kortrijksepoortstraat 44", "9000", "het centrum"),
            Org("bib", "Bibliotheek Ledeberg", "Hundelgemsesteenweg 120", "9050", "Ledeberg"),
            Org("voetbal", "Voetbalclub FC Rabot", "Gasmeterlaan 12", "9000", "het Rabot"),
            Org("buddy", "Buddywerking Gent Samen", "Dampoortstraat 23", "9000", "de Dampoort"),
            Org("zorg", "WZC Zonnebloem", "Sint-Bernadettestraat 145", "9040", "Sint-Amandsberg"),
            Org("voedsel", "Voedselbank Gent-Noord", "Dendermondsesteenweg 300", "9040", "Sint-Amandsberg"),
            Org("kringloop", "Kringloopwinkel Het Tweede Leven", "Botestraat 98", "9032", "Wondelgem"),
            Org("jeugd", "Jeugdhuis De Loods", "Brugsesteenweg 215", "9030", "Mariakerke"),
            Org("museum", "Museum De Weverij", "Minnemeers 10", "9000", "het centrum"),
            Org("repair", "Repair Café Gentbrugge", "Oude Brusselseweg 54", "9050", "Gentbrugge"),
            Org("werk", "Leerwerkbedrijf Stapsteen", "Jan Delvinlaan 108", "9000", "Nieuw Gent"),
        ),
        meeting_points=(
            ("Citadelpark, ingang Charles de Kerchovelaan", "9000", "het Citadelpark"),
            ("Sint-Pietersplein, aan de fontein", "9000", "het centrum"),
            ("Blaarmeersen, parking Zuiderlaan", "9000", "de Blaarmeersen"),
        ),
        neighbours=("Merelbeke-Melle", "Destelbergen", "Lochristi", "Sint-Martens-Latem", "Nazareth-De Pinte"),
        languages=("tr", "ar", "en", "fr", "uk", "so", "prs", "es"),
        introduction=(
            "<p>In Gent kan je op veel plaatsen Nederlands oefenen en nieuwe mensen leren kennen: in buurtcentra, "
            "clubs, de bib en bij vrijwilligers. Hieronder vind je activiteiten in jouw buurt.</p>"
            "<p>Heb je een vraag? Bel of mail naar Team Samenleven. Wij helpen je graag.</p>"
        ),
        contact_service="Team Samenleven",
        contact_email="samenleven.gent@example.be",
        contact_phone="09 266 70 40",
        contact_address="Woodrow Wilsonplein 1, 9000 Gent",
    ),
    Place(
        name="Antwerpen",
        phone_zone="03",
        offers=32,
        organisations=(
            Org("buurt", "Buurthuis De Seefhoek", "Diepestraat 74", "2060", "de Seefhoek"),
            Org("buurt", "Ontmoetingscentrum 't Kiel", "De Bosschaertstraat 60", "2020", "het Kiel"),
            Org("taal", "Taalpunt Antwerpen", "Carnotstraat 40", "2060", "het Stuivenberg"),
            Org("vrijwilligers", "Vrijwilligerscentrale Antwerpen", "Lange Kievitstraat 111", "2018", "het centrum"),
            Org("bib", "Bibliotheek Borgerhout", "Turnhoutsebaan 110", "2140", "Borgerhout"),
            Org("sport", "Sportvereniging Hoboken United", "Kioskplaats 21", "2660", "Hoboken"),
            Org("voetbal", "Voetbalclub Ekeren Sport", "Veltwijcklaan 200", "2180", "Ekeren"),
            Org("buddy", "Buddywerking Samen Thuis", "Kerkstraat 18", "2060", "de Seefhoek"),
            Org("zorg", "WZC Hof ter Schelde", "Sint-Bernardsesteenweg 420", "2660", "Hoboken"),
            Org("voedsel", "Sociale kruidenier De Boterham", "Bredabaan 312", "2170", "Merksem"),
            Org("jeugd", "KSA Deurne-Noord", "Ter Heydelaan 50", "2100", "Deurne"),
            Org("koor", "Koor Stemmen van 't Stad", "Statiestraat 45", "2600", "Berchem"),
            Org("moestuin", "Stadsmoestuin Luchtbal", "Columbiastraat 5", "2030", "de Luchtbal"),
            Org("werk", "Werkplaats Linkeroever", "Frederik van Eedenplein 12", "2050", "Linkeroever"),
            Org("fiets", "Fietsatelier De Ketting", "Jozef Reusenslei 20", "2150", "Borsbeek"),
        ),
        meeting_points=(
            ("Stadspark, ingang Van Eycklei", "2018", "het Stadspark"),
            ("Park Spoor Noord, Damplein", "2060", "Park Spoor Noord"),
            ("Rivierenhof, ingang Turnhoutsebaan", "2100", "het Rivierenhof"),
        ),
        neighbours=("Schoten", "Mortsel", "Edegem", "Wijnegem", "Beveren-Kruibeke-Zwijndrecht"),
        languages=("ar", "en", "fr", "prs", "tr", "ps", "so", "ti", "uk", "es"),
        introduction=(
            "<p>In elk district van Antwerpen zijn er activiteiten waar je Nederlands kan spreken en nieuwe "
            "mensen leert kennen. Kies een activiteit die bij jou past.</p>"
            "<p>Twijfel je? Vraag raad aan je trajectbegeleider of aan de Dienst Samenleven.</p>"
        ),
        contact_service="Dienst Samenleven",
        contact_email="samenleven.antwerpen@example.be",
        contact_phone="03 338 44 10",
        contact_address="Grote Markt 1, 2000 Antwerpen",
    ),
    Place(
        name="Brussel",
        phone_zone="02",
        offers=28,
        organisations=(
            Org("buurt", "Buurthuis De Marollen", "Hoogstraat 180", "1000", "de Marollen"),
            Org("buurt", "Wijkhuis Noordwijk", "Antwerpselaan 30", "1000", "de Noordwijk"),
            Org("taal", "Taalpunt Brussel", "Sint-Katelijneplein 8", "1000", "het centrum"),
            Org("vrijwilligers", "Vrijwilligerspunt Brussel", "Lakensestraat 76", "1000", "het centrum"),
            Org("bib", "Nederlandstalige Bibliotheek Laken", "Bockstaellaan 90", "1020", "Laken"),
            Org("sport", "Sportclub Neder-Over-Heembeek", "Peter Benoitstraat 21", "1120", "Neder-Over-Heembeek"),
            Org("buddy", "Buddyproject Brussel Verbindt", "Vlaamsesteenweg 55", "1000", "het centrum"),
            Org("zorg", "WZC Het Lindenhof", "Leopold I-straat 210", "1020", "Laken"),
            Org("voedsel", "Voedselbank Brussel-Centrum", "Zuidlaan 90", "1000", "de Anneessenswijk"),
            Org("jeugd", "Jeugdhuis De Zenne", "Antoine Dansaertstraat 120", "1000", "de Dansaertwijk"),
            Org("museum", "Museum van de Brusselse Wijken", "Kolenmarkt 20", "1000", "het centrum"),
            Org("fiets", "Fietsatelier Haren", "Harenheidestraat 8", "1130", "Haren"),
            Org("werk", "Leerwerkplaats Kanaal", "Havenlaan 86", "1000", "de Havenwijk"),
            Org("theater", "Wijktheater Laken", "Houba de Strooperlaan 60", "1020", "Laken"),
        ),
        meeting_points=(
            ("Warandepark, ingang Koningsplein", "1000", "het Warandepark"),
            ("Park van Laken, ingang Koninklijk Park", "1020", "het Park van Laken"),
            ("Vossenplein", "1000", "de Marollen"),
        ),
        neighbours=("Schaarbeek", "Anderlecht", "Sint-Jans-Molenbeek", "Elsene"),
        languages=("fr", "en", "ar", "es", "tr", "ru"),
        introduction=(
            "<p>In Brussel zijn er veel Nederlandstalige organisaties die nieuwkomers graag ontvangen. "
            "Je oefent Nederlands en je leert mensen uit je wijk kennen.</p>"
            "<p>Vragen? Neem contact op met de Nederlandstalige Dienst Samenleven.</p>"
        ),
        contact_service="Nederlandstalige Dienst Samenleven",
        contact_email="samenleven.brussel@example.be",
        contact_phone="02 279 21 30",
        contact_address="Grote Markt 1, 1000 Brussel",
    ),
    Place(
        name="Leuven",
        phone_zone="016",
        offers=26,
        organisations=(
            Org("buurt", "Buurtwerk Sint-Maartensdal", "Brouwersstraat 19", "3000", "Sint-Maartensdal"),
            Org("buurt", "Wijkcentrum Kessel-Lo", "Diestsesteenweg 180", "3010", "Kessel-Lo"),
            Org("taal", "Taalpunt Leuven", "Tiensestraat 60", "3000", "het centrum"),
            Org("vrijwilligers", "Vrijwilligerspunt Leuven", "Brusselsestraat 63", "3000", "het centrum"),
            Org("bib", "Bibliotheek Heverlee", "Naamsesteenweg 150", "3001", "Heverlee"),
            Org("sport", "Sportclub Wilsele Vooruit", "Aarschotsesteenweg 240", "3012", "Wilsele"),
            Org("buddy", "Buddywerking Leuven Samen", "Vaartstraat 42", "3000", "de Vaartkom"),
            Org("zorg", "WZC De Wingerd", "Tiensesteenweg 300", "3010", "Kessel-Lo"),
            Org("kringloop", "Kringloopwinkel Tweede Kans", "Kapucijnenvoer 90", "3000", "het centrum"),
            Org("museum", "Erfgoedhuis De Oude Brouwerij", "Wijgmaalsesteenweg 12", "3018", "Wijgmaal"),
        ),
        meeting_points=(
            ("Stadspark, ingang Tiensevest", "3000", "het Stadspark"),
            ("Provinciedomein Kessel-Lo, ingang Holsbeeksesteenweg", "3010", "Kessel-Lo"),
            ("Ladeuzeplein, aan de bibliotheek", "3000", "het centrum"),
        ),
        neighbours=("Herent", "Bertem", "Holsbeek", "Lubbeek", "Oud-Heverlee", "Kortenberg"),
        languages=("en", "fr", "ar", "uk", "es", "ru"),
        introduction=(
            "<p>Leuven is een stad met veel verenigingen, studenten en vrijwilligers. Doe mee aan een "
            "activiteit en leer zo mensen uit de stad kennen.</p>"
            "<p>Heb je hulp nodig bij het kiezen? De Dienst Integratie en Samenleven helpt je.</p>"
        ),
        contact_service="Dienst Integratie en Samenleven",
        contact_email="samenleven.leuven@example.be",
        contact_phone="016 27 26 40",
        contact_address="Professor Van Overstraetenplein 1, 3000 Leuven",
    ),
    Place(
        name="Brugge",
        phone_zone="050",
        offers=24,
        organisations=(
            Org("buurt", "Buurtcentrum Kristus-Koning", "Blankenbergse Steenweg 100", "8000", "Kristus-Koning"),
            Org("vrijwilligers", "Vrijwilligerspunt Brugge", "Langestraat 120", "8000", "het centrum"),
            Org("bib", "Bibliotheek Sint-Andries", "Gistelse Steenweg 520", "8200", "Sint-Andries"),
            Org("voetbal", "Voetbalclub Assebroek Sport", "Baron Ruzettelaan 300", "8310", "Assebroek"),
            Org("buddy", "Buddywerking Brugge Welkom", "Ezelstraat 45", "8000", "het centrum"),
            Org("zorg", "WZC Ter Linde", "Torhoutse Steenweg 600", "8200", "Sint-Michiels"),
            Org("voedsel", "Sociale kruidenier De Zeebries", "Kerkstraat 20", "8380", "Zeebrugge"),
            Org("repair", "Repair Café Sint-Kruis", "Moerkerkse Steenweg 150", "8310", "Sint-Kruis"),
            Org("kant", "Kantkring De Klos", "Balstraat 14", "8000", "het centrum"),
        ),
        meeting_points=(
            ("Minnewaterpark, aan het Minnewater", "8000", "het Minnewaterpark"),
            ("Tillegembos, parking Tillegemstraat", "8200", "Sint-Michiels"),
            ("'t Zand, aan de fontein", "8000", "het centrum"),
        ),
        neighbours=("Oostkamp", "Beernem", "Zedelgem", "Damme", "Jabbeke"),
        languages=("en", "fr", "uk", "ar", "ru"),
        introduction=(
            "<p>Brugge is meer dan een mooie stad voor toeristen. In elke wijk zijn er clubs, buurtcentra en "
            "vrijwilligers die je graag leren kennen.</p>"
            "<p>Heb je een vraag? Contacteer de Dienst Samenleven.</p>"
        ),
        contact_service="Dienst Samenleven",
        contact_email="samenleven.brugge@example.be",
        contact_phone="050 44 80 20",
        contact_address="Burg 12, 8000 Brugge",
    ),
    Place(
        name="Mechelen",
        phone_zone="015",
        offers=24,
        organisations=(
            Org("buurt", "Buurtcentrum Nekkerspoel", "Nekkerspoelstraat 220", "2800", "Nekkerspoel"),
            Org("taal", "Taalpunt Mechelen", "Bruul 50", "2800", "het centrum"),
            Org("vrijwilligers", "Vrijwilligerspunt Mechelen", "Befferstraat 12", "2800", "het centrum"),
            Org("bib", "Bibliotheek Battel", "Battelsesteenweg 420", "2800", "Battel"),
            Org("voetbal", "Sportclub Racing Heffen", "Heffenstraat 40", "2801", "Heffen"),
            Org("buddy", "Buddywerking Mechelen Ontmoet", "Hanswijkstraat 18", "2800", "het centrum"),
            Org("zorg", "WZC Hof van Leest", "Kerkstraat 25", "2811", "Leest"),
            Org("kringloop", "Tweedehandswinkel Kringzorg", "Tervuursesteenweg 150", "2800", "het centrum"),
            Org("jeugd", "Chiro Muizen", "Leuvensesteenweg 520", "2812", "Muizen"),
            Org("werk", "Werkplaats De Dijle", "Guido Gezellelaan 100", "2800", "het centrum"),
        ),
        meeting_points=(
            ("Vrijbroekpark, hoofdingang", "2800", "het Vrijbroekpark"),
            ("Grote Markt, aan het stadhuis", "2800", "het centrum"),
            ("Kruidtuin, ingang Bruul", "2800", "de Kruidtuin"),
        ),
        neighbours=("Bonheiden", "Sint-Katelijne-Waver", "Willebroek", "Zemst", "Duffel"),
        languages=("ar", "fr", "en", "tr", "ti", "es"),
        introduction=(
            "<p>Mechelen wil dat iedereen mee kan doen. Daarom zijn er veel activiteiten in het Nederlands "
            "waar nieuwkomers welkom zijn.</p>"
            "<p>Vragen? Het Team Samenleven en Diversiteit helpt je verder.</p>"
        ),
        contact_service="Team Samenleven en Diversiteit",
        contact_email="samenleven.mechelen@example.be",
        contact_phone="015 29 75 60",
        contact_address="Grote Markt 21, 2800 Mechelen",
    ),
    Place(
        name="Genk",
        phone_zone="089",
        offers=24,
        organisations=(
            Org("buurt", "Buurtwerking Winterslag", "Winterslagstraat 44", "3600", "Winterslag"),
            Org("buurt", "Ontmoetingshuis Waterschei", "Stalenstraat 80", "3600", "Waterschei"),
            Org("vrijwilligers", "Vrijwilligerspunt Genk", "Hoogstraat 30", "3600", "het centrum"),
            Org("bib", "Bibliotheek Genk", "Vennestraat 12", "3600", "het centrum"),
            Org("voetbal", "Voetbalclub Zwartberg Sport", "Weg naar Zwartberg 120", "3600", "Zwartberg"),
            Org("sport", "Sportclub Genk Samen", "Europalaan 30", "3600", "het centrum"),
            Org("buddy", "Buddywerking Genk Verbindt", "Evence Coppéelaan 60", "3600", "Winterslag"),
            Org("zorg", "WZC Zonnehof", "Bochtlaan 15", "3600", "Bret-Gelieren"),
            Org("voedsel", "Sociale kruidenier Genk-Noord", "Kolderbosstraat 8", "3600", "Kolderbos"),
            Org("museum", "Vrienden van het Mijnerfgoed", "Mijnwerkerslaan 12", "3600", "Waterschei"),
            Org("moestuin", "Buurtmoestuin Sledderlo", "Sledderlostraat 40", "3600", "Sledderlo"),
        ),
        meeting_points=(
            ("Stadspark, ingang Stadsplein", "3600", "het centrum"),
            ("Molenvijverpark, ingang Europalaan", "3600", "het Molenvijverpark"),
            ("Thor Park, aan de oude mijngebouwen", "3600", "Waterschei"),
        ),
        neighbours=("As", "Zutendaal", "Maasmechelen", "Oudsbergen", "Hasselt"),
        languages=("tr", "ar", "en", "fr", "ru", "uk"),
        introduction=(
            "<p>In Genk wonen mensen uit meer dan honderd landen. Je vindt hier veel plaatsen om samen "
            "Nederlands te spreken en iets nieuws te leren.</p>"
            "<p>Heb je een vraag? Bel of mail naar de Dienst Samenleven.</p>"
        ),
        contact_service="Dienst Samenleven",
        contact_email="samenleven.genk@example.be",
        contact_phone="089 65 44 70",
        contact_address="Stadsplein 1, 3600 Genk",
    ),
    Place(
        name="Halle",
        phone_zone="02",
        offers=20,
        organisations=(
            Org("buurt", "Ontmoetingscentrum 't Parkske", "Basiliekstraat 90", "1500", "het centrum"),
            Org("vrijwilligers", "Vrijwilligerspunt Halle", "Grote Markt 20", "1500", "het centrum"),
            Org("bib", "Bibliotheek Halle", "Ninoofsesteenweg 22", "1500", "het centrum"),
            Org("sport", "Sportclub Lembeek", "Stationsstraat 40", "1502", "Lembeek"),
            Org("buddy", "Buddywerking Zennevallei", "Brusselsesteenweg 55", "1500", "het centrum"),
            Org("zorg", "WZC Sint-Rochus", "Alsembergsesteenweg 120", "1501", "Buizingen"),
            Org("voedsel", "Sociale kruidenier 't Winkeltje", "Bergensesteenweg 150", "1500", "Essenbeek"),
            Org("fiets", "Fietsatelier Halle", "Nijvelsesteenweg 80", "1500", "het centrum"),
        ),
        meeting_points=(
            ("Hallerbos, parking Kareelveld", "1500", "het Hallerbos"),
            ("Grote Markt, aan de basiliek", "1500", "het centrum"),
        ),
        neighbours=("Beersel", "Sint-Pieters-Leeuw", "Pajottegem"),
        languages=("fr", "en", "ar", "es", "tr"),
        introduction=(
            "<p>Halle is een stad waar Nederlands en Frans elkaar ontmoeten. Hier vind je activiteiten waar je "
            "in het Nederlands meedoet en nieuwe mensen leert kennen.</p>"
            "<p>Heb je een vraag? De Dienst Welzijn en Samenleven helpt je.</p>"
        ),
        contact_service="Dienst Welzijn en Samenleven",
        contact_email="samenleven.halle@example.be",
        contact_phone="02 365 95 30",
        contact_address="Grote Markt 1, 1500 Halle",
    ),
    Place(
        name="Aalst",
        phone_zone="053",
        offers=22,
        organisations=(
            Org("buurt", "Buurtcentrum De Mijlbeek", "Mijlbeekstraat 50", "9300", "de Mijlbeek"),
            Org("vrijwilligers", "Vrijwilligerspunt Aalst", "Molenstraat 24", "9300", "het centrum"),
            Org("bib", "Bibliotheek Erembodegem", "Leopoldlaan 40", "9320", "Erembodegem"),
            Org("voetbal", "Voetbalclub Moorsel Sport", "Kloosterstraat 10", "9310", "Moorsel"),
            Org("buddy", "Buddywerking Aalst Samen Sterk", "Zwarte Zustersstraat 9", "9300", "het centrum"),
            Org("zorg", "WZC De Faluintjes", "Gentsesteenweg 160", "9300", "het centrum"),
            Org("kringloop", "Kringloopwinkel Denderland", "Brusselsesteenweg 200", "9300", "het centrum"),
            Org("jeugd", "KSA Hofstade", "Hoogstraat 12", "9308", "Hofstade"),
            Org("koor", "Zangkoor De Dender", "Pieter Daensplein 3", "9300", "het centrum"),
        ),
        meeting_points=(
            ("Stadspark, ingang Parklaan", "9300", "het Stadspark"),
            ("Grote Markt, aan het belfort", "9300", "het centrum"),
            ("Osbroek, parking Gentsesteenweg", "9300", "het Osbroek"),
        ),
        neighbours=("Erpe-Mere", "Lede", "Denderleeuw", "Haaltert", "Lebbeke"),
        languages=("ar", "fr", "en", "tr", "ps"),
        introduction=(
            "<p>In Aalst zijn veel verenigingen en vrijwilligers actief. Ze verwelkomen nieuwkomers graag "
            "bij hun activiteiten.</p>"
            "<p>Vragen over het participatie- en netwerktraject? Neem contact op met de Dienst Samenleven.</p>"
        ),
        contact_service="Dienst Samenleven",
        contact_email="samenleven.aalst@example.be",
        contact_phone="053 73 24 90",
        contact_address="Werf 9, 9300 Aalst",
    ),
    Place(
        name="Kortrijk",
        phone_zone="056",
        offers=24,
        organisations=(
            Org("buurt", "Buurtcentrum Overleie", "Overleiestraat 60", "8500", "Overleie"),
            Org("vrijwilligers", "Vrijwilligerspunt Kortrijk", "Lange Steenstraat 30", "8500", "het centrum"),
            Org("bib", "Bibliotheek Heule", "Kasteelstraat 12", "8501", "Heule"),
            Org("sport", "Sportclub Marke", "Marksesteenweg 100", "8510", "Marke"),
            Org("buddy", "Buddywerking Zuid-West-Vlaanderen", "Doorniksewijk 40", "8500", "de Doorniksewijk"),
            Org("zorg", "WZC De Lindenhoeve", "Meensesteenweg 300", "8501", "Bissegem"),
            Org("voedsel", "Sociale kruidenier De Vlasbloem", "Budastraat 20", "8500", "het Buda-eiland"),
            Org("werk", "Werkatelier Leie", "Gentsesteenweg 80", "8500", "het centrum"),
            Org("repair", "Repair Café Aalbeke", "Kerkstraat 8", "8511", "Aalbeke"),
        ),
        meeting_points=(
            ("Astridpark, ingang Koning Albertstraat", "8500", "het Astridpark"),
            ("Grote Markt, aan het belfort", "8500", "het centrum"),
            ("Broeltorens, aan de Leie", "8500", "de Leieboorden"),
        ),
        neighbours=("Kuurne", "Harelbeke", "Zwevegem", "Wevelgem", "Menen"),
        languages=("fr", "en", "ar", "uk", "ps"),
        introduction=(
            "<p>In Kortrijk vind je activiteiten in de stad en in de deelgemeenten. Je oefent Nederlands, "
            "je leert de stad kennen en je maakt nieuwe vrienden.</p>"
            "<p>Heb je een vraag? Bel of mail naar de Dienst Samenleven.</p>"
        ),
        contact_service="Dienst Samenleven",
        contact_email="samenleven.kortrijk@example.be",
        contact_phone="056 27 73 10",
        contact_address="Grote Markt 54, 8500 Kortrijk",
    ),
    Place(
        name="Hasselt",
        phone_zone="011",
        offers=24,
        organisations=(
            Org("buurt", "Buurtcentrum Runkst", "Runkstersteenweg 120", "3500", "Runkst"),
            Org("vrijwilligers", "Vrijwilligerspunt Hasselt", "Maastrichtersteenweg 40", "3500", "het centrum"),
            Org("bib", "Bibliotheek Kuringen", "Kuringersteenweg 400", "3511", "Kuringen"),
            Org("sport", "Sportclub Kermt", "Diestersteenweg 500", "3510", "Kermt"),
            Org("buddy", "Buddywerking Limburg Samen", "Genkersteenweg 22", "3500", "het centrum"),
            Org("zorg", "WZC Sint-Lambertus", "Sint-Truidersteenweg 250", "3500", "Sint-Lambrechts-Herk"),
            Org("voedsel", "Voedselbank Hasselt", "Kempische Steenweg 150", "3500", "het centrum"),
            Org("theater", "Toneelkring Kortessem", "Dorpsstraat 5", "3720", "Kortessem"),
            Org("jeugd", "Jeugdhuis Rapertingen", "Luikersteenweg 150", "3500", "Rapertingen"),
        ),
        meeting_points=(
            ("Kapermolenpark, ingang Kapermolenlaan", "3500", "het Kapermolenpark"),
            ("Grote Markt, aan de Heilig Hartkerk", "3500", "het centrum"),
            ("Domein Kiewit, parking Putvennestraat", "3500", "Kiewit"),
        ),
        neighbours=("Diepenbeek", "Zonhoven", "Genk", "Lummen", "Herk-de-Stad"),
        languages=("tr", "en", "fr", "ar", "uk", "ru"),
        introduction=(
            "<p>Sinds 2025 horen ook Kortessem en de deelgemeenten bij Hasselt. Overal in de stad zijn er "
            "activiteiten waar je Nederlands spreekt en mensen leert kennen.</p>"
            "<p>Heb je een vraag? De Dienst Samenleven en Integratie helpt je graag.</p>"
        ),
        contact_service="Dienst Samenleven en Integratie",
        contact_email="samenleven.hasselt@example.be",
        contact_phone="011 23 95 50",
        contact_address="Limburgplein 1, 3500 Hasselt",
    ),
    Place(
        name="Sint-Niklaas",
        phone_zone="03",
        offers=22,
        organisations=(
            Org("buurt", "Buurtcentrum Clementwijk", "Hemelaerstraat 40", "9100", "de Clementwijk"),
            Org("vrijwilligers", "Vrijwilligerspunt Sint-Niklaas", "Stationsstraat 50", "9100", "het centrum"),
            Org("bib", "Bibliotheek Belsele", "Belseledorp 40", "9111", "Belsele"),
            Org("voetbal", "Voetbalclub Sinaai Sport", "Dries 30", "9112", "Sinaai"),
            Org("buddy", "Buddywerking Waasland", "Kazernestraat 30", "9100", "het centrum"),
            Org("zorg", "WZC Hof ter Tereken", "Parklaan 150", "9100", "Tereken"),
            Org("kringloop", "Kringloopwinkel Waasland", "Kleine Laan 20", "9100", "het centrum"),
            Org("moestuin", "Buurtmoestuin Westerbos", "Ankerstraat 60", "9100", "Westerbos"),
            Org("koor", "Zangkoor Waaslandse Stemmen", "Grote Markt 45", "9100", "het centrum"),
        ),
        meeting_points=(
            ("Stadspark, ingang Parklaan", "9100", "het Stadspark"),
            ("Grote Markt, aan het stadhuis", "9100", "het centrum"),
            ("Tereken, aan de vijver", "9100", "Tereken"),
        ),
        neighbours=("Beveren-Kruibeke-Zwijndrecht", "Temse", "Waasmunster", "Stekene", "Sint-Gillis-Waas"),
        languages=("ar", "en", "fr", "tr", "prs", "ru"),
        introduction=(
            "<p>Sint-Niklaas heeft het grootste marktplein van België, en veel verenigingen die nieuwkomers "
            "graag verwelkomen. Zoek hieronder een activiteit.</p>"
            "<p>Vragen? Neem contact op met de Dienst Samenleven.</p>"
        ),
        contact_service="Dienst Samenleven",
        contact_email="samenleven.sint-niklaas@example.be",
        contact_phone="03 778 36 20",
        contact_address="Grote Markt 1, 9100 Sint-Niklaas",
    ),
)

# --- contact people (invented): first name, last name, "f"/"m" -----------------------------

PEOPLE = (
    ("Sara", "Peeters", "f"),
    ("An", "Janssens", "f"),
    ("Els", "Maes", "f"),
    ("Lien", "Jacobs", "f"),
    ("Tom", "Mertens", "m"),
    ("Pieter", "Willems", "m"),
    ("Karim", "El Amrani", "m"),
    ("Fatima", "Bakkali", "f"),
    ("Youssef", "Haddou", "m"),
    ("Olena", "Kovalenko", "f"),
    ("Mehmet", "Yilmaz", "m"),
    ("Nadia", "Ouali", "f"),
    ("Bram", "Claes", "m"),
    ("Joke", "Goossens", "f"),
    ("Hanne", "Wouters", "f"),
    ("Ahmed", "Benali", "m"),
    ("Marie", "De Smet", "f"),
    ("Luc", "Vermeulen", "m"),
    ("Sofie", "Hermans", "f"),
    ("Ines", "Van Damme", "f"),
    ("Wout", "Desmet", "m"),
    ("Jonas", "Verbeke", "m"),
    ("Leen", "Aerts", "f"),
    ("Ayşe", "Demir", "f"),
    ("Samira", "Amrani", "f"),
    ("Dirk", "Stevens", "m"),
    ("Griet", "Dierickx", "f"),
    ("Koen", "Lambrechts", "m"),
    ("Mariam", "Tesfaye", "f"),
    ("Abdi", "Warsame", "m"),
    ("Natalia", "Ivanova", "f"),
    ("Farid", "Rahimi", "m"),
    ("Lotte", "Van den Broeck", "f"),
    ("Stijn", "Michiels", "m"),
    ("Zahra", "Ahmadi", "f"),
    ("Thomas", "Smets", "m"),
    ("Elif", "Kaya", "f"),
    ("Ruben", "Vandenberghe", "m"),
    ("Hilde", "Cools", "f"),
    ("Jan", "Boeckx", "m"),
)

# --- development users -----------------------------------------------------------------------

DEMO_PASSWORD = "ikdoemee-demo"

USERS = (
    # username, first name, last name, e-mail, superuser
    ("admin", "Lotte", "Vermeersch", "admin@example.be", True),
    ("redactie-gent", "Pieter", "De Smet", "redactie.gent@example.be", False),
    ("redactie-antwerpen", "Fatima", "El Idrissi", "redactie.antwerpen@example.be", False),
    ("reviewer-agii", "Nele", "Claes", "reviewer.agii@example.be", False),
    ("reviewer-agii-2", "Jonas", "Wouters", "reviewer.agii2@example.be", False),
)

# --- standard pages --------------------------------------------------------------------------


def _h(text):
    return {"type": "heading", "value": text}


def _p(html):
    return {"type": "paragraph", "value": html}


STANDARD_PAGES = (
    {
        "title": "Over ikdoemee",
        "slug": "over-ikdoemee",
        "introduction": (
            "ikdoemee helpt nieuwkomers in Vlaanderen en Brussel een activiteit te vinden. "
            "Zo leer je nieuwe mensen kennen en oefen je Nederlands."
        ),
        "body": [
            _h("Wat is ikdoemee?"),
            _p(
                "<p>Op ikdoemee vind je activiteiten in jouw gemeente: een buddy, vrijwilligerswerk, een taalcafé, "
                "een sportclub, een stage en nog veel meer. Bij elke activiteit staat hoeveel Nederlands je nodig "
                "hebt, wanneer ze plaatsvindt en wie je kan bellen of mailen.</p>"
            ),
            _h("Het participatie- en netwerktraject"),
            _p(
                "<p>Inburgeren in Vlaanderen heeft vier delen: Nederlands leren, maatschappelijke oriëntatie, "
                "begeleiding naar werk en het participatie- en netwerktraject. Dat laatste deel bestaat sinds "
                "1 januari 2023. Je doet minstens <b>40 uur</b> mee aan activiteiten. Je mag verschillende "
                "activiteiten combineren.</p>"
                "<p>Moet je inburgeren, en werk of studeer je niet? Dan is dit traject verplicht. Voor anderen "
                "is het vrij. Na je inburgering mag je gewoon blijven meedoen.</p>"
            ),
            _h("Wanneer telt een activiteit mee?"),
            _p(
                "<p>Een activiteit telt mee voor de 40 uur als:</p>"
                "<ul>"
                "<li>ze in het <b>Nederlands</b> gebeurt;</li>"
                "<li>je ze doet <b>samen met iemand</b> of <b>in een groep</b>;</li>"
                "<li>je <b>nieuwe mensen</b> leert kennen, buiten je eigen familie en vrienden;</li>"
                "<li>je een goede kans hebt om die mensen <b>blijvend</b> te leren kennen.</li>"
                "</ul>"
                "<p>Activiteiten die je vooral alleen doet, tellen niet mee. Op ikdoemee zie je bij elke activiteit "
                "of ze meetelt.</p>"
            ),
            _h("Het bewijs van deelname"),
            _p(
                "<p>Je krijgt van je trajectbegeleider een papier: het <b>bewijs van deelname</b>. De contactpersoon "
                "van de activiteit schrijft erop hoeveel uur je meedeed en tekent het. Daarna geef je het papier "
                "aan je trajectbegeleider. Die kijkt het na en schrijft je uren in.</p>"
            ),
            _h("Je trajectbegeleider helpt je"),
            _p(
                "<p>Je trajectbegeleider van het Agentschap Integratie en Inburgering (AgII) kiest samen met jou "
                "een activiteit die bij je past. Als het nodig is, maakt je trajectbegeleider de eerste afspraak. "
                "Soms gaat er iemand mee de eerste keer: een vrijwilliger, een brugfiguur of iemand van de "
                "organisatie.</p>"
            ),
            _h("Hoeveel Nederlands heb je nodig?"),
            _p(
                "<p>Bij elke activiteit zie je 1 tot 4 taaliconen. Die iconen kent men ook van vrije tijd en "
                "cultuur in Vlaanderen.</p>"
                "<ul>"
                "<li>1 icoon: je kan meedoen met heel weinig Nederlands.</li>"
                "<li>2 iconen: je begrijpt en spreekt een beetje Nederlands.</li>"
                "<li>3 iconen: je begrijpt en spreekt al vrij goed Nederlands.</li>"
                "<li>4 iconen: je begrijpt en spreekt goed Nederlands.</li>"
                "</ul>"
            ),
            _h("Wie maakt ikdoemee?"),
            _p(
                "<p>ikdoemee is een platform van het Agentschap Integratie en Inburgering, samen met Amal in Gent "
                "en Atlas in Antwerpen. De gemeenten en de organisaties zorgen voor het aanbod. Zij houden de "
                "informatie ook up-to-date.</p>"
            ),
        ],
    },
    {
        "title": "Voor organisaties",
        "slug": "voor-organisaties",
        "introduction": (
            "Heeft jouw club, vereniging of organisatie plaats voor nieuwkomers? Zet je activiteit op ikdoemee. "
            "Zo vinden nieuwkomers en hun trajectbegeleiders jou."
        ),
        "body": [
            _h("Welke activiteiten zoeken we?"),
            _p(
                "<p>Nieuwkomers die inburgeren, doen minstens 40 uur mee aan activiteiten in het Nederlands. "
                "Dat kan bijna overal: in een sportclub, een buurtcentrum, een woonzorgcentrum, de bibliotheek, "
                "een jeugdbeweging, een koor of als buddy. Ook stages en vrijwilligerswerk zijn welkom.</p>"
                "<p>Een activiteit telt mee als ze in het Nederlands gebeurt, in duo of in groep, als de nieuwkomer "
                "er nieuwe mensen leert kennen en als er een goede kans is op blijvend contact.</p>"
            ),
            _h("Hoe komt je activiteit op ikdoemee?"),
            _p(
                "<p>Neem contact op met de dienst van je gemeente. Je vindt de gegevens op de pagina van je "
                "gemeente. Een redacteur van de gemeente zet je activiteit online, of helpt je om dat zelf te doen. "
                "AgII kijkt mee naar de kwaliteit van het aanbod.</p>"
                "<p>Organiseer je activiteiten in meer gemeenten, of ook online? Dan kan je activiteit op de "
                "pagina van al die gemeenten verschijnen.</p>"
            ),
            _h("Wat vragen we van jou?"),
            _p(
                "<ul>"
                "<li>Beschrijf je activiteit in eenvoudig Nederlands: korte zinnen en gewone woorden.</li>"
                "<li>Geef aan hoeveel Nederlands iemand nodig heeft, met de taaliconen van 1 tot 4.</li>"
                "<li>Geef een contactpersoon op die nieuwkomers kunnen bellen of mailen.</li>"
                "<li>Laat de contactpersoon het <b>bewijs van deelname</b> invullen en tekenen: het aantal uren "
                "dat de nieuwkomer meedeed.</li>"
                "<li>Hou je informatie juist. Is je activiteit tijdelijk volzet of gestopt? Laat het weten.</li>"
                "</ul>"
            ),
            _h("Tips om nieuwkomers welkom te heten"),
            _p(
                "<ul>"
                "<li>Spreek rustig en gebruik gewone woorden. Fouten maken mag.</li>"
                "<li>Laat iemand de eerste keer meegaan, of spreek af aan de deur.</li>"
                "<li>Veel mama's kunnen niet 's avonds of in het weekend. Een activiteit overdag, met opvang "
                "voor de kinderen, maakt een groot verschil.</li>"
                "<li>Korte en flexibele engagementen werken het best om te starten.</li>"
                "</ul>"
            ),
        ],
    },
    {
        "title": "Voor gemeenten",
        "slug": "voor-gemeenten",
        "introduction": (
            "Als gemeente heb je de regie over het lokale aanbod voor het participatie- en netwerktraject. "
            "ikdoemee helpt je om dat aanbod zichtbaar te maken."
        ),
        "body": [
            _h("Jullie regierol"),
            _p(
                "<p>Lokale besturen bouwen het aanbod voor het participatie- en netwerktraject op en stellen het "
                "open voor nieuwkomers. Jullie brengen verenigingen, organisaties en diensten samen, en zoeken "
                "mee naar plaatsen waar nieuwkomers in het Nederlands kunnen meedoen. Sommige gemeenten hebben "
                "daarvoor een netwerk- en integratiecoach.</p>"
            ),
            _h("Jullie pagina op ikdoemee"),
            _p(
                "<p>Elke gemeente heeft een eigen pagina. Daarop staan een korte inleiding, de dienst waar "
                "nieuwkomers terechtkunnen met vragen, en alle activiteiten in de gemeente. Redacteurs van de "
                "gemeente zetten activiteiten online, houden ze actueel en helpen organisaties op weg.</p>"
            ),
            _h("Samenwerken in de regio"),
            _p(
                "<p>Niet elke gemeente heeft alles zelf. Een activiteit in de buurgemeente of een activiteit "
                "online kan ook op jullie pagina verschijnen. Er zijn 18 regionale netwerken die over de "
                "gemeentegrenzen heen samenwerken: 15 referentieregio's, Antwerpen, Gent en Brussel.</p>"
            ),
            _h("Ondersteuning door AgII"),
            _p(
                "<p>Het Agentschap Integratie en Inburgering ondersteunt gemeenten met een startgids, webinars en "
                "promotiemateriaal. In elke regio is er een integratieconsulent die met jullie meedenkt. Samen met "
                "Amal en Atlas bewaakt AgII de kwaliteit van het aanbod op ikdoemee.</p>"
            ),
        ],
    },
)
