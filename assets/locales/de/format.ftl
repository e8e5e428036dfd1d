# Meldungen zu den Dateien, die Pit Crew außer Szenarien liest und schreibt:
# Entscheidungsskripte, der Kartenstapel der Moderation, Laufdateien (`file-`) und
# Lerndatensätze (`xapi-`). Feldnamen einer Datei (`scenario_id`, `plans`, ...) sind
# Code und bleiben, wie sie sind.

## Entscheidungsskripte und der Kartenstapel

file-script-unknown-bot = { $path }: `then: { $name }` ist kein eingebauter Bot; wählen Sie einen von: { $choices }
file-script-plan = { $path }: Woche { $week }: { $problem }
file-deck-full = nach { $top } ist keine Kartennummer mehr frei
file-deck-dealt = Die Moderation hat ein Ereignis für Woche { $week } ausgegeben: { $card }

## Laufdateien

file-run-model = { $path }: Dieser Lauf wurde mit Modellversion { $found } gespielt; dieses Programm rechnet mit Modellversion { $model }, deren Regeln ihn zu anderen Zahlen nachspielen würden. Öffnen Sie ihn mit der Pit-Crew-Version, mit der er gespielt wurde.
file-run-format = { $path }: Das Laufdatei-Format { $found } wird nicht unterstützt (dieses Programm liest Format { $format })
file-run-hash = { $path }: Das eingebettete Szenario passt nicht zu seinem Hash (die Datei nennt { $expected }, der Inhalt ergibt { $actual }); die Datei wurde bearbeitet oder beschädigt
file-run-bad-scenario = { $path }: Das eingebettete Szenario ist ungültig: { $message }
file-run-bad-event = { $path }: Ein aufgezeichnetes Ereignis liegt außerhalb des erlaubten Bereichs: { $message }
file-run-bad-plan = { $path }: Woche { $week }: Der aufgezeichnete Wochenplan lässt sich nicht ausführen: { $message }
file-run-inconsistent = { $path }: Die Laufdatei ist in sich nicht stimmig ({ $n } gefunden): { $problems }; sie wurde bearbeitet oder beschädigt
file-run-unwritable = { $path }: kann nicht geschrieben werden: { $message }
file-run-scenario-id = scenario_id ist { $id }, aber die Kennung des eingebetteten Szenarios ist { $embedded }
file-run-run-id = run_id { $id } ist keine Kennung, die dieses Programm schreibt (Buchstaben, Ziffern und '-', höchstens { $max })
file-run-too-many-plans = plans: { $plans ->
        [one] 1 Wochenplan
       *[other] { $plans } Wochenpläne
    }, aber das Szenario hat { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    }
file-run-weeks-vs-plans = weeks: { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    } aufgezeichnet, aber { $plans ->
        [one] 1 Wochenplan
       *[other] { $plans } Wochenpläne
    }
file-run-finished = finished ist { $finished }, aber { $played } der { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    } des Szenarios { $played ->
        [one] ist
       *[other] sind
    } gespielt
file-run-scores-missing = scores: Ein beendeter Lauf muss seine Wertungen enthalten
file-run-scores-early = scores: Ein nicht beendeter Lauf hat keine Endwertungen
file-run-player-too-long = player: Der Name hat { $chars } Zeichen; höchstens { $max } sind erlaubt
file-run-player-control = player: { $name } enthält Steuerzeichen (einen Zeilenumbruch, einen Tabulator, einen Terminal-Code)
file-run-diverges-length = Die Datei enthält { $recorded ->
        [one] 1 Woche
       *[other] { $recorded } Wochen
    }, ihre Wochenpläne ergeben beim Nachspielen { $replayed }
file-run-diverges-week = weicht in Woche { $week } ab: { $field } war { $recorded } in der Datei, { $replayed } beim Nachspielen
file-run-diverges-scores = Die Endwertungen weichen ab: Datei { $recorded }, Nachspielen { $replayed }

## Lerndatensätze (eine Zeile, ihre Teilsätze durch Semikolons getrennt)

xapi-delivered = { $n ->
        [one] 1 Statement
       *[other] { $n } Statements
    } im Learning Record Store
xapi-queued = { $n } in der Warteschlange, beim nächsten Versuch gesendet ({ $why })
xapi-not-sent-yet = noch nicht gesendet
xapi-rejected = { $n } vom LRS abgelehnt und in rejected/ aufbewahrt
xapi-lrs-answered = der LRS antwortete mit { $status }

# xAPI statements: the verbs' display and the activity's description (every language
# is written into each statement).
xapi-verb-initialized = gestartet
xapi-verb-completed = abgeschlossen
xapi-verb-passed = bestanden
xapi-verb-failed = nicht bestanden
xapi-description = Pit Crew, Simulation für Vertriebsführung, Lektion { $lesson }

# The operating system's errors, for the common kinds (`i18n::os_error`); others keep
# the system's own (English) words.
os-with-code = { $what } (Systemfehler { $code })
os-not-found = Datei oder Ordner nicht gefunden
os-permission-denied = Zugriff verweigert
os-already-exists = ist schon vorhanden
os-is-a-directory = ist ein Ordner, keine Datei
os-not-a-directory = ein Teil des Pfads ist eine Datei, kein Ordner
os-read-only = der Datenträger ist schreibgeschützt
os-disk-full = der Datenträger ist voll
os-address-in-use = die Adresse ist schon belegt (läuft schon ein Workshop?)
os-address-not-available = diese Adresse gibt es auf diesem Rechner nicht
os-connection-refused = unter dieser Adresse hat niemand geantwortet
os-timed-out = es hat zu lange gedauert
