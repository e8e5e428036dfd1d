# Die Bildschirme des Spiels (src/game). Zahlen kommen formatiert, Anzahlen als ganze Zahlen.

## Gemeinsam

game-key-enter = Eingabetaste
game-hours = { $hours } h
game-morale = Stimmung
game-seat-label = Platz { $n }
game-difficulty = { $level ->
    [easy] Leicht
    [hard] Schwer
   *[medium] Mittel
}

## Wochenplan

game-plan-week = Woche { $week } von { $weeks }
game-plan-revenue = Umsatz
game-plan-revenue-bar = { $revenue } von { $quota } Quote
game-plan-your-hours = Ihre Stunden
game-plan-hours-bar = { $used } von { $available } h geplant
game-plan-goodwill = Goodwill { $goodwill }
game-plan-menu = ☰ Menü (Esc)
game-plan-resolve = Woche auswerten ▶
game-plan-team = Team
game-plan-seat-vacant = Platz { $n }: unbesetzt
game-plan-hire-starts = Neue Kraft beginnt in Woche { $week }
game-plan-no-hire = Keine Einstellung begonnen: planen Sie eine unter „Aktion hinzufügen“.
game-plan-tenure = { $weeks } Wo. im Team
game-plan-of-quota = { $share } der Quote
game-plan-won-alone = ohne Sie: { $alone } von { $won }
game-plan-funnel-line = { $leads ->
    [one] 1 Lead
   *[other] { $leads } Leads
} · { $proposals ->
    [one] 1 Angebot
   *[other] { $proposals } Angebote
} · { $wins ->
    [one] 1 Abschluss
   *[other] { $wins } Abschlüsse
} · Ø Rabatt { $discount }
game-plan-coaching-streak = Coaching { $skill }: { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
} in Folge (eine andere Fähigkeit beginnt von vorn)
game-funnel-stage = Phase
game-funnel-open = Offen
game-funnel-value = Wert
game-funnel-conversion = Konv.
game-funnel-team = Team
game-funnel-bench = Richtw.
game-plan-reading = Befund: { $reading }
game-plan-your-week = Ihre Woche
game-plan-demands = Von Ihren { $hours } h gehen { $standing } h an feste Meetings. Die Organisation verlangt diese Woche { $demand } h mehr (Berichte, Meetings, Forecasts).
game-plan-absorb = übernehmen Sie
game-plan-absorb-effect = Sie investieren { $spend } h; jeder Vertriebler verliert { $lose } h Verkaufszeit.
game-plan-change-cap = Rabattgrenze ändern
game-plan-cap-now = derzeit { $cap }
game-plan-new-cap = neue Grenze
game-plan-add-action = Aktion hinzufügen
game-plan-hours = Stunden
game-plan-no-vacant-seat = Kein freier Platz für eine Einstellung.
game-plan-no-rep = Kein Vertriebler im Team.
game-plan-add = ➕ Zum Wochenplan hinzufügen
game-plan-cost-goodwill = { $hours } h, { $goodwill } Goodwill
game-plan-planned = Geplant
game-plan-nothing-yet = Noch nichts geplant. Fügen Sie oben Aktionen hinzu oder wählen Sie Begleiten / Super-Closing in der Deal-Tabelle.
game-plan-remove = Entfernen
game-plan-clear = Plan leeren
game-plan-fits = { $planned } h geplant, { $free } h frei.
game-plan-invalid = Dieser Plan ist nicht durchführbar: { $error }.
game-plan-invalid-over-budget = Dieser Plan ist nicht durchführbar: { $error }. Entfernen Sie eine Aktion, kürzen Sie das Coaching oder übernehmen Sie weniger von den Anforderungen der Organisation.

## Die Deal-Tabelle

