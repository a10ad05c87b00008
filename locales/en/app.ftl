# Every word of the terminal app and of the domain's rules, as `src/catalog/speak.rs` asks
# for it (the `Catalog` trait, one message per method).
#
# How the ids and $variables are made (the same in every language):
# - a message's id is its method's name with `_` written `-` (`checked_in` → checked-in);
#   its $variables are the method's parameter names ($who, $party);
# - numbers are numbers, so plural selectors work:
#   { $count -> [one] 1 visit *[other] { $count } visits }
#   and an exact number can be picked out: { $months -> [0] in all *[other] … };
#   amounts of money arrive already written out (12850 cents → 128.50);
# - a yes/no parameter arrives as `true` or `false`: { $signed -> [true] … *[false] … };
# - a method given one of a fixed set of values (a category, a status, a form field, an
#   error) has one message per value: <method>-<value> (category-waiting,
#   field-checkin-staff-label, desk-error-no-such-member), with the value's own fields as
#   $variables;
# - an optional value that may be missing has <method>-some and <method>-none.

## Errors of the desk and of the app's own threads

desk-error-invalid = { $errors }; nothing was saved
desk-error-no-such-member = no member has the id, card number or phone "{ $key }"; try `frontdesk member find`
# $members: each as "name (id)", joined by commas.
desk-error-ambiguous-member = "{ $key }" matches { $count } members: { $members }; use the member id
desk-error-no-member-key = name the member by id, card number or phone number
desk-error-not-a-member-id = "{ $key }" is not a member id; give the id of the merged member as `frontdesk member merge` printed it
desk-error-not-a-complaint-id = "{ $key }" is not a complaint id; ids look like 3f9a0c2b1d4e5f60-42 (see `frontdesk complaint list`)
desk-error-no-such-complaint = no complaint has the id { $id }; see `frontdesk complaint list --all`
# $now: the status's name; $next: the statuses it can still move to, as the command line
# writes them (in-progress, resolved).
desk-error-status-backwards = complaint { $id } is { $now }; its status only moves forward (to { $next })
# A closed complaint: no status comes after it.
desk-error-status-backwards-closed = complaint { $id } is { $now }; its status only moves forward and it is already closed
desk-error-compensation-needs-member = points can only be given to a member; this complaint has none
desk-error-nothing-to-change = nothing to change
# $error: why the points change is refused (points-error-…).
desk-error-points = { $error }; nothing was saved
desk-error-files = could not write to { $path }: { $error }; check the disk and the folder
# A possible duplicate without the member it may duplicate.
desk-error-possible-duplicates = this member may already be held
worker-gone = The store worker stopped, so nothing more can be saved: quit with Ctrl-Q and start frontdesk again
search-gone = Lookup has stopped answering; quit with Ctrl-Q and start frontdesk again (the log file says why)
job-panicked = Something went wrong in the background and nothing was saved; try again, and if it repeats see the log file

## The frame: title bar, tabs, status line

app-name = frontdesk
# The clock in the title bar, as a chrono format (%a weekday, %m month, %d day, %H:%M time).
window-too-small = The window is { $width }x{ $height }; frontdesk needs at least { $min_width }x{ $min_height }. Make it larger.
tab-lookup = Lookup
tab-checkin = Check-in
tab-service = Service
tab-complaints = Complaints
tab-insights = Insights
tab-care = Care
progress = { $label }: { $percent }% ({ $done } of { $total })
help-title = Keys (Up/Down to scroll, Esc to close)

## Domain values as the screen names them

complaint-status-open = open
complaint-status-in-progress = in progress
complaint-status-resolved = resolved
complaint-status-followed-up = followed up
complaint-status-closed = closed
category-quality = quality
category-service = service
category-waiting = waiting
category-billing = billing
category-hygiene = hygiene
category-other = other
severity-low = low
severity-medium = medium
severity-high = high
gender-unspecified = -
gender-female = F
gender-male = M
gender-other = O
points-kind-earn = earn
points-kind-redeem = redeem
points-kind-adjust = adjust
points-kind-expire = expire
points-kind-referral = referral
points-kind-compensation = compensation
points-count = { $points } points

## Lookup

find-label = Find:
results-after-indexing = Reading the members into the search index; results appear as soon as it is ready.
indexing = indexing members…
shown-of = { $shown } of { $total } shown
found = { $total } found
welcome-title = Welcome
welcome-empty-store =
    This store is empty.

    Press { $demo_key } to load demo data ({ $members } members with visits, services and complaints over the past year), or { $new_key } to add the first member.
