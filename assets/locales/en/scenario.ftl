# Messages about scenario files (and every file read the same way): reading them
# (`load-`), their syntax (`explain-`), and their meaning (`val-`). A message names
# the file, line and column, and the field path, outside these sentences.

## Reading a file

load-unreadable = { $path }: cannot read the file: { $message }
load-too-big = { $path }: the file is { $size } bytes; files of this kind are limited to { $max } bytes ({ $limit }); a real one is far smaller
load-more-than = more than { $max }
load-bytes = { $n } bytes
load-not-a-file = { $path }: cannot read the file: it is { $kind ->
        [folder] a folder
        [pipe] a named pipe
        [device] a device
        [socket] a socket
       *[other] not a regular file
    }, not a regular file; give the path of a .ron file
load-empty = { $path }: the file is empty; a scenario is a RON record `( id: ..., title: ..., ... )`
load-not-text = { $path }: not a text file (invalid UTF-8 at byte { $offset }); save it as plain UTF-8 text
load-not-text-utf16 = { $path }: not a text file (invalid UTF-8 at byte { $offset }); it looks like UTF-16 text (as some Windows editors save it); save it as plain UTF-8 text (e.g. Notepad: Save as, Encoding: UTF-8)
load-too-many-escapes = too many escapes (`\n`, `\"`, `\\`, ...) in long text: { $escapes } escapes here, spread over { $span } characters before the next double quote, take the file past the limit of { $max } escapes × characters (a 20 000-character text may hold about 10 000 escapes); write line breaks as real line breaks, or shorten the text
load-unknown-field = unknown field `{ $field }`; expected one of: { $expected }
load-unknown-field-in = unknown field `{ $field }` in { $within }; expected one of: { $expected }
load-missing-field = missing required field `{ $field }`
load-missing-field-in = missing required field `{ $field }` in { $within }
load-field-twice = the field `{ $field }` is given twice
load-language-twice = the language "{ $lang }" is given twice
load-expected-text = text in double quotes ("Sam"), or one per language ({"{"}"en": "…", "de": "…"{"}"})
load-field-twice-in = the field `{ $field }` is given twice in { $within }
load-too-deep = nesting is deeper than { $max } levels; a scenario never needs that
load-number-out-of-range = the number is out of range
load-unreadable-word = a word or number here cannot be read
# RON's syntax errors a trainer meets, in the reader's words (`load::words`).
load-unknown-choice = unknown choice `{ $found }`; expected one of: { $expected }
load-unknown-choice-in = unknown choice `{ $found }` in { $within }; expected one of: { $expected }
load-expected-record = Expected opening `(` for { $kind }
load-expected-open-paren = Expected opening `(`: a record in parentheses is wanted here, ( name: value, … )
load-expected-close-paren = Expected closing `)`: the record ends here, or a `,` is missing before the next field
load-expected-close-bracket = Expected closing `]`: the list ends here, or a `,` is missing before the next item
load-expected-open-brace = Expected opening `{"{"}`
load-expected-close-brace = Expected closing `{"}"}`: the map ends here, or a `,` is missing before the next entry
load-expected-colon = Expected colon: a name and its value are written `name: value`
load-unclosed-text = the text is not closed: its closing `"` is missing
load-eof = Unexpected end of RON: the file ends before a `)`, `]` or `{"}"}` closes what was opened, or before a value
load-unclosed-comment = a `/*` comment is not closed with `*/`
load-unexpected-char = the character `{ $char }` cannot stand here
load-value-missing = a value is missing here, before `{ $char }`
load-expected-name = Expected identifier: a name is wanted here, written without quotes (a choice such as `Medium`, or a field)
load-trailing = there is more after the file's last closing bracket: remove it, or check the brackets before it


## Meaning checks (after the field path)

