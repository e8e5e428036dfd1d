# Meldungen zu Szenariodateien (und jeder Datei, die genauso gelesen wird): Lesen
# (`load-`), Syntax (`explain-`) und Bedeutung (`val-`). Datei, Zeile und Spalte sowie
# der Feldpfad stehen außerhalb dieser Sätze.

## Eine Datei lesen

load-unreadable = { $path }: Die Datei kann nicht gelesen werden: { $message }
load-too-big = { $path }: Die Datei hat { $size } Bytes; Dateien dieser Art sind auf { $max } Bytes ({ $limit }) begrenzt; eine echte ist weit kleiner
load-more-than = mehr als { $max }
load-bytes = { $n } Bytes
load-not-a-file = { $path }: Die Datei kann nicht gelesen werden: Es ist { $kind ->
        [folder] ein Ordner
        [pipe] eine Named Pipe
        [device] ein Gerät
        [socket] ein Socket
       *[other] etwas anderes
    }, keine normale Datei; geben Sie den Pfad einer .ron-Datei an
load-empty = { $path }: Die Datei ist leer; ein Szenario ist ein RON-Datensatz `( id: ..., title: ..., ... )`
load-not-text = { $path }: keine Textdatei (ungültiges UTF-8 bei Byte { $offset }); speichern Sie sie als reinen UTF-8-Text
load-not-text-utf16 = { $path }: keine Textdatei (ungültiges UTF-8 bei Byte { $offset }); sie sieht nach UTF-16-Text aus (so speichern manche Windows-Editoren); speichern Sie sie als reinen UTF-8-Text (z. B. Editor: Speichern unter, Codierung: UTF-8)
load-too-many-escapes = zu viele Escapes (`\n`, `\"`, `\\`, ...) in langem Text: { $escapes } Escapes hier, verteilt über { $span } Zeichen vor dem nächsten doppelten Anführungszeichen, bringen die Datei über die Grenze von { $max } Escapes × Zeichen (ein Text mit 20 000 Zeichen darf etwa 10 000 Escapes enthalten); schreiben Sie Zeilenumbrüche als echte Zeilenumbrüche, oder kürzen Sie den Text
load-unknown-field = unbekanntes Feld `{ $field }`; erwartet wird eines von: { $expected }
load-unknown-field-in = unbekanntes Feld `{ $field }` ({ $within }); erwartet wird eines von: { $expected }
load-missing-field = das Pflichtfeld `{ $field }` fehlt
load-missing-field-in = das Pflichtfeld `{ $field }` fehlt ({ $within })
load-field-twice = das Feld `{ $field }` steht zweimal da
load-language-twice = die Sprache "{ $lang }" steht zweimal da
load-expected-text = Text in doppelten Anführungszeichen ("Sam") oder einer je Sprache ({"{"}"en": "…", "de": "…"{"}"})
load-field-twice-in = das Feld `{ $field }` steht zweimal da ({ $within })
load-too-deep = die Verschachtelung ist tiefer als { $max } Ebenen; ein Szenario braucht das nie
load-number-out-of-range = die Zahl liegt außerhalb des erlaubten Bereichs
load-unreadable-word = ein Wort oder eine Zahl an dieser Stelle kann nicht gelesen werden
# RON's syntax errors a trainer meets, in the reader's words (`load::words`).
load-unknown-choice = unbekannte Auswahl `{ $found }`; erwartet wird eine von: { $expected }
load-unknown-choice-in = unbekannte Auswahl `{ $found }` ({ $within }); erwartet wird eine von: { $expected }
load-expected-record = öffnende `(` erwartet für { $kind }
load-expected-open-paren = öffnende `(` erwartet: hier steht ein Datensatz in Klammern, ( name: Wert, … )
load-expected-close-paren = schließende `)` erwartet: hier endet der Datensatz, oder vor dem nächsten Feld fehlt ein `,`
load-expected-close-bracket = schließende `]` erwartet: hier endet die Liste, oder vor dem nächsten Eintrag fehlt ein `,`
load-expected-open-brace = öffnende `{"{"}` erwartet
load-expected-close-brace = schließende `{"}"}` erwartet: hier endet die Zuordnung, oder vor dem nächsten Eintrag fehlt ein `,`
load-expected-colon = Doppelpunkt erwartet: Name und Wert werden `name: Wert` geschrieben
load-unclosed-text = der Text ist nicht geschlossen: das schließende `"` fehlt
load-eof = die Datei endet zu früh: vor einer `)`, `]` oder `{"}"}`, die Geöffnetes schließt, oder vor einem Wert
load-unclosed-comment = ein `/*`-Kommentar ist nicht mit `*/` geschlossen
load-unexpected-char = das Zeichen `{ $char }` kann hier nicht stehen
load-value-missing = hier fehlt ein Wert, vor `{ $char }`
load-expected-name = hier wird ein Name erwartet, ohne Anführungszeichen (eine Auswahl wie `Medium` oder ein Feld)
load-trailing = nach der letzten schließenden Klammer der Datei steht noch etwas: entfernen Sie es oder prüfen Sie die Klammern davor


