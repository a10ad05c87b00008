# The terminal app's own words beyond the catalog's: pickers, the language switch, messages.
choice-yes = yes
choice-no = no

# The help overlay and the status-line hints: per action, a description and a short label.
action-app-quit = Quit frontdesk
hint-app-quit = Quit
action-app-help = Show or hide this help
hint-app-help = Help
action-app-language = Switch the language: English, 简体中文
hint-app-language = 中文
action-app-messages = Show the recent messages in full
hint-app-messages = Messages
action-back = Back, cancel, close the overlay
hint-back = Back
action-sync-now = Sync with other desks now
hint-sync-now = Sync
action-demo-load = Load demo data into an empty store
hint-demo-load = Load demo
action-noop = Do nothing (unbinds a key)
action-pane-lookup = Lookup: find a member
hint-pane-lookup = Lookup
action-pane-checkin = Check-in: today's arrivals
hint-pane-checkin = Check-in
action-pane-service = Service: log what was served
hint-pane-service = Service
action-pane-complaints = Complaints: new complaint and open board
hint-pane-complaints = Complaints
action-pane-insights = Insights: today at a glance
hint-pane-insights = Insights
action-pane-care = Care: birthdays, lapsing regulars, follow-up calls
hint-pane-care = Care
action-member-new = New member
hint-member-new = New
action-member-edit = Edit the selected member
hint-member-edit = Edit
action-member-open = Open the selected member's card
hint-member-open = Open
action-member-checkin = Check in the selected member
hint-member-checkin = Check in
action-member-service = Log a service for the selected member
hint-member-service = Service
action-member-complaint = New complaint about the selected member
hint-member-complaint = Complaint
action-points-adjust = Adjust the member's points, with a reason
hint-points-adjust = Points
action-data-export = Export members, visits, services and complaints as CSV
hint-data-export = Export
action-checkin-walkin = Check in a walk-in guest
hint-checkin-walkin = Walk-in
action-complaint-new = New complaint
hint-complaint-new = New
action-complaint-advance = Move the selected complaint to its next status
hint-complaint-advance = Advance
action-complaint-open = Open the selected complaint
hint-complaint-open = Open
action-form-submit = Save the form
hint-form-submit = Save
action-form-next-field = Next field
hint-form-next-field = Next
action-form-prev-field = Previous field
hint-form-prev-field = Prev
action-list-up = Move up
hint-list-up = Up
action-list-down = Move down
hint-list-down = Down
action-list-page-up = Page up
hint-list-page-up = Page up
action-list-page-down = Page down
hint-list-page-down = Page down
action-list-home = First item
hint-list-home = First
action-list-end = Last item
hint-list-end = Last
help-section-general = General
help-section-panes = Panes
help-section-members = Members
help-section-check-in = Check-in
help-section-complaints = Complaints
help-section-forms = Forms
help-section-lists = Lists

# The recent messages overlay.
messages-title = Recent messages
messages-none = Nothing has been said yet.

# Dates and times. $m and $d are the month and day as numbers; English writes them with two
# digits ("03-21").
clock = { $weekday } { TWO($m) }-{ TWO($d) } { $time }
weekday = { $n ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
when-this-year = { TWO($m) }-{ TWO($d) } { $time }
when-other-year = { $year }-{ TWO($m) }-{ TWO($d) }
when-day = { TWO($m) }-{ TWO($d) }
age-minutes = { $n }m
age-hours = { $n }h
age-days = { $n }d

# The trade's own nouns ($trade: restaurant, salon or hotel).
trade-place-label = { $trade ->
    [salon] Chair
    [hotel] Room
   *[restaurant] Table
}
trade-place-hint = { $trade ->
    [salon] chair or room, such as C3
    [hotel] room number, such as 1203
   *[restaurant] table, such as T8
}
trade-staff-label = { $trade ->
    [salon] Stylist
    [hotel] Front desk
   *[restaurant] Waiter
}
trade-staff-hint = { $trade ->
    [salon] who does the service
    [hotel] who checks them in
   *[restaurant] who serves the table
}

# A mistake in a store's own message file ($what is the reader's own words).
messages-file-problem = { $file }, line { $line }: this message could not be read ({ $what }); the usual wording is kept

# Words the program wrote into the record, shown in the language in use.
ledger-service = service: { $items }
ledger-redeemed-bill = redeemed against a bill of { $amount }
ledger-redeemed = redeemed against a bill
ledger-redeemed-note = redeemed: { $note }
ledger-referred = referred { $name }
ledger-compensation = complaint compensation
ledger-expired = { $remaining } of { $points } points earned { $date } expired after { $months } months
complaint-step-received = received

# After the day of a birthday, the age turned: "today, turns 38".
care-when-turns = , { $turns }
trade-person-label = { $trade ->
    [salon] Client
   *[other] Guest
}

# The status line about an open form.
said-fields-fixed = Every field is right now: Enter saves
said-quit-with-form = The form is not saved: Ctrl-Q again quits without saving, Esc goes back to it
messages-file-control = { $file }, line { $line }: control characters (an escape sequence?) are not shown; the usual wording is kept
messages-file-unreadable = { $file } could not be read ({ $why }); save it as UTF-8 text. The usual wording is kept