game-deal-col-account = Kunde
game-deal-col-rep = Vertr.
game-deal-col-stage = Phase
game-deal-col-value = Wert
game-deal-col-weeks = Wo.
game-deal-col-health = Zustand
game-deal-col-act = Aktion
game-deals-count = Deals ({ $n })
game-deals-pending = { $n ->
    [one] 1 Rabattanfrage wartet
   *[other] { $n } Rabattanfragen warten
} auf Ihre Antwort
game-deals-only = nur { $rep }
game-deals-sort-hint = Zum Sortieren auf eine Spalte klicken.
game-deal-in-plan = im Wochenplan
game-deal-asks = will { $discount }
game-deal-approve = { $discount } genehmigen
game-deal-approve-hint = Ohne Antwort bietet der Vertriebler Ihre Grenze von { $cap } an.
game-deal-meet = Auf { $discount } einigen
game-deal-ride-along = Begleiten
game-deal-ride-along-hint = Beim Deal helfen: jetzt ein kleinerer Schub, und der Vertriebler lernt dazu.
game-deal-super-close = Super-Closing
game-deal-super-close-hint = Selbst abschließen: jetzt ein großer Schub; der Vertriebler lernt nichts und verlässt sich mehr auf Sie.

## Wochenbericht

game-report-what-happened = Was geschah
game-report-team = Ihr Team diese Woche
game-report-see-debrief = Zur Auswertung ▶
game-report-next-week = Nächste Woche planen ▶
game-report-heading = Wochenbericht { $week }
game-report-week-figures = Diese Woche { $revenue } aus { $wins ->
    [one] 1 Abschluss
   *[other] { $wins } Abschlüssen
}, { $losses ->
    [one] 1 Verlust
   *[other] { $losses } Verlusten
}, { $leads ->
    [one] 1 neuen Lead
   *[other] { $leads } neuen Leads
}.
game-report-quota-to-date = { $revenue } von { $quota } Quote bisher
game-report-quiet = Eine ruhige Woche: kein Deal abgeschlossen oder ins Stocken geraten.
game-report-coming-up = Nächste Woche steht an
game-report-market = Käufer erwarten { $expected } Rabatt; Stärke des Wertargumente-Pakets { $strength }.
game-report-rep-week = { $revenue } diese Woche, { $open ->
    [one] 1 offener Deal
   *[other] { $open } offene Deals
}
game-report-morale-change = Stimmung { $change }
game-report-rep-morale = Stimmung { $morale } · { $hours } h Verkaufszeit

## Pausenmenü und Einstellungen

game-pause-title = Pause
game-pause-folder = Spielstände und Exporte: { $folder }
game-pause-save-settings-failed = Einstellungen konnten nicht gespeichert werden: { $error }
game-pause-resume = Weiter (Esc)
game-pause-save = Speichern
game-pause-load = Letzten Spielstand laden
game-pause-end-early = Szenario hier beenden: Auswertung
game-pause-settings = Einstellungen
game-settings-language = Sprache
game-pause-ui-scale-value = Skalierung { $scale }×
game-pause-week-animation-value = Wochenanimation { $seconds } s
game-pause-show-hints = Hinweise zeigen
game-pause-to-title = Zurück zu den Szenarien (Spiel wird automatisch gespeichert)
game-pause-quit = Pit Crew beenden

## Hinweise und Meldungen

game-hint-title = 💡 Hinweis
game-hint-got-it = Verstanden (Leertaste)
game-notices-dismiss = Schließen
game-settings-damaged = { $error }; es gelten die Standardeinstellungen
game-settings-zoom-failed = Die Vergrößerung konnte nicht gespeichert werden: { $error }

## Auswertung

