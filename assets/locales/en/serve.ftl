# `pitcrew serve`: the workshop's pages in the browser, the facilitator's board, the
# server's messages in the terminal, and the refusals teams read.

## Every page

serve-back = Back
serve-not-found = Not found
serve-workshop-title = Pit Crew workshop

## The landing page and joining

serve-landing-prompt = Type the workshop code your facilitator shows.
serve-landing-code = Code
serve-continue = Continue
serve-join-title = Join the workshop
serve-join-heading = Join: { $scenario }
serve-join-sub = { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } · seed { $seed } · { $teams ->
        [one] 1 team
       *[other] { $teams } teams
    } so far
serve-join-name = Team name
serve-join-button = Join
serve-join-keep-address = Your team's page has its own address: keep it to continue on another laptop.

## A team's planning page

serve-team-title = { $team }: week { $week }
serve-team-heading = { $team }: week { $week } of { $weeks }
serve-team-progress = revenue { $revenue } of { $quota } quota so far
serve-week-report-link = week { $week } report
serve-paused-notice = The facilitator has paused the room.
serve-seat-own-book = Your own book
serve-seat-vacant = Vacant seat ({ $seat })
serve-seat-hire-starts = Hire starts week { $week } ({ $seat })

serve-your-team = Your team
serve-col-rep = rep
serve-col-morale = morale
serve-col-revenue = revenue
serve-col-wins = wins
serve-col-open-deals = open deals
serve-col-selling-hours = selling hours

serve-funnels = Funnels
serve-col-leads = leads
serve-col-stage-conversion = { $stage } →
serve-col-proposals-wins = proposals → wins
serve-col-avg-discount = avg discount asked
serve-col-reading = reading
serve-benchmark = benchmark
serve-benchmark-value = benchmark { $value }
serve-per-week = { $n }/wk
serve-funnels-note = ▼ converts below 80 % of the benchmark. Small samples are noisy.

serve-deals = Deals
serve-col-account = account
serve-col-stage = stage
serve-col-value = value
serve-col-weeks-in-stage = weeks in stage
serve-col-health = health
serve-col-act = act
serve-health-on-track = on track
serve-health-slow = slow
serve-health-stale = stale
serve-health-poor-fit = poor fit
serve-deal-approve = Approve { $discount }
serve-deal-ride-along = Ride along
serve-deal-close-yourself = Close it yourself
serve-deals-shown = The 60 latest-stage deals of { $n }.

## The planner

serve-your-week = Your week
serve-planner-hours = Of your { $hours } h, { $standing } h go to standing meetings.
serve-planner-demands = The organisation asks for { $demand } h more this week.
serve-absorb = You absorb
serve-discount-cap = Discount cap (now { $cap })
serve-cap-unchanged = unchanged
serve-set = Set
serve-planner-spend = You spend { $absorbed } h on demands; each rep loses { $passed } h of selling.
serve-planned = Planned
serve-nothing-yet = Nothing yet.
serve-remove = Remove
serve-hours-planned = { $hours } of { $available } h planned
serve-goodwill = goodwill { $goodwill }
serve-resolve-week = Resolve week { $week }
serve-add-action = Add an action
serve-field-action = Action
serve-field-rep = Rep or seat
serve-field-skill = Skill
serve-field-hours = Hours
serve-add = Add
serve-add-note = Rep and skill apply where the action takes them; hours to coaching and your own book.

## The week's report

serve-report-heading = { $team }: week { $week } report
serve-report-revenue-week = revenue this week
serve-report-revenue-quota = revenue so far / quota
serve-report-wins-losses = wins / losses
serve-report-new-leads = new leads
serve-report-open-deals = open deals
serve-report-what-happened = What happened
serve-report-see-debrief = See the debrief
serve-report-plan-week = Plan week { $week }
serve-report-back = Back to planning

## The facilitator's pages

serve-projector-join = Teams join at /{ $code } with the code { $strong }
serve-facilitator-title = Pit Crew workshop: facilitator
serve-facilitator-heading = Facilitator: { $scenario }
serve-facilitator-join-at = Teams join at { $strong }
serve-facilitator-code = Workshop code { $strong }
serve-facilitator-sub = Seed { $seed } · { $teams ->
        [one] 1 team
       *[other] { $teams } teams
    } · folder { $dir }
serve-resume-room = Resume the room
serve-pause-room = Pause the room
serve-projector-page = Projector page
serve-export-html = Export HTML
serve-teams = Teams
serve-col-team = team
serve-col-week = week
serve-col-status = status
serve-week-of = { $week } of { $weeks }
serve-status-played-through = played through
serve-status-marked-finished = marked finished
serve-status-playing = playing
serve-let-play-on = Let them play on
serve-mark-finished = Mark finished
serve-deal-event = Deal an event
serve-deal-event-note = Every team plays it from its next week.
serve-deal = Deal
serve-done-paused = The room is paused: no team can resolve a week.
serve-done-resumed = The room is open again.
serve-done-dealt = Dealt: every team plays it from its next week.
serve-done = Done.
serve-could-not-save = Could not save
serve-no-such-card = No such card
serve-pick-card = Pick a card from the list.
serve-could-not-deal = Could not deal

## Refusals

serve-too-many = Too many requests: slow down.
serve-wrong-code = No workshop with that code here. Check the code your facilitator shows.
serve-no-team = No such team in this workshop.
serve-week-not-played = That week has not been played yet.
serve-debrief-later = The debrief comes after the first week.
serve-unreadable-request = unreadable request: { $error }
serve-week-mismatch = the room has your team at week { $room_week }, not week { $sent_week }: your game follows the room
serve-error-empty-name = a team name needs at least one letter or digit
serve-error-no-team = no such team in this workshop
serve-error-missing = the form lacks { $field ->
        [deal] deal
        [discount] discount
        [action] action
       *[cap] a discount cap as a number
    }
serve-error-full = the room is full ({ $max } teams)
serve-error-paused = the facilitator has paused the room: wait for them to resume it
serve-error-finished = the facilitator marked your team finished
serve-error-too-many-actions = a plan holds at most { $max } actions
serve-error-no-room-yet = no workshop here yet: give --scenario to start one

## The terminal

serve-started = Pit Crew workshop: { $scenario } (seed { $seed })
serve-started-join = teams join at   { $url }   (workshop code { $code })
serve-started-projector = projector page  { $url }
serve-started-facilitator = facilitator     { $url }   (keep this address to yourself)
serve-started-files = run files in    { $dir }
serve-error = error: { $error }
serve-error-cannot-start = error: cannot start the server: { $error }
serve-error-stopped = error: the workshop server stopped: { $error }
serve-note-other-room = note: { $dir } already holds a workshop on { $scenario } (seed { $seed }); it goes on with that one
serve-records-sent = learning records: { $summary }
serve-records-failed = learning records: { $queue }: { $error }

## A desktop game joining a workshop

serve-client-bad-address = { $address } is not a workshop address: it looks like http://192.168.1.20:7878/K7PQ2M (the address and code the facilitator shows)
serve-client-unreachable = cannot reach the workshop server at { $server }: { $error }
serve-client-bad-reply = the workshop server sent something unreadable: { $error }
serve-client-needs-team = --join { $room } needs --team NAME: the name your team shows on the facilitator's board (or your team's own address, { $room }/t/…, to continue it)
serve-client-refused = the server refused ({ $status })
serve-client-run-label = the workshop server's run
