# Die Auswertung, ihr HTML-Export, der Workshop-Vergleich und die Lektionsprüfungen.
# Zahlen mit Nachkommastellen kommen schon formatiert an.

## Teile der Wertung

debrief-part-revenue = Umsatz
debrief-part-margin = Marge
debrief-part-capability = Können
debrief-part-retention = Bindung
debrief-part-independence = Selbstständigkeit
debrief-part-forecast = Prognosegüte
debrief-part-projection = nächste zwei Quartale
debrief-score-scale = Jeder Teil reicht von 0 bis 1 und zählt nur Ergebnisse: Umsatz erreicht 1 bei 150 % der Quote; Marge bei der Marge zum Listenpreis; Können ist 0,5 plus die relative Änderung der Chance des Teams, allein mit seinen Fähigkeiten aus einem neuen Lead einen Abschluss zu machen (+10 % ergeben etwa 0,69, +28 % oder mehr ergeben 1), daher zählt eine Fähigkeit, die einen Trichter blockiert, mehr als eine, die schon stark ist; Bindung ist der Anteil des Startteams, der noch dabei ist; Selbstständigkeit misst, wie weit Ihre Vertriebler am Ende ohne Sie gewinnen (sie wächst, wenn sie allein gewinnen, und sinkt, wenn Sie Deals übernehmen); Prognosegüte misst, wie nah Ihre Prognosen an den Prüfpunkten lagen; nächste zwei Quartale ist, was Ihr Team nach Ihnen unter einer Führungskraft verkauft, die nicht eingreift, und erreicht 1 bei 150 % der Quote.

## Die Ursachen in der Auswertung

debrief-time-title = Ihre Zeit: { $coaching } für die Entwicklung der Leute, { $selling } für eigenes Verkaufen
debrief-time-coached-closed = Sie haben insgesamt { $hours_whole ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } gecoacht und { $deals ->
        [one] einen Deal
       *[other] { $deals } Deals
    } selbst abgeschlossen: Jeder brachte in dieser Woche Umsatz, aber der Vertriebler hat nichts daraus gelernt und sich mehr auf Sie verlassen. Die Selbstständigkeit Ihrer Vertriebler ging von { $from } auf { $to }.
debrief-time-coached = Sie haben insgesamt { $hours_whole ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } gecoacht und keine Deals selbst abgeschlossen. Die Selbstständigkeit Ihrer Vertriebler ging von { $from } auf { $to }.
debrief-time-closed = Sie haben nicht gecoacht und { $deals ->
        [one] einen Deal
       *[other] { $deals } Deals
    } selbst abgeschlossen: Jeder brachte in dieser Woche Umsatz, aber der Vertriebler hat nichts daraus gelernt und sich mehr auf Sie verlassen. Die Selbstständigkeit Ihrer Vertriebler ging von { $from } auf { $to }.
debrief-time-neither = Sie haben nicht gecoacht und keine Deals selbst abgeschlossen. Die Selbstständigkeit Ihrer Vertriebler ging von { $from } auf { $to }.
debrief-capability-title = Können des Teams: Die Chance, dass aus einem neuen Lead ein Abschluss wird, ging von { $from } auf { $to }
debrief-capability-coaching = Coaching brachte { $gain }
debrief-capability-no-coaching = kein Coaching hat sie bewegt
debrief-capability-practice = Übung an allein gewonnenen Deals, abzüglich verblassender Fähigkeiten, { $gain }
debrief-capability-people = Abgänge und Neueinstellungen { $gain }
debrief-capability-detail = Die mittlere Fähigkeit ging von { $from } auf { $to }. Von dieser Änderung: { $parts }. Eine schwache Phase kostet mehr, als eine starke einbringt; darum bewegt Coaching in der Fähigkeit, die den Trichter eines Vertrieblers blockiert (wo Deals stocken oder verloren gehen), die Chance am meisten, und dieselbe Fähigkeit Woche für Woche summiert sich; Deals, die Sie selbst abschließen, lehren nichts.
debrief-rep-matched = { $rep }: Sie haben gecoacht, was der Trichter zeigte
debrief-rep-mismatched = { $rep }: Der Trichter zeigte auf { $pointed }, Sie haben { $coached } gecoacht
debrief-rep-unclear = { $rep }: in { $coached } gecoacht ohne klaren Befund
debrief-rep-detail = Trichter: { $reading }. Sie haben { $hours } h in { $coached } investiert. Jetzt lässt es sich sagen: Die schwächste Fähigkeit von { $rep } ist { $weakest } ({ $level }).
debrief-discount-title = Durchschnittlicher Rabatt { $discount }, Bruttomarge { $margin }
debrief-discount-detail = Sie haben { $approvals ->
        [one] eine Rabattanfrage
       *[other] { $approvals } Rabattanfragen
    } genehmigt. Die Käufer erwarten jetzt { $now } Rabatt (zu Beginn { $start }). Jeder Prozentpunkt Rabatt geht direkt von der Marge ab; ein Wertargumente-Paket hilft den Vertrieblern, den Preis zu halten.
