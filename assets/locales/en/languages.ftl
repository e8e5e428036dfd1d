# Warnings about the languages of a scenario's texts (`pitcrew validate`, the game's
# scenario picker). Each follows a field path: `events[2].text: no German (de); …`.
# $shown is the language code readers see instead; $code a language code as written.
lang-missing-de = no German (de); German readers see the { $shown ->
        [en] English
       *[other] "{ $shown }"
    } text
lang-missing-en = no English (en); English readers see the { $shown ->
        [de] German
       *[other] "{ $shown }"
    } text
lang-unknown = "{ $code }" is not a language Pit Crew speaks (en, de); nobody sees this text
lang-empty = the { $code } text is empty
lang-no-text = has no text in any language; write a string or {"{"}"en": "…", "de": "…"{"}"}

# The five lessons' names (scenario picker, briefing).
lang-lesson-l1 = Coach, don't super-close
lang-lesson-l2 = Metrics, not price cuts
lang-lesson-l3 = Diagnose the pipeline
lang-lesson-l4 = Executives are the pit crew
lang-lesson-l5 = The four imperatives

# Event kinds by name (the facilitator's cards without a text of their own).
lang-event-competitor-price-cut = competitor price cut
lang-event-rep-resigns = key rep resigns
lang-event-product-launch = new product launch
lang-event-reporting-crunch = reporting crunch
lang-event-economic-slowdown = economic slowdown
lang-event-big-rfp = big-account RFP

# The --lang flag names no language Pit Crew speaks.
lang-flag-unknown = '{ $value }': Pit Crew speaks en and de
