# Die Ereignisse, Maßnahmen, Planfehler und Befunde des Modells in Worten.
# Zahlen mit Nachkommastellen kommen schon formatiert an.

## Phasen und Fähigkeiten

week-stage-prospect = Lead
week-stage-qualify = Qualifizierung
week-stage-discover = Bedarfsanalyse
week-stage-propose = Angebot
week-stage-negotiate = Verhandlung
week-stage-won = Gewonnen
week-stage-lost = Verloren
week-skill-prospecting = Akquise
week-skill-qualifying = Qualifizierung
week-skill-discovery = Bedarfsanalyse
week-skill-presenting = Präsentation
week-skill-negotiating = Verhandlung
week-skill-closing = Abschluss

## Wohin die Stunden der Führungskraft gingen

week-time-coaching = Coaching
week-time-selling = Verkaufen
week-time-enablement = Befähigung
week-time-admin = Verwaltung
week-time-organisation = Organisation

## Die Prognose: „0,92× dann 0,88×“

week-then = { $before }, dann { $after }

## Schlagzeilen der Ereignisse

event-nobody = niemand im Team
event-turned-away = { $headline } (abgewiesen: Die Pipeline von { $rep } hat die Höchstzahl offener Deals erreicht)
event-competitor-price-cut = Ein Wettbewerber senkt seine Preise { $weeks ->
        [one] eine Woche
       *[other] { $weeks } Wochen
    } lang um { $depth }
event-rep-resigns = { $rep } hat gekündigt
event-product-launch = Neues Produkt: Die Kunden bekommen { $weeks ->
        [one] eine Woche
       *[other] { $weeks } Wochen
    } lang etwas Neues zu hören
event-reporting-crunch = Berichtsdruck: Die Zentrale verlangt { $weeks ->
        [one] eine Woche
       *[other] { $weeks } Wochen
    } lang { $hours_whole ->
        [one] { $hours } zusätzliche Stunde
       *[other] { $hours } zusätzliche Stunden
    } pro Vertriebler
event-economic-slowdown = Konjunkturabschwung: { $weeks ->
        [one] eine Woche
       *[other] { $weeks } Wochen
    } lang { $share } weniger Leads
event-big-rfp = Ein großer Kunde hat eine Ausschreibung über { $value } veröffentlicht: { $rep } übernimmt sie

## Zeilen des Wochenberichts

week-account = Kunde { $n }
week-with-manager = { $rep } (mit Ihnen beim Deal)
week-won-discount = { $account } gewonnen von { $rep }: { $revenue } mit { $discount } Rabatt
week-won-list = { $account } gewonnen von { $rep }: { $revenue } zum Listenpreis
week-lost-poor-fit = { $account } verloren in der Phase { $stage }: Er passte von Anfang an schlecht
week-lost-skill = { $account } verloren in der Phase { $stage }: { $skill } von { $rep } liegt bei { $level }
week-lost-stalled = { $account } verloren in der Phase { $stage }: { $weeks ->
        [one] eine Woche
       *[other] { $weeks } Wochen
    } in { $stage } festgefahren
week-lost-competitor-price = { $account } verloren in der Phase { $stage }: Der Wettbewerb senkte den Preis um { $cut }, { $rep } bot { $offered }
week-lost-competitor = { $account } verloren in der Phase { $stage }: Ein Wettbewerber hatte Neueres zu erzählen
week-lost-price = { $account } verloren in der Phase { $stage }: Der Käufer erwartete { $expected } Rabatt, { $rep } bot { $offered }
week-lost-morale = { $account } verloren in der Phase { $stage }: Die Stimmung von { $rep } liegt bei { $level }
week-lost-rep-left = { $account } verloren in der Phase { $stage }: Niemand hat ihn nach dem Weggang des Vertrieblers übernommen
week-lost-reviewed = { $account } verloren in der Phase { $stage }: im Pipeline-Review als tot geschlossen
week-discount-request = { $rep } möchte { $account } { $asked } Rabatt geben (Ihre Grenze liegt bei { $cap })
week-stalled = Der Deal von { $rep } mit { $account } stockt: { $weeks ->
        [one] eine Woche
       *[other] { $weeks } Wochen
    } in der Phase { $stage }
week-coached = { $rep } wurde in { $skill } gecoacht
week-quit = { $name } hat gekündigt (Stimmung { $morale }); { $deals ->
        [one] ein offener Deal ging
       *[other] { $deals } offene Deals gingen
    } mit
week-fired = { $name } wurde entlassen; { $deals ->
        [one] ein offener Deal ist
       *[other] { $deals } offene Deals sind
    } weggefallen
week-hire-started = Die Suche für Platz { $seat } hat begonnen: Der neue Vertriebler fängt in Woche { $week } an
week-joined = { $name } ist auf Platz { $seat } eingestiegen und arbeitet sich ein
week-leads-turned-away = { $rep } hat { $count ->
        [one] einen Lead
       *[other] { $count } Leads
    } abgewiesen: Die Pipeline hat die Höchstzahl offener Deals erreicht
week-events-skipped = { $count ->
        [one] Ein weiteres Ereignis ist
       *[other] { $count } weitere Ereignisse sind
    } diese Woche nicht eingetreten: Höchstens { $limit } Ereignisse wirken in einer Woche
week-metrics-stale = Das Wertargumente-Paket ist veraltet: Die Käufer glauben den Zahlen nicht mehr
week-news-stale = Sie hatten den Kunden schon länger nichts Neues zu sagen: Die Wettbewerber drängen herein
week-review-nothing = Pipeline-Review mit { $rep }: keine toten oder festgefahrenen Deals
week-review-closed = Pipeline-Review mit { $rep }: { $closed ->
        [one] ein toter Deal
       *[other] { $closed } tote Deals
    } geschlossen
