## The command line (frontdesk member …, checkin, service, complaint, care, points,
## export, import, demo, terminal, settings, sync): every word a command prints on stdout
## and stderr. Each message has the same id and the same $arguments in every language.
## The indents, the "·" between facts, the "!" before alerts and the columns stay in the
## program; a message is one line or one part of a line.

## Framing

# An error, one sentence on stderr; the program exits with status 1.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-note = note: { $message }
# An error followed by what caused it.
cli-cause = { $message }: { $cause }
cli-yes = yes
cli-no = no
# Between the items of a list (tags, changed fields), and between alerts.
cli-list-sep = {", "}
cli-alert-sep = {"; "}
# A member field by its key: name, phone, card, gender, birthday, tags, alerts, notes, consent.
cli-field =
    { $key ->
        [consent] marketing consent
       *[other] { $key }
    }
cli-no-data-dir = could not find a data directory for this user; give the store with --store PATH
cli-opening-store = opening the store { $path }

## member add, find, edit, duplicates, merge, unmerge, delete

cli-referral-earned = { $name } ({ $id }) earned { $points } referral points
cli-referral-no-bonus = referred by { $name } ({ $id }); the program gives no referral bonus
cli-maybe-same-person = { $name } ({ $id }) may be the same person ({ $reason }); both members are kept, merge them with `frontdesk member merge`
# Why two members look like one person.
cli-find-more = { $shown } of { $total } matches; use --limit for more
cli-find-none = no member matches "{ $query }"
# A found member: id, name, masked phone, card, tier, points, last visit.
cli-find-row = { $id }  { $name }  { $phone }  { $card }  { $tier }  { $points } pts  last { $last }
cli-edit-nothing = nothing to change: give the fields to edit, such as --name or --phone
cli-member-updated = updated { $name } ({ $id }): { $fields }
cli-member-deleted = deleted { $name } ({ $id })
cli-duplicate-group = { $reason }:
cli-duplicate-row = { $id }  { $name }  { $phone }  card { $card }  born { $born }  { $visits } visits  { $points } pts
cli-duplicates-none = no duplicates found
cli-duplicates-summary =
    { $groups ->
        [one] { $groups } group
       *[other] { $groups } groups
    }; merge with `frontdesk member merge FROM INTO`
cli-merged = merged { $from_name } ({ $from }) into { $into_name } ({ $into })
# $points is signed: +120, -30.
cli-merge-moved =
    moved: { $visits ->
        [one] { $visits } visit
       *[other] { $visits } visits
    }, { $services ->
        [one] { $services } service
       *[other] { $services } services
    }, { $complaints ->
        [one] { $complaints } complaint
       *[other] { $complaints } complaints
    }, { $entries ->
        [one] { $entries } points entry
       *[other] { $entries } points entries
    } ({ $points } points)
cli-merge-tags = tags added: { $tags }
cli-merge-alerts = alerts added: { $alerts }
cli-merge-notes = notes joined
cli-merge-filled = filled in from { $name }: { $fields }
cli-merge-balance = balance of { $name } now { $points } points
cli-merge-undo = undo with: frontdesk member unmerge { $id }
cli-unmerged = undid the merge of { $from_name } ({ $from }) into { $into_name } ({ $into }); its records show under { $from_name } again
cli-unmerge-restored = restored on { $name }: { $fields }

## member show: the member card

cli-card-card = card { $card }
cli-card-phone = phone { $phone }
cli-card-gender = gender { $gender }
cli-card-born = born { $date }
cli-card-stats = tier { $tier } · points { $points } · spend { $spend } · visits { $visits }
cli-card-stats-last = tier { $tier } · points { $points } · spend { $spend } · visits { $visits } (last { $last })
cli-standing-all = counts toward tier: spend { $spend } and { $visits } visits in all
cli-standing-months = counts toward tier: spend { $spend } and { $visits } visits in the last { $months } months
# Follows cli-standing-all or cli-standing-months on the same line.
cli-standing-next = ; next: { $tier } at { $threshold }
cli-card-benefits = benefits: { $benefits }
cli-card-next-expiry = next expiry: { $points } points on { $date }
cli-alerts = ALERTS: { $alerts }
cli-card-tags = tags: { $tags }
cli-card-notes = notes: { $notes }
cli-card-since = marketing consent: { $consent } · member since { $since } · updated { $updated }
cli-open-complaints = open complaints: { $count }
# A history section's title line.
cli-section = { $title } ({ $count }):
cli-section-visits = visits
cli-section-services = services
cli-section-complaints = complaints
cli-section-ledger = points ledger
cli-section-tiers = tier changes
cli-section-more = … { $count } older (all of them with --json)
cli-card-visit-row = { $time }  party { $party }  { $location }  { $staff }
# $amount is right-aligned; $points is signed.
cli-card-service-row = { $time }  { $amount }  { $points } pts  { $items }  ({ $staff })