game-quit = Beenden
game-chart-week = Woche
game-chart-revenue = Umsatz gegen Quote, kumuliert (Bots gestrichelt, gleicher Startwert)
game-chart-you = Sie
game-chart-quota = Quote
game-chart-projection = Nächste zwei Quartale unter einer passiven Führungskraft, kumulierter Umsatz gegen Quote
game-chart-your-team = Ihr Team
game-chart-margin = Bruttomarge pro Woche
game-chart-margin-line = Marge
game-chart-revenue-line = Umsatz
game-chart-people = Können (durchgezogen) und Stimmung (gepunktet) jedes Vertrieblers
game-chart-rep-morale = { $rep } Stimmung
game-chart-hours = Ihre Stunden pro Woche
game-debrief-next-quarters = Die nächsten zwei Quartale
game-debrief-projection = Einer passiven Führungskraft überlassen, verkauft Ihr Team in den nächsten Quartalen { $quarters } der Quote ({ $share } der Quote über beide).
game-debrief-bots-projection = Die Teams der Bots mit Ihrem Startwert: { $teams }
game-debrief-funnels = Der Funnel jedes Vertrieblers: Deals, die jede Phase erreichten, und Abschlüsse
game-debrief-col-rep = Vertriebler
game-debrief-col-won = Gewonnen
game-debrief-col-proposal-win-rate = Abschlussquote ab Angebot
game-debrief-col-revenue = Umsatz
game-debrief-col-attainment = Zielerreichung
game-debrief-col-coached = Coaching h
game-debrief-rep-left = { $rep } (gegangen)
game-debrief-heading = Auswertung: { $title }
game-debrief-seed-weeks = Startwert { $seed } · { $played } von { $total ->
    [one] 1 Woche
   *[other] { $total } Wochen
}
game-debrief-scenarios = ◀ Szenarien
game-debrief-export = HTML + CSV + Laufdatei exportieren
game-debrief-exported = Exportiert: { $files }
game-debrief-overall = Gesamtwertung von 100
game-debrief-rank = Rang { $rank } von { $of } gegen die eingebauten Bots mit Ihrem Startwert
game-debrief-causes = Warum es so lief
game-debrief-scores = Wertungen neben den Bots
game-debrief-col-manager = Führungskraft
game-debrief-col-overall = Gesamt
game-debrief-you = Sie

## Titel und Szenarioauswahl

game-weeks = { $n ->
    [one] 1 Woche
   *[other] { $n } Wochen
}
game-reps = { $n ->
    [one] 1 Vertriebler
   *[other] { $n } Vertriebler
}
game-title-resume-finished = { $title } (beendet, { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
})
game-title-resume-week = { $title }, Woche { $week } von { $weeks }
game-title-no-such-scenario = --scenario { $key }: kein mitgeliefertes Szenario hat diese Kennung, und es gibt keine solche Datei
game-title-tagline = Führen Sie ein B2B-Vertriebsteam Woche für Woche. Coachen statt selbst abschließen.
game-title-resume = Fortsetzen
game-title-continue = Ihr letztes Spiel fortsetzen: { $saved }
game-title-choose = Szenario wählen
game-title-choose-hint = Mit den Pfeiltasten auf/ab wählen, mit der Eingabetaste öffnen. Eigene Szenarien gehören in { $folder }
game-title-col-scenario = Szenario
game-title-col-lesson = Lektion
game-title-col-length = Länge
game-title-col-team = Team
game-title-col-difficulty = Schwierigkeit
game-title-col-from = Quelle
game-title-shipped = mitgeliefert
game-title-your-folder = Ihr Ordner: { $file }
game-title-broken-edit = Die letzte Änderung dieser Datei ist fehlerhaft; die letzte gültige Fassung wird gezeigt.
game-title-seed = Startwert
game-title-seed-hint = Gleiches Szenario + Startwert + Entscheidungen = das gleiche Spiel. Workshops geben allen Teams einen Startwert vor.
game-title-seed-invalid = bitte eine ganze Zahl
game-title-team = Team / Ihr Name
game-title-optional = optional
game-title-read-briefing = Zum Briefing ▶
game-title-facilitator = Moderation: Workshop
game-title-facilitator-hint = Die Läufe aller Teams in einem Workshop-Ordner vergleichen und Ereigniskarten austeilen
game-title-workshop-code = Workshop-Code
game-title-workshop-mode = Workshop-Modus: Ihr Lauf wird jede Woche in { $folder } gespeichert
game-title-workshop-mode-unnamed = Workshop-Modus: Ihr Lauf wird jede Woche in { $folder } gespeichert (geben Sie Ihren Teamnamen ein, damit die Moderation die Teams unterscheiden kann)

