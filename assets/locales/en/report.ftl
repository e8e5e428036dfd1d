# The debrief, its HTML export, the workshop comparison and the lesson checks.
# Arguments that are numbers with decimals arrive already formatted.

## Score parts

debrief-part-revenue = revenue
debrief-part-margin = margin
debrief-part-capability = capability
debrief-part-retention = retention
debrief-part-independence = independence
debrief-part-forecast = forecast
debrief-part-projection = next two quarters
debrief-score-scale = Each part runs from 0 to 1 and counts outcomes only: revenue reaches 1 at 150 % of quota; margin at the list-price margin; capability is 0.5 plus the relative change in the team's chance of turning a new lead into a win on its skills alone (+10 % scores about 0.69, +28 % or more scores 1), so a skill that blocks a funnel counts more than one that is already strong; retention is the share of the starting team still on it; independence is how far your reps win without you at the end (it grows as they win alone and falls when you take deals over); forecast is how close your checkpoint forecasts came; next two quarters is what your team sells after you, left to a hands-off manager, reaching 1 at 150 % of quota.

## The debrief's causes

debrief-time-title = Your time: { $coaching } developing people, { $selling } selling yourself
# $hours is written out; $hours_whole is it as a whole number, to choose "hour" or "hours".
debrief-time-coached-closed = You coached for { $hours_whole ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } in all and closed { $deals ->
        [one] 1 deal
       *[other] { $deals } deals
    } yourself: each brought revenue that week, but the rep learned nothing from it and leaned on you more. Your reps' independence went from { $from } to { $to }.
debrief-time-coached = You coached for { $hours_whole ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } in all and closed no deals yourself. Your reps' independence went from { $from } to { $to }.
debrief-time-closed = You did not coach and closed { $deals ->
        [one] 1 deal
       *[other] { $deals } deals
    } yourself: each brought revenue that week, but the rep learned nothing from it and leaned on you more. Your reps' independence went from { $from } to { $to }.
debrief-time-neither = You did not coach and closed no deals yourself. Your reps' independence went from { $from } to { $to }.
debrief-capability-title = Team capability: a new lead's chance of becoming a win from { $from } to { $to }
debrief-capability-coaching = coaching added { $gain }
debrief-capability-no-coaching = no coaching moved it
debrief-capability-practice = practice on deals won alone, less skills fading, { $gain }
debrief-capability-people = departures and new hires { $gain }
debrief-capability-detail = Mean skill went from { $from } to { $to }. Of that change: { $parts }. A weak stage costs more than a strong one adds, so coaching the skill that blocks a rep's funnel (where deals stall or are lost) moves the chance most, and the same skill week after week compounds; deals you close teach nothing.
debrief-rep-matched = { $rep }: you coached what the funnel showed
debrief-rep-mismatched = { $rep }: the funnel pointed at { $pointed }, you coached { $coached }
debrief-rep-unclear = { $rep }: coached on { $coached } without a clear reading
debrief-rep-detail = Funnel: { $reading }. You spent { $hours } h on { $coached }. Now it can be told: { $rep }'s weakest skill is { $weakest } ({ $level }).
debrief-discount-title = Average discount { $discount }, gross margin { $margin }
debrief-discount-detail = You approved { $approvals ->
        [one] 1 discount request
       *[other] { $approvals } discount requests
    }. Buyers now expect { $now } off (they started at { $start }). Every point off the price comes straight off margin; a value-metrics pack lets reps hold price.
debrief-nobody-left = Nobody left the team
debrief-morale-detail = Average morale went from { $from } to { $to }. Low morale is what makes people quit; recognition, protected selling time and wins they close themselves raise it.
debrief-departure-fired = { $name } (week { $week }, let go, morale { $morale })
debrief-departure-resigned = { $name } (week { $week }, resigned, morale { $morale })
debrief-departures = { $n ->
        [one] 1 departure
       *[other] { $n } departures
    }