lookup-start-hint =
    Type a name, pinyin (zw for 张伟), a phone number or its last 4 digits, a card number, or #tag.
    Enter opens the member card.
no-member-matches = No member matches "{ $query }". { $new_key } adds a new member.
searching = Searching…
lookup-headers-name = Name
lookup-headers-phone = Phone
lookup-headers-tier = Tier
lookup-headers-points = Points
lookup-headers-last-visit = Last visit
lookup-headers-alerts = Alerts
badge-allergy = allergy
badge-complaint = complaint
badge-birthday = birthday

## Member card

card-visits-title = Visits ({ $count })
card-services-title = Services ({ $count })
card-complaints-title = Complaints ({ $count })
card-ledger-title = Points ledger (balance { $balance })
card-ledger-title-expiry = Points { $balance }; { $expiring } expire { $when }
# With no benefits the tier's name stands alone.
tier-benefits = { $tier }: { $benefits }
# $tier: the next tier; $needs: what it takes to reach it.
standing-some =
    Spend { $spend }, { $visits ->
        [one] 1 visit
       *[other] { $visits } visits
    } { $months ->
        [0] in all
       *[other] in { $months } months
    }; { $tier } at { $needs }
# Already in the top tier.
standing-none =
    Spend { $spend }, { $visits ->
        [one] 1 visit
       *[other] { $visits } visits
    } { $months ->
        [0] in all
       *[other] in { $months } months
    }; top tier
tier-event-line = { $headline } { $when } by { $who }: { $reason }
settings-reloaded = The settings file changed; the new settings are in force
tier-headline =
    { $upgrade ->
        [true] Upgraded to { $to }
       *[false] Moved down to { $to }
    }
open-card-first = Open a member card first (Enter in Lookup)
syncing = Syncing with the sync folder
busy-wait = Still working on the last request; wait for it to finish
sync-state-some = synced { $last } · { $unexported } unsent
sync-state-none = never synced · { $unexported } unsent
possible-duplicate = Possible duplicate of { $name } { $phone } ({ $reason }): Enter saves anyway, Esc cancels
care-row-without-member = This complaint is not linked to a member
care-loading = Reading birthdays, visit rhythms and follow-ups
care-birthdays = Birthdays today and in the next { $days_ahead } days ({ $count })
care-lapsing = Regulars away longer than their rhythm ({ $count })
care-followups = Follow-up calls due ({ $count })
care-when =
    { $days_until ->
        [0] today
        [1] tomorrow { $date }
       *[other] in { $days_until } days { $date }
    }
care-turns = turns { $age }
# $usual_days: the usual number of days between visits; $away_days: days since the last.
care-rhythm =
    { $visits ->
        [one] 1 visit
       *[other] { $visits } visits
    }, every { $usual_days }d, away { $away_days }d
care-resolved-ago = resolved { $days } days ago
care-empty = none
tier-reason =
    spend { $spend } and { $visits ->
        [one] 1 visit
       *[other] { $visits } visits
    } { $months ->
        [0] in all
       *[other] in the last { $months } months
    }
export-no-folder = There is no folder to export into: this store lives in memory
exporting = Exporting CSV files
exported = Exported { $files } CSV files ({ $rows } rows) to { $folder }
expired-points = { $points } points past their lifetime expired ({ $entries } ledger entries)
with-tier-change = { $done } · { $headline }
card-visit = { $when } party { $party } { $location } { $staff }
none-yet = none yet
card-number = card { $card }
card-contact =
    Phone { $phone }   Gender { $gender }   Birthday { $birthday }   Marketing { $marketing ->
        [true] yes
       *[false] no
    }
card-stats = Visits { $visits }   Spend { $spend }   Tags { $tags }
no-alerts = No alerts
open-complaints = { $count } open complaint(s)
card-notes = Notes: { $notes }

## Check-in

checkin-member-hint = { $checkin_key } checks in { $name }
checkin-select-hint = Select a member in Lookup ({ $lookup_key }), then { $checkin_key }
walkin-hint = { $walkin_key } checks in a walk-in
arrivals-summary = Today's arrivals: { $parties } parties, { $guests } guests
walk-in = walk-in
arrivals-headers-time = Time
arrivals-headers-guest = Guest
arrivals-headers-party = Party
arrivals-headers-table = Table
arrivals-headers-staff = Staff

## Service