val-not-finite = is not a finite number; allowed { $lo }..={ $hi }
val-out-of-range = { $value } is outside the allowed range { $lo }..={ $hi }
val-empty = must not be empty
val-too-long = is { $chars } characters; at most { $max }
# A text written per language, checked in every language: $code is the one at fault.
val-empty-in = the { $code } text must not be empty
val-too-long-in = the { $code } text is { $chars } characters; at most { $max }
val-bad-id = { $id } must be 1-64 characters of a-z, 0-9 and '-' (it names run files)
val-no-reps = needs at least one rep
val-too-many-reps = has { $reps } reps; at most { $max } are allowed
val-name-twice = { $name } is used twice
val-no-accounts = needs at least one account name
val-too-many-accounts = has more than { $max } names
val-closed-stage-skills = only open stages (Prospect..Negotiate) have skills
val-week-and-chance = give either `week` or `chance`, not both
val-week-or-chance = needs `week` (when it fires) or `chance` (per week)
val-week-zero = weeks are numbered from 1
val-week-after-end = fires in week { $week }, after the last week ({ $last })
val-weights-time = hours spent are no longer scored (a score counts outcomes); remove this field and weight `projection`, the next two quarters, instead
val-no-weight = at least one weight must be above 0
val-too-many-events = has { $events } events; at most { $max } are allowed
val-events-in-one-week = { $events } events are scheduled for week { $week }; at most { $max } take effect in one week
val-volume = { $rate } leads per rep per week for { $reps ->
        [one] 1 rep
       *[other] { $reps } reps
    } over { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } would create about { $deals } deals; the limit is { $max }
val-volume-because = { $rate } leads per rep per week for { $reps ->
        [one] 1 rep
       *[other] { $reps } reps
    } over { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } would create about { $deals } deals ({ $because }); the limit is { $max }
val-volume-boom = lead flow raised up to ×{ $boom } by EconomicSlowdown events such as { $event }
val-volume-rfps = about { $rfps } from BigRfp events
val-not-on-team = { $name } is not on the team
val-unchecked = cannot be checked: { $reason }

## Syntax errors explained (after the field path)

explain-percent = write a share as a decimal without `%`: { $value } is { $share }
explain-currency = write money as a plain number without a currency sign: { $number }
explain-in-full = write the number in full, without `{ $suffix }`: { $value } is { $number }
explain-separators = write { $number }: no spaces or thousands separators in numbers (a comma separates fields; `_` may group digits, as in 140_000)
explain-or-more = { $n } or more
explain-curly-quotes = curly quotes (“ ” ‘ ’) do not start text in RON: use straight double quotes ("like this"); turn off smart quotes in your editor
explain-whole-in-range = a whole number is wanted here ({ $range }): write { $number } without a decimal point
explain-whole-maybe = if a whole number is wanted here, write { $number } without a decimal point
explain-int-out-of-range = { $value } is out of range: write a whole number in { $range }
explain-int-out-of-range-min = { $value } is out of range: write a whole number of 0 or more
explain-comma = Expected comma; fields and list items are separated by `,`: check the end of the value before this point
explain-number = a number is wanted here, e.g. 0.75 or 85000.0; { $found }
explain-number-quotes = a number is written without quotes: write { $number }, not { $value }
explain-choice-quotes = a choice is written without quotes: write { $choice }, not { $value }
explain-text = text is wanted here, in double quotes, e.g. "Sam"; { $found }
explain-text-or-languages = text is wanted here, in double quotes ("Sam"), or one per language ({"{"}"en": "Sam", "de": "Sam"{"}"}); { $found }
explain-list = a list is wanted here, in square brackets: [ item, item ]; { $found }
explain-bool = write true or false; { $found }
explain-found = found { $value }
explain-nothing-there = nothing is there

## The file's parts in the reader's words (RON's type names never reach a message)

explain-type-example = { $kind }, e.g. { $example }
explain-type-scenario = the scenario
explain-type-rep = a team member
explain-type-skills = skills
explain-type-per-stage = a per-stage record
explain-type-event = an event
explain-type-event-kind = an event kind
explain-type-hint = a hint
explain-type-hint-trigger = a hint trigger
explain-type-lesson = lesson (L1 to L5)
explain-type-plan = a week's plan
explain-type-script = the decisions script
explain-type-action = an action
explain-type-stage = a stage
explain-type-skill = a skill
explain-type-run-file = the run file
explain-type-week-line = a week's record
explain-type-injection = a recorded event
explain-type-card = a card
explain-type-deck = the deck

## The parameter reference (`pitcrew parameters`): its table's header

param-col-field = Field
param-col-meaning = Meaning
param-col-unit = Unit
param-col-default = Default
param-col-range = Range
