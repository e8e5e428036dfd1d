# Die Hilfe der Kommandozeile auf Deutsch. Die englische Hilfe sind die Doc-Kommentare,
# aus denen clap sie ableitet (src/cli/mod.rs, src/options.rs); ein Test prüft, dass
# jeder Befehl und jede Option hier eine Übersetzung hat.

cli-heading-usage = Aufruf
cli-heading-options = Optionen
cli-heading-arguments = Argumente
cli-heading-commands = Befehle
cli-flag-help = Hilfe anzeigen
cli-flag-version = Version anzeigen

cli-pitcrew-about = Pit Crew: eine Simulation zum Training von Vertriebsleitungen
cli-pitcrew-scenario = Dieses Szenario beim Briefing öffnen (eine mitgelieferte Kennung wie `first-90-days` oder eine Datei)
cli-pitcrew-seed = Startwert eines neuen Spiels (Standard 1; Workshops geben einen vor)
cli-pitcrew-home = Ordner für Einstellungen, Spielstände, Exporte und eigene Szenarien (Standard: $PITCREW_HOME, sonst ~/.local/share/pitcrew)
cli-pitcrew-tour = Das Spiel durch jeden Bildschirm führen, von jedem ein PNG in DIR speichern, prüfen, dass keiner leer ist, und beenden
cli-pitcrew-workshop = Workshop-Ordner: Ihr Lauf wird dort jede Woche für die Moderation gespeichert, und deren Ereigniskarten (DIR/deck.ron) erreichen Ihr Spiel ab der nächsten Woche
cli-pitcrew-join = Einen Workshop spielen, den die Moderation mit Pit Crew ausrichtet (`pitcrew serve` oder *Diesen Workshop ausrichten*): die angezeigte Adresse mit Code, z. B. http://192.168.1.20:7878/K7PQ2M, zusammen mit --team; oder die eigene Adresse Ihres Teams (…/t/…), um mit Ihrem Team weiterzuspielen
cli-pitcrew-team = Teamname, der in der Laufdatei steht (jedes Team eines Workshops gibt seinen eigenen an)
cli-pitcrew-diagnostics = Startzeit, Bildzeiten, Wochenauflösung und Speicher am größten mitgelieferten Szenario messen, ausgeben und beenden
cli-any-lang = Sprache des Spiels, der Befehle und der Exporte: en oder de (Standard: die Einstellung des Spiels, sonst die Sprache des Systems)
cli-any-lrs = Learning Record Store, an den die Statements gehen: sein xAPI-Endpunkt (z. B. http://lrs.example.com/xAPI). Statements warten in einer Warteschlange auf der Festplatte, bis er sie hat
cli-any-lrs_auth = Die Zugangsdaten des LRS, KEY:SECRET (HTTP Basic Auth)
cli-any-home_page = Die Startseite der Konten, unter der Spielende erfasst werden (die Adresse Ihres LMS)
cli-any-queue = Ordner der Warteschlange (Standard: xapi-queue im Pit-Crew-Ordner, siehe --home des Spiels)
cli-any-seeds = Anzahl der Startwerte
cli-any-seed = Erster Startwert
cli-any-weeks = Länge des Szenarios in Wochen überschreiben
cli-any-file = Szenariodatei (RON)

cli-simulate-about = Verteilung der Ergebnisse eines Bot-Managers über viele Startwerte
cli-simulate-policy = Bot-Manager, mit dem gespielt wird

cli-compare-about = Alle eingebauten Bots auf denselben Startwerten nebeneinander, mit gepaarten Differenzen
cli-compare-against = Bot, gegen den die gepaarten Differenzen gebildet werden

cli-play-about = Eine Liste wöchentlicher Entscheidungen nach Skript spielen und eine Laufdatei schreiben
cli-play-decisions = Entscheidungsskript (RON): `(weeks: [ (actions: [...], absorb: 0.5), ... ], then: Some("typical"))`
cli-play-out = Zu schreibende Laufdatei
cli-play-player = Name, der als Spieler erfasst wird (z. B. ein Workshop-Team)

cli-xapi-about = Die Lernnachweise einer Laufdatei (xAPI-1.0.3-Statements: initialized, completed, passed oder failed gemessen an der Bestehensgrenze des Szenarios, mit der Punktzahl), ausgegeben oder mit --out geschrieben und mit --lrs an einen Learning Record Store gesendet. Ohne Laufdatei werden die noch wartenden Statements gesendet
cli-xapi-out = Die Statements (JSON) hierhin schreiben

cli-replay-about = Eine Laufdatei neu simulieren und bestätigen, dass sie sich exakt wiederholt
cli-validate-about = Szenariodateien auf Syntax- und Bedeutungsfehler prüfen
cli-lint-about = Ein Szenario prüfen und mit jedem Bot testspielen: Ist es gewinnbar, zu leicht, hält seine Lektion? Exit 0, wenn kein Problem gefunden wird, sonst 1
cli-lint-sensitivity = Zusätzlich jeden Wirkungsparameter um ±25 % verschieben (wie `sensitivity`, auf SEEDS Startwerten, Standard 100) und warnen, wenn die Lektion in weniger als 80 % der Varianten hält
cli-sensitivity-about = Jeden Wirkungsparameter (`effects` im Szenario) einzeln um ±25 % verschieben und je Variante berichten, ob die Lektion des Szenarios hält (die Prüfungen von `lint`, auf denselben Startwerten) und welcher Bot die beste mittlere Gesamtpunktzahl hat. Exit 0, wenn die Lektion in mindestens 80 % der Varianten hält, sonst 1

cli-workshop-about = Die Laufdateien aller Teams eines Ordners vergleichen: Rangliste, Kurven, Entscheidungen, Bots. Läufe aus einem anderen Szenario oder mit anderem Startwert werden abgelehnt (Exit 1), nie vermischt
cli-workshop-seed = Der Startwert des Workshops (Standard: der, den die meisten Läufe nutzten)
cli-workshop-scenario = Die Szenariodatei des Workshops (Standard: die, die die meisten Läufe nutzten)
cli-workshop-html = Den ganzen Vergleich als eine eigenständige HTML-Datei schreiben

cli-deck-about = Das Ereignisdeck der Moderation für einen Workshop-Ordner: die Karten auflisten oder eine an jedes Team ausgeben (sie erreicht deren Spiele ab ihrer nächsten Woche)
cli-deck-deal = Nummer der auszugebenden Karte (siehe die Liste)

cli-serve-about = Einen Workshop auf diesem Rechner ausrichten: Teams spielen in jedem Browser mit dem Workshop-Code; die Laufdatei jedes Teams wird jede Woche nach DIR geschrieben. Erneut auf demselben DIR gestartet, macht jedes Team dort weiter, wo es war. Beenden mit Strg+C
cli-serve-scenario = Szenario eines neuen Workshops: eine mitgelieferte Kennung (`first-90-days`) oder eine Datei
cli-serve-seed = Startwert, den jedes Team spielt
cli-serve-bind = Adresse und Port, auf denen gelauscht wird (standardmäßig alle Adressen dieses Rechners)

cli-parameters-about = Die Referenz aller Szenarioparameter (Einheit, Standard, Bereich, Wirkung) als Markdown-Tabellen: die aus scenarios/README.md
cli-new-scenario-about = Ein kommentiertes Start-Szenario NAME.ron schreiben, das so, wie es ist, gültig ist
cli-new-scenario-dir = Ordner, in den geschrieben wird
cli-new-scenario-force = Eine vorhandene Datei überschreiben
cli-note-default = Standard
cli-note-values = mögliche Werte
cli-any-format = Ausgabeformat

# clap's refusals of a command line (`cli::parse_error`); English is clap's own.
cli-error = Fehler: { $what }
cli-error-unknown-argument = unbekanntes Argument „{ $arg }“
cli-error-unknown-command = unbekannter Befehl „{ $command }“
cli-error-invalid-value = ungültiger Wert „{ $value }“ für „{ $arg }“
cli-error-not-a-whole-number = eine ganze Zahl wird erwartet
cli-error-not-a-number = eine Zahl wird erwartet
cli-error-missing = es fehlt: { $args }
cli-error-no-command = ein Befehl fehlt
cli-error-conflict = „{ $arg }“ geht nicht zusammen mit „{ $other }“
cli-error-values = falsche Anzahl Werte für „{ $arg }“
cli-error-valid = mögliche Werte: { $values }
cli-error-did-you-mean = Meinten Sie „{ $suggestion }“?
cli-error-usage = Aufruf: { $usage }
cli-error-more = Mehr dazu: { $help }