## What reaching a tier takes


## checkin, service

cli-checked-in = checked in { $name } ({ $id }), party { $party }: visit { $visit }
cli-checked-in-walk-in = checked in a walk-in, party { $party }: visit { $visit }
cli-service-no-item = item: say what was served with --item; nothing was saved
cli-service-logged = service { $service } for { $name } ({ $id }): { $amount }, +{ $points } points as { $tier } (balance { $balance })

## complaint add, list, show, update

cli-category-invalid = category: "{ $text }" is not a category; use quality, service, waiting, billing, hygiene or other
cli-severity-invalid = severity: "{ $text }" is not a severity; use low, medium or high
cli-status-invalid = status: "{ $text }" is not a status; use in-progress, resolved, followed-up or closed
cli-not-a-member = (not a member)
cli-deleted-member = (deleted member)
cli-complaints-none = no complaints
cli-complaints-none-open = no complaints awaiting closure
cli-complaint-title = complaint { $id }: { $status }
cli-complaint-filed = { $category } · { $severity } severity · filed { $time } ({ $age } ago)
cli-complaint-member = member: { $member }
# The member's name and id.
cli-complaint-member-id = { $name } ({ $id })
cli-complaint-assignee = assignee: { $assignee }
cli-complaint-description = description: { $description }
cli-complaint-resolution = resolution: { $resolution }
cli-complaint-compensation = compensation: { $compensation }
cli-complaint-history = history:
# A history step that only adds a note.
cli-step-note = note
cli-step-with-note = { $step }: { $note }
cli-complaint-nothing = nothing to update: give --status, --resolution, --compensation, --assignee or --note
cli-complaint-updated = complaint { $id } updated: { $status }
# How long ago, short, in the complaint list's age column (4 columns wide).
cli-age-minutes = { $n }m
cli-age-hours = { $n }h
cli-age-days = { $n }d

## care birthdays, lapsing, followups

cli-birthday-row = { $id }  { $name }  { $phone }  { $tier }  birthday { $when }
# Follows cli-birthday-row on the same line.
cli-birthday-turns = , turns { $age }
cli-birthday-today = today
cli-birthday-tomorrow = tomorrow
cli-birthday-in-days = in { $days } days ({ $weekday } { $date })
cli-weekday =
    { $day ->
        [mon] Mon
        [tue] Tue
        [wed] Wed
        [thu] Thu
        [fri] Fri
        [sat] Sat
       *[sun] Sun
    }
cli-birthdays-none = no birthdays today or in the next { $days } days
cli-lapsing-row = { $id }  { $name }  { $phone }  { $tier }  { $visits } visits, usually every { $gap } days; last { $last } ({ $days } days ago)
cli-lapsing-none = no regular is away for longer than their usual rhythm allows
cli-no-member = (no member)
cli-followup-row = { $id }  { $member }  { $category }  resolved { $resolved } ({ $days } days ago)  { $description }
cli-followups-none = no follow-up call is due

## export, import members

# $what: members, visits, services or complaints.
cli-exported = exported { $count } { $what } to { $path }
cli-exported-bom = exported { $count } { $what } to { $path } (UTF-8 with BOM)
cli-import-refused =
    { $invalid ->
        [one] { $invalid } row is
       *[other] { $invalid } rows are
    } invalid; nothing was imported (correct the file, or use --skip-invalid to import the { $valid } valid new { $valid ->
        [one] member
       *[other] members
    })
# Goes inside cli-import-dry-run or cli-imported, after the duplicates.
cli-import-skipped = , { $invalid } invalid rows skipped
cli-import-dry-run = dry run: would import { $count } members ({ $duplicates } duplicates left out{ $skipped }); nothing was written
cli-imported = imported { $count } members ({ $duplicates } duplicates left out{ $skipped })
cli-import-columns = columns: { $columns }
cli-import-column = { $header } -> { $field }
cli-import-column-ignored = { $header } (ignored)
# A member field an imported column is read as: name, firstname, lastname, phone, email,
# birthday, notes, card, tags, gender, alerts, consent.
cli-import-field = { $field }
cli-import-invalid = invalid: { $error }
cli-import-duplicate = duplicate: row { $row }, { $name }: { $reason } as { $of }; not imported
cli-import-of-member = existing member { $name } ({ $id })
cli-import-of-member-id = existing member { $id }
cli-import-of-row = row { $row }

