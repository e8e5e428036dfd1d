# The game's screens (src/game). Numbers arrive formatted; counts as integers.

## Shared

game-key-enter = Enter
game-hours = { $hours } h
game-morale = Morale
game-seat-label = seat { $n }
game-difficulty = { $level ->
    [easy] Easy
    [hard] Hard
   *[medium] Medium
}

## Planning

game-plan-week = Week { $week } of { $weeks }
game-plan-revenue = Revenue
game-plan-revenue-bar = { $revenue } of { $quota } quota
game-plan-your-hours = Your hours
game-plan-hours-bar = { $used } of { $available } h planned
game-plan-goodwill = Goodwill { $goodwill }
game-plan-menu = ☰ Menu (Esc)
game-plan-resolve = Resolve week ▶
game-plan-team = Team
game-plan-seat-vacant = Seat { $n }: vacant
game-plan-hire-starts = New hire starts week { $week }
game-plan-no-hire = No hire started: plan “Start hiring”.
game-plan-tenure = { $weeks } wk tenure
game-plan-of-quota = { $share } of quota
game-plan-won-alone = won alone { $alone } of { $won }
game-plan-funnel-line = { $leads ->
    [one] 1 lead
   *[other] { $leads } leads
} · { $proposals ->
    [one] 1 proposal
   *[other] { $proposals } proposals
} · { $wins ->
    [one] 1 win
   *[other] { $wins } wins
} · avg discount { $discount }
game-plan-coaching-streak = coaching { $skill }: { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
} in a row (another skill starts over)
game-funnel-stage = Stage
game-funnel-open = Open
game-funnel-value = Value
game-funnel-conversion = Conv.
game-funnel-team = Team
game-funnel-bench = Bench
game-plan-reading = Reading: { $reading }
game-plan-your-week = Your week
game-plan-demands = Of your { $hours } h, { $standing } h go to standing meetings. The organisation asks for { $demand } h more this week (reports, meetings, forecasts).
game-plan-absorb = you absorb
game-plan-absorb-effect = You spend { $spend } h; each rep loses { $lose } h of selling.
game-plan-change-cap = Change discount cap
game-plan-cap-now = now { $cap }
game-plan-new-cap = new cap
game-plan-add-action = Add an action
game-plan-hours = hours
game-plan-no-vacant-seat = No vacant seat to hire into.
game-plan-no-rep = No rep on the team.
game-plan-add = ➕ Add to plan
game-plan-cost-goodwill = { $hours } h, { $goodwill } goodwill
game-plan-planned = Planned
game-plan-nothing-yet = Nothing yet. Add actions above, or ride along / super-close from the deal table.
game-plan-remove = Remove
game-plan-clear = Clear plan
game-plan-fits = { $planned } h planned, { $free } h free.
game-plan-invalid = This plan cannot be carried out: { $error }.
game-plan-invalid-over-budget = This plan cannot be carried out: { $error }. Remove an action, shorten coaching, or absorb less of the organisation's demands.

## The deal table

game-deal-col-account = Account
game-deal-col-rep = Rep
game-deal-col-stage = Stage
game-deal-col-value = Value
game-deal-col-weeks = Wks
game-deal-col-health = Health
game-deal-col-act = Act
game-deals-count = Deals ({ $n })
game-deals-pending = { $n ->
    [one] 1 discount request needs
   *[other] { $n } discount requests need
} your answer
game-deals-only = only { $rep }
game-deals-sort-hint = Click a column to sort.
game-deal-in-plan = in your plan
game-deal-asks = asks { $discount }
game-deal-approve = Approve { $discount }
game-deal-approve-hint = Unanswered, the rep offers your cap of { $cap }.
game-deal-meet = Meet at { $discount }
game-deal-ride-along = Ride along
game-deal-ride-along-hint = Help on the deal: a smaller boost now, and the rep learns.
game-deal-super-close = Super-close
game-deal-super-close-hint = Close it yourself: a big boost now; the rep learns nothing and leans on you more.

## Week report

game-report-what-happened = What happened
game-report-team = Your team this week
game-report-see-debrief = See the debrief ▶
game-report-next-week = Plan next week ▶
game-report-heading = Week { $week } report
game-report-week-figures = This week { $revenue } from { $wins ->
    [one] 1 win
   *[other] { $wins } wins
}, { $losses ->
    [one] 1 loss
   *[other] { $losses } losses
}, { $leads ->
    [one] 1 new lead
   *[other] { $leads } new leads
}.
game-report-quota-to-date = { $revenue } of { $quota } quota to date
game-report-quiet = A quiet week: no deal closed or stalled.
game-report-coming-up = Coming up next week
game-report-market = Buyers expect { $expected } off; metrics pack strength { $strength }.
game-report-rep-week = { $revenue } this week, { $open ->
    [one] 1 open deal
   *[other] { $open } open deals
}
game-report-morale-change = morale { $change }
game-report-rep-morale = Morale { $morale } · { $hours } selling h

