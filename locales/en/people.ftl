# Operators, roles, permissions, privacy and the audit trail.

## Who may do what

desk-error-sign-in-needed = This store has operators: sign in first (F11 at the desk, or --operator NAME with the PIN from the terminal or FRONTDESK_PIN)
desk-error-not-allowed = Only a manager may { $action }; ask a manager to sign in and do it
desk-error-wrong-pin = That name and PIN do not match an operator; check both and try again
desk-error-operator-exists = There is already an operator called { $name }; choose another name, or remove that one first
desk-error-no-such-operator = There is no operator called { $name }; see `frontdesk operator list`
desk-error-first-operator-manager = The first operator must be a manager (--role manager), so that someone can manage the others
desk-error-last-manager = That is the last manager; add another manager before removing this one
desk-error-pin-hash = The PIN could not be stored safely (the system gave no randomness); try again
permission-delete-member = delete a member
permission-merge-members = merge or unmerge members
permission-adjust-points = adjust points by hand
permission-export-personal-data = export members' personal data
permission-erase-member = erase a member's personal data
permission-manage-operators = add or remove operators
permission-read-audit = read the audit trail
permission-restore = restore the store from a backup
permission-desk-work = work at the desk
permission-reveal-phone = see a whole phone number
role-manager = manager
role-receptionist = receptionist
operator-label = { $name } ({ $role })
operator-name-empty = An operator needs a name
operator-name-too-long = An operator's name is at most { $max } characters
operator-name-control = An operator's name cannot hold control or invisible characters
operator-pin-shape = A PIN is { $min } to { $max } digits

## The audit trail

audit-member-upsert = member saved
audit-member-delete = member deleted
audit-member-merge = members merged
audit-member-unmerge = merge undone
audit-visit = check-in
audit-service = service logged
audit-points = points changed
audit-complaint-add = complaint taken
audit-complaint-update = complaint updated
audit-tier-changed = tier changed
audit-data-exported = data exported
audit-operator-set = operator added
audit-operator-remove = operator removed
audit-member-erase = personal data erased
audit-phone-revealed = phone number shown

## The desk app

field-operator-label = Operator
field-operator-hint = your name, as the manager set it up
field-pin-label = PIN
field-pin-hint = 4 to 12 digits
sign-in-title = Sign in to the desk
signed-in = Signed in: { $who }
signed-out = The desk is locked; sign in to go on
no-operators = This store has no operators, so nobody needs to sign in; a manager adds them with `frontdesk operator add`
locked-after-idle = Locked after { $minutes } idle minutes; sign in to go on
phone-revealed = Showing { $name }'s whole phone number (recorded)
audit-title = Audit trail — newest last
audit-title-member = Audit trail of member { $member } — newest last
audit-empty = Nothing recorded yet
audit-row = { $at }  { $desk }  { $operator }  { $action }
locked-operator = locked
action-member-reveal = Show the whole phone number (recorded)
action-operator-sign-in = Lock the desk and sign in, or switch operator
action-app-audit = Audit trail: who did what, when, where (managers)
hint-member-reveal = Phone
hint-operator-sign-in = Sign in
hint-app-audit = Audit
desk-error-sign-in-locked = Too many wrong PINs for that name: it cannot sign in for { $minutes } minutes; a manager can see the tries in the audit trail
audit-sign-in-refused = sign-in refused
desk-unnamed = desk { $id }
