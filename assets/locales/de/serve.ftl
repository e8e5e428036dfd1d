# `pitcrew serve`: die Seiten des Workshops im Browser, die Übersicht der Moderation,
# die Meldungen des Servers im Terminal und die Ablehnungen, die Teams lesen.

## Jede Seite

serve-back = Zurück
serve-not-found = Nicht gefunden
serve-workshop-title = Pit-Crew-Workshop

## Startseite und Beitreten

serve-landing-prompt = Geben Sie den Workshop-Code ein, den Ihre Moderation zeigt.
serve-landing-code = Code
serve-continue = Weiter
serve-join-title = Dem Workshop beitreten
serve-join-heading = Beitreten: { $scenario }
serve-join-sub = { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    } · Startwert { $seed } · bisher { $teams ->
        [one] 1 Team
       *[other] { $teams } Teams
    }
serve-join-name = Teamname
serve-join-button = Beitreten
serve-join-keep-address = Die Seite Ihres Teams hat eine eigene Adresse: Bewahren Sie sie auf, um auf einem anderen Laptop weiterzuspielen.

## Die Planungsseite eines Teams

serve-team-title = { $team }: Woche { $week }
serve-team-heading = { $team }: Woche { $week } von { $weeks }
serve-team-progress = Umsatz bisher { $revenue } von { $quota } Quote
serve-week-report-link = Wochenbericht { $week }
serve-paused-notice = Die Moderation hat den Raum pausiert.
serve-seat-own-book = Ihre eigenen Kunden
serve-seat-vacant = Freie Stelle ({ $seat })
serve-seat-hire-starts = Neueinstellung beginnt in Woche { $week } ({ $seat })

serve-your-team = Ihr Team
serve-col-rep = Vertriebler
serve-col-morale = Stimmung
serve-col-revenue = Umsatz
serve-col-wins = gewonnen
serve-col-open-deals = offene Deals
serve-col-selling-hours = Verkaufsstunden

serve-funnels = Trichter
serve-col-leads = Leads
serve-col-stage-conversion = { $stage } →
serve-col-proposals-wins = Angebote → gewonnen
serve-col-avg-discount = Ø erbetener Rabatt
serve-col-reading = Deutung
serve-benchmark = Vergleichswert
serve-benchmark-value = Vergleichswert { $value }
serve-per-week = { $n }/Wo.
serve-funnels-note = ▼ konvertiert unter 80 % des Vergleichswerts. Kleine Stichproben schwanken stark.

serve-deals = Deals
serve-col-account = Kunde
serve-col-stage = Phase
serve-col-value = Wert
serve-col-weeks-in-stage = Wochen in der Phase
serve-col-health = Zustand
serve-col-act = Handeln
serve-health-on-track = auf Kurs
serve-health-slow = langsam
serve-health-stale = festgefahren
serve-health-poor-fit = passt nicht
serve-deal-approve = { $discount } genehmigen
serve-deal-ride-along = Begleiten
serve-deal-close-yourself = Selbst abschließen
serve-deals-shown = Die 60 am weitesten fortgeschrittenen von { $n } Deals.

## Der Wochenplan

serve-your-week = Ihre Woche
serve-planner-hours = Von Ihren { $hours } Stunden gehen { $standing } Stunden an feste Besprechungen.
serve-planner-demands = Die Organisation verlangt diese Woche { $demand } Stunden mehr.
serve-absorb = Sie übernehmen
serve-discount-cap = Rabattgrenze (jetzt { $cap })
serve-cap-unchanged = unverändert
serve-set = Übernehmen
serve-planner-spend = Sie verwenden { $absorbed } Stunden auf Anforderungen; jeder Vertriebler verliert { $passed } Stunden Verkaufszeit.
serve-planned = Geplant
serve-nothing-yet = Noch nichts.
serve-remove = Entfernen
serve-hours-planned = { $hours } von { $available } Stunden verplant
serve-goodwill = Goodwill { $goodwill }
serve-resolve-week = Woche { $week } auswerten
serve-add-action = Eine Aktion hinzufügen
serve-field-action = Aktion
serve-field-rep = Vertriebler oder Stelle
serve-field-skill = Fähigkeit
serve-field-hours = Stunden
serve-add = Hinzufügen
serve-add-note = Vertriebler und Fähigkeit gelten, wo die Aktion sie braucht; Stunden für Coaching und Ihre eigenen Kunden.

## Der Wochenbericht

serve-report-heading = { $team }: Wochenbericht { $week }
serve-report-revenue-week = Umsatz diese Woche
serve-report-revenue-quota = Umsatz bisher / Quote
serve-report-wins-losses = gewonnen / verloren
serve-report-new-leads = neue Leads
serve-report-open-deals = offene Deals
serve-report-what-happened = Was geschah
serve-report-see-debrief = Zur Auswertung
serve-report-plan-week = Woche { $week } planen
serve-report-back = Zurück zur Planung

## Die Seiten der Moderation