## Briefing

game-briefing-team-name = Teamname
game-briefing-begin = Woche 1 beginnen ▶
game-briefing-name-needed = Geben Sie Ihren Teamnamen ein, damit die Moderation die Teams unterscheiden kann
game-briefing-back = ◀ Zurück zu den Szenarien
game-briefing-broken-edit = Die letzte Änderung der Datei ist fehlerhaft, daher ist dies die letzte gültige Fassung:
game-briefing-lesson = Lektion { $lesson }: { $title }
game-briefing-free-play = Freies Spiel
game-briefing-facts = { $lesson } · { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
} · { $difficulty } · Startwert { $seed }
game-briefing-objectives = Ihre Ziele
game-briefing-scoring = So wird gewertet: nur Ergebnisse — Umsatz gegen Quote, Bruttomarge, Können des Teams, wer noch im Team ist, wie weit Ihre Vertriebler ohne Sie gewinnen, Forecast-Genauigkeit und was Ihr Team in den nächsten zwei Quartalen verkauft, wenn Sie es einer passiven Führungskraft übergeben, gewichtet für dieses Szenario. Der Funnel jedes Vertrieblers (Wochenplan) zeigt, was er braucht.
game-briefing-team = Ihr Team
game-briefing-team-facts = { $reps ->
    [one] 1 Vertriebler
   *[other] { $reps } Vertriebler
}, jeder mit einer Quote von { $quota } pro Quartal. Ihre Woche hat { $hours } Stunden; { $standing } sind bereits verplant (Meetings, die Sie nicht auslassen können), also bleiben { $free } zu Ihrer Planung, und die Organisation wird auch davon einige verlangen.
game-briefing-tenure = Betriebszugehörigkeit

## Workshop (Moderation)

game-ws-host = Diesen Workshop ausrichten
game-ws-host-intro = Die Teams spielen im Browser; ihre Laufdateien landen im Ordner oben.
game-ws-address = Adresse
game-ws-address-invalid = Die Adresse lautet ADRESSE:PORT, z. B. 0.0.0.0:7878.
game-ws-join-at = Teams treten bei unter
game-ws-code = Code { $code }
game-ws-own-page = Ihre eigene Seite (nicht auf den Beamer): { $url }
game-ws-resume-room = Raum fortsetzen
game-ws-pause-room = Raum pausieren
game-ws-stop = Ausrichtung beenden
game-ws-room-paused = Pausiert: kein Team kann eine Woche auswerten.
game-ws-team-week = { $team }: Woche { $week } von { $weeks }
game-ws-play-on = Weiterspielen
game-ws-finish = Beenden
game-ws-heading = Workshop
game-ws-folder = Ordner mit den Laufdateien der Teams
game-ws-load = Laden
game-ws-export = HTML exportieren
game-ws-deck = Ereigniskarten
game-ws-deck-intro = Eine Karte erreicht das Spiel jedes Teams ab dessen nächster Woche und wird in seiner Laufdatei festgehalten.
game-ws-dealt = Bisher ausgeteilt: { $n }
game-ws-empty = Geben Sie den Ordner ein, in den die Teams speichern (ihre Spiele laufen mit --workshop ORDNER), und klicken Sie auf Laden. Der Bildschirm folgt dem Ordner, während die Teams spielen.
game-ws-summary = { $title } · Startwert { $seed } · { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
} · { $teams ->
    [one] 1 Team
   *[other] { $teams } Teams
} · Code für die Teams: { $code }
game-ws-refused = Abgelehnt: { $reason }
game-ws-leaderboard = Rangliste
game-ws-curves-legend = Teams in Farbe; die Bots mit demselben Startwert als graue gestrichelte Linien.
game-ws-curve-revenue = Umsatz, kumuliert
game-ws-curve-margin = Bruttomarge, kumuliert
game-ws-curve-skill = Mittleres Können des Teams
game-ws-decisions = Entscheidungen, Woche für Woche
game-ws-col-team = Team
game-ws-col-overall = Gesamt
game-ws-col-revenue-quota = Umsatz/Quote
game-ws-col-margin = Marge
game-ws-col-capability = Können
game-ws-col-retention = Bindung
game-ws-col-independence = Selbstständigkeit
game-ws-col-revenue = Umsatz
game-ws-col-weeks = Wochen
game-ws-col-week = Woche
game-ws-playing = { $played } von { $weeks } (spielt)
game-ws-bot = Bot: { $bot }