debrief-departures-detail = { $names }. Their open deals were lost or went cold, and a new hire takes weeks to ramp.
debrief-org-title = You absorbed { $hours } h of organisational demands
debrief-org-detail = What you don't absorb lands on the reps and comes out of their selling hours. Protecting the team's time is part of the job; so is not drowning in it.
debrief-revenue-title = Revenue { $share } of quota ({ $revenue })
debrief-revenue-detail = Forecast accuracy { $accuracy }. Revenue in the first weeks comes from the pipeline you inherited; later weeks show what your decisions built.
debrief-bots-title = The bots on your seed
debrief-bots-detail = With the same team, market, luck and events, the best bot ({ $bot }) scored { $best } to your { $yours }.
debrief-bots-detail-more = With the same team, market, luck and events, the best bot ({ $bot }) scored { $best } to your { $yours }. The coach bot made { $coach_revenue } and left a team that sells { $coach_projection } quota over the next two quarters; the super-closer made { $closer_revenue } and left { $closer_projection } (yours: { $projection }).

## The debrief as an HTML page

html-debrief-title = Pit Crew debrief: { $title }
html-debrief-heading = Debrief: { $title }
html-seed = seed { $seed }
html-weeks-played = { $played } of { $total ->
        [one] 1 week
       *[other] { $total } weeks
    } played
html-overall-rank = overall { $overall }/100, rank { $rank } of { $of } against the bots
html-next-quarters = The next two quarters
html-next-quarters-text = Left to a hands-off manager, your team sells { $quarters } quota ({ $share } of quota over both quarters). The bots' teams on your seed: { $bots }.
html-why = Why it went as it did
html-scores = Scores beside the bots (same seed)
html-charts = Charts
html-team = The team
html-week-by-week = Week by week
html-week = week
html-manager = manager
html-overall = overall
html-you = you
html-quota = quota
html-your-team = your team
html-mean-skill = mean skill
html-mean-morale = mean morale
html-chart-projection = Next two quarters under a hands-off manager (cumulative revenue)
html-chart-revenue = Revenue vs quota (cumulative)
html-chart-margin = Gross margin per week
html-chart-skill-morale = Team skill and morale
html-chart-hours = Your hours per week
html-rep-left = { $name } (left)
html-col-rep = rep
html-col-skill = skill
html-col-morale = morale
html-col-independence = independence
html-col-coached = coached h
html-col-revenue = revenue
html-col-attainment = attainment
html-col-funnel = funnel (entered P→Q→D→Pr→N)
html-col-won = won
html-col-to-date = to date
html-col-quota-to-date = quota to date
html-col-margin = margin
html-col-wins = wins
html-col-losses = losses
html-col-open-deals = open deals

## The workshop comparison

workshop-title = Pit Crew workshop: { $title }
workshop-heading = Workshop: { $title }
workshop-code = code for teams { $code }
workshop-weeks = { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }
workshop-teams = { $n ->
        [one] 1 team
       *[other] { $n } teams
    }
workshop-hash = scenario hash { $hash }
workshop-refused = Refused files
workshop-leaderboard = Leaderboard
workshop-col-team = team
workshop-col-status = status
workshop-finished = finished
workshop-unfinished = unfinished: { $played } of { $total ->
        [one] 1 week
       *[other] { $total } weeks
    }
workshop-bot = bot: { $name }
workshop-reference = reference
workshop-curves = Curves (teams solid, bots dashed)
workshop-chart-revenue = Revenue, cumulative
workshop-chart-margin = Gross margin, cumulative
workshop-chart-skill = Mean skill of the team
workshop-decisions-heading = Decisions, week by week
workshop-decision-coach = coach { $rep } { $skill } { $hours }h
workshop-no-actions = no actions
workshop-decisions = { $actions } (absorb { $absorb })
workshop-copy = { $file }: a copy of { $first } (the same run); counted once
workshop-other-scenario = { $file }: played on another scenario ({ $id } with hash { $hash }), not the workshop's (hash { $expected }); refused
workshop-other-seed = { $file }: played with seed { $seed }, but this workshop uses seed { $expected }; refused
workshop-no-runs = no run file to compare
workshop-no-runs-refused = no run file to compare ({ $n } refused: { $reasons })
workshop-none-matches = no run file matches the workshop
workshop-too-many = a thousand runs of teams named { $name } are already there
workshop-same-name = { $name } ({ $file }: same name as another team)

