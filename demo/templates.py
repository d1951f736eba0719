"""The activity templates demo offers are built from: one per kind of activity, in plain Dutch.

Placeholders in titles, summaries and paragraphs: ``{org}`` (the organisation's name),
``{place}`` (the municipality) and ``{wijk}`` (the neighbourhood, as it reads after "in").
The schedule, place, cost and "how to join" sentences are added by ``demo.generator``."""

from dataclasses import dataclass

ALL_CRITERIA = (
    "dutch_language_context",
    "in_duo_or_group",
    "new_contacts",
    "lasting_contacts",
    "signs_proof_of_participation",
)


@dataclass(frozen=True)
class Activity:
    key: str
    kinds: tuple[str, ...]  # organisation kinds that can run it, preferred first
    offer_type: str  # OfferType code
    goals: tuple[str, ...]  # Goal codes, most important first
    titles: tuple[str, ...]
    summary: str
    paragraphs: tuple[str, ...]
    levels: tuple[int, ...]  # possible taaliconen, the first ones more likely
    parts: tuple[str, ...]  # possible day parts: "day", "evening", "weekend"
    hours: float = 2  # hours per session (per day for internships)
    frequency: str = "weekly"  # weekly, biweekly, monthly, flexible (buddy) or workdays (internship)
    length: str = "ongoing"  # ongoing, course, buddy, internship, event or summer
    weeks: tuple[int, int] = (0, 0)  # duration range for course, buddy, internship, event
    may_miss: tuple[str, ...] = ("signs_proof_of_participation", "lasting_contacts")
    miss_chance: float = 0.16
    online: float = 0.0
    outdoor: bool = False  # meets at a park or square rather than at the organisation
    childcare: float = 0.06
    child_friendly: float = 0.15
    costs: tuple[str, ...] = ()
    cost_chance: float = 0.0
    accompany: float = 0.35
    joins: tuple[str, ...] = ("phone", "email", "form", "walkin", "trajectbegeleider")
    commitment: float = 0.0  # chance that an ongoing offer asks for a minimum of a few months
    only_in: tuple[str, ...] = ()  # restrict to these municipalities


CITIES_WITH_STUDENTS = ("Gent", "Antwerpen", "Brussel", "Leuven", "Kortrijk", "Hasselt")

