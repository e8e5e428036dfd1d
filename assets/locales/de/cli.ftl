# Die Ausgabe der Kommandozeile (`pitcrew validate`, `simulate`, `compare`, `lint`, ...).
# Tabellenköpfe sind zum Lesen und übersetzt; die Spaltennamen von CSV und JSON bleiben
# in jeder Sprache englisch (Daten für andere Programme) und stehen nicht hier.

## Abschlüsse und Warnungen

cli-out-error = Fehler: { $message }
cli-out-findings = Es wurden Probleme gefunden
cli-out-warning-in = Warnung: { $file }: { $problem }
cli-out-file-warning = { $file }: Warnung: { $problem }
cli-out-weeks-range = --weeks { $weeks } liegt außerhalb von 1..={ $max }
cli-out-seeds-range = --seeds { $seeds } liegt außerhalb von 1..={ $max }
cli-out-unknown-policy = unbekannter Bot { $name }; wählen Sie einen von: { $choices }
cli-out-unknown-against = unbekannter Bot { $name } für --against; wählen Sie einen von: { $choices }
cli-out-no-game =
    Dieses pitcrew wurde ohne das Spiel gebaut (Feature `game`).
    Die Befehle ohne Fenster funktionieren: versuchen Sie `pitcrew compare scenarios/first-90-days.ron` oder `pitcrew --help`.

## validate

cli-out-valid = { $file }: gültig — { $title } ({ $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }, { $reps } Vertriebler)

## simulate und compare

cli-out-simulate-title = { $title } — Bot { $policy } über { $seeds ->
        [one] 1 Startwert
       *[other] { $seeds } Startwerte
    } ({ $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    })
cli-out-compare-title = { $title } — { $bots ->
        [one] 1 Bot
       *[other] { $bots } Bots
    } auf { $seeds ->
        [one] demselben Startwert
       *[other] denselben { $seeds } Startwerten
    } ({ $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }); Mittelwerte
cli-out-paired-title = Gepaart gegen { $against } auf denselben Startwerten:
cli-out-bots-title = Was die Bots tun:
cli-out-col-metric = Kennzahl
cli-out-col-mean = Mittelwert
cli-out-col-policy = Bot
cli-out-col-overall = Gesamtwertung
cli-out-col-revenue-vs-quota = Umsatz/Quote
cli-out-col-gross-margin = Bruttomarge
cli-out-col-capability-gain = Zuwachs Können
cli-out-col-retention = Bindung
cli-out-col-independence = Selbstständigkeit
cli-out-col-forecast-accuracy = Prognosegenauigkeit
cli-out-col-reps-at-quota = Vertriebler auf Quote
cli-out-col-revenue = Umsatz
cli-out-col-projection = nächste zwei Quartale
cli-out-col-diff-overall = Δ Gesamtwertung
cli-out-col-diff-revenue = Δ Umsatz/Quote
cli-out-col-seeds-better = Startwerte besser

## lint

cli-out-lint-title = { $file }: { $title } — { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }, { $reps } Vertriebler; { $bots ->
        [one] 1 Bot
       *[other] { $bots } Bots
    } × { $seeds ->
        [one] 1 Startwert
       *[other] { $seeds } Startwerte
    }
cli-out-col-bot = Bot
cli-out-col-overall-p50 = Gesamtwertung p50
cli-out-col-quota-p10 = Quote p10
cli-out-col-margin-p50 = Marge p50
cli-out-col-capability-p50 = Können p50
cli-out-finding-ok = ok:
cli-out-finding-warning = Warnung:
cli-out-problems-found = { $n ->
        [0] keine Probleme gefunden
        [one] 1 Problem gefunden
       *[other] { $n } Probleme gefunden
    }

## sensitivity

cli-out-sensitivity-title = { $file }: { $title } — { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }, { $reps } Vertriebler; Lektion { $lesson }; { $variants ->
        [one] 1 Variante
       *[other] { $variants } Varianten
    } (jeder Effektparameter ±25 %) × { $bots ->
        [one] 1 Bot
       *[other] { $bots } Bots
    } × { $seeds ->
        [one] 1 Startwert
       *[other] { $seeds } Startwerte
    }, gepaart