service-select-hint = Select a member in Lookup ({ $lookup_key }), then press { $service_key } to log a service.
service-hint = { $service_key } logs a service · recent services:
service-headers-when = When
service-headers-amount = Amount
service-headers-points = Points
service-headers-staff = Staff
service-headers-items = Items

## Complaints

no-open-complaints = No complaints are open.
late-mark = late
complaint-headers-age = Age
complaint-headers-status = Status
complaint-headers-severity = Sev
complaint-headers-category = Category
complaint-headers-member = Member
complaint-headers-description = What happened
complaint-board-title = Complaints not closed: { $total } ({ $open } open, { $overdue } overdue)
# $status: the status's name (complaint-status-…).
complaint-detail = { $status } · assigned to { $assignee } · resolution: { $resolution } · given: { $compensation }
nobody-yet = nobody yet
complaint-step = { $when } { $step } by { $operator }: { $note }
step-note = note

## Insights

insights-chart-title = Guests arriving by hour, today
insights-care = Care: { $birthdays } birthdays this week · { $lapsing } regulars lapsing · { $followups } follow-ups due
insights-summary-title = At a glance
insights-today = Today: { $parties } parties, { $guests } guests, { $walk_ins } walk-in parties
insights-complaints = Complaints: { $open } open · { $in_progress } in progress · { $to_follow_up } to follow up · { $followed_up } followed up
insights-overdue = { $overdue } overdue for a first response

## Forms: each field's label (at most 13 columns wide) and the hint shown while it is empty

field-name-label = Name
field-name-hint = required
field-phone-label = Phone
field-phone-hint = 13812345678 or +44...
field-card-label = Card no.
field-card-hint = optional
field-gender-label = Gender
field-gender-hint = F, M, O or empty
field-birthday-label = Birthday
field-birthday-hint = YYYY-MM-DD
field-tags-label = Tags
field-tags-hint = vip, regular...
field-alerts-label = Alerts
field-alerts-hint = peanut allergy; no pork
field-notes-label = Notes
field-notes-hint = preferences
field-consent-label = Marketing
field-consent-hint = y or n
field-party-label = Party
field-party-hint = guests, 1-99
field-location-label = Table/room
field-location-hint = table, room or chair
field-checkin-staff-label = Staff
field-checkin-staff-hint = who serves them
field-items-label = Items
field-items-hint = what was served, comma-separated
field-service-staff-label = Staff
field-service-staff-hint = who served
field-amount-label = Amount
field-amount-hint = such as 128.50
field-category-label = Category
field-category-hint = quality service waiting billing hygiene other
field-severity-label = Severity
field-severity-hint = low, medium, high
field-description-label = What happened
field-description-hint = as the guest said it
field-assignee-label = Assign to
field-assignee-hint = person or department
field-progress-note-label = Note
field-progress-note-hint = what was said to the guest
field-resolution-label = Resolution
field-resolution-hint = apology, discount, refund...
field-compensation-label = Compensation
field-compensation-hint = what was given, if anything
field-note-label = Note
field-note-hint = optional
field-follow-up-label = Follow-up
field-follow-up-hint = did the guest say they are satisfied?
field-redeem-label = Redeem pts
field-redeem-hint = points taken off this bill, if any
field-points-delta-label = Points
field-points-delta-hint = +50 adds, -50 takes away
field-reason-label = Reason
field-reason-hint = required: why the points change
field-compensation-points-label = Points given
field-compensation-points-hint = points to settle it, if any
new-member-title = New member
edit-member-title = Edit { $name }
checkin-title = Check in { $name }
checkin-walkin-title = Check in a walk-in guest
service-title = Service for { $name }
complaint-title = Complaint from { $name }
complaint-no-member-title = Complaint (no member)
# $from, $to: the statuses' names (complaint-status-…).
advance-title = Complaint: { $from } -> { $to }
points-preview = Points earned on save: +{ $points }
points-preview-no-amount = Points earned on save: enter the amount
category-invalid = choose quality, service, waiting, billing, hygiene or other
severity-invalid = write low, medium or high
points-invalid =
    { $signed ->
        [true] write whole points, such as +50 or -20
       *[false] write whole points, such as 100, or leave it empty
    }
adjust-points-title = Adjust points of { $name } (balance { $balance })
with-balance = { $preview } · { $tier }, balance { $balance }
redeemed-against-bill = redeemed against a bill of { $amount }
with-redeemed = { $done }, { $points } points redeemed
# $points arrives with its sign written: +50, -20.
points-adjusted = Adjusted points of { $name } by { $points }

## Results of saving