ACTIVITIES = (
    # --- buddy projects -------------------------------------------------------------------
    Activity(
        key="buddy",
        kinds=("buddy",),
        offer_type="buddy",
        goals=("meet_people", "make_friends", "practise_dutch"),
        titles=("Buddyproject: samen {place} ontdekken", "Een buddy in {place}", "Buddy's in {wijk}"),
        summary="Je krijgt een buddy. Jullie spreken af, praten Nederlands en ontdekken samen {place}.",
        paragraphs=(
            "Een buddy is een vrijwilliger die in {place} woont. {org} zoekt een buddy die bij jou past. "
            "Jullie hebben bijvoorbeeld dezelfde hobby.",
            "Jullie spreken af wanneer het voor jullie past. Jullie drinken samen koffie, gaan naar de markt of "
            "wandelen in het park. Zo oefen je Nederlands en leer je nieuwe mensen kennen.",
        ),
        levels=(1, 2),
        parts=("day", "evening", "weekend"),
        frequency="flexible",
        length="buddy",
        weeks=(20, 26),
        accompany=0.8,
        joins=("intake", "trajectbegeleider", "phone"),
    ),
    Activity(
        key="jobbuddy",
        kinds=("buddy", "werk", "vrijwilligers"),
        offer_type="buddy",
        goals=("prepare_for_work", "practise_dutch", "meet_people"),
        titles=("Jobbuddy: samen op weg naar werk", "Een jobbuddy die je helpt solliciteren"),
        summary="Een vrijwilliger met veel werkervaring helpt jou op weg naar een job.",
        paragraphs=(
            "Je jobbuddy heeft zelf lang gewerkt. Jullie maken samen je cv. Jullie oefenen een "
            "sollicitatiegesprek. Je jobbuddy vertelt ook hoe werken in België gaat.",
            "Jullie zien elkaar ongeveer één keer per week. Jullie praten altijd Nederlands.",
        ),
        levels=(2, 3),
        parts=("day", "evening"),
        frequency="flexible",
        length="buddy",
        weeks=(16, 20),
        online=0.2,
        accompany=0.5,
        joins=("intake", "trajectbegeleider", "email"),
    ),
    Activity(
        key="gezinsbuddy",
        kinds=("buddy",),
        offer_type="buddy",
        goals=("meet_people", "make_friends", "practise_dutch"),
        titles=("Gezinsbuddy: gezinnen leren elkaar kennen", "Met je gezin op stap met een gezin uit {place}"),
        summary="Je gezin leert een gezin uit {place} kennen. Jullie doen samen leuke dingen.",
        paragraphs=(
            "Heb je kinderen? Dan kan je met je hele gezin meedoen. {org} zoekt een gezin uit {place} dat bij "
            "jullie past.",
            "Jullie gaan samen naar de speeltuin, koken samen of gaan op uitstap. De kinderen spelen samen. "
            "De ouders praten Nederlands met elkaar.",
        ),
        levels=(1, 2),
        parts=("evening", "weekend"),
        frequency="flexible",
        length="buddy",
        weeks=(24, 26),
        child_friendly=1.0,
        accompany=0.7,
        joins=("intake", "trajectbegeleider", "phone"),
    ),
    Activity(
        key="studentenbuddy",
        kinds=("buddy",),
        offer_type="buddy",
        goals=("practise_dutch", "meet_people", "make_friends"),
        titles=("Praten met een student: studentenbuddy", "Studentenbuddy in {place}"),
        summary="Een student spreekt elke week met jou af. Jullie praten Nederlands.",
        paragraphs=(
            "Studenten uit {place} willen graag nieuwkomers leren kennen. Een student wordt jouw buddy.",
            "Jullie spreken elke week af, bijvoorbeeld in de bib, in een café of in het park. Je oefent "
            "Nederlands over gewone dingen: je dag, je familie, je plannen.",
        ),
        levels=(1, 2),
        parts=("day", "evening"),
        frequency="flexible",
        length="buddy",
        weeks=(12, 16),
        joins=("form", "email", "trajectbegeleider"),
        only_in=CITIES_WITH_STUDENTS,
    ),
    Activity(
        key="taalbuddy-online",
        kinds=("buddy", "taal"),
        offer_type="buddy",
        goals=("practise_dutch", "make_friends"),
        titles=("Taalbuddy op afstand: elke week een videogesprek", "Online taalbuddy"),
        summary="Je praat elke week Nederlands met een vaste buddy, via een videogesprek.",
        paragraphs=(
            "Je buddy is een vrijwilliger die graag Nederlands met je praat. Jullie bellen elke week met video. "
            "Zo oefen je Nederlands, ook als je weinig tijd hebt of niet makkelijk van huis weg kan.",
            "Jullie praten over wat jullie bezig houdt: je week, je kinderen, je werk, het nieuws. Na een tijd "
            "spreken jullie ook eens af in het echt, als je dat wilt.",
        ),
        levels=(1, 2),
        parts=("day", "evening", "weekend"),
        hours=1,
        frequency="flexible",
        length="buddy",
        weeks=(16, 26),
        online=1.0,
        joins=("form", "email", "trajectbegeleider"),
    ),
    Activity(
        key="jongerenbuddy",
        kinds=("jeugd", "buddy"),
        offer_type="buddy",
        goals=("make_friends", "meet_people", "practise_dutch"),
        titles=("Buddy voor jongeren van 16 tot 25 jaar", "Jongerenbuddy: samen sporten, praten en chillen"),
        summary="Ben je tussen 16 en 25 jaar? Je krijgt een buddy van jouw leeftijd.",
        paragraphs=(
            "Ben je jong en nieuw in {place}? Dan krijg je een buddy van ongeveer dezelfde leeftijd.",
            "Jullie gaan samen sporten, naar de film of naar een jeugdhuis. Je buddy laat je zien waar "
            "jongeren in {place} samenkomen.",
        ),
        levels=(1, 2),
        parts=("evening", "weekend"),
        frequency="flexible",
        length="buddy",
        weeks=(16, 26),
        accompany=0.6,
        joins=("phone", "form", "trajectbegeleider"),
    ),
    Activity(
        key="bezoek-oudere",
        kinds=("zorg", "vrijwilligers"),
        offer_type="volunteer",
        goals=("volunteer", "practise_dutch", "make_friends"),
        titles=("Op bezoek bij een oudere buur", "Gezelschap voor ouderen die alleen wonen"),
        summary="Je gaat elke week op bezoek bij een oudere man of vrouw die alleen woont.",
        paragraphs=(
            "Sommige oudere mensen in {place} zijn vaak alleen. Ze krijgen graag bezoek.",
            "Je gaat één keer per week op bezoek. Jullie drinken koffie, praten of maken een korte wandeling. "
            "{org} zoekt iemand die bij jou past.",
        ),
        levels=(2, 3),
        parts=("day", "weekend"),
        frequency="flexible",
        may_miss=("signs_proof_of_participation",),
        accompany=1.0,
        commitment=0.5,
        joins=("intake", "phone", "trajectbegeleider"),
    ),
    # --- language practice ----------------------------------------------------------------
    Activity(
        key="taalcafe",
        kinds=("taal", "bib", "buurt"),
        offer_type="language_practice",
        goals=("practise_dutch", "meet_people"),
        titles=("Taalcafé in {wijk}", "Taalcafé: Nederlands praten bij een koffie", "Taalcafé van {org}"),
        summary="Je praat Nederlands met andere mensen, bij een kop koffie of thee.",
        paragraphs=(
            "Wil je meer Nederlands spreken? Kom naar het taalcafé van {org}.",
            "Je zit aan een tafel met 4 of 5 mensen. Een vrijwilliger helpt het gesprek op gang. Je mag fouten "
            "maken. Iedereen is welkom, ook als je nog maar een beetje Nederlands spreekt.",
        ),
        levels=(1, 2),
        parts=("day", "evening"),
        joins=("walkin", "phone", "email"),
    ),
    Activity(
        key="conversatietafel",
        kinds=("taal", "bib", "vrijwilligers"),
        offer_type="language_practice",
        goals=("practise_dutch", "meet_people", "learn_something"),
        titles=("Conversatietafel Nederlands", "Praattafel: elke week een ander thema"),
        summary="Je praat in een kleine groep over een thema. Een vrijwilliger leidt het gesprek.",
        paragraphs=(
            "Aan de conversatietafel zitten 4 tot 6 mensen. Een vrijwilliger helpt jullie praten.",
            "Elke week is er een ander thema: de dokter, de school van je kinderen, werk zoeken, het weer, "
            "feesten in België. Je leert nieuwe woorden die je elke dag nodig hebt.",
        ),
        levels=(2, 3),
        parts=("day", "evening"),
        hours=1.5,
        online=0.15,
        joins=("email", "phone", "form", "trajectbegeleider"),
    ),
    Activity(
        key="taalwandeling",
        kinds=("taal", "buurt", "bib"),
        offer_type="language_practice",
        goals=("practise_dutch", "learn_something", "meet_people"),
        titles=("Taalwandeling door {wijk}", "Wandelen en Nederlands praten in {place}"),
        summary="Je wandelt in een kleine groep door de buurt en praat Nederlands.",
        paragraphs=(
            "Een vrijwilliger van {org} neemt je mee door {wijk}. Onderweg stoppen jullie bij de markt, de "
            "bakker, het park of het station.",
            "Je leert de namen van plaatsen en dingen in de buurt. En je praat met de andere wandelaars.",
        ),
        levels=(1, 2),
        parts=("day", "weekend"),
        frequency="biweekly",
        outdoor=True,
        child_friendly=0.3,
        joins=("walkin", "phone", "email"),
    ),
    Activity(
        key="online-praatgroep",
        kinds=("taal", "bib", "vrijwilligers"),
        offer_type="language_practice",
        goals=("practise_dutch", "meet_people"),
        titles=("Online praatgroep Nederlands", "Nederlands oefenen via videogesprek"),
        summary="Je praat Nederlands met een kleine groep via een videogesprek.",
        paragraphs=(
            "Kan je niet altijd weg van huis? Doe dan mee van thuis uit. Je hebt een smartphone, tablet of "
            "computer nodig.",
            "Jullie zijn met 4 tot 6 mensen en een vrijwilliger. De vrijwilliger stelt vragen en helpt als je "
            "een woord niet kent.",
        ),
        levels=(2, 3),
        parts=("evening", "day"),
        hours=1,
        online=1.0,
        joins=("email", "form"),
    ),
    Activity(
        key="leesclub",
        kinds=("bib",),
        offer_type="language_practice",
        goals=("practise_dutch", "learn_something", "meet_people"),
        titles=("Leesclub in makkelijk Nederlands", "Samen lezen: boeken in eenvoudige taal"),
        summary="Je leest een makkelijk boek en praat erover met de groep.",
        paragraphs=(
            "In de bib zijn er boeken in eenvoudige taal. De groep kiest samen een boek. Elke keer lezen "
            "jullie een stukje.",
            "Daarna praten jullie over het verhaal. Wat vind je ervan? Wat zou jij doen? Je hoeft niet alles "
            "te begrijpen.",
        ),
        levels=(2, 3),
        parts=("day", "evening"),
        hours=1.5,
        frequency="biweekly",
        joins=("walkin", "email", "phone"),
    ),
    Activity(
        key="taalstage",
        kinds=("werk", "zorg", "kringloop", "voedsel"),
        offer_type="language_practice",
        goals=("practise_dutch", "prepare_for_work"),
        titles=("Taalstage: Nederlands oefenen op de werkvloer", "Taalstage bij {org}"),
        summary="Je oefent het Nederlands dat je op het werk nodig hebt, tijdens echt werk.",
        paragraphs=(
            "Je leert Nederlands in de les. Maar op het werk klinkt het anders. In een taalstage oefen je dat.",
            "Je werkt een paar halve dagen per week mee. Een taalcoach helpt je met de woorden en zinnen die "
            "je nodig hebt. Je collega's weten dat je Nederlands leert.",
        ),
        levels=(2, 3),
        parts=("day",),
        hours=4,
        frequency="workdays",
        length="internship",
        may_miss=("signs_proof_of_participation",),
        weeks=(6, 10),
        joins=("intake", "trajectbegeleider"),
    ),
    # --- volunteering ---------------------------------------------------------------------
    Activity(
        key="wzc-vrijwilliger",
        kinds=("zorg",),
        offer_type="volunteer",
        goals=("volunteer", "practise_dutch", "meet_people"),
        titles=("Vrijwilliger in {org}", "Tijd maken voor de bewoners van {org}"),
        summary="Je helpt bij activiteiten voor de bewoners van het woonzorgcentrum.",
        paragraphs=(
            "In {org} wonen oudere mensen. Ze krijgen graag bezoek en hulp bij activiteiten.",
            "Je drinkt koffie met de bewoners, speelt een spel of gaat mee wandelen in de tuin. Een vaste "
            "begeleider legt je alles uit. De bewoners praten graag met jou. Zo oefen je elke week Nederlands.",
        ),
        levels=(2, 3),
        parts=("day", "weekend"),
        hours=3,
        commitment=0.4,
        joins=("phone", "email", "intake", "trajectbegeleider"),
    ),
    Activity(
        key="wzc-cafetaria",
        kinds=("zorg",),
        offer_type="volunteer",
        goals=("volunteer", "meet_people", "practise_dutch"),
        titles=("Helpen in de cafetaria van {org}", "Koffie schenken in het woonzorgcentrum"),
        summary="Je schenkt koffie en thee voor bewoners en bezoekers.",
        paragraphs=(
            "De cafetaria van {org} is elke middag open. Bewoners en hun familie komen er iets drinken.",
            "Je neemt bestellingen op, schenkt koffie en ruimt de tafels af. Je werkt samen met andere "
            "vrijwilligers. Je hoort en spreekt veel Nederlands.",
        ),
        levels=(1, 2),
        parts=("day", "weekend"),
        hours=3,
        commitment=0.3,
        joins=("phone", "walkin", "email"),
    ),
    Activity(
        key="voedselbank",
        kinds=("voedsel",),
        offer_type="volunteer",
        goals=("volunteer", "meet_people", "prepare_for_work"),
        titles=("Vrijwilliger bij {org}", "Voedselpakketten maken met {org}"),
        summary="Je sorteert eten en maakt pakketten voor gezinnen met weinig geld.",
        paragraphs=(
            "{org} helpt mensen die weinig geld hebben. Elke week brengen winkels en boeren eten.",
            "Je sorteert het eten en maakt pakketten. Je werkt in een ploeg van 5 tot 8 mensen. Na het werk "
            "drinken jullie samen koffie.",
        ),
        levels=(1, 2),
        parts=("day",),
        hours=3,
        commitment=0.3,
        joins=("phone", "email", "walkin", "trajectbegeleider"),
    ),
    Activity(
        key="sociale-kruidenier",
        kinds=("voedsel",),
        offer_type="volunteer",
        goals=("volunteer", "prepare_for_work", "practise_dutch"),
        titles=("Helpen in de winkel van {org}", "Winkelbediende als vrijwilliger"),
        summary="Je vult de rekken aan en helpt klanten in een sociale kruidenier.",
        paragraphs=(
            "In de winkel van {org} kopen mensen met weinig geld eten aan een lage prijs.",
            "Je vult de rekken aan, helpt aan de kassa en praat met de klanten. Zo leer je hoe een winkel "
            "werkt. Dat is handig als je later in een winkel wilt werken.",
        ),
        levels=(2, 3),
        parts=("day",),
        hours=4,
        commitment=0.4,
        joins=("phone", "email", "trajectbegeleider"),
    ),
    Activity(
        key="kringloop",
        kinds=("kringloop",),
        offer_type="volunteer",
        goals=("volunteer", "prepare_for_work", "meet_people"),
        titles=("Vrijwilliger in {org}", "Kleren en spullen sorteren in de tweedehandswinkel"),
        summary="Je sorteert kleren en spullen en helpt in de winkel.",
        paragraphs=(
            "Mensen brengen kleren, boeken en spullen naar {org}. Andere mensen kopen ze voor een kleine prijs.",
            "Je sorteert de spullen, zet er een prijs op en zet ze in de winkel. Je werkt samen met een vaste "
            "ploeg. Je leert nieuwe woorden en je leert werken in een team.",
        ),
        levels=(1, 2, 3),
        parts=("day", "weekend"),
        hours=4,
        commitment=0.4,
        joins=("phone", "walkin", "email"),
    ),
    Activity(
        key="bib-vrijwilliger",
        kinds=("bib",),
        offer_type="volunteer",
        goals=("volunteer", "practise_dutch"),
        titles=("Vrijwilliger in {org}", "Boeken klaarzetten in de bib"),
        summary="Je helpt in de bib: boeken terugzetten en bezoekers verder helpen.",
        paragraphs=(
            "In {org} werken veel vrijwilligers. Ze helpen het team van de bib.",
            "Je zet boeken terug op de juiste plaats. Je helpt bij activiteiten, zoals de voorleesuurtjes voor "
            "kinderen. Soms help je bezoekers de weg te vinden.",
        ),
        levels=(2, 3),
        parts=("day",),
        may_miss=("in_duo_or_group",),
        miss_chance=0.5,
        joins=("email", "phone", "walkin"),
    ),
    Activity(
        key="jeugdwerk",
        kinds=("jeugd",),
        offer_type="volunteer",
        goals=("volunteer", "meet_people", "make_friends"),
        titles=("Vrijwilliger bij {org}", "Meehelpen bij activiteiten voor kinderen en jongeren"),
        summary="Je helpt de leiding bij spelletjes, uitstappen en feesten.",
        paragraphs=(
            "{org} organiseert elke week activiteiten voor kinderen en jongeren.",
            "Je helpt bij spelletjes, zet materiaal klaar en helpt aan de bar op feesten. Je werkt samen met "
            "jonge vrijwilligers uit {place}. Zo leer je snel nieuwe mensen kennen.",
        ),
        levels=(2, 3),
        parts=("weekend", "evening"),
        hours=3,
        joins=("phone", "email", "form"),
    ),
    Activity(
        key="speelplein",
        kinds=("jeugd", "buurt"),
        offer_type="volunteer",
        goals=("volunteer", "meet_people", "learn_something"),
        titles=("Animator op de speelpleinwerking in de zomer", "Zomer 2027: spelen met kinderen op het speelplein"),
        summary="In de zomervakantie speel je met kinderen op het speelplein.",
        paragraphs=(
            "In juli en augustus komen elke dag kinderen naar het speelplein. Ze spelen, knutselen en sporten.",
            "Je helpt de animatoren. Eerst krijg je een korte opleiding van 2 dagen. Je werkt in een ploeg met "
            "jongeren uit {place}. Je kiest zelf hoeveel weken je komt: minstens 2 weken.",
        ),
        levels=(2, 3),
        parts=("day",),
        hours=6,
        frequency="workdays",
        length="summer",
        child_friendly=0.0,
        joins=("form", "email", "phone"),
    ),
    Activity(
        key="sportclub-vrijwilliger",
        kinds=("voetbal", "sport"),
        offer_type="volunteer",
        goals=("volunteer", "meet_people", "make_friends"),
        titles=("Vrijwilliger bij {org}", "Helpen aan de bar en bij wedstrijden"),
        summary="Je helpt bij de club: aan de bar, bij wedstrijden en op feesten.",
        paragraphs=(
            "Een sportclub draait op vrijwilligers. {org} zoekt mensen die willen helpen.",
            "Je helpt aan de bar, zet de velden klaar of verkoopt tickets bij wedstrijden. Na de wedstrijd "
            "blijft iedereen nog even samen. Zo leer je de mensen van de club kennen.",
        ),
        levels=(1, 2),
        parts=("weekend", "evening"),
        hours=3,
        joins=("phone", "walkin", "email"),
    ),
    Activity(
        key="museum",
        kinds=("museum",),
        offer_type="volunteer",
        goals=("volunteer", "learn_something", "practise_dutch"),
        titles=("Vrijwilliger aan het onthaal van {org}", "Word gids in {org}"),
        summary="Je ontvangt bezoekers in het museum en vertelt over de collectie.",
        paragraphs=(
            "{org} vertelt het verhaal van de mensen die in {place} woonden en werkten.",
            "Je ontvangt bezoekers aan het onthaal en helpt bij rondleidingen. Eerst krijg je een opleiding. "
            "Wie wil, vertelt later zelf over het museum, en ook over zijn eigen land en verhaal.",
        ),
        levels=(3, 4),
        parts=("weekend", "day"),
        hours=4,
        commitment=0.5,
        joins=("email", "phone", "intake"),
    ),
    Activity(
        key="huiswerkbegeleiding",
        kinds=("bib", "jeugd", "buurt"),
        offer_type="volunteer",
        goals=("volunteer", "practise_dutch", "meet_people"),
        titles=("Huiswerkbegeleider voor kinderen", "Kinderen helpen met hun huiswerk"),
        summary="Je helpt kinderen van de lagere school met hun huiswerk.",
        paragraphs=(
            "Veel kinderen in {place} krijgen thuis weinig hulp bij hun huiswerk. {org} organiseert daarom "
            "huiswerkklassen.",
            "Je helpt een klein groepje kinderen met lezen, schrijven en rekenen. Spreek je zelf Arabisch, "
            "Oekraïens of een andere taal? Dat helpt soms ook. Je Nederlands moet wel goed genoeg zijn om te helpen.",
        ),
        levels=(3, 4),
        parts=("day", "evening"),
        commitment=0.5,
        joins=("email", "phone", "intake"),
    ),
    Activity(
        key="brugfiguur",
        kinds=("vrijwilligers", "buddy", "buurt"),
        offer_type="volunteer",
        goals=("volunteer", "meet_people", "prepare_for_work"),
        titles=("Word brugfiguur voor nieuwkomers", "Brugfiguur: help andere nieuwkomers op weg"),
        summary="Je spreekt al goed Nederlands. Je helpt nieuwkomers die net in {place} wonen.",
        paragraphs=(
            "Je woont al een tijd in {place} en je spreekt goed Nederlands. Je weet hoe moeilijk de eerste "
            "maanden zijn. Daarom kan jij andere nieuwkomers goed helpen.",
            "Je gaat de eerste keer mee naar een activiteit, een club of een afspraak. Je legt uit wat mensen "
            "bedoelen. Je werkt samen met de medewerkers van {org}, en je krijgt een korte opleiding.",
        ),
        levels=(4, 3),
        parts=("day", "evening", "weekend"),
        hours=3,
        frequency="flexible",
        commitment=0.6,
        joins=("intake", "email", "phone"),
    ),
    Activity(
        key="voorlezen",
        kinds=("bib",),
        offer_type="volunteer",
        goals=("volunteer", "practise_dutch"),
        titles=("Voorlezen aan kinderen in de bib", "Voorleesvrijwilliger in {org}"),
        summary="Je leest verhalen voor aan kleine kinderen en hun ouders.",
        paragraphs=(
            "Elke week is er een voorleesuurtje in {org}. Kinderen van 3 tot 8 jaar komen luisteren, vaak met "
            "hun mama of papa.",
            "Je leest een prentenboek voor en praat met de kinderen over de prenten. Een medewerker van de bib "
            "helpt je de boeken te kiezen. Je kan ook voorlezen in een tweede taal.",
        ),
        levels=(3, 4),
        parts=("day", "weekend"),
        hours=1.5,
        child_friendly=0.8,
        joins=("email", "phone"),
    ),
    Activity(
        key="zwerfvuil",
        kinds=("moestuin", "buurt", "vrijwilligers"),
        offer_type="volunteer",
        goals=("volunteer", "meet_people"),
        titles=("Zwerfvuilploeg: samen de buurt proper houden", "Opruimen in {wijk} met de buren"),
        summary="Eén keer per maand ruim je samen met buren zwerfvuil op.",
        paragraphs=(
            "Eén keer per maand trekt de ploeg door {wijk} om afval op te ruimen. Handschoenen, grijpers en "
            "zakken krijg je.",
            "Na afloop drinken jullie samen koffie bij {org}. Zo leer je de buren kennen.",
        ),
        levels=(1,),
        parts=("weekend", "day"),
        frequency="monthly",
        outdoor=True,
        child_friendly=0.5,
        may_miss=("lasting_contacts", "signs_proof_of_participation"),
        miss_chance=0.3,
        joins=("walkin", "email", "phone"),
    ),
    Activity(
        key="kinderboerderij",
        kinds=("moestuin",),
        offer_type="volunteer",
        goals=("volunteer", "meet_people"),
        titles=("Vrijwilliger op de kinderboerderij", "Zorgen voor de dieren van de buurtboerderij"),
        summary="Je helpt de dieren verzorgen en ontvangt bezoekers.",
        paragraphs=(
            "Bij {org} wonen geiten, kippen, schapen en konijnen. Veel gezinnen komen op bezoek.",
            "Je geeft de dieren eten, maakt de stallen proper en praat met de bezoekers. Je werkt buiten, "
            "samen met andere vrijwilligers.",
        ),
        levels=(1, 2),
        parts=("day", "weekend"),
        hours=3,
        child_friendly=0.5,
        joins=("phone", "email", "walkin"),
    ),
    Activity(
        key="vrijwilligerswerk-zoeken",
        kinds=("vrijwilligers",),
        offer_type="volunteer",
        goals=("volunteer", "meet_people", "prepare_for_work"),
        titles=("Vrijwilligerswerk dat bij jou past", "Eerste stap naar vrijwilligerswerk: drie proefdagen"),
        summary="Je vertelt wat je graag doet. Samen zoeken we vrijwilligerswerk dat bij jou past.",
        paragraphs=(
            "Wil je vrijwilligerswerk doen, maar weet je niet waar? {org} kent meer dan 100 organisaties in {place}.",
            "Eerst is er een gesprek. Je vertelt wat je graag doet en wanneer je tijd hebt. Daarna mag je drie "
            "keer proberen bij een organisatie. Past het? Dan blijf je.",
        ),
        levels=(1, 2),
        parts=("day", "evening", "weekend"),
        hours=3,
        frequency="flexible",
        accompany=0.9,
        joins=("intake", "phone", "trajectbegeleider"),
    ),
    Activity(
        key="festival",
        kinds=("vrijwilligers", "theater"),
        offer_type="volunteer",
        goals=("volunteer", "meet_people"),
        titles=("Vrijwilliger op een zomerfestival", "Help mee op de stadsfeesten van {place}"),
        summary="Je helpt op een festival: aan de ingang, aan de bar of bij het opruimen.",
        paragraphs=(
            "In de zomer zijn er veel festivals en feesten in {place}. Ze hebben veel vrijwilligers nodig.",
            "Je werkt in een ploeg aan de ingang, aan de bar of bij het opruimen. Je krijgt eten en drinken, "
            "en je ziet gratis de optredens.",
        ),
        levels=(1, 2),
        parts=("weekend", "evening"),
        hours=5,
        length="summer",
        may_miss=("lasting_contacts",),
        miss_chance=0.6,
        joins=("form", "email"),
    ),
    # --- leisure and club activities ------------------------------------------------------
    Activity(
        key="repair-cafe",
        kinds=("repair", "fiets", "buurt"),
        offer_type="leisure",
        goals=("learn_something", "meet_people", "volunteer"),
        titles=("Repair Café: samen spullen herstellen", "Repair Café in {wijk}"),
        summary="Je herstelt samen met vrijwilligers kapotte spullen: lampen, kleren, fietsen.",
        paragraphs=(
            "Is je lamp, je broek of je radio kapot? Gooi hem niet weg. Kom naar het Repair Café.",
            "Vrijwilligers helpen je om het zelf te herstellen. Ben je handig? Dan kan je ook zelf vrijwilliger "
            "worden en anderen helpen. Er is koffie en taart.",
        ),
        levels=(1, 2),
        parts=("weekend", "evening"),
        hours=3,
        frequency="monthly",
        child_friendly=0.4,
        joins=("walkin", "email"),
    ),
    Activity(
        key="moestuin",
        kinds=("moestuin", "buurt"),
        offer_type="leisure",
        goals=("meet_people", "learn_something", "make_friends"),
        titles=("Samen tuinieren in de buurtmoestuin", "Groenten kweken in {wijk}"),
        summary="Je werkt samen met buren in een moestuin en neemt groenten mee naar huis.",
        paragraphs=(
            "In {wijk} is er een grote moestuin voor de buurt. Iedereen helpt mee.",
            "Je zaait, plant en oogst groenten samen met de andere tuiniers. Je hoeft niets te weten over "
            "tuinieren: je leert het van de anderen. Wat je oogst, neem je mee naar huis.",
        ),
        levels=(1, 2),
        parts=("day", "weekend"),
        child_friendly=0.7,
        joins=("walkin", "phone", "email"),
    ),
    Activity(
        key="samen-koken",
        kinds=("buurt",),
        offer_type="leisure",
        goals=("meet_people", "make_friends", "practise_dutch"),
        titles=(
            "Samen koken en eten",
            "Kookclub: gerechten uit de hele wereld",
            "Buurtrestaurant: koken voor de buren",
        ),
        summary="Je kookt samen met andere mensen. Daarna eten jullie samen.",
        paragraphs=(
            "Elke week kookt een groep buren samen in de keuken van {org}. Iedereen brengt een recept mee: uit "
            "België, Syrië, Oekraïne, Marokko of ergens anders.",
            "Tijdens het koken praten jullie Nederlands. Je leert de namen van groenten, kruiden en "
            "keukenspullen. Daarna eten jullie samen aan één grote tafel.",
        ),
        levels=(1, 2),
        parts=("day", "evening"),
        hours=3,
        costs=("€ 3 per maaltijd", "€ 2 per keer"),
        cost_chance=0.5,
        joins=("phone", "walkin", "email"),
    ),
    Activity(
        key="wandelgroep",
        kinds=("buurt", "sport"),
        offer_type="leisure",
        goals=("meet_people", "make_friends", "practise_dutch"),
        titles=("Wandelgroep: samen wandelen en praten", "Wandelen in en rond {place}"),
        summary="Je wandelt elke week met een groep en praat onderweg Nederlands.",
        paragraphs=(
            "De wandelgroep van {org} wandelt elke week ongeveer 5 kilometer. Het tempo is rustig. Iedereen kan mee.",
            "Onderweg praat je met de andere wandelaars. Na de wandeling drinken jullie samen iets.",
        ),
        levels=(1, 2),
        parts=("day", "weekend"),
        outdoor=True,
        child_friendly=0.3,
        joins=("walkin", "phone"),
    ),
    Activity(
        key="vrouwengroep",
        kinds=("buurt",),
        offer_type="leisure",
        goals=("meet_people", "make_friends", "practise_dutch"),
        titles=("Vrouwengroep met kinderopvang", "Vrouwen ontmoeten vrouwen in {wijk}"),
        summary="Een groep voor vrouwen, overdag. Je kleine kinderen worden opgevangen.",
        paragraphs=(
            "Elke week komt een groep vrouwen samen bij {org}. Ze praten, doen een activiteit of gaan op "
            "uitstap. De groep is alleen voor vrouwen.",
            "Heb je kleine kinderen? Geen probleem. Tijdens de activiteit zorgt een begeleider voor de "
            "kinderen, in een lokaal vlakbij.",
        ),
        levels=(1, 2),
        parts=("day",),
        childcare=1.0,
        child_friendly=0.6,
        accompany=0.6,
        joins=("walkin", "phone", "trajectbegeleider"),
    ),
    Activity(
        key="mama-cafe",
        kinds=("buurt", "bib"),
        offer_type="other",
        goals=("meet_people", "practise_dutch", "make_friends"),
        titles=("Koffiemoment voor mama's en baby's", "Mama-café: praten terwijl de kinderen spelen"),
        summary="Mama's met jonge kinderen drinken samen koffie. De kinderen spelen in de speelhoek.",
        paragraphs=(
            "Ben je mama van een baby of een jong kind? Kom dan naar het mama-café van {org}.",
            "De kinderen spelen in de speelhoek. De mama's drinken koffie en praten over van alles: slapen, "
            "eten, school, de buurt. Soms komt er een verpleegkundige langs met tips.",
        ),
        levels=(1,),
        parts=("day",),
        hours=1.5,
        child_friendly=1.0,
        childcare=0.2,
        joins=("walkin", "phone"),
    ),
    Activity(
        key="naaiatelier",
        kinds=("kringloop", "buurt"),
        offer_type="leisure",
        goals=("learn_something", "meet_people", "practise_dutch"),
        titles=("Naaiatelier: samen kleren maken en herstellen", "Leren naaien in {wijk}"),
        summary="Je leert naaien op een naaimachine. Je maakt en herstelt je eigen kleren.",
        paragraphs=(
            "In het naaiatelier staan 8 naaimachines. Een vrijwilliger leert je stap voor stap hoe je een "
            "machine gebruikt.",
            "Je maakt een broek korter, een tas of een kussen. Je werkt aan een grote tafel samen met anderen. "
            "Stof en garen zijn er al.",
        ),
        levels=(1, 2),
        parts=("day", "evening"),
        length="course",
        weeks=(8, 12),
        childcare=0.3,
        costs=("€ 10 voor de hele reeks", "€ 5 per maand"),
        cost_chance=0.4,
        joins=("phone", "email", "form"),
    ),
    Activity(
        key="fietsatelier",
        kinds=("fiets", "repair", "buurt"),
        offer_type="leisure",
        goals=("learn_something", "meet_people"),
        titles=("Fietsatelier: leer je fiets zelf herstellen", "Fietsen herstellen in {wijk}"),
        summary="Je leert je fiets herstellen met hulp van vrijwilligers.",
        paragraphs=(
            "Heb je een lekke band of werken je remmen niet goed? In het fietsatelier leer je dat zelf herstellen.",
            "Vrijwilligers tonen hoe het moet. Er is gereedschap. Onderdelen kan je goedkoop kopen. Na een "
            "tijd kan je zelf andere mensen helpen.",
        ),
        levels=(1, 2),
        parts=("evening", "weekend"),
        joins=("walkin", "email"),
    ),
    Activity(
        key="koor",
        kinds=("koor", "buurt"),
        offer_type="leisure",
        goals=("meet_people", "make_friends", "practise_dutch"),
        titles=("Zingen in een koor", "Buurtkoor: zingen in alle talen"),
        summary="Je zingt samen met anderen. Je hoeft geen noten te kunnen lezen.",
        paragraphs=(
            "Zingen is goed voor je Nederlands. Je leert de woorden vanzelf.",
            "Het koor zingt Nederlandse liedjes, maar ook liedjes uit andere landen. Iedereen mag meedoen. Twee "
            "keer per jaar geeft het koor een concert in {place}.",
        ),
        levels=(2, 3),
        parts=("evening",),
        costs=("€ 20 per jaar", "€ 5 per maand"),
        cost_chance=0.5,
        joins=("walkin", "email", "phone"),
    ),
    Activity(
        key="voetbal",
        kinds=("voetbal", "sport"),
        offer_type="leisure",
        goals=("meet_people", "make_friends"),
        titles=("Voetballen bij {org}", "Recreatief voetbal voor volwassenen"),
        summary="Je voetbalt elke week met een ploeg. Je niveau maakt niet uit.",
        paragraphs=(
            "{org} heeft een ploeg voor volwassenen die gewoon graag voetballen. Er zijn geen officiële wedstrijden.",
            "Na de training drinken de spelers samen iets in de kantine. Zo leer je snel mensen kennen. "
            "Voetbalschoenen kan je lenen.",
        ),
        levels=(1, 2),
        parts=("evening", "weekend"),
        costs=("€ 50 per seizoen. Met een UiTPAS met kansentarief betaal je minder.", "€ 25 per seizoen"),
        cost_chance=0.5,
        joins=("walkin", "phone"),
    ),
    Activity(
        key="schaken",
        kinds=("bib", "buurt"),
        offer_type="leisure",
        goals=("meet_people", "learn_something"),
        titles=("Schaakclub: elke week een partij", "Schaken voor beginners en gevorderden"),
        summary="Je speelt schaak met andere mensen. Beginners leren het spel.",
        paragraphs=(
            "Elke week komen schakers samen bij {org}. Er zijn spelers van 12 tot 85 jaar.",
            "Ken je het spel nog niet? Een ervaren speler legt het je uit. Tussen de partijen is er tijd voor "
            "een koffie en een babbel.",
        ),
        levels=(1, 2),
        parts=("evening", "weekend"),
        may_miss=("lasting_contacts", "signs_proof_of_participation"),
        joins=("walkin", "email"),
    ),
    Activity(
        key="breicafe",
        kinds=("kant", "bib", "buurt"),
        offer_type="leisure",
        goals=("meet_people", "learn_something", "practise_dutch"),
        titles=("Breicafé: breien en babbelen", "Haken en breien in {wijk}"),
        summary="Je breit of haakt samen met anderen en praat ondertussen Nederlands.",
        paragraphs=(
            "In het breicafé breien en haken mensen samen. Beginners zijn welkom: iemand toont je hoe het moet.",
            "Terwijl je breit, praat je met de anderen over van alles. Wol en naalden zijn er.",
        ),
        levels=(1, 2),
        parts=("day", "evening"),
        joins=("walkin", "phone"),
    ),
    Activity(
        key="kantklossen",
        kinds=("kant",),
        offer_type="leisure",
        goals=("learn_something", "meet_people"),
        titles=("Kantklossen: een oud handwerk uit {place}",),
        summary="Je leert kantklossen, een oud handwerk uit Vlaanderen.",
        paragraphs=(
            "Kantklossen is een oud handwerk. In {place} doen veel mensen het nog altijd.",
            "De leden van {org} leren je de eerste stappen. Je werkt samen aan een grote tafel. Het is rustig "
            "werk, en er is veel tijd om te praten.",
        ),
        levels=(1, 2),
        parts=("day",),
        costs=("€ 15 per jaar, materiaal inbegrepen",),
        cost_chance=0.5,
        joins=("walkin", "phone"),
    ),
    Activity(
        key="sporten-vrouwen",
        kinds=("sport", "buurt"),
        offer_type="leisure",
        goals=("meet_people", "learn_something", "make_friends"),
        titles=("Sporten voor vrouwen", "Fit met de vrouwengroep"),
        summary="Vrouwen sporten samen: turnen, dansen of fitness. Alleen voor vrouwen.",
        paragraphs=(
            "Deze sportles is alleen voor vrouwen. De lesgever is een vrouw. De zaal heeft geen ramen naar de straat.",
            "Jullie doen oefeningen op muziek. Iedereen doet mee op haar eigen tempo. Na de les is er thee.",
        ),
        levels=(1,),
        parts=("day",),
        hours=1.5,
        childcare=0.5,
        costs=("€ 2 per les",),
        cost_chance=0.4,
        joins=("walkin", "phone", "trajectbegeleider"),
    ),
    Activity(
        key="fietstocht",
        kinds=("sport", "fiets"),
        offer_type="leisure",
        goals=("meet_people", "make_friends"),
        titles=("Fietsclub: elke week een tocht", "Samen fietsen door de streek"),
        summary="Je fietst met een groep door de streek rond {place}.",
        paragraphs=(
            "Elke week maakt de groep een fietstocht van 30 tot 40 kilometer. Het tempo is rustig.",
            "Halverwege stoppen jullie voor een drankje. Zo zie je mooie plekken rond {place} en leer je de "
            "andere fietsers kennen. Je hebt een eigen fiets nodig.",
        ),
        levels=(1, 2),
        parts=("weekend",),
        hours=3,
        outdoor=True,
        joins=("walkin", "email", "phone"),
    ),
    Activity(
        key="dansen",
        kinds=("koor", "buurt", "jeugd"),
        offer_type="leisure",
        goals=("meet_people", "make_friends"),
        titles=("Dansen uit de hele wereld", "Volksdansen voor iedereen"),
        summary="Je leert dansen uit veel landen. Iedereen mag meedoen.",
        paragraphs=(
            "Elke week leert de groep een nieuwe dans: uit Vlaanderen, Griekenland, Turkije, Oekraïne of Eritrea.",
            "Je hebt geen ervaring nodig. Je danst met iedereen, niet met één vaste partner. Na de les is er "
            "tijd voor een babbel.",
        ),
        levels=(1, 2),
        parts=("evening", "day"),
        hours=1.5,
        costs=("€ 3 per les",),
        cost_chance=0.4,
        may_miss=("dutch_language_context", "signs_proof_of_participation"),
        joins=("walkin", "email"),
    ),
    Activity(
        key="fotogroep",
        kinds=("museum", "bib", "buurt"),
        offer_type="leisure",
        goals=("learn_something", "meet_people"),
        titles=("Fotogroep: ontdek {place} met je smartphone", "Foto's maken in {wijk}"),
        summary="Je leert mooie foto's maken met je smartphone en ontdekt de stad.",
        paragraphs=(
            "Een fotograaf geeft tips om betere foto's te maken met je smartphone.",
            "Elke keer trekt de groep naar een andere plek in {place}. Op het einde is er een tentoonstelling "
            "met jullie foto's.",
        ),
        levels=(2, 3),
        parts=("weekend", "day"),
        length="course",
        weeks=(8, 10),
        joins=("form", "email"),
    ),
    Activity(
        key="theater",
        kinds=("theater", "buurt", "jeugd"),
        offer_type="leisure",
        goals=("practise_dutch", "meet_people", "learn_something"),
        titles=("Theatergroep: samen een toneelstuk maken", "Toneel spelen in het Nederlands"),
        summary="Je speelt toneel in een groep. Op het einde sta je op het podium.",
        paragraphs=(
            "De groep maakt samen een toneelstuk over het leven in {place}. Iedereen brengt een eigen verhaal mee.",
            "Je oefent je uitspraak en je leert durven spreken voor een groep. Op het einde spelen jullie het "
            "stuk voor publiek.",
        ),
        levels=(2, 3, 4),
        parts=("evening",),
        hours=2.5,
        length="course",
        weeks=(16, 20),
        joins=("email", "phone", "form"),
    ),
    # --- other ----------------------------------------------------------------------------
    Activity(
        key="leren-fietsen",
        kinds=("sport", "fiets", "buurt"),
        offer_type="other",
        goals=("learn_something", "meet_people"),
        titles=("Leren fietsen voor volwassenen", "Fietsles voor beginners"),
        summary="Je leert fietsen in een kleine groep, op een veilige plek.",
        paragraphs=(
            "Kan je nog niet fietsen? Geen probleem. Veel volwassenen leren het nog.",
            "Je oefent eerst op een plein zonder auto's. Daarna fiets je samen met de groep op straat. Je leert "
            "ook de belangrijkste verkeersregels. Een fiets en een helm krijg je van ons.",
        ),
        levels=(1,),
        parts=("day",),
        length="course",
        weeks=(8, 10),
        childcare=0.4,
        may_miss=("lasting_contacts",),
        joins=("phone", "trajectbegeleider", "email"),
    ),
    Activity(
        key="zwemles",
        kinds=("sport", "buurt"),
        offer_type="other",
        goals=("learn_something", "meet_people"),
        titles=("Zwemles voor volwassenen", "Leren zwemmen in het stedelijk zwembad"),
        summary="Je leert zwemmen in een kleine groep met een lesgever.",
        paragraphs=(
            "Kan je niet zwemmen? Veel volwassenen leren het nog. In een kleine groep gaat dat rustig.",
            "De lessen zijn in het stedelijk zwembad van {place}. Eerst oefen je in het kleine bad. Er zijn ook "
            "aparte lessen voor vrouwen.",
        ),
        levels=(1, 2),
        parts=("evening", "weekend", "day"),
        hours=1,
        length="course",
        weeks=(10, 12),
        costs=("€ 30 voor 10 lessen. Met een UiTPAS met kansentarief betaal je minder.",),
        cost_chance=0.7,
        may_miss=("lasting_contacts",),
        joins=("form", "phone", "email"),
    ),
    Activity(
        key="digitaal-cafe",
        kinds=("bib", "buurt"),
        offer_type="other",
        goals=("learn_something", "meet_people"),
        titles=("Digitaal café: hulp met je smartphone en computer", "Leren werken met itsme, e-mail en apps"),
        summary="Vrijwilligers helpen je met je smartphone, e-mails en online formulieren.",
        paragraphs=(
            "Moet je iets online doen, maar lukt het niet? Kom dan naar het digitaal café.",
            "Vrijwilligers helpen je met je smartphone, je e-mails, online afspraken of je bankapp. Je leert het "
            "zelf te doen. Je werkt samen met anderen aan dezelfde tafel.",
        ),
        levels=(1, 2),
        parts=("day",),
        may_miss=("lasting_contacts", "in_duo_or_group"),
        miss_chance=0.35,
        joins=("walkin", "phone"),
    ),
    Activity(
        key="buurtfeest",
        kinds=("buurt",),
        offer_type="other",
        goals=("meet_people", "volunteer"),
        titles=("Meehelpen aan het buurtfeest in {wijk}", "Buurtfeest in {wijk}: help je mee?"),
        summary="Je helpt het buurtfeest voorbereiden en je helpt op de dag zelf.",
        paragraphs=(
            "Elk jaar is er een groot feest in {wijk}. Er is muziek, eten uit alle landen en er zijn spelletjes "
            "voor de kinderen.",
            "Een groep buren bereidt het feest voor. Jullie komen een paar keer samen. Op de dag zelf help je "
            "bij de opbouw, aan een kraam of bij het opruimen.",
        ),
        levels=(1, 2),
        parts=("evening", "weekend"),
        length="event",
        weeks=(5, 8),
        child_friendly=0.8,
        may_miss=("lasting_contacts",),
        miss_chance=0.4,
        joins=("phone", "email", "walkin"),
    ),
    Activity(
        key="oudercafe",
        kinds=("buurt", "jeugd"),
        offer_type="other",
        goals=("meet_people", "practise_dutch", "learn_something"),
        titles=("Oudercafé: koffie met andere ouders", "Ouders ontmoeten elkaar aan de schoolpoort"),
        summary="Ouders drinken samen koffie nadat ze hun kinderen naar school brachten.",
        paragraphs=(
            "Elke week, na het begin van de school, is er koffie voor de ouders. Iemand van {org} is er ook.",
            "Jullie praten over de school, de brieven van de juf, de vakanties en de buurt. Soms komt de "
            "directeur of een leerkracht langs met uitleg.",
        ),
        levels=(1,),
        parts=("day",),
        hours=1,
        child_friendly=0.6,
        childcare=0.2,
        joins=("walkin", "phone"),
    ),
    # --- internships ----------------------------------------------------------------------
    Activity(
        key="stage-zorg",
        kinds=("zorg",),
        offer_type="internship",
        goals=("prepare_for_work", "practise_dutch", "learn_something"),
        titles=("Stage in de zorg: een kijkje in {org}", "Proeven van werk als zorgkundige"),
        summary="Je loopt een paar weken mee met het team van een woonzorgcentrum.",
        paragraphs=(
            "Wil je later in de zorg werken? Dan is deze stage iets voor jou.",
            "Je loopt mee met een zorgkundige of met een medewerker van de keuken. Je helpt bij de maaltijden "
            "en bij activiteiten. Je leert de woorden die je in de zorg nodig hebt. Na de stage is er een "
            "gesprek over je plannen.",
        ),
        levels=(2, 3),
        parts=("day",),
        hours=6,
        frequency="workdays",
        length="internship",
        may_miss=("signs_proof_of_participation",),
        weeks=(4, 6),
        joins=("intake", "trajectbegeleider"),
    ),
    Activity(
        key="stage-winkel",
        kinds=("kringloop", "werk", "voedsel"),
        offer_type="internship",
        goals=("prepare_for_work", "practise_dutch"),
        titles=("Werkervaring in de winkel en het magazijn", "Stage: winkel en magazijn bij {org}"),
        summary="Je werkt een paar weken mee in de winkel en het magazijn.",
        paragraphs=(
            "Tijdens de stage leer je hoe een winkel en een magazijn werken.",
            "Je sorteert, vult rekken aan en helpt klanten. Een vaste begeleider legt alles uit en praat met "
            "jou over wat goed gaat. Op het einde krijg je een attest.",
        ),
        levels=(1, 2),
        parts=("day",),
        hours=6,
        frequency="workdays",
        length="internship",
        may_miss=("signs_proof_of_participation",),
        weeks=(4, 8),
        joins=("intake", "trajectbegeleider", "phone"),
    ),
    Activity(
        key="orientatiestage",
        kinds=("werk", "vrijwilligers"),
        offer_type="internship",
        goals=("prepare_for_work", "learn_something"),
        titles=("Oriëntatiestage: ontdek welk werk bij jou past", "Proefdagen in verschillende beroepen"),
        summary="Je probeert een paar beroepen uit: in de keuken, de schoonmaak, het groen of de logistiek.",
        paragraphs=(
            "Weet je nog niet goed welk werk je wilt doen? In deze stage probeer je verschillende jobs uit.",
            "Elke week werk je in een andere ploeg: de keuken, de schoonmaak, het groen of het magazijn. Je "
            "begeleider bespreekt elke week met jou wat je goed kan en wat je graag doet.",
        ),
        levels=(2, 3),
        parts=("day",),
        hours=6,
        frequency="workdays",
        length="internship",
        may_miss=("signs_proof_of_participation",),
        weeks=(6, 8),
        joins=("intake", "trajectbegeleider"),
    ),
    Activity(
        key="stage-keuken",
        kinds=("werk", "buurt"),
        offer_type="internship",
        goals=("prepare_for_work", "practise_dutch", "learn_something"),
        titles=("Stage in de keuken van het buurtrestaurant", "Koken voor 60 mensen: stage in een sociale keuken"),
        summary="Je werkt mee in een grote keuken en leert koken voor veel mensen.",
        paragraphs=(
            "Elke middag kookt het buurtrestaurant van {org} een warme maaltijd voor 60 mensen.",
            "Je snijdt groenten, helpt bij het koken en doet de afwas. Je leert de regels voor hygiëne in een "
            "keuken. De chef spreekt Nederlands met jou en legt alles rustig uit.",
        ),
        levels=(1, 2),
        parts=("day",),
        hours=6,
        frequency="workdays",
        length="internship",
        may_miss=("signs_proof_of_participation",),
        weeks=(4, 6),
        joins=("intake", "trajectbegeleider", "phone"),
    ),
)
