# Messages about the files Pit Crew reads and writes besides scenarios: decisions
# scripts, the facilitator's deck, run files (`file-`), and learning records (`xapi-`).
# Field names of a file (`scenario_id`, `plans`, ...) are code and stay as they are.

## Decisions scripts and the deck

file-script-unknown-bot = { $path }: `then: { $name }` is not a built-in bot; choose one of: { $choices }
file-script-plan = { $path }: week { $week }: { $problem }
file-deck-full = no card number is left after { $top }
file-deck-dealt = The facilitator dealt an event for week { $week }: { $card }

## Run files

file-run-model = { $path }: this run was played on model version { $found }; this build runs model version { $model }, whose rules would replay it into different numbers. Open it with the Pit Crew release it was played on.
file-run-format = { $path }: run file format { $found } is not supported (this build reads format { $format })
file-run-hash = { $path }: the embedded scenario does not match its hash (file says { $expected }, content hashes to { $actual }); the file was edited or damaged
file-run-bad-scenario = { $path }: the embedded scenario is invalid: { $message }
file-run-bad-event = { $path }: a recorded event is out of range: { $message }
file-run-bad-plan = { $path }: week { $week }: the recorded plan cannot be carried out: { $message }
file-run-inconsistent = { $path }: the run file does not hold together ({ $n } found): { $problems }; it was edited or damaged
file-run-unwritable = { $path }: cannot write: { $message }
file-run-scenario-id = scenario_id is { $id } but the embedded scenario's id is { $embedded }
file-run-run-id = run_id { $id } is not an id this program writes (letters, digits and '-', at most { $max })
file-run-too-many-plans = plans: { $plans ->
        [one] 1 weekly plan
       *[other] { $plans } weekly plans
    }, but the scenario has { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }
file-run-weeks-vs-plans = weeks: { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } recorded, but { $plans ->
        [one] 1 weekly plan
       *[other] { $plans } weekly plans
    }
file-run-finished = finished is { $finished } but { $played } of the scenario's { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } { $played ->
        [one] is
       *[other] are
    } played
file-run-scores-missing = scores: a finished run must record its scores
file-run-scores-early = scores: an unfinished run has no final scores
file-run-player-too-long = player: the name is { $chars } characters; at most { $max }
file-run-player-control = player: { $name } holds control characters (a line break, a tab, a terminal code)
file-run-diverges-length = the file records { $recorded ->
        [one] 1 week
       *[other] { $recorded } weeks
    } but its plans replay { $replayed }
file-run-diverges-week = diverges in week { $week }: { $field } was { $recorded } in the file, { $replayed } on replay
file-run-diverges-scores = final scores differ: file { $recorded }, replay { $replayed }

## Learning records (one line, its clauses joined by semicolons)

xapi-delivered = { $n ->
        [one] 1 statement
       *[other] { $n } statements
    } in the learning record store
xapi-queued = { $n } queued and sent on the next try ({ $why })
xapi-not-sent-yet = not sent yet
xapi-rejected = { $n } refused by the LRS and kept in rejected/
xapi-lrs-answered = the LRS answered { $status }

# xAPI statements: the verbs' display and the activity's description (every language
# is written into each statement).
xapi-verb-initialized = initialized
xapi-verb-completed = completed
xapi-verb-passed = passed
xapi-verb-failed = failed
xapi-description = Pit Crew sales-management simulation, lesson { $lesson }

# The operating system's errors, for the common kinds (`i18n::os_error`); others keep
# the system's own (English) words.
os-with-code = { $what } (os error { $code })
os-not-found = no such file or folder
os-permission-denied = permission denied
os-already-exists = it already exists
os-is-a-directory = it is a folder, not a file
os-not-a-directory = a part of the path is a file, not a folder
os-read-only = the disk is read-only
os-disk-full = the disk is full
os-address-in-use = the address is already in use (is another workshop running?)
os-address-not-available = this machine has no such address
os-connection-refused = nobody answered at that address
os-timed-out = it took too long