## Pause menu and settings

game-pause-title = Paused
game-pause-folder = Saves and exports: { $folder }
game-pause-save-settings-failed = Could not save settings: { $error }
game-pause-resume = Resume (Esc)
game-pause-save = Save
game-pause-load = Load last save
game-pause-end-early = End the scenario here: debrief
game-pause-settings = Settings
game-settings-language = Language
game-pause-ui-scale-value = UI scale { $scale }×
game-pause-week-animation-value = week animation { $seconds } s
game-pause-show-hints = Show hints
game-pause-to-title = Quit to scenarios (game is autosaved)
game-pause-quit = Quit Pit Crew

## Hints and notices

game-hint-title = 💡 Hint
game-hint-got-it = Got it (Space)
game-notices-dismiss = Dismiss
game-settings-damaged = { $error }; using default settings
game-settings-zoom-failed = Could not save the zoom: { $error }

## Debrief

game-quit = Quit
game-chart-week = week
game-chart-revenue = Revenue vs quota, cumulative (bots dashed, same seed)
game-chart-you = you
game-chart-quota = quota
game-chart-projection = Next two quarters under a hands-off manager, cumulative revenue vs quota
game-chart-your-team = your team
game-chart-margin = Gross margin per week
game-chart-margin-line = margin
game-chart-revenue-line = revenue
game-chart-people = Skill (solid) and morale (dotted) of each rep
game-chart-rep-morale = { $rep } morale
game-chart-hours = Your hours per week
game-debrief-next-quarters = The next two quarters
game-debrief-projection = Left to a hands-off manager, your team sells { $quarters } quota next quarter ({ $share } of quota over both).
game-debrief-bots-projection = The bots' teams on your seed: { $teams }
game-debrief-funnels = Each rep's funnel: deals that reached each stage, and wins
game-debrief-col-rep = Rep
game-debrief-col-won = Won
game-debrief-col-proposal-win-rate = Proposal win rate
game-debrief-col-revenue = Revenue
game-debrief-col-attainment = Attainment
game-debrief-col-coached = Coached h
game-debrief-rep-left = { $rep } (left)
game-debrief-heading = Debrief: { $title }
game-debrief-seed-weeks = seed { $seed } · { $played } of { $total ->
    [one] 1 week
   *[other] { $total } weeks
}
game-debrief-scenarios = ◀ Scenarios
game-debrief-export = Export HTML + CSV + run file
game-debrief-exported = Exported: { $files }
game-debrief-overall = overall score out of 100
game-debrief-rank = rank { $rank } of { $of } against the built-in bots on your seed
game-debrief-causes = Why it went as it did
game-debrief-scores = Scores beside the bots
game-debrief-col-manager = Manager
game-debrief-col-overall = Overall
game-debrief-you = you

## Title and scenario picker

game-weeks = { $n ->
    [one] 1 week
   *[other] { $n } weeks
}
game-reps = { $n ->
    [one] 1 rep
   *[other] { $n } reps
}
game-title-resume-finished = { $title } (finished, { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
})
game-title-resume-week = { $title }, week { $week } of { $weeks }
game-title-no-such-scenario = --scenario { $key }: no shipped scenario has that id and no such file exists
game-title-tagline = Run a B2B sales team week by week. Coach, don't super-close.
game-title-resume = Resume
game-title-continue = Continue your last game: { $saved }
game-title-choose = Choose a scenario
game-title-choose-hint = Up/Down arrows to choose, Enter to open. Your own scenarios go in { $folder }
game-title-col-scenario = Scenario
game-title-col-lesson = Lesson
game-title-col-length = Length
game-title-col-team = Team
game-title-col-difficulty = Difficulty
game-title-col-from = From
game-title-shipped = shipped
game-title-your-folder = your folder: { $file }
game-title-broken-edit = This file's latest edit is broken; the last good version is shown.
game-title-seed = Seed
game-title-seed-hint = Same scenario + seed + decisions = the same game. Workshops hand out one seed to every team.
game-title-seed-invalid = a whole number, please
game-title-team = Team / your name
game-title-optional = optional
game-title-read-briefing = Read the briefing ▶
game-title-facilitator = Facilitator: workshop
game-title-facilitator-hint = Compare every team's run in a workshop folder and deal events
game-title-workshop-code = Workshop code
game-title-workshop-mode = Workshop mode: your run is saved to { $folder } every week
game-title-workshop-mode-unnamed = Workshop mode: your run is saved to { $folder } every week (enter your team name so the facilitator can tell teams apart)