debrief-nobody-left = Niemand hat das Team verlassen
debrief-morale-detail = Die durchschnittliche Stimmung ging von { $from } auf { $to }. Schlechte Stimmung bringt Leute zum Kündigen; Anerkennung, geschützte Verkaufszeit und selbst abgeschlossene Deals heben sie.
debrief-departure-fired = { $name } (Woche { $week }, entlassen, Stimmung { $morale })
debrief-departure-resigned = { $name } (Woche { $week }, gekündigt, Stimmung { $morale })
debrief-departures = { $n ->
        [one] Ein Abgang
       *[other] { $n } Abgänge
    }
debrief-departures-detail = { $names }. Ihre offenen Deals gingen verloren oder kühlten ab, und eine Neueinstellung braucht Wochen, bis sie voll verkauft.
debrief-org-title = Sie haben { $hours } h Anforderungen der Organisation übernommen
debrief-org-detail = Was Sie nicht übernehmen, landet bei den Vertrieblern und geht von ihrer Verkaufszeit ab. Die Zeit des Teams zu schützen gehört zur Aufgabe; darin nicht unterzugehen auch.
debrief-revenue-title = Umsatz { $share } der Quote ({ $revenue })
debrief-revenue-detail = Prognosegüte { $accuracy }. Der Umsatz der ersten Wochen stammt aus der übernommenen Pipeline; spätere Wochen zeigen, was Ihre Entscheidungen aufgebaut haben.
debrief-bots-title = Die Bots mit Ihrem Startwert
debrief-bots-detail = Mit demselben Team, Markt, Glück und denselben Ereignissen erreichte der beste Bot ({ $bot }) { $best } Punkte, Sie { $yours }.
debrief-bots-detail-more = Mit demselben Team, Markt, Glück und denselben Ereignissen erreichte der beste Bot ({ $bot }) { $best } Punkte, Sie { $yours }. Der Coach-Bot machte { $coach_revenue } Umsatz und hinterließ ein Team, das in den nächsten zwei Quartalen { $coach_projection } der Quote verkauft; der Super-Closer machte { $closer_revenue } und hinterließ { $closer_projection } (Ihres: { $projection }).

## Die Auswertung als HTML-Seite

html-debrief-title = Pit Crew – Auswertung: { $title }
html-debrief-heading = Auswertung: { $title }
html-seed = Startwert { $seed }
html-weeks-played = { $played } von { $total ->
        [one] 1 Woche
       *[other] { $total } Wochen
    } gespielt