## Lesson checks, lint and sensitivity

lesson-measure-revenue-now-and-next = revenue now and over the next two quarters
lesson-measure-revenue = revenue
lesson-measure-capability = team capability
lesson-measure-margin = margin-adjusted revenue
lesson-measure-deal-size = average won deal size
lesson-measure-resignations = resignations (fewer)
lesson-measure-advances = deals moved on a stage
lesson-claim = { $better } beats { $worse } on { $measure }
lesson-holds = { $lesson } holds: { $claim } in { $share } of seeds
lesson-does-not-hold = { $lesson } does not hold: { $better } is ahead of { $worse } on { $measure } in only { $share } of seeds (needs { $needed })
report-hint-never = hints[{ $i }]: shows in week { $week }, which is never planned (weeks 1..={ $weeks })
report-winnable = winnable: the best bot ({ $bot }) reaches { $share } of quota at p90
report-unwinnable = unwinnable: the best bot's p90 attainment is { $share } ({ $bot }); lower the quota or raise lead rates
report-too-easy = too easy: a manager who does nothing reaches { $share } of quota in half the seeds (aim for about 90 %); raise the quota
report-robust = { $lesson } is robust: it holds in { $share } of { $n ->
        [one] 1 variant
       *[other] { $n } variants
    } with one effect parameter moved ±25 % ({ $seeds ->
        [one] 1 seed
       *[other] { $seeds } seeds
    } each)
report-fragile = { $lesson } is fragile: it holds in only { $share } of { $n ->
        [one] 1 variant
       *[other] { $n } variants
    } with one effect parameter moved ±25 % (needs { $needed }); it fails with { $failing }
report-fragile-more = { $lesson } is fragile: it holds in only { $share } of { $n ->
        [one] 1 variant
       *[other] { $n } variants
    } with one effect parameter moved ±25 % (needs { $needed }); it fails with { $failing } and { $more } more
report-skip-zero = effects.{ $name }: is 0, so ±25 % leaves it unchanged
report-skip-rounds-down = effects.{ $name }: { $base ->
        [one] 1 week
       *[other] { $base } weeks
    } −25 % rounds back to { $base }
report-skip-rounds-up = effects.{ $name }: { $base ->
        [one] 1 week
       *[other] { $base } weeks
    } +25 % rounds back to { $base }
report-skip-invalid = effects.{ $name }: { $value } cannot be set

# The lesson checks' arms that change one lever of a bot (`pitcrew lint`).
lesson-arm-typical-with-outlook = typical with an outlook
lesson-arm-typical-with-news = typical with news
lesson-arm-typical-without-blame = typical without blame
lesson-arm-typical-with-prospecting-plans = typical with prospecting plans
lesson-arm-typical-with-workshops = typical with workshops
lesson-arm-typical-with-reviews = typical with reviews and ride-alongs
lesson-arm-typical-absorbing-all = typical absorbing every demand
lesson-arm-typical-passing-all-on = typical passing every demand on

# Batches of runs (compare, lint, sensitivity) on a terminal: indicatif's template
# (its placeholders in braces) and the line after a long batch.
batch-progress = {"{"}msg{"}"} [{"{"}bar:40{"}"}] {"{"}pos{"}"}/{"{"}len{"}"} runs ({"{"}eta{"}"} left)
batch-done = { $label }: { $runs } runs in { $seconds } s