## Briefing

game-briefing-team-name = Team name
game-briefing-begin = Begin week 1 ▶
game-briefing-name-needed = Enter your team name so the facilitator can tell teams apart
game-briefing-back = ◀ Back to scenarios
game-briefing-broken-edit = The file's latest edit is broken, so this is the last good version:
game-briefing-lesson = Lesson { $lesson }: { $title }
game-briefing-free-play = Free play
game-briefing-facts = { $lesson } · { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
} · { $difficulty } · seed { $seed }
game-briefing-objectives = Your objectives
game-briefing-scoring = How scoring works: outcomes only — revenue against quota, gross margin, team capability, who is still on the team, how far your reps win without you, forecast accuracy, and what your team sells over the next two quarters when you hand it to a hands-off manager, weighted for this scenario. Each rep's funnel (planning screen) shows what they need.
game-briefing-team = Your team
game-briefing-team-facts = { $reps ->
    [one] 1 rep
   *[other] { $reps } reps
}, each with a quota of { $quota } a quarter. Your week has { $hours } hours; { $standing } are already spoken for (meetings you cannot skip), so { $free } are yours to plan, and the organisation will ask for some of those too.
game-briefing-tenure = Tenure

## Workshop (facilitator)

game-ws-host = Host this workshop
game-ws-host-intro = Teams play in their browsers; their run files land in the folder above.
game-ws-address = Address
game-ws-address-invalid = The address is ADDRESS:PORT, e.g. 0.0.0.0:7878.
game-ws-join-at = Teams join at
game-ws-code = code { $code }
game-ws-own-page = Your own page (keep it off the projector): { $url }
game-ws-resume-room = Resume the room
game-ws-pause-room = Pause the room
game-ws-stop = Stop hosting
game-ws-room-paused = Paused: no team can resolve a week.
game-ws-team-week = { $team }: week { $week } of { $weeks }
game-ws-play-on = Play on
game-ws-finish = Finish
game-ws-heading = Workshop
game-ws-folder = Folder with the teams' run files
game-ws-load = Load
game-ws-export = Export HTML
game-ws-deck = Event deck
game-ws-deck-intro = A card reaches every team's game from their next week and is recorded in their run files.
game-ws-dealt = Dealt so far: { $n }
game-ws-empty = Type the folder the teams save into (their games run with --workshop FOLDER) and press Load. The screen follows the folder as teams play.
game-ws-summary = { $title } · seed { $seed } · { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
} · { $teams ->
    [one] 1 team
   *[other] { $teams } teams
} · code for teams: { $code }
game-ws-refused = Refused: { $reason }
game-ws-leaderboard = Leaderboard
game-ws-curves-legend = Teams in colour; the bots on the same seed as grey dashed lines.
game-ws-curve-revenue = Revenue, cumulative
game-ws-curve-margin = Gross margin, cumulative
game-ws-curve-skill = Mean skill of the team
game-ws-decisions = Decisions, week by week
game-ws-col-team = Team
game-ws-col-overall = Overall
game-ws-col-revenue-quota = Revenue/quota
game-ws-col-margin = Margin
game-ws-col-capability = Capability
game-ws-col-retention = Retention
game-ws-col-independence = Independence
game-ws-col-revenue = Revenue
game-ws-col-weeks = Weeks
game-ws-col-week = Week
game-ws-playing = { $played } of { $weeks } (playing)
game-ws-bot = bot: { $bot }

## The pipeline board

game-board-prospect = Prospect
game-board-qualify = Qualify
game-board-discover = Discover
game-board-propose = Propose
game-board-negotiate = Negotiate
game-board-won = Won
game-board-lost = Lost
game-board-prospect-short = Pros.
game-board-qualify-short = Qual.
game-board-discover-short = Disc.
game-board-propose-short = Prop.
game-board-negotiate-short = Nego.
game-board-won-short = Won
game-board-lost-short = Lost
game-board-your-book = Your book
game-board-seat-vacant = Seat { $n } (vacant)

## Messages of the game's logic