## Prüfungen der Bedeutung (nach dem Feldpfad)

val-not-finite = ist keine endliche Zahl; erlaubt ist { $lo }..={ $hi }
val-out-of-range = { $value } liegt außerhalb des erlaubten Bereichs { $lo }..={ $hi }
val-empty = darf nicht leer sein
val-too-long = hat { $chars } Zeichen; höchstens { $max } sind erlaubt
# Ein Text je Sprache, in jeder Sprache geprüft: $code ist die betroffene.
val-empty-in = der Text für { $code } darf nicht leer sein
val-too-long-in = der Text für { $code } hat { $chars } Zeichen; höchstens { $max } sind erlaubt
val-bad-id = { $id } muss aus 1 bis 64 Zeichen aus a-z, 0-9 und '-' bestehen (sie benennt Laufdateien)
val-no-reps = braucht mindestens einen Vertriebler
val-too-many-reps = hat { $reps } Vertriebler; höchstens { $max } sind erlaubt
val-name-twice = { $name } kommt zweimal vor
val-no-accounts = braucht mindestens einen Kundennamen
val-too-many-accounts = hat mehr als { $max } Namen
val-closed-stage-skills = nur offene Phasen (Prospect..Negotiate) haben Fähigkeiten
val-week-and-chance = geben Sie entweder `week` oder `chance` an, nicht beides
val-week-or-chance = braucht `week` (wann es eintritt) oder `chance` (pro Woche)
val-week-zero = Wochen werden ab 1 gezählt
val-week-after-end = tritt in Woche { $week } ein, nach der letzten Woche ({ $last })
val-weights-time = eingesetzte Stunden werden nicht mehr gewertet (eine Wertung zählt Ergebnisse); entfernen Sie dieses Feld und gewichten Sie stattdessen `projection`, die nächsten zwei Quartale
val-no-weight = mindestens ein Gewicht muss größer als 0 sein
val-too-many-events = hat { $events } Ereignisse; höchstens { $max } sind erlaubt
val-events-in-one-week = { $events } Ereignisse sind für Woche { $week } geplant; höchstens { $max } wirken in einer Woche
val-volume = { $rate } Leads pro Vertriebler und Woche bei { $reps ->
        [one] 1 Vertriebler
       *[other] { $reps } Vertrieblern
    } über { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    } würden etwa { $deals } Deals erzeugen; die Grenze ist { $max }
val-volume-because = { $rate } Leads pro Vertriebler und Woche bei { $reps ->
        [one] 1 Vertriebler
       *[other] { $reps } Vertrieblern
    } über { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    } würden etwa { $deals } Deals erzeugen ({ $because }); die Grenze ist { $max }
val-volume-boom = Lead-Zufluss bis auf das { $boom }-Fache erhöht durch EconomicSlowdown-Ereignisse wie { $event }
val-volume-rfps = etwa { $rfps } aus BigRfp-Ereignissen
val-not-on-team = { $name } ist nicht im Team
val-unchecked = kann nicht geprüft werden: { $reason }