week-review-unstuck = Pipeline-Review mit { $rep }: { $unstuck ->
        [one] ein festgefahrener Deal kommt
       *[other] { $unstuck } festgefahrene Deals kommen
    } wieder voran
week-review-both = Pipeline-Review mit { $rep }: { $closed ->
        [one] ein toter Deal
       *[other] { $closed } tote Deals
    } geschlossen, { $unstuck ->
        [one] ein festgefahrener Deal kommt
       *[other] { $unstuck } festgefahrene Deals kommen
    } wieder voran

## Maßnahmen: kurze Namen für Tabellen und Zeitleisten

action-label-coach = Coaching
action-label-ride-along = Begleitung
action-label-super-close = Super-Closing
action-label-pipeline-review = Pipeline-Review
action-label-metrics-pack = Wertargumente
action-label-differentiation-workshop = Differenzierungs-Workshop
action-label-prospecting-plan = Akquiseplan
action-label-recognize = Anerkennung
action-label-hire = Einstellung
action-label-fire = Entlassung
action-label-ask-outlook = Ausblick erfragen
action-label-ask-whats-new = Neuigkeiten erfragen
action-label-carry-book = eigene Kunden
action-label-approve = Rabattentscheidung

## Maßnahmen: das Menü des Wochenplans

action-menu-coach = Einen Vertriebler in einer Fähigkeit coachen
action-menu-pipeline-review = Pipeline-Review mit einem Vertriebler
action-menu-prospecting-plan = Akquiseplan für einen Vertriebler
action-menu-recognize = Einem Vertriebler Anerkennung zeigen
action-menu-metrics-pack = Wertargumente-Paket erstellen / auffrischen
action-menu-differentiation-workshop = Differenzierungs-Workshop
action-menu-ask-outlook = Die Geschäftsleitung um einen Zwei-Jahres-Ausblick bitten
action-menu-ask-whats-new = Die Geschäftsleitung fragen, was es Neues gibt
action-menu-carry-book = Eigene Kunden betreuen
action-menu-hire = Einen freien Platz neu besetzen
action-menu-fire = Sich von einem Vertriebler trennen
action-menu-ride-along = Einen Kundenbesuch begleiten
action-menu-super-close = Einen Deal selbst abschließen
action-menu-approve = Eine Rabattanfrage beantworten

## Maßnahmen: eine geplante Maßnahme mit ihrem Ziel

action-seat = Platz { $seat }
action-coach = { $rep } in { $skill } coachen, { $hours } h
action-ride-along = Begleitung: { $deal }
action-super-close = Super-Closing: { $deal }
action-pipeline-review = Pipeline-Review mit { $rep }
action-metrics-pack = Wertargumente-Paket erstellen
action-differentiation-workshop = Differenzierungs-Workshop
action-prospecting-plan = Akquiseplan für { $rep }
action-recognize = Anerkennung für { $rep }
action-hire = Platz { $seat } neu besetzen
action-fire = Sich von { $rep } trennen
action-ask-outlook = Nach einem Zwei-Jahres-Ausblick fragen
action-ask-whats-new = Fragen, was es Neues gibt
action-carry-book = Eigene Kunden, { $hours } h
action-approve = { $discount } Rabatt genehmigen: { $deal }

## Warum sich ein Wochenplan nicht ausführen lässt

plan-over-budget = der Wochenplan braucht { $needed } h, aber diese Woche sind nur { $available } h frei
plan-no-goodwill = { $what } braucht { $needed } Goodwill, aber die Geschäftsleitung hat nur { $available }
plan-no-such-rep = auf Platz { $seat } sitzt kein Vertriebler
plan-vacant-seat = Platz { $seat } ist frei
plan-seat-filled = Platz { $seat } ist schon besetzt
plan-book-seat = Platz { $seat } sind die eigenen Kunden der Führungskraft
plan-no-such-deal = Deal { $deal } ist nicht offen
plan-no-request = zu Deal { $deal } liegt keine Rabattanfrage vor
plan-out-of-range = { $what }: { $value } liegt außerhalb von { $min } bis { $max }
plan-finished = das Szenario ist vorbei
plan-what-approved-discount = genehmigter Rabatt
plan-what-absorb = übernommener Anteil der Anforderungen
plan-what-discount-cap = Rabattgrenze

# The model's own names: the manager's seat and a hire when the scenario names none.
rep-own-book = Ihre eigenen Kunden
rep-new-hire = Neuer Vertriebler { $n }
plan-what-own-book-hours = Stunden für Ihre eigenen Kunden
plan-what-coaching-hours = Coaching-Stunden

## Was der Trichter eines Vertrieblers zeigt

diag-heavy-discount = gibt hohe Rabatte: fragt im Schnitt nach { $avg } Rabatt ({ $asks ->
        [one] eine Anfrage
       *[other] { $asks } Anfragen
    })
diag-few-leads = wenige Leads: { $leads } in { $weeks ->
        [one] einer Woche
       *[other] { $weeks } Wochen
    } (Richtwert { $benchmark }), daher { $proposals ->
        [one] 1 Angebot
       *[other] { $proposals } Angebote
    }
diag-weak-stage = schwächste Phase ist { $stage }: { $conversion } der Deals kommen weiter (Richtwert { $benchmark }) – hier zählt { $skill }
diag-no-clear-pattern = noch kein klares Muster: { $stage } hinkt etwas hinterher, bei { $left ->
        [one] einem Deal
       *[other] { $left } Deals
    }

# Der Zustand eines Deals, wie die Deal-Tabelle ihn nennt.
week-health-on-track = auf Kurs
week-health-slow = langsam
week-health-stale = festgefahren
week-health-poor-fit = passt nicht