## Die Pipeline-Tafel

game-board-prospect = Lead
game-board-qualify = Qualifiz.
game-board-discover = Bedarf
game-board-propose = Angebot
game-board-negotiate = Verhandlung
game-board-won = Gewonnen
game-board-lost = Verloren
game-board-prospect-short = Lead
game-board-qualify-short = Qual.
game-board-discover-short = Bedarf
game-board-propose-short = Angeb.
game-board-negotiate-short = Verh.
game-board-won-short = Gew.
game-board-lost-short = Verl.
game-board-your-book = Eigene Kunden
game-board-seat-vacant = Platz { $n } (unbesetzt)

## Meldungen der Spiellogik

game-flow-cannot-play = { $file } kann nicht gespielt werden: { $error }
game-flow-no-scenario = { $file } enthält kein Szenario
game-flow-no-entry = es gibt kein Szenario Nummer { $n }
game-flow-saved = Woche { $week } gespeichert in { $file }
game-flow-save-failed = Speichern fehlgeschlagen: { $error }
game-flow-load-failed = Der Spielstand konnte nicht geladen werden: { $error }
game-flow-loaded = { $title } in Woche { $week } geladen
game-flow-autosave-failed = Automatisches Speichern fehlgeschlagen: { $error }
game-join-status = Workshop { $code } auf { $server } als { $team }
game-join-status-sending = Workshop { $code } auf { $server } als { $team } · Woche { $week } wird an den Server der Moderation gesendet…
game-join-status-paused = Workshop { $code } auf { $server } als { $team } · die Moderation hat den Raum pausiert
game-join-joined = Workshop { $room } beigetreten als { $team }. Die Seite Ihres Teams für einen Browser: { $page }
game-join-waiting = Warte noch auf den Workshop-Server…
game-join-send-failed = Die Woche konnte nicht gesendet werden; bitte erneut versuchen.
game-join-not-resolved = Woche { $week } wurde nicht ausgewertet: { $error }
game-join-update-failed = Ihr Lauf konnte nicht aktualisiert werden: { $error }
game-join-played-elsewhere = Ihr Team hat anderswo weitergespielt: dies ist Woche { $week }.
game-join-finished = Die Moderation hat Ihr Team als fertig markiert: hier ist Ihre Auswertung.
game-ws-deck-unreadable = Die Ereigniskarten des Workshops können nicht gelesen werden: { $error }
game-ws-save-failed = Ihr Lauf konnte nicht in den Workshop-Ordner geschrieben werden: { $error }
game-ws-name-clash = { $other } enthält den Lauf eines anderen Teams (gleicher Teamname); Ihrer wird als { $file } gespeichert, damit keiner verloren geht. Sagen Sie der Moderation, welcher Ihrer ist.
game-ws-card-dealt = An jedes Team ab dessen nächster Woche ausgeteilt: { $card }
game-ws-deal-failed = Die Karte konnte nicht ausgeteilt werden: { $error }
game-ws-no-card = es gibt keine Ereigniskarte { $n }
game-ws-load-first = Laden Sie zuerst einen Workshop-Ordner.
game-exported = Exportiert: { $files }
game-export-failed = Export fehlgeschlagen: { $error }
game-host-join-at = Teams treten bei unter { $url }
game-host-failed = Der Workshop konnte nicht ausgerichtet werden: { $error }
game-host-stopped = Der Workshop-Server wurde beendet; starten Sie ihn erneut, um alle Teams wieder aufzunehmen.
game-records = Lernnachweise: { $summary }.
game-records-failed = Lernnachweise konnten nicht in die Warteschlange gestellt werden: { $error }
game-code-shape = { $code }: ein Workshop-Code sieht so aus: first-90-days/7
game-code-seed = { $code }: der Teil nach / muss der Startwert sein, eine ganze Zahl
game-code-no-scenario = { $code }: kein Szenario hat die Kennung { $id }
game-save-fell-back = Stattdessen wurde der vorige Spielstand ({ $file }) geladen.

