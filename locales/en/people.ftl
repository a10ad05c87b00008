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

## The command line

cli-confirm-delete = Delete { $name } ({ $id }) on every desk?
cli-confirm-erase = Erase the personal data of { $name } ({ $id }) on every desk? This cannot be undone.
cli-confirm-ask = { $question } Type yes to go ahead:
cli-confirm-needs-yes = This cannot be undone and there is no terminal to ask on; add --yes to go ahead
cli-cancelled = Nothing was changed
cli-member-erased = Erased the personal data of member { $id }; their { $visits } visits and { $spend } spent stay as anonymous figures
cli-operator-role = "{ $role }" is not a role; use manager or receptionist
cli-operator-added = Added { $who }
cli-operator-removed = Removed { $who }; they can no longer sign in
cli-pin-prompt = PIN for { $name }:
cli-new-pin-prompt = New PIN for { $name } (4 to 12 digits):
cli-new-pin-again = The same PIN again:
cli-pin-mismatch = The two PINs differ; nothing was changed, try again
cli-pin-needs-terminal = A PIN is needed and there is no terminal to type it on; set FRONTDESK_PIN (FRONTDESK_NEW_PIN for a new operator's PIN)
cli-audit-row = { $at }  desk { $desk }  { $operator }  { $action }
cli-audit-none = No entries match
cli-audit-bad-date = "{ $date }" is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01