cli-out-no-lesson = keine
cli-out-lesson-holds = { $lesson } gilt in { $held } von { $variants ->
        [one] 1 Variante
       *[other] { $variants } Varianten
    } ({ $share }); nötig sind { $needed }
cli-out-claim-holds = { $claim }: { $held } von { $variants } ({ $share })
cli-out-best-bots = bester Bot (mittlere Gesamtwertung), Varianten: { $bots }
cli-out-not-moved = nicht verändert: { $parameter }
cli-out-claim-line = Aussage { $n }: { $claim }
cli-out-col-claim = Aussage { $n }
cli-out-col-variant = Variante
cli-out-col-lesson = Lektion
cli-out-col-best-bot = bester Bot
cli-out-col-best-overall = beste Gesamtwertung
cli-out-as-written = wie geschrieben
cli-out-holds = gilt
cli-out-fails = SCHEITERT

## workshop und deck

cli-out-workshop-title = { $title } — Startwert { $seed }, { $teams ->
        [one] 1 Team
       *[other] { $teams } Teams
    }, { $refused } abgelehnt
cli-out-refused = abgelehnt: { $reason }
cli-out-col-rank = Rang
cli-out-col-team = Team
cli-out-col-revenue-quota = Umsatz/Quote
cli-out-col-margin = Marge
cli-out-col-capability = Können
cli-out-col-weeks = Wochen
cli-out-weeks-unfinished = { $played } von { $weeks } (nicht beendet)
cli-out-bot-row = Bot: { $name }
cli-out-wrote = { $path } geschrieben
cli-out-deck-no-folder = { $dir }: Diesen Ordner gibt es nicht; geben Sie den Workshop-Ordner an, mit dem die Spiele der Teams gestartet wurden (`pitcrew --workshop DIR`), oder legen Sie ihn zuerst an
cli-out-deck-no-card = --deal { $n }: wählen Sie eine Karte von 1 bis { $cards }
cli-out-deck-dealt = Karte #{ $id } an jedes Team in { $dir } ausgegeben, ab dessen nächster Woche: { $card }
cli-out-deck-cards = Karten, die Sie ausgeben können (pitcrew deck { $dir } --deal N):
cli-out-deck-dealt-so-far = Bisher ausgegeben in { $dir }: { $n }

## play, replay, xapi, new-scenario

cli-out-bad-player = --player { $name }: ein Name mit höchstens { $max } Zeichen, ohne Zeilenumbrüche, Tabulatoren oder Terminal-Steuercodes (z. B. --player "Team Nord")
cli-out-played = { $scenario }: Startwert { $seed }, { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } gespielt; Gesamtwertung { $overall }, Umsatz { $revenue } ({ $quota } % der Quote), Marge { $margin } %
cli-out-run-written = Laufdatei geschrieben: { $path }
cli-out-replay-identical = { $file }: identisch — { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } von { $scenario } (Startwert { $seed }) lassen sich exakt nachspielen; Gesamtwertung { $overall }
cli-out-replay-identical-unfinished = { $file }: identisch — { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } von { $scenario } (Startwert { $seed }) lassen sich exakt nachspielen (Lauf nicht beendet)
cli-out-xapi-nothing = geben Sie eine Laufdatei an, oder --lrs URL, um die wartenden Statements zu senden
cli-out-statements-written = { $n ->
        [one] 1 Statement
       *[other] { $n } Statements
    } geschrieben nach { $path }
cli-out-name-no-letters = { $name } hat keine Buchstaben oder Ziffern, aus denen sich ein Dateiname bilden lässt; schreiben Sie den Namen in lateinischen Buchstaben, z. B. "Region Nord"
cli-out-name-too-long = { $name } hat { $chars } Zeichen; der Titel eines Szenarios darf höchstens { $max } haben
cli-out-exists = { $path } gibt es schon (mit --force wird die Datei überschrieben)
cli-out-new-scenario-next = Als Nächstes: bearbeiten Sie die Datei, dann `pitcrew validate { $path }` und `pitcrew lint { $path }`