# Namen, die ein Screenreader für Bedienelemente ohne eigene Beschriftung sagt.
game-a11y-skill = Zu coachende Fähigkeit
game-a11y-seat = Vertriebler, für den die Aktion ist

## Bevor das Fenster aufgeht (ein Rechner ohne Bildschirm)

game-display-none = pitcrew: kein Bildschirm gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt), daher kann das Spiel sein Fenster nicht öffnen.
game-display-no-server = pitcrew: DISPLAY ist { $display }, aber dort lauscht kein X-Server ({ $socket } existiert nicht).
game-display-no-renderer = pitcrew: Das Spiel konnte seinen Renderer nicht starten (keine nutzbare GPU und kein Vulkan-Treiber).
    Unter Debian liefert `apt-get install mesa-vulkan-drivers libvulkan1` einen Software-Renderer.
game-display-headless-help = Alles außer dem Fenster funktioniert ohne Bildschirm:
    {"  "}pitcrew compare scenarios/first-90-days.ron     alle Bots auf denselben Startwerten
    {"  "}pitcrew play FILE --decisions D.ron --out R.ron Entscheidungen nach Skript spielen
    {"  "}pitcrew --help                                  alle Befehle
    Um das Spiel auf einem Rechner ohne Bildschirm zu sehen, starten Sie zuerst einen virtuellen Bildschirm:
    {"  "}Xvfb :99 -screen 0 1280x800x24 &  DISPLAY=:99 pitcrew
game-export-no-debrief = es gibt noch keine Auswertung zum Exportieren

# `pitcrew --diagnostics`: what was measured, against the targets in README.md.
diag-no-scenario = Diagnose: kein mitgeliefertes Szenario geladen
diag-title = Pit Crew, Diagnose — Szenario: { $scenario }
diag-interactive = {"  "}bedienbar nach dem Start     { $secs } s   (Ziel ≤ 3 s)
diag-picker = {"  "}Bildzeit Szenarioauswahl     p50 { $p50 } ms  p95 { $p95 } ms (Vergleichswert)
diag-planning = {"  "}Bildzeit Wochenplanung       p50 { $p50 } ms  p95 { $p95 } ms  max { $max } ms über { $frames } Bilder   (Ziel p95 ≤ 33 ms)
diag-resolves = {"  "}Woche auswerten (Modell + UI) p50 { $p50 } ms  max { $max } ms über { $weeks ->
    [one] 1 Woche
   *[other] { $weeks } Wochen
}; Modell allein p50 { $model } ms   (Ziel ≤ 50 ms)
diag-memory = {"  "}belegter Speicher            { $rss } MB  (Spitze { $peak } MB)   (Ziel ≤ 400 MB)
diag-idle = {"  "}Wochenplanung im Leerlauf    { $share } % eines Kerns über { $secs } s   (Ziel ≤ 5 %)
diag-idle-unmeasured = {"  "}Wochenplanung im Leerlauf    nicht gemessen (kein /proc hier)