html-overall-rank = Gesamtwertung { $overall }/100, Platz { $rank } von { $of } gegen die Bots
html-next-quarters = Die nächsten zwei Quartale
html-next-quarters-text = Unter einer Führungskraft, die nicht eingreift, verkauft Ihr Team { $quarters } der Quote ({ $share } der Quote über beide Quartale). Die Teams der Bots mit Ihrem Startwert: { $bots }.
html-why = Warum es so gelaufen ist
html-scores = Wertungen neben den Bots (gleicher Startwert)
html-charts = Diagramme
html-team = Das Team
html-week-by-week = Woche für Woche
html-week = Woche
html-manager = Führungskraft
html-overall = Gesamt
html-you = Sie
html-quota = Quote
html-your-team = Ihr Team
html-mean-skill = mittlere Fähigkeit
html-mean-morale = mittlere Stimmung
html-chart-projection = Nächste zwei Quartale unter einer Führungskraft, die nicht eingreift (kumulierter Umsatz)
html-chart-revenue = Umsatz gegen Quote (kumuliert)
html-chart-margin = Bruttomarge pro Woche
html-chart-skill-morale = Fähigkeit und Stimmung des Teams
html-chart-hours = Ihre Stunden pro Woche
html-rep-left = { $name } (gegangen)
html-col-rep = Vertriebler
html-col-skill = Fähigkeit
html-col-morale = Stimmung
html-col-independence = Selbstständigkeit
html-col-coached = gecoacht (h)
html-col-revenue = Umsatz
html-col-attainment = Zielerreichung
html-col-funnel = Trichter (eingetreten L→Q→B→A→V)
html-col-won = gewonnen
html-col-to-date = bisher
html-col-quota-to-date = Quote bisher
html-col-margin = Marge
html-col-wins = Abschlüsse
html-col-losses = Verluste
html-col-open-deals = offene Deals

## Der Workshop-Vergleich

workshop-title = Pit Crew – Workshop: { $title }
workshop-heading = Workshop: { $title }
workshop-code = Code für die Teams { $code }
workshop-weeks = { $weeks ->
        [one] eine Woche
       *[other] { $weeks } Wochen
    }
workshop-teams = { $n ->
        [one] ein Team
       *[other] { $n } Teams
    }
workshop-hash = Szenario-Hash { $hash }
workshop-refused = Abgelehnte Dateien
workshop-leaderboard = Rangliste
workshop-col-team = Team
workshop-col-status = Stand
workshop-finished = beendet
workshop-unfinished = nicht beendet: { $played } von { $total ->
        [one] 1 Woche
       *[other] { $total } Wochen
    }
workshop-bot = Bot: { $name }
workshop-reference = Referenz
workshop-curves = Verläufe (Teams durchgezogen, Bots gestrichelt)
workshop-chart-revenue = Umsatz, kumuliert
workshop-chart-margin = Bruttomarge, kumuliert
workshop-chart-skill = Mittlere Fähigkeit des Teams
workshop-decisions-heading = Entscheidungen, Woche für Woche
workshop-decision-coach = Coaching { $rep } { $skill } { $hours } h
workshop-no-actions = keine Maßnahmen
workshop-decisions = { $actions } (übernimmt { $absorb })
workshop-copy = { $file }: eine Kopie von { $first } (derselbe Lauf); einmal gezählt
workshop-other-scenario = { $file }: auf einem anderen Szenario gespielt ({ $id } mit Hash { $hash }), nicht auf dem des Workshops (Hash { $expected }); abgelehnt
workshop-other-seed = { $file }: mit Startwert { $seed } gespielt, dieser Workshop nutzt aber Startwert { $expected }; abgelehnt
workshop-no-runs = keine Laufdatei zum Vergleichen
workshop-no-runs-refused = keine Laufdatei zum Vergleichen ({ $n } abgelehnt: { $reasons })
workshop-none-matches = keine Laufdatei passt zum Workshop
workshop-too-many = es gibt schon tausend Läufe von Teams namens { $name }
workshop-same-name = { $name } ({ $file }: gleicher Name wie ein anderes Team)

## Lektionsprüfungen, Lint und Sensitivität