## Syntaxfehler erklärt (nach dem Feldpfad)

explain-percent = schreiben Sie einen Anteil als Dezimalzahl ohne `%`: { $value } ist { $share }
explain-currency = schreiben Sie Geldbeträge als einfache Zahl ohne Währungszeichen: { $number }
explain-in-full = schreiben Sie die Zahl aus, ohne `{ $suffix }`: { $value } ist { $number }
explain-separators = schreiben Sie { $number }: keine Leerzeichen oder Tausendertrennzeichen in Zahlen (ein Komma trennt Felder, ein Punkt die Nachkommastellen; `_` darf Ziffern gruppieren, wie in 140_000)
explain-or-more = { $n } oder mehr
explain-curly-quotes = typografische Anführungszeichen („ “ ‚ ‘ « ») beginnen in RON keinen Text: verwenden Sie gerade doppelte Anführungszeichen ("so"); schalten Sie die automatischen Anführungszeichen Ihres Editors aus
explain-whole-in-range = hier wird eine ganze Zahl erwartet ({ $range }): schreiben Sie { $number } ohne Dezimalpunkt
explain-whole-maybe = falls hier eine ganze Zahl erwartet wird, schreiben Sie { $number } ohne Dezimalpunkt
explain-int-out-of-range = { $value } liegt außerhalb des Bereichs: schreiben Sie eine ganze Zahl in { $range }
explain-int-out-of-range-min = { $value } liegt außerhalb des Bereichs: schreiben Sie eine ganze Zahl von 0 oder mehr
explain-comma = Komma erwartet; Felder und Listeneinträge werden durch `,` getrennt: prüfen Sie das Ende des Werts vor dieser Stelle
explain-number = hier wird eine Zahl erwartet, z. B. 0.75 oder 85000.0; { $found }
explain-number-quotes = eine Zahl steht ohne Anführungszeichen: schreiben Sie { $number }, nicht { $value }
explain-choice-quotes = eine Auswahl wird ohne Anführungszeichen geschrieben: schreiben Sie { $choice }, nicht { $value }
explain-text = hier wird Text in doppelten Anführungszeichen erwartet, z. B. "Sam"; { $found }
explain-text-or-languages = hier wird Text in doppelten Anführungszeichen erwartet ("Sam") oder einer je Sprache ({"{"}"en": "Sam", "de": "Sam"{"}"}); { $found }
explain-list = hier wird eine Liste in eckigen Klammern erwartet: [ Eintrag, Eintrag ]; { $found }
explain-bool = schreiben Sie true oder false; { $found }
explain-found = gefunden: { $value }
explain-nothing-there = dort steht nichts

## Die Teile der Datei in den Worten der Lesenden (RONs Typnamen erreichen keine Meldung)

explain-type-example = { $kind }, z. B. { $example }
explain-type-scenario = das Szenario
explain-type-rep = ein Teammitglied
explain-type-skills = Fähigkeiten
explain-type-per-stage = ein Datensatz pro Phase
explain-type-event = ein Ereignis
explain-type-event-kind = eine Ereignisart
explain-type-hint = ein Hinweis
explain-type-hint-trigger = ein Auslöser eines Hinweises
explain-type-lesson = Lektion (L1 bis L5)
explain-type-plan = ein Wochenplan
explain-type-script = das Entscheidungsskript
explain-type-action = eine Maßnahme
explain-type-stage = eine Phase
explain-type-skill = eine Fähigkeit
explain-type-run-file = die Laufdatei
explain-type-week-line = der Datensatz einer Woche
explain-type-injection = ein aufgezeichnetes Ereignis
explain-type-card = eine Karte
explain-type-deck = der Kartenstapel

## Die Parameter-Referenz (`pitcrew parameters`): der Kopf ihrer Tabelle

param-col-field = Feld
param-col-meaning = Bedeutung
param-col-unit = Einheit
param-col-default = Standard
param-col-range = Bereich
