/**
 * The catalogue of diagnostic codes with their Dutch messages and hints for gemeente staff.
 * `{name}` in a text is filled in from the diagnostic's arguments.
 * @packageDocumentation
 */

interface Entry {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly hint: string;
}

/** Every diagnostic code the validator can report. */
export const CATALOGUE = Object.freeze({
  FILE_MISSING: {
    severity: 'error',
    message: 'Het bestand {what} ontbreekt.',
    hint: 'Maak het bestand {file} aan, of zet het terug uit de vorige versie.',
  },
  COMMON_WORD_HIDES_SYNONYM: {
    severity: 'warning',
    message: "Het gewone woord '{word}' klinkt voor Wegwijs als '{synonym}' ({flow}): zo telt '{synonym}' nergens meer mee.",
    hint: "Haal '{word}' weg uit gewone_woorden (Wegwijs vergelijkt woorden zoals ze klinken: 'gelden' en 'geld' zijn één woord), of haal '{synonym}' weg bij {flow} als het echt geen teken van dat leefgebied is.",
  },
  SYNONYM_LANGUAGE: {
    severity: 'error',
    message: 'Dit synoniemenbestand hoort niet bij een bekende taal: {detail}.',
    hint: 'Noem het bestand naar de taalcode (nl.yaml, en.yaml, nl-x-simple.yaml) en laat `taal:` en `basis:` naar bestaande talen wijzen.',
  },
  MODEL_FILE: {
    severity: 'error',
    message: 'Het modelbestand is onleesbaar: {detail}.',
    hint: 'Maak het opnieuw met npm run train:models (de modellen leren van de voorbeeldsets in test/understand/), of zet het terug uit de vorige versie.',
  },
  YAML_SYNTAX: {
    severity: 'error',
    message: 'De YAML klopt hier niet: {detail}.',
    hint: 'Let op inspringen (alleen spaties, geen tabs), de dubbele punt na elke sleutel en aanhalingstekens rond tekst met een dubbele punt of #.',
  },
  SCHEMA_UNKNOWN_KEY: {
    severity: 'error',
    message: "De sleutel '{key}' kent Wegwijs hier niet.",
    hint: '{suggestion}Toegestaan hier: {allowed}.',
  },
  SCHEMA_REQUIRED: {
    severity: 'error',
    message: "De verplichte sleutel '{key}' ontbreekt{where}.",
    hint: "Voeg '{key}: …' toe.",
  },
  SCHEMA_TYPE: {
    severity: 'error',
    message: "Bij '{key}' hoort {expected}.",
    hint: 'Zie het voorbeeld in docs/ of de uitleg in de editor (schema).',
  },
  SCHEMA_VALUE: {
    severity: 'error',
    message: "De waarde bij '{key}' klopt niet: {detail}.",
    hint: '{hint}',
  },
  FLOW_ID_MISMATCH: {
    severity: 'error',
    message: "De flow heet '{id}', maar het bestand heet '{fileId}.yaml'.",
    hint: "Maak 'id' gelijk aan de bestandsnaam: id: {fileId}",
  },
  FLOW_UNKNOWN_ID: {
    severity: 'error',
    message: "'{id}' is geen leefgebied van Wegwijs.",
    hint: 'Gebruik een van: {allowed}.',
  },
  FLOW_MISSING: {
    severity: 'error',
    message: "De flow voor het leefgebied '{id}' is er nog niet.",
    hint: 'Maak flows/{id}.yaml; tot die tijd kan het menu er niet naartoe.',
  },
  MODELINE_MISSING: {
    severity: 'warning',
    message: 'De eerste regel verwijst niet naar het schema.',
    hint: 'Zet bovenaan: {modeline}',
  },
  DUPLICATE_STEP: {
    severity: 'error',
    message: "Er zijn twee stappen met id '{id}' (de eerste staat op regel {first}).",
    hint: 'Geef elke stap in een flow een eigen id.',
  },
  DUPLICATE_CHOICE: {
    severity: 'error',
    message: "Twee keuzes in deze vraag hebben id '{id}'.",
    hint: 'Geef elke keuze een eigen id.',
  },
  UNKNOWN_TARGET: {
    severity: 'error',
    message: "De stap '{target}' bestaat niet in flow '{flow}'.",
    hint: '{suggestion}Bestaande stappen: {known}.',
  },
  SUPPORT_NOT_REFERRAL: {
    severity: 'error',
    message: "supportEarly wijst naar '{target}', maar dat is een stap van soort '{kind}'.",
    hint: 'Laat supportEarly wijzen naar een verwijzing (kind: referral) met onafhankelijke steun, bijvoorbeeld iemand-naast-je.',
  },
  UNKNOWN_FLOW: {
    severity: 'error',
    message: "De flow '{target}' bestaat niet.",
    hint: '{suggestion}Bestaande flows: {known}.',
  },
  UNREACHABLE_STEP: {
    severity: 'error',
    message: "De stap '{id}' is nergens vandaan te bereiken.",
    hint: "Verwijs ernaar met 'next: {id}' vanuit een andere stap, of haal de stap weg.",
  },
  DEAD_END: {
    severity: 'error',
    message: "Vanaf de stap '{id}' komt de inwoner nooit bij een verwijzing of een mens.",
    hint: "Laat elk pad eindigen bij een stap met 'kind: referral' of 'kind: handoff'.",
  },
  CYCLE_NO_EXIT: {
    severity: 'error',
    message: 'Deze stappen vormen een rondje zonder uitgang: {cycle}.',
    hint: "Geef een van deze stappen een keuze of 'next' naar een verwijzing of een mens.",
  },
  UNKNOWN_SERVICE: {
    severity: 'error',
    message: "De dienst '{id}' staat niet in content/{pack}/services.yaml en niet in content/landelijk/services.yaml.",
    hint: '{suggestion}Bestaande diensten: {known}.',
  },
  SERVICE_INCOMPLETE: {
    severity: 'error',
    message: "De dienst '{id}' mist in gemeente {pack}: {missing}.",
    hint: "Vul de dienst in in content/{pack}/services.yaml (- id: {id}, met organisation en source), of zet '{id}' bij 'unavailable' in content/{pack}/pack.yaml als de gemeente hem niet heeft.",
  },
  SERVICE_UNAVAILABLE: {
    severity: 'error',
    message: "De dienst '{id}' staat bij 'unavailable', maar {why} heeft hem altijd nodig.",
    hint: "Haal '{id}' weg bij 'unavailable' en vul de dienst in in content/{pack}/services.yaml.",
  },
  REFERRAL_EMPTY: {
    severity: 'error',
    message: 'In gemeente {pack} blijft bij deze verwijzing geen dienst over: alle diensten ({ids}) staan bij unavailable.',
    hint: 'Zet er een dienst bij die elke gemeente heeft, zoals wijkteam, of vul een van deze diensten in voor {pack}.',
  },
  INDEPENDENT_NO_DIRECT_CONTACT: {
    severity: 'warning',
    message: "De onafhankelijke dienst '{id}' ({organisation}) heeft in gemeente {pack} geen eigen telefoon, e-mail of website: de inwoner kan hem alleen via de gemeente bereiken.",
    hint: "Zet het nummer, e-mailadres of de website van de organisatie zelf erbij (met source). Weet u dat het nog ontbreekt? Zet '{id}' bij independentSupport.open in pack.yaml: npm run ready houdt het op de lijst.",
  },
  INDEPENDENT_SUPPORT_UNDECLARED: {
    severity: 'warning',
    message: 'Gemeente {pack} zegt niet hoe onafhankelijke cliëntondersteuning geregeld is.',
    hint: "Zet in content/{pack}/pack.yaml 'independentSupport:' met 'access: direct', 'via-gemeente-with-consent' of 'inside-teams' en een source.",
  },
  INDEPENDENT_BESIDE_MISSING: {
    severity: 'warning',
    message: "Gemeente {pack} wil '{id}' naast de professionele teams, maar de bot biedt die dienst niet aan.",
    hint: "Vul '{id}' in in content/{pack}/services.yaml (organisatie, eigen contact, source) en haal hem weg bij 'unavailable'. Nog niet gevonden? Zet '{id}' bij independentSupport.open: npm run ready houdt het op de lijst.",
  },
  PACK_NAME_IN_FLOW: {
    severity: 'warning',
    message: "Deze tekst is voor elke gemeente, maar noemt '{name}' (alleen in gemeente {pack}).",
    hint: "Noem de rol, zoals 'een onafhankelijke cliëntondersteuner' of 'het wijkteam'; de verwijzing eronder toont de organisatie van de gemeente.",
  },
  UNKNOWN_ORGANISATION: {
    severity: 'error',
    message: "De organisatie '{id}' staat niet in de organisaties.",
    hint: '{suggestion}Bestaande organisaties: {known}.',
  },
  DUPLICATE_ID: {
    severity: 'error',
    message: "Het id '{id}' komt twee keer voor in {what}.",
    hint: 'Geef elk item een eigen id.',
  },
  UNKNOWN_ANSWER: {
    severity: 'error',
    message: "Er is geen vraag die een antwoord bewaart als '{name}'.",
    hint: "Zet 'save: {name}' bij de vraag, of gebruik een bestaande naam: {known}.",
  },
  UNKNOWN_CHOICE: {
    severity: 'error',
    message: "De vraag met 'save: {name}' heeft geen keuze '{choice}'.",
    hint: 'Bestaande keuzes: {known}.',
  },
  CHOICE_WORDS_OVERLAP: {
    severity: 'warning',
    message: "Het woord '{word}' staat bij twee keuzes van de vraag '{step}': '{first}' en '{second}'. Dan vult een verhaal geen van beide in.",
    hint: 'Zet elk woord bij één keuze: het woord waaraan de bot dat antwoord herkent.',
  },
  CHOICE_ABOUT_UNKNOWN: {
    severity: 'error',
    message: "'{name}' bij 'about' van de keuze '{choice}' is geen leefgebied.",
    hint: '{suggestion}Leefgebieden: {known}.',
  },
  CHOICE_NO_NEXT: {
    severity: 'error',
    message: "De keuze '{id}' zegt niet waar het gesprek heen gaat.",
    hint: "Zet 'next: <stap>' bij de vraag '{step}' (dan gaan alle keuzes daarheen), of bij deze keuze 'next: <stap>' of 'flow: <leefgebied>'.",
  },
  CHOICE_NEXT_AND_FLOW: {
    severity: 'error',
    message: "De keuze '{id}' heeft zowel 'next' als 'flow'; dan is niet duidelijk waar het gesprek heen gaat.",
    hint: "Kies één: 'next: <stap>' voor een stap in deze flow, of 'flow: <leefgebied>' voor een ander leefgebied.",
  },
  CHOICE_NO_LABEL: {
    severity: 'error',
    message: "De keuze '{id}' heeft geen tekst voor op de knop.",
    hint: "Voeg 'label: …' toe, kort en duidelijk (1 tot 5 woorden).",
  },
  MISSING_TRANSLATION: {
    severity: 'warning',
    message: "De tekst '{key}' ontbreekt in het {language}; de bot toont hem in het Nederlands.",
    hint: "Voeg de vertaling toe in {file} onder {key}, of laat alle ontbrekende teksten vertalen: npm run translations -- export --lang {lang}.",
  },
  OUTDATED_TRANSLATION: {
    severity: 'warning',
    message: "De vertaling '{key}' in het {language} is gemaakt van een Nederlandse tekst die daarna veranderd is.",
    hint: "Het Nederlands staat in {source}. Pas de vertaling aan en draai 'npm run translations -- accept --lang {lang} --key {id}', of laat hem opnieuw vertalen: npm run translations -- export --lang {lang}.",
  },
  TRANSLATION_PLACEHOLDER: {
    severity: 'error',
    message: "De vertaling '{key}' in het {language} heeft andere plekhouders dan het Nederlands: verwacht {expected}, gevonden {found}.",
    hint: 'Neem elke plekhouder zoals {{number}} precies zo over uit het Nederlands; de bot vult hem in.',
  },
  TRANSLATION_LENGTH: {
    severity: 'warning',
    message: "De vertaling '{key}' in het {language} is {length} tekens; het Nederlands {dutch} (meer dan {factor} keer zo lang).",
    hint: 'Kijk of de vertaling bij deze tekst hoort en niet bij een andere; maak hem korter.',
  },
  TRANSLATION_SCRIPT: {
    severity: 'warning',
    message: "De vertaling '{key}' in het {language} bevat geen {script}.",
    hint: 'Staat hier nog Nederlands of Engels in plaats van een vertaling? Laat de tekst vertalen.',
  },
  READABILITY: {
    severity: 'warning',
    message: 'Deze tekst ({language}) is moeilijk: leesbaarheid {score} (minstens {min}).',
    hint: 'Maak zinnen korter (één boodschap per zin) en kies korte, gewone woorden.',
  },
  SENTENCE_TOO_LONG: {
    severity: 'error',
    message: 'Een zin in deze tekst ({language}) heeft {longest} woorden; hoogstens {max} mag.',
    hint: 'Knip de zin in tweeën: één boodschap per zin.',
  },
  CARD_TOO_LONG: {
    severity: 'warning',
    message: "De kaart van '{service}' ({id}) telt in het {language}{pack} {count} woorden; hoogstens {max}. Het langst is '{field}' met {words} woorden.",
    hint: "Maak de tekst korter of zet wat de inwoner pas later nodig heeft achter Meer: bij 'for' (voor wie) of 'schedule' (wanneer). Op de kaart zelf staan alleen 'description', 'how' en gratis/onafhankelijk.",
  },
  READABILITY_AVERAGE: {
    severity: 'error',
    message: 'De teksten in het {language} zijn gemiddeld te moeilijk: leesbaarheid {score}, de grens is {min}.',
    hint: "Draai 'npm run readability' voor de moeilijkste teksten en maak die eenvoudiger.",
  },
  JARGON: {
    severity: 'warning',
    message: "Het woord '{word}' staat hier zonder uitleg.",
    hint: "Leg het uit in dezelfde of de volgende zin (bijvoorbeeld: '{word}. Dat is …'), of gebruik een gewoon woord.",
  },
  STALE_TRANSLATION: {
    severity: 'warning',
    message: "De vertaling '{key}' hoort bij geen enkele tekst (meer).",
    hint: 'Haal deze regel weg, of kijk of een stap of keuze een andere id kreeg.',
  },
} satisfies Record<string, Entry>);

/** A diagnostic code. */
export type DiagnosticCode = keyof typeof CATALOGUE;
