# The command line's output (`pitcrew validate`, `simulate`, `compare`, `lint`, ...).
# Table headers are for reading and translated; the column names of CSV and JSON stay
# English in every language (data for other tools) and are not here.

## Endings and warnings

cli-out-error = error: { $message }
cli-out-findings = problems were found
cli-out-warning-in = warning: { $file }: { $problem }
cli-out-file-warning = { $file }: warning: { $problem }
cli-out-weeks-range = --weeks { $weeks } is outside 1..={ $max }
cli-out-seeds-range = --seeds { $seeds } is outside 1..={ $max }
cli-out-unknown-policy = unknown policy { $name }; choose one of: { $choices }
cli-out-unknown-against = unknown policy { $name } for --against; choose one of: { $choices }
cli-out-no-game =
    This pitcrew was built without the game (feature `game`).
    Headless commands work: try `pitcrew compare scenarios/first-90-days.ron` or `pitcrew --help`.

## validate

cli-out-valid = { $file }: ok — { $title } ({ $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }, { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    })

## simulate and compare

cli-out-simulate-title = { $title } — policy { $policy } over { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    } ({ $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    })
cli-out-compare-title = { $title } — { $bots ->
        [one] { $bots } bot
       *[other] { $bots } bots
    } on the same { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    } ({ $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }); means
cli-out-paired-title = Paired against { $against } on the same seeds:
cli-out-bots-title = What the bots do:
cli-out-col-metric = metric
cli-out-col-mean = mean
cli-out-col-policy = policy
cli-out-col-overall = overall
cli-out-col-revenue-vs-quota = revenue_vs_quota
cli-out-col-gross-margin = gross_margin
cli-out-col-capability-gain = capability_gain
cli-out-col-retention = retention
cli-out-col-independence = independence
cli-out-col-forecast-accuracy = forecast_accuracy
cli-out-col-reps-at-quota = reps_at_quota
cli-out-col-revenue = revenue
cli-out-col-projection = projection
cli-out-col-diff-overall = Δ overall
cli-out-col-diff-revenue = Δ revenue/quota
cli-out-col-seeds-better = seeds better

## lint

cli-out-lint-title = { $file }: { $title } — { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }, { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    }; { $bots ->
        [one] { $bots } bot
       *[other] { $bots } bots
    } × { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    }
cli-out-col-bot = bot
cli-out-col-overall-p50 = overall p50
cli-out-col-quota-p10 = quota p10
cli-out-col-margin-p50 = margin p50
cli-out-col-capability-p50 = capability p50
cli-out-finding-ok = ok:
cli-out-finding-warning = warning:
cli-out-problems-found = { $n ->
        [0] no problems found
        [one] 1 problem found
       *[other] { $n } problems found
    }

## sensitivity

cli-out-sensitivity-title = { $file }: { $title } — { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }, { $reps ->
        [one] { $reps } rep
       *[other] { $reps } reps
    }; lesson { $lesson }; { $variants ->
        [one] { $variants } variant
       *[other] { $variants } variants
    } (each effect parameter ±25 %) × { $bots ->
        [one] { $bots } bot
       *[other] { $bots } bots
    } × { $seeds ->
        [one] { $seeds } seed
       *[other] { $seeds } seeds
    }, paired
cli-out-no-lesson = none
cli-out-lesson-holds = { $lesson } holds in { $held } of { $variants ->
        [one] { $variants } variant
       *[other] { $variants } variants
    } ({ $share }); needs { $needed }
cli-out-claim-holds = { $claim }: { $held } of { $variants } ({ $share })
cli-out-best-bots = best bot (mean overall score), variants: { $bots }
cli-out-not-moved = not moved: { $parameter }
cli-out-claim-line = claim { $n }: { $claim }
cli-out-col-claim = claim { $n }
cli-out-col-variant = variant
cli-out-col-lesson = lesson
cli-out-col-best-bot = best bot
cli-out-col-best-overall = best overall
cli-out-as-written = as written
cli-out-holds = holds
cli-out-fails = FAILS

## workshop and deck

cli-out-workshop-title = { $title } — seed { $seed }, { $teams ->
        [one] { $teams } team
       *[other] { $teams } teams
    }, { $refused } refused
cli-out-refused = refused: { $reason }
cli-out-col-rank = rank
cli-out-col-team = team
cli-out-col-revenue-quota = revenue/quota
cli-out-col-margin = margin
cli-out-col-capability = capability
cli-out-col-weeks = weeks
cli-out-weeks-unfinished = { $played } of { $weeks } (unfinished)
cli-out-bot-row = bot: { $name }
cli-out-wrote = wrote { $path }
cli-out-deck-no-folder = { $dir }: no such folder; give the workshop folder the teams' games were started with (`pitcrew --workshop DIR`), or create it first
cli-out-deck-no-card = --deal { $n }: choose a card from 1 to { $cards }
cli-out-deck-dealt = dealt card #{ $id } to every team in { $dir } from their next week: { $card }
cli-out-deck-cards = Cards you can deal (pitcrew deck { $dir } --deal N):
cli-out-deck-dealt-so-far = Dealt so far in { $dir }: { $n }

## play, replay, xapi, new-scenario

cli-out-bad-player = --player { $name }: a name of at most { $max } characters, without line breaks, tabs or terminal codes (e.g. --player "Team North")
cli-out-played = { $scenario }: seed { $seed }, { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } played; overall { $overall }, revenue { $revenue } ({ $quota } % of quota), margin { $margin } %
cli-out-run-written = run file written to { $path }
cli-out-replay-identical = { $file }: identical — { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } of { $scenario } (seed { $seed }) replay exactly; overall { $overall }
cli-out-replay-identical-unfinished = { $file }: identical — { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } of { $scenario } (seed { $seed }) replay exactly (unfinished run)
cli-out-xapi-nothing = give a run file, or --lrs URL to send the queued statements
cli-out-statements-written = { $n ->
        [one] 1 statement
       *[other] { $n } statements
    } written to { $path }
cli-out-name-no-letters = { $name } has no letters or digits to make a file name from; write the name in Latin letters, e.g. "Northern region"
cli-out-name-too-long = { $name } is { $chars } characters; a scenario's title may have at most { $max }
cli-out-exists = { $path } already exists (use --force to overwrite it)
cli-out-new-scenario-next = next: edit it, then `pitcrew validate { $path }` and `pitcrew lint { $path }`