game-flow-cannot-play = { $file } cannot be played: { $error }
game-flow-no-scenario = { $file } has no scenario
game-flow-no-entry = there is no scenario number { $n }
game-flow-saved = Saved week { $week } to { $file }
game-flow-save-failed = Could not save: { $error }
game-flow-load-failed = Could not load the save: { $error }
game-flow-loaded = Loaded { $title } at week { $week }
game-flow-autosave-failed = Autosave failed: { $error }
game-join-status = Workshop { $code } at { $server } as { $team }
game-join-status-sending = Workshop { $code } at { $server } as { $team } · sending week { $week } to the facilitator's server…
game-join-status-paused = Workshop { $code } at { $server } as { $team } · the facilitator has paused the room
game-join-joined = Joined workshop { $room } as { $team }. Your team's page for a browser: { $page }
game-join-waiting = Still waiting for the workshop server…
game-join-send-failed = Could not start sending the week; try again.
game-join-not-resolved = Week { $week } was not resolved: { $error }
game-join-update-failed = Your run could not be brought up to date: { $error }
game-join-played-elsewhere = Your team played on elsewhere: this is week { $week }.
game-join-finished = The facilitator marked your team finished: here is your debrief.
game-ws-deck-unreadable = The workshop's event deck cannot be read: { $error }
game-ws-save-failed = Could not write your run to the workshop folder: { $error }
game-ws-name-clash = { $other } holds another team's run (same team name); yours is saved as { $file } so neither is lost. Tell the facilitator which one is yours.
game-ws-card-dealt = Dealt to every team from their next week: { $card }
game-ws-deal-failed = Could not deal the card: { $error }
game-ws-no-card = there is no event card { $n }
game-ws-load-first = Load a workshop folder first.
game-exported = Exported { $files }
game-export-failed = Export failed: { $error }
game-host-join-at = Teams join at { $url }
game-host-failed = Could not host the workshop: { $error }
game-host-stopped = The workshop server stopped; run it again to pick every team up.
game-records = Learning records: { $summary }.
game-records-failed = Learning records could not be queued: { $error }
game-code-shape = { $code }: a workshop code looks like first-90-days/7
game-code-seed = { $code }: the part after / must be the seed, a whole number
game-code-no-scenario = { $code }: no scenario has the id { $id }
game-save-fell-back = Loaded the previous save ({ $file }) instead.

# Names a screen reader says for controls whose label is not beside them.
game-a11y-skill = Skill to coach
game-a11y-seat = Rep the action is for

## Before the window opens (a machine without a display)

game-display-none = pitcrew: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the game cannot open its window.
game-display-no-server = pitcrew: DISPLAY is { $display }, but no X server is listening there ({ $socket } does not exist).
game-display-no-renderer = pitcrew: the game could not start its renderer (no usable GPU or Vulkan driver).
    On Debian, `apt-get install mesa-vulkan-drivers libvulkan1` gives a software renderer.
game-display-headless-help = Everything but the window works without a display:
    {"  "}pitcrew compare scenarios/first-90-days.ron     every bot on the same seeds
    {"  "}pitcrew play FILE --decisions D.ron --out R.ron play scripted decisions
    {"  "}pitcrew --help                                  all commands
    To see the game on a headless machine, start a virtual display first:
    {"  "}Xvfb :99 -screen 0 1280x800x24 &  DISPLAY=:99 pitcrew
game-export-no-debrief = there is no debrief to export yet

# `pitcrew --diagnostics`: what was measured, against the targets in README.md.
diag-no-scenario = diagnostics: no shipped scenario loaded
diag-title = Pit Crew diagnostics — scenario: { $scenario }
diag-interactive = {"  "}interactive after launch   { $secs } s   (target ≤ 3 s)
diag-picker = {"  "}picker frame time          p50 { $p50 } ms  p95 { $p95 } ms (reference)
diag-planning = {"  "}planning frame time        p50 { $p50 } ms  p95 { $p95 } ms  max { $max } ms over { $frames } frames   (target p95 ≤ 33 ms)
diag-resolves = {"  "}week resolves (model + UI) p50 { $p50 } ms  max { $max } ms over { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}; model alone p50 { $model } ms   (target ≤ 50 ms)
diag-memory = {"  "}resident memory            { $rss } MB  (peak { $peak } MB)   (target ≤ 400 MB)
diag-idle = {"  "}idle planning screen       { $share } % of one core over { $secs } s   (target ≤ 5 %)
diag-idle-unmeasured = {"  "}idle planning screen       not measured (no /proc here)