## demo, terminal, points

cli-demo-no-members = --members must be at least 1
cli-demo-adds = this store already holds records; demo data is added to them
cli-demo-progress = demo: { $done } of { $total } members ({ $percent }%)
cli-demo-done = demo data: { $members } members, { $visits } visits ({ $walk_ins } walk-ins), { $services } services, { $entries } points entries, { $complaints } complaints ({ $open } open), { $ops } operations in { $seconds } s
cli-not-saved = { $error }; nothing was saved
cli-terminal-named = this desk is now called { $name } (terminal { $terminal })
cli-operator-set = changes made at this desk are now recorded as made by { $name }
cli-points-redeemed = redeemed { $points } points for { $name } ({ $id }); balance { $balance }
# $points is signed: +50, -20.
cli-points-adjusted = adjusted { $name } ({ $id }) by { $points } points; balance { $balance }
cli-points-none-expire = no points are due to expire
cli-points-expired = expired { $points } points in { $entries } ledger entries
cli-points-not-signed = "{ $text }" is not a number of points; write +50 to add or -50 to take off
cli-points-not-whole = "{ $text }" is not a number of points; write a whole number such as 100

## settings check

cli-settings-unreadable = the settings file { $path } could not be read: { $error }
cli-settings-invalid = { $path } is not valid: { $error }
cli-settings-built-in = built in: no settings file, so the restaurant example
cli-settings-language = language: { $language }
cli-settings-language-unknown = language: "{ $code }" is not one this program speaks (zh or en); the environment's language or English is used
cli-settings-care = care: birthdays today and { $birthday_days } days ahead; follow-up calls { $followup_days } days after a complaint is resolved; lapsing after { $lapsing_percent }% of a regular's usual gap
# `frontdesk settings check`: the program's limits. $max_bill: an amount; $max_points: points.
cli-settings-limits = limits: bills up to { $max_bill }; points adjusted by hand up to { $max_points } at a time
cli-policy-from = policy in force from { $date }:
cli-policy-earn =
    earn { $points ->
        [one] { $points } point
       *[other] { $points } points
    } per { $per } spent, times the tier multiplier
cli-policy-never-expire = points never expire
cli-policy-expire = points expire { $months } months after they are earned, oldest first
cli-policy-referral = referral bonus: { $points } points
cli-policy-birthday = birthday benefit: { $benefit }
cli-policy-tiers-all = tiers, by spend or visits in all:
cli-policy-tiers-months = tiers, by spend or visits over the last { $months } months:

## sync

# Who is syncing: the desk's name and terminal id.
cli-sync-who = { $name } (terminal { $terminal })
cli-sync-exporting = { $who } exporting to { $dir }
cli-sync-importing = { $who } importing from { $dir }
cli-sync-syncing = { $who } syncing with { $dir }
cli-sync-folder-now = this desk's sync folder is now { $dir }
cli-sync-folder-cleared = this desk has no sync folder now
cli-sync-folder-missing = { $dir } does not exist yet; create it or plug in the drive before syncing
# A bundle file that was refused, and why.
cli-sync-refused = { $file }: { $reason }
cli-sync-status-desk = desk: { $who }
cli-sync-status-folder = sync folder: { $dir }
cli-sync-status-no-folder = sync folder: none (set one with `frontdesk sync --dir DIR`)
cli-sync-status-last = last sync: { $time }
cli-sync-status-never = last sync: never
cli-sync-status-unexported =
    not yet exported: { $count ->
        [one] { $count } operation
       *[other] { $count } operations
    }
cli-sync-status-encrypted = passphrase: set (bundles are encrypted)
cli-sync-status-plaintext = passphrase: not set (bundles are plaintext)
# Prompts at the terminal; the typing follows after a space.
cli-sync-prompt = Sync passphrase:
cli-sync-prompt-new = New sync passphrase:
cli-sync-prompt-again = Type it again:
cli-sync-try-again = That passphrase does not match the one set for this chain; try again.
cli-sync-prompt-cancelled = cancelled at the passphrase prompt; nothing was changed
cli-sync-passphrases-differ = the two passphrases differ; nothing was changed
cli-sync-no-passphrase = no passphrase given: set { $env } to the chain's passphrase, or run this at a terminal to type it; nothing was changed
cli-sync-passphrase-set = sync passphrase set: this desk now writes encrypted bundles and refuses plaintext ones
cli-sync-passphrase-cleared = sync passphrase cleared: this desk writes plaintext bundles again and refuses encrypted ones