serve-projector-join = Teams treten unter /{ $code } bei, mit dem Code { $strong }
serve-facilitator-title = Pit-Crew-Workshop: Moderation
serve-facilitator-heading = Moderation: { $scenario }
serve-facilitator-join-at = Teams treten bei unter { $strong }
serve-facilitator-code = Workshop-Code { $strong }
serve-facilitator-sub = Startwert { $seed } · { $teams ->
        [one] 1 Team
       *[other] { $teams } Teams
    } · Ordner { $dir }
serve-resume-room = Raum fortsetzen
serve-pause-room = Raum pausieren
serve-projector-page = Seite für den Projektor
serve-export-html = Als HTML exportieren
serve-teams = Teams
serve-col-team = Team
serve-col-week = Woche
serve-col-status = Stand
serve-week-of = { $week } von { $weeks }
serve-status-played-through = durchgespielt
serve-status-marked-finished = als beendet markiert
serve-status-playing = spielt
serve-let-play-on = Weiterspielen lassen
serve-mark-finished = Als beendet markieren
serve-deal-event = Ein Ereignis ausspielen
serve-deal-event-note = Jedes Team spielt es ab seiner nächsten Woche.
serve-deal = Ausspielen
serve-done-paused = Der Raum ist pausiert: Kein Team kann eine Woche auswerten.
serve-done-resumed = Der Raum ist wieder offen.
serve-done-dealt = Ausgespielt: Jedes Team spielt es ab seiner nächsten Woche.
serve-done = Erledigt.
serve-could-not-save = Speichern nicht möglich
serve-no-such-card = Diese Karte gibt es nicht
serve-pick-card = Wählen Sie eine Karte aus der Liste.
serve-could-not-deal = Ausspielen nicht möglich

## Ablehnungen

serve-too-many = Zu viele Anfragen: Bitte langsamer.
serve-wrong-code = Hier gibt es keinen Workshop mit diesem Code. Prüfen Sie den Code, den Ihre Moderation zeigt.
serve-no-team = Dieses Team gibt es in diesem Workshop nicht.
serve-week-not-played = Diese Woche ist noch nicht gespielt.
serve-debrief-later = Die Auswertung folgt nach der ersten Woche.
serve-unreadable-request = unlesbare Anfrage: { $error }
serve-week-mismatch = der Raum führt Ihr Team in Woche { $room_week }, nicht in Woche { $sent_week }: Ihr Spiel folgt dem Raum
serve-error-empty-name = ein Teamname braucht mindestens einen Buchstaben oder eine Ziffer
serve-error-no-team = dieses Team gibt es in diesem Workshop nicht
serve-error-missing = im Formular fehlt { $field ->
        [deal] der Deal
        [discount] der Rabatt
        [action] die Aktion
       *[cap] eine Rabattgrenze als Zahl
    }
serve-error-full = der Raum ist voll ({ $max } Teams)
serve-error-paused = die Moderation hat den Raum pausiert: Warten Sie, bis sie ihn fortsetzt
serve-error-finished = die Moderation hat Ihr Team als beendet markiert
serve-error-too-many-actions = ein Wochenplan hat höchstens { $max } Aktionen
serve-error-no-room-yet = hier gibt es noch keinen Workshop: Geben Sie --scenario an, um einen zu beginnen

## Das Terminal

serve-started = Pit-Crew-Workshop: { $scenario } (Startwert { $seed })
serve-started-join = Teams treten bei  { $url }   (Workshop-Code { $code })
serve-started-projector = Projektorseite    { $url }
serve-started-facilitator = Moderation        { $url }   (diese Adresse für sich behalten)
serve-started-files = Laufdateien in    { $dir }
serve-error = Fehler: { $error }
serve-error-cannot-start = Fehler: Der Server kann nicht starten: { $error }
serve-error-stopped = Fehler: Der Workshop-Server wurde beendet: { $error }
serve-note-other-room = Hinweis: { $dir } enthält schon einen Workshop zu { $scenario } (Startwert { $seed }); er wird damit fortgesetzt
serve-records-sent = Lernprotokolle: { $summary }
serve-records-failed = Lernprotokolle: { $queue }: { $error }

## Ein Desktop-Spiel tritt einem Workshop bei

serve-client-bad-address = { $address } ist keine Workshop-Adresse: Sie sieht aus wie http://192.168.1.20:7878/K7PQ2M (Adresse und Code, die die Moderation zeigt)
serve-client-unreachable = der Workshop-Server unter { $server } ist nicht erreichbar: { $error }
serve-client-bad-reply = der Workshop-Server hat etwas Unlesbares geschickt: { $error }
serve-client-needs-team = --join { $room } braucht --team NAME: den Namen, den Ihr Team auf der Übersicht der Moderation zeigt (oder die eigene Adresse Ihres Teams, { $room }/t/…, um es fortzusetzen)
serve-client-refused = der Server hat abgelehnt ({ $status })
serve-client-run-label = der Lauf des Workshop-Servers