saved-new-member = Saved new member { $name }
saved-changes = Saved changes to { $name }
walk-in-guest = walk-in guest
checked-in = Checked in { $who }, party of { $party }
saved-service = Saved service for { $name }: { $amount }, +{ $points } points
# $category: the category's name (category-…).
complaint-recorded = Complaint recorded ({ $category })
# $status: the status's name (complaint-status-…).
complaint-now = Complaint is now { $status }
nothing-changed = Nothing changed
not-saved-fields =
    Not saved: { $count } { $count ->
        [one] field
       *[other] fields
    } to fix

## Status messages

cancelled = Cancelled; nothing was saved
form-cancelled = Form cancelled; nothing was saved
sync-not-set-up = Sync between desks is not set up on this desk
loading-demo = Loading demo data
demo-loaded = Loaded demo data: { $members } members with visits, services and complaints
edit-needs-member = Select a member in Lookup first, then edit
checkin-needs-member = Select a member in Lookup (F2) first, or press the walk-in key for a guest without a card
service-needs-member = Select a member in Lookup (F2) first: a service is logged for a member
complaint-closed = This complaint is closed
no-complaint-selected = There is no complaint selected
complaint-no-member = This complaint is not linked to a member

## Runtime and start-up

store-in-memory = memory
not-saved = Not saved: { $error }
member-gone = That member no longer exists: it was deleted or merged
demo-failed = Demo data could not be loaded: { $error }
keymap-unreadable = The keymap file { $path } could not be read ({ $error }); using the default keys
with-more =
    { $more ->
        [0] { $first }
       *[other] { $first } (and { $more } more)
    }

## Validation

field-message = { $field }: { $message }
required = { $field } is required
control-characters = remove the control characters (tabs, escapes, line breaks)
too-long = too long: { $chars } characters, at most { $max }
card-invalid = use letters, digits and dashes only
not-a-date = "{ $typed }" is not a date; write it as YYYY-MM-DD, such as 1990-05-17
birthday-in-future = the birthday is in the future; check the year
birthday-before = the birthday is before { $year }; check the year
gender-invalid = write F, M, O or leave it empty
too-many-tags = at most { $max } tags
party-invalid = party size is a number from 1 to { $max }
consent-invalid = write y or n
amount-empty = enter an amount, such as 128.50
amount-negative = the amount cannot be negative; enter 0 or more
amount-too-many-decimals = the amount has more than 2 decimals; round it to cents, such as 128.50
amount-not-a-number = "{ $typed }" is not an amount; use digits and one point, such as 128.50
amount-too-large = the amount is too large; check the figure
phone-empty = enter a phone number
phone-invalid = "{ $typed }" is not a phone number: use a mainland mobile (11 digits starting with 1, such as 13812345678) or an international number starting with +
points-not-positive = enter a number of points above 0
points-short = the balance is { $balance } points; { $wanted } points cannot be redeemed
points-no-reason = an adjustment needs a reason, such as "goodwill after a late table"
points-zero = an adjustment of 0 points changes nothing
points-below-zero = the balance is { $balance } points; taking off { $wanted } would leave it below zero

## Member import

# $problem: what is wrong with the cell (row-problem-…, date-problem-…, or a field's rule).
row-error = row { $row }, { $column }: { $problem }
row-problem-email = "{ $typed }" is not an email address, such as ann@example.com
date-problem-not-a-date = "{ $raw }" is not a date; write it as 1990-05-17 (year-month-day), such as 1990-05-17
date-problem-no-four-digit-year = "{ $raw }" has no four-digit year; write it as 1990-05-17
# $day_first, $month_first: the two dates it could be (date-problem-long-date);
# $example: the first of them as it should be written (1990-06-05).
date-problem-ambiguous = "{ $raw }" could be { $day_first } or { $month_first }; write it as year-month-day, such as { $example }
# A date written out in full, for date-problem-ambiguous: 5 June 1990.
date-problem-long-date =
    { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

# A field's name inside a sentence, from its key (name, phone, party, …): English says the key,
# except for the keys of a record's times and links, which only a forged bundle gets wrong.
field-name = { $key ->
    [clock] the operation's clock
    [at] its time
    [created] the time it was created
    [updated] the time it was updated
    [history] its history
    [spend] the spend
   *[other] { $key }
}

# What reaching a tier takes.
tier-threshold-none = no threshold
tier-threshold-spend = spend { $spend }
tier-threshold-visits = { $visits } visits
tier-threshold-both = spend { $spend } or { $visits } visits

points-too-many = at most { $max } points at a time; check the number