lesson-measure-revenue-now-and-next = Umsatz jetzt und in den nächsten zwei Quartalen
lesson-measure-revenue = Umsatz
lesson-measure-capability = Können des Teams
lesson-measure-margin = margenbereinigter Umsatz
lesson-measure-deal-size = durchschnittliche Größe gewonnener Deals
lesson-measure-resignations = Kündigungen (weniger)
lesson-measure-advances = Deals eine Phase weiter
lesson-claim = { $better } schlägt { $worse } (Kriterium: { $measure })
lesson-holds = { $lesson } trifft zu: { $claim } in { $share } der Startwerte
lesson-does-not-hold = { $lesson } trifft nicht zu: { $better } liegt nur in { $share } der Startwerte vor { $worse } (Kriterium: { $measure }; nötig: { $needed })
report-hint-never = hints[{ $i }]: erscheint in Woche { $week }, die nie geplant wird (Wochen 1..={ $weeks })
report-winnable = gewinnbar: Der beste Bot ({ $bot }) erreicht im p90 { $share } der Quote
report-unwinnable = nicht gewinnbar: Die p90-Zielerreichung des besten Bots liegt bei { $share } ({ $bot }); senken Sie die Quote oder erhöhen Sie die Lead-Raten
report-too-easy = zu leicht: Eine Führungskraft, die nichts tut, erreicht in der Hälfte der Startwerte { $share } der Quote (Ziel: etwa 90 %); erhöhen Sie die Quote
report-robust = { $lesson } ist robust: Sie trifft in { $share } von { $n ->
        [one] 1 Variante zu, in der
       *[other] { $n } Varianten zu, in denen
    } ein Wirkungsparameter um ±25 % verschoben ist ({ $seeds ->
        [one] 1 Startwert
       *[other] { $seeds } Startwerte
    } je Variante)
report-fragile = { $lesson } ist fragil: Sie trifft nur in { $share } von { $n ->
        [one] 1 Variante zu, in der
       *[other] { $n } Varianten zu, in denen
    } ein Wirkungsparameter um ±25 % verschoben ist (nötig: { $needed }); sie scheitert bei { $failing }
report-fragile-more = { $lesson } ist fragil: Sie trifft nur in { $share } von { $n ->
        [one] 1 Variante zu, in der
       *[other] { $n } Varianten zu, in denen
    } ein Wirkungsparameter um ±25 % verschoben ist (nötig: { $needed }); sie scheitert bei { $failing } und { $more } weiteren
report-skip-zero = effects.{ $name }: ist 0, ±25 % ändern daran nichts
report-skip-rounds-down = effects.{ $name }: { $base ->
        [one] 1 Woche
       *[other] { $base } Wochen
    } −25 % ergibt gerundet wieder { $base }
report-skip-rounds-up = effects.{ $name }: { $base ->
        [one] 1 Woche
       *[other] { $base } Wochen
    } +25 % ergibt gerundet wieder { $base }
report-skip-invalid = effects.{ $name }: { $value } lässt sich nicht setzen

# The lesson checks' arms that change one lever of a bot (`pitcrew lint`).
lesson-arm-typical-with-outlook = typical (mit Zwei-Jahres-Ausblick)
lesson-arm-typical-with-news = typical (mit Neuigkeiten)
lesson-arm-typical-without-blame = typical (ohne Schuldzuweisung)
lesson-arm-typical-with-prospecting-plans = typical (mit Akquiseplänen)
lesson-arm-typical-with-workshops = typical (mit Workshops)
lesson-arm-typical-with-reviews = typical (mit Pipeline-Reviews und Begleitungen)
lesson-arm-typical-absorbing-all = typical (übernimmt jede Anforderung)
lesson-arm-typical-passing-all-on = typical (gibt jede Anforderung weiter)

# Batches of runs (compare, lint, sensitivity) on a terminal: indicatif's template
# (its placeholders in braces) and the line after a long batch.
batch-progress = {"{"}msg{"}"} [{"{"}bar:40{"}"}] {"{"}pos{"}"}/{"{"}len{"}"} Läufe (noch {"{"}eta{"}"})
batch-done = { $label }: { $runs } Läufe in { $seconds } s