## Operators, erasure and the audit trail

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
# `frontdesk settings check`: the idle lock. $minutes: 0 means never.
cli-settings-lock = desk: { $minutes ->
    [0] never locks by itself
   *[other] locks after { $minutes } idle minutes when it has operators
}

## Backups, restores, store check and rebuild

cli-new-store = made a new, empty store at { $path }
cli-newest-backup = the newest backup is { $path }: `frontdesk restore --from { $path }` puts it back
cli-rebuilt = rebuilt the store into { $path }: { $recovered } operations recovered, { $skipped } unreadable skipped, { $damaged } damaged parts of the log passed over; the next sync refills what other desks hold
cli-backup-made = backup written and verified: { $path } ({ $ops } operations, { $bytes } bytes)
cli-backup-made-encrypted = encrypted backup written and verified: { $path } ({ $ops } operations, { $bytes } bytes); restoring it needs the chain passphrase
cli-restored = restored { $from } into { $path } ({ $ops } operations)
cli-restored-aside = the store it replaced is kept as { $path }
cli-check-table = { $table }: { $rows } rows, { $undecodable } unreadable
cli-check-undecodable =   unreadable records: { $ids }
cli-check-table-damage =   reading stopped at damage: { $detail }
cli-check-phone-not-indexed = member { $id }: the phone index does not list their phone
cli-check-phone-stale = member { $id }: the phone index lists a phone they do not have
cli-check-points = member { $id }: the points balance is { $held } but the ledger sums to { $ledger }
cli-check-verify-damage = the indexes could not all be checked: { $detail }
cli-check-pages-ok = pages: every page verifies
cli-check-pages-damaged = pages: damaged ({ $detail })
cli-check-sound = the store is sound
cli-check-damaged = the store is damaged: restore the newest good backup (`frontdesk restore --from FILE`) or build a fresh store from its log (`frontdesk store rebuild --to NEW`)

## How a bill was paid
# $list, $due: amounts; $percent: the tier's discount.
cli-service-member-price = member price: { $list } less { $percent }% = { $due }
# One part of a bill's payment: $method in words, $amount.
cli-service-part = { $method } { $amount }
# $parts: the parts, as a list.
cli-service-paid = paid: { $parts }

## The shift (交班)

cli-shift-opened = opened shift { $name } with a float of { $float }
cli-shift-accepted = accepted shift { $name }
cli-shift-written = slip written to { $text } and { $csv }

## Stored value (储值)

cli-wallet-recorded = { $kind } recorded for { $name } ({ $id }): principal { $principal }, bonus { $bonus }; stored value balance { $balance }
cli-wallet-summary = { $name } ({ $id }): stored value { $balance } (principal { $principal }, bonus { $bonus })
cli-wallet-summary-overdrawn = { $name } ({ $id }): stored value { $balance } (principal { $principal }, bonus { $bonus }), OVERDRAWN: spent on two desks before they synced
cli-wallet-entry = { $at }  { $kind }  principal { $principal }  bonus { $bonus }  balance { $balance }  { $method }  { $operator }  { $reason }
cli-wallet-none-overdrawn = no stored value balance is below zero
cli-check-stored-value = member { $id }: the stored value balance (principal/bonus) is { $held } but the ledger sums to { $ledger }

## Packages (次卡)

cli-package-sold = sold { $name } to { $member } for { $price } (sale { $sale }), valid until { $date }
cli-package-pay-amount = "--pay { $pay }" needs an amount (METHOD=AMOUNT) when the price is split
cli-package-used = used one of { $member }'s { $name }: { $remaining } of { $uses } left
cli-package-refunded = refunded { $amount } by { $method } to { $member } for { $name } ({ $used } of { $uses } used); the package is closed
cli-package-none = { $name } holds no packages
cli-package-program-none = the program sells no packages (add [[package]] to the settings)
cli-package-program-line = { $key }  { $name }: { $uses } uses for { $price }, valid { $months } months; covers { $services }
