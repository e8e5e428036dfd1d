# The model's happenings, actions, plan errors and readings in words.
# Arguments that are numbers with decimals arrive already formatted.

## Stages and skills

week-stage-prospect = Prospect
week-stage-qualify = Qualify
week-stage-discover = Discover
week-stage-propose = Propose
week-stage-negotiate = Negotiate
week-stage-won = Won
week-stage-lost = Lost
week-skill-prospecting = prospecting
week-skill-qualifying = qualifying
week-skill-discovery = discovery
week-skill-presenting = presenting
week-skill-negotiating = negotiating
week-skill-closing = closing

## Where the manager's hours went

week-time-coaching = coaching
week-time-selling = selling
week-time-enablement = enablement
week-time-admin = admin
week-time-organisation = organisation

## The projection: "0.92× then 0.88×"

week-then = { $before } then { $after }

## Event headlines

event-nobody = nobody on the team
event-turned-away = { $headline } (turned away: { $rep }'s pipeline is at the limit of open deals)
event-competitor-price-cut = A competitor cut prices by { $depth } for { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }
event-rep-resigns = { $rep } handed in their notice
event-product-launch = New product launch: customers have something new to hear for { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }
# $hours is written out; $hours_whole is it as a whole number, to choose "hour" or "hours".
event-reporting-crunch = Reporting crunch: head office wants { $hours_whole ->
        [one] { $hours } extra hour
       *[other] { $hours } extra hours
    } per rep for { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }
event-economic-slowdown = Economic slowdown: lead flow down { $share } for { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }
event-big-rfp = A big account issued an RFP worth { $value }: { $rep } takes it

## Week report lines

week-account = Account { $n }
week-with-manager = { $rep } (with you on the deal)
week-won-discount = { $account } won by { $rep }: { $revenue } at { $discount } off
week-won-list = { $account } won by { $rep }: { $revenue } at list price
week-lost-poor-fit = { $account } lost at { $stage }: a poor fit from the start
week-lost-skill = { $account } lost at { $stage }: { $rep }'s { $skill } is { $level }
week-lost-stalled = { $account } lost at { $stage }: stalled { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } in { $stage }
week-lost-competitor-price = { $account } lost at { $stage }: competitor cut price { $cut }, { $rep } offered { $offered }
week-lost-competitor = { $account } lost at { $stage }: a competitor had something newer to say
week-lost-price = { $account } lost at { $stage }: buyer expected { $expected } off, { $rep } offered { $offered }
week-lost-morale = { $account } lost at { $stage }: { $rep }'s morale is { $level }
week-lost-rep-left = { $account } lost at { $stage }: nobody picked it up after the rep left
week-lost-reviewed = { $account } lost at { $stage }: closed out as dead in a pipeline review
week-discount-request = { $rep } asks to give { $account } { $asked } off (your cap is { $cap })
week-stalled = { $rep }'s { $account } deal is stalling: { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } in { $stage }
week-coached = { $rep } was coached on { $skill }
week-quit = { $name } resigned (morale { $morale }); { $deals ->
        [one] 1 open deal
       *[other] { $deals } open deals
    } went with them
week-fired = { $name } was let go; { $deals ->
        [one] 1 open deal was
       *[other] { $deals } open deals were
    } dropped
week-hire-started = Hiring for seat { $seat } started: the new rep starts in week { $week }
week-joined = { $name } joined in seat { $seat } and starts ramping up
week-leads-turned-away = { $rep } turned away { $count ->
        [one] 1 lead
       *[other] { $count } leads
    }: the pipeline is at its limit of open deals
week-events-skipped = { $count ->
        [one] 1 event
       *[other] { $count } events
    } more this week did not happen: at most { $limit } events take effect in one week
week-metrics-stale = The value-metrics pack is stale: buyers no longer believe the numbers
week-news-stale = You have had nothing new to tell customers for a while: competitors are getting in
week-review-nothing = Pipeline review with { $rep }: no dead or stuck deals
week-review-closed = Pipeline review with { $rep }: { $closed ->
        [one] 1 dead deal
       *[other] { $closed } dead deals
    } closed out
week-review-unstuck = Pipeline review with { $rep }: { $unstuck ->
        [one] 1 stuck deal
       *[other] { $unstuck } stuck deals
    } moving again
week-review-both = Pipeline review with { $rep }: { $closed ->
        [one] 1 dead deal
       *[other] { $closed } dead deals
    } closed out, { $unstuck ->
        [one] 1 stuck deal
       *[other] { $unstuck } stuck deals
    } moving again

## Actions: short labels for tables and timelines

action-label-coach = coach
action-label-ride-along = ride along
action-label-super-close = super-close
action-label-pipeline-review = pipeline review
action-label-metrics-pack = metrics pack
action-label-differentiation-workshop = differentiation workshop
action-label-prospecting-plan = prospecting plan
action-label-recognize = recognition
action-label-hire = hire
action-label-fire = fire
action-label-ask-outlook = ask for outlook
action-label-ask-whats-new = ask what's new
action-label-carry-book = carry a book
action-label-approve = discount decision

## Actions: the planner's menu

action-menu-coach = Coach a rep on a skill
action-menu-pipeline-review = Pipeline review with a rep
action-menu-prospecting-plan = Prospecting plan for a rep
action-menu-recognize = Recognise a rep
action-menu-metrics-pack = Build / refresh value-metrics pack
action-menu-differentiation-workshop = Differentiation workshop
action-menu-ask-outlook = Ask executives for a 2-year outlook
action-menu-ask-whats-new = Ask executives what's new
action-menu-carry-book = Work your own book
action-menu-hire = Start hiring into a vacant seat
action-menu-fire = Let a rep go
action-menu-ride-along = Ride along on a deal
action-menu-super-close = Close a deal yourself
action-menu-approve = Answer a discount request

## Actions: one planned action naming its target

action-seat = seat { $seat }
action-coach = Coach { $rep } on { $skill }, { $hours } h
action-ride-along = Ride along: { $deal }
action-super-close = Super-close: { $deal }
action-pipeline-review = Pipeline review with { $rep }
action-metrics-pack = Build value-metrics pack
action-differentiation-workshop = Differentiation workshop
action-prospecting-plan = Prospecting plan for { $rep }
action-recognize = Recognise { $rep }
action-hire = Hire into seat { $seat }
action-fire = Let { $rep } go
action-ask-outlook = Ask for a two-year outlook
action-ask-whats-new = Ask what's new
action-carry-book = Own book, { $hours } h
action-approve = Approve { $discount } off: { $deal }

## Why a plan cannot be carried out

plan-over-budget = the plan needs { $needed } h but only { $available } h are free this week
plan-no-goodwill = { $what } needs { $needed } goodwill but the executives have { $available }
plan-no-such-rep = there is no rep in seat { $seat }
plan-vacant-seat = seat { $seat } is vacant
plan-seat-filled = seat { $seat } is already filled
plan-book-seat = seat { $seat } is the manager's own book
plan-no-such-deal = deal { $deal } is not open
plan-no-request = deal { $deal } has no pending discount request
plan-out-of-range = { $what }: { $value } is outside { $min }..={ $max }
plan-finished = the scenario is over
plan-what-approved-discount = approved discount
plan-what-absorb = share of demands absorbed
plan-what-discount-cap = discount cap

# The model's own names: the manager's seat and a hire when the scenario names none.
rep-own-book = Your own book
rep-new-hire = New rep { $n }
plan-what-own-book-hours = hours on your own book
plan-what-coaching-hours = coaching hours

## What a rep's funnel shows

diag-heavy-discount = discounts heavily: asks for { $avg } off on average ({ $asks ->
        [one] 1 request
       *[other] { $asks } requests
    })
diag-few-leads = few leads: { $leads } in { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } (benchmark { $benchmark }), so { $proposals ->
        [one] 1 proposal
       *[other] { $proposals } proposals
    }
diag-weak-stage = weakest stage is { $stage }: { $conversion } of deals move on (benchmark { $benchmark }) — { $skill } drives it
diag-no-clear-pattern = no clear pattern yet: { $stage } lags a little, on { $left ->
        [one] 1 deal
       *[other] { $left } deals
    }

# A deal's health, as the deal table says it.
week-health-on-track = on track
week-health-slow = slow
week-health-stale = stale
week-health-poor-fit = poor fit
