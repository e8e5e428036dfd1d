# Warnungen zu den Sprachen der Texte eines Szenarios (`pitcrew validate`, die
# Szenarioauswahl im Spiel). Jede folgt auf einen Feldpfad: `events[2].text: …`.
# $shown ist der Sprachcode, den Leser stattdessen sehen; $code ein Sprachcode wie geschrieben.
lang-missing-de = kein deutscher Text (de); auf Deutsch erscheint { $shown ->
        [en] der englische Text
       *[other] der Text in „{ $shown }“
    }
lang-missing-en = kein englischer Text (en); auf Englisch erscheint { $shown ->
        [de] der deutsche Text
       *[other] der Text in „{ $shown }“
    }
lang-unknown = „{ $code }“ ist keine Sprache, die Pit Crew spricht (en, de); diesen Text sieht niemand
lang-empty = der Text für { $code } ist leer
lang-no-text = enthält in keiner Sprache einen Text; schreiben Sie einen String oder {"{"}"en": "…", "de": "…"{"}"}

# Die Namen der fünf Lektionen (Szenarioauswahl, Briefing).
lang-lesson-l1 = Coachen statt selbst abschließen
lang-lesson-l2 = Wertargumente statt Preisnachlässe
lang-lesson-l3 = Die Pipeline diagnostizieren
lang-lesson-l4 = Die Geschäftsleitung ist die Boxencrew
lang-lesson-l5 = Die vier Gebote

# Ereignisarten mit Namen (Ereigniskarten der Moderation ohne eigenen Text).
lang-event-competitor-price-cut = Preissenkung eines Wettbewerbers
lang-event-rep-resigns = Leistungsträger kündigt
lang-event-product-launch = neues Produkt
lang-event-reporting-crunch = Berichtsflut
lang-event-economic-slowdown = Konjunkturflaute
lang-event-big-rfp = große Ausschreibung

# The --lang flag names no language Pit Crew speaks.
lang-flag-unknown = '{ $value }': Pit Crew spricht en und de
