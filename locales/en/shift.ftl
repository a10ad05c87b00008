## The shift (交班) and the day close (日结)

shift-error-already-open = Shift { $number } is already open on this desk; close it first (`frontdesk shift close --counted AMOUNT`)
shift-error-not-open = No shift is open on this desk; open one first (`frontdesk shift open --float AMOUNT`)
shift-error-nothing-to-accept = No closed shift on this desk waits to be accepted
shift-error-own-shift = { $who } closed this shift, so the next operator accepts it, not { $who }
shift-error-no-such-shift = This desk has no shift { $number }
shift-error-no-shifts = No shift has been opened on this desk yet
shift-error-overflow = The shift's totals are too large to add up

shift-method-not-recorded = Not recorded

shift-slip-name = { $desk } #{ $number }
shift-owner = { $who }'s shift #{ $number }
shift-slip-title = Shift slip { $name }
shift-slip-opened = Opened    { $at }  by { $who }
shift-slip-closed = Closed    { $at }  by { $who }
shift-slip-still-open = Still open: figures so far
shift-slip-accepted = Accepted  { $at }  by { $who }
shift-col-method = Method
shift-col-sales = Sales
shift-col-top-ups = Top-ups
shift-col-refunds = Refunds
shift-total = Total
shift-float = Opening float
shift-cash-in = Cash taken
shift-cash-out = Cash paid out
shift-expected-cash = Expected cash
shift-counted-cash = Counted cash
shift-difference = Difference
shift-counts = Check-ins { $check_ins } · services { $services } · complaints { $complaints }
shift-day-title = Day close { $date }: { $count ->
    [one] 1 shift
   *[other] { $count } shifts
}
shift-day-row = { $name }  closed by { $who }  sales { $sales }  difference { $difference }

audit-shift-open = shift opened
audit-shift-close = shift closed
audit-shift-accept = shift accepted

## In the app
action-shift-toggle = Open the shift (cash float) or close it (cash counted)
hint-shift-toggle = Shift
shift-open-title = Open the shift: the cash float in the drawer
shift-close-title = Close the shift: the cash counted in the drawer
shift-opened = Opened shift { $name } with a float of { $float }
shift-opened-accepting = Accepted shift { $accepted } and opened shift { $name } with a float of { $float }
shift-closed = Closed shift { $name }: counted { $counted }, difference { $difference }
shift-slip-hint = Esc closes the slip
