# Errors, warnings and reports of the layers below the edges: the store, sync, merges,
# CSV files, the settings file and keymap files. Each is typed data in its layer;
# src/catalog/errors.rs says it with these messages. Every id and $argument here is in
# every language's errors.ftl. A $cause or $detail is the system's or a library's own
# words (a disk error, a parser's detail), passed through as they are.

## The store

store-error-in-use = this store is already open in another frontdesk; close that one first, or use --store to open a different store
store-error-newer-schema = this store was written by a newer frontdesk (schema { $schema }); update frontdesk on this desk
store-error-db = the store file could not be used: { $cause }; check the disk and the path, or restore the store from a backup
store-error-corrupt = the store holds a record that cannot be read ({ $detail }); restore the store from a backup
store-error-folder = could not create the folder for the store at { $path }: { $cause }
store-error-not-found = { $what }

## Sync

sync-error-folder-missing = The sync folder { $folder } does not exist; check the path, plug in the drive, or create the folder first.
sync-error-folder-unreadable = The sync folder { $folder } could not be read ({ $cause }); check that it is reachable and that this user may read it.
sync-error-folder-unwritable = A bundle could not be written to the sync folder { $folder } ({ $cause }); check that the folder is writable and the disk is not full. Bundles already written are complete and will be used.
sync-error-folder-not-text = The sync folder path { $folder } contains characters that cannot be saved; choose a folder whose path is plain text.
sync-error-no-folder = No sync folder is set on this desk; give one with `frontdesk sync --dir DIR` (it is remembered) or `frontdesk sync folder DIR`.
sync-error-passphrase-needed = This chain has a sync passphrase and none was given; set { $env } or type the passphrase when asked.
sync-error-no-passphrase-set = No sync passphrase is set on this desk; set one with `frontdesk sync passphrase set`.
sync-error-folder-passphrase-differs = The sync folder { $folder } holds bundles encrypted with another passphrase; type the chain's passphrase, the one the other desks use.
sync-error-store = The store could not be used during sync: { $cause }

passphrase-error-empty = The sync passphrase is empty; choose a passphrase of at least one character.
passphrase-error-wrong = This passphrase does not match the one set for this chain; type it again, or set a new one with `frontdesk sync passphrase set`.
passphrase-error-bad-verifier = The saved passphrase record is unreadable ({ $detail }); set the passphrase again with `frontdesk sync passphrase set`.
passphrase-error-unsupported-kdf = The key derivation settings are not supported by this desk ({ $detail }); update frontdesk or re-export the bundle.
passphrase-error-random = The system's random number generator failed ({ $detail }); try again.

bundle-error-not-a-bundle = This file is not a frontdesk bundle; it was ignored. Keep only frontdesk bundles in the sync folder.
bundle-error-truncated = This bundle is incomplete ({ $found } of { $expected } bytes); it may still be copying. Sync again later, or delete it so the desk that wrote it exports it again.
bundle-error-corrupt = This bundle is damaged ({ $detail }); nothing from it was used. Delete it so the desk that wrote it exports it again.
bundle-error-future-version = This bundle was made by a newer frontdesk (format version { $version }); update frontdesk on this desk to read it.
bundle-error-no-passphrase = This bundle is encrypted but no sync passphrase is set on this desk; set the chain's passphrase with `frontdesk sync passphrase set`.
bundle-error-wrong-passphrase = This bundle was encrypted with a different passphrase; check that this desk's sync passphrase is the chain's (`frontdesk sync passphrase set`).
bundle-error-plaintext-refused = This bundle is not encrypted but this chain requires a passphrase, so it was refused; export it again from a desk that has the passphrase set.
bundle-error-io = The bundle could not be read or written ({ $cause }); check that the folder exists, is reachable and is writable.
bundle-error-invalid = The bundle was not written: { $detail }. This is a bug in the caller; please report it.

# What an export, an import and a sync did. $size is one of the size-* messages.
sync-export-nothing = 0 operations exported: the folder already holds every operation this desk has
sync-export-report = { $ops } { $ops ->
        [one] operation
       *[other] operations
    } exported in { $bundles } { $bundles ->
        [one] bundle
       *[other] bundles
    } ({ $size })
size-bytes = { $n } bytes
# $n is written with one decimal: 1.5
size-kb = { $n } kB
size-mb = { $n } MB
size-gb = { $n } GB
sync-import-summary = { $bundles } { $bundles ->
        [one] bundle
       *[other] bundles
    } read, { $applied } { $applied ->
        [one] operation
       *[other] operations
    } applied, { $skipped } skipped, { $members } { $members ->
        [one] member
       *[other] members
    } changed, { $conflicts } { $conflicts ->
        [one] conflict
       *[other] conflicts
    } resolved
# Added to sync-import-summary when bundles were not opened because they are held.
sync-import-already-held = , { $held } already held
# Added to sync-import-summary when files were refused.
sync-import-refused = ; { $refused } { $refused ->
        [one] file
       *[other] files
    } refused
# $received is sync-import-summary.
sync-report = Sent { $ops } { $ops ->
        [one] operation
       *[other] operations
    } in { $bundles } { $bundles ->
        [one] bundle
       *[other] bundles
    }; received: { $received }.
sync-progress-export = Sync: exporting… { $bundles } bundles, { $ops } operations
sync-progress-import = Sync: importing… file { $done } of { $total }, { $applied } operations applied

## Merging members

merge-error-same-member = a member cannot be merged into itself; choose two different members
merge-error-not-found = no member has the id { $id }
merge-error-into-deleted = { $name } ({ $id }) was deleted; a member cannot be merged into a deleted one
merge-error-from-deleted = { $name } ({ $id }) was deleted and cannot be merged
merge-error-already-merged = { $name } ({ $id }) is already merged into { $into }; undo that merge first or merge { $into } instead
merge-error-not-merged = { $name } ({ $id }) is not merged into another member, so there is nothing to undo

## Duplicate members

duplicate-reason-same-phone = same phone
duplicate-reason-same-card = same card number
duplicate-reason-same-name-and-birthday = same name and birthday
duplicate-reason-similar-name-same-phone-ending = similar name and same last 4 phone digits

## CSV files

# $cause is a csv-export-error or csv-import-error message, or the system's words.
csv-error-export = { $path }: { $cause }
csv-error-io = { $path }: { $cause }
csv-error-import = { $path }: { $cause }
csv-export-error = could not write the file: { $cause }
csv-import-error-read = could not read the file: { $cause }
csv-import-error-empty = the file is empty; the first row should name the columns (name, phone, …)
csv-import-error-not-utf8 = line { $line } is not UTF-8 text; save the file as "CSV UTF-8" and try again
csv-import-error-missing-column = no { $field } column; name one "{ $header }" (columns found: { $found })
csv-import-error-csv = the file is not valid CSV: { $cause }
# $reason is a duplicate-reason-* message.
csv-duplicate-of-member = row { $row }: { $reason } as existing member { $id }
csv-duplicate-of-row = row { $row }: { $reason } as row { $of }

## The membership program settings file

# $problem is a settings-problem-* message.
settings-error-line-key = settings line { $line }, `{ $key }`: { $problem }
settings-error-line = settings line { $line }: { $problem }
settings-error-key = settings `{ $key }`: { $problem }
settings-error = settings: { $problem }
settings-problem-toml = { $detail }
settings-problem-out-of-range = { $value } is out of range; use a whole number from { $min } to { $max }
settings-problem-amount-empty = enter an amount, such as 128.50
settings-problem-amount-below-zero = the amount cannot be negative; enter 0 or more
settings-problem-amount-decimals = the amount has more than 2 decimals; round it to cents, such as 128.50
settings-problem-amount-not-a-number = "{ $typed }" is not an amount; use digits and one point, such as 128.50
settings-problem-amount-too-big = the amount is too large; check the figure
settings-problem-amount-too-large = the amount is too large
settings-problem-amount-negative = the amount cannot be negative
settings-problem-amount-not-text = write an amount as text, such as "2000.00", or a whole number
settings-problem-not-a-date = write a date as YYYY-MM-DD, such as "2025-01-01"
settings-problem-same-date = another policy (line { $line }) starts on the same date { $date }
settings-problem-earn-per = the amount that earns points must be more than 0
settings-problem-amount-not-positive = the amount must be more than 0
settings-problem-no-policy = add at least one [[policy]] with its tiers
settings-problem-no-tier = add at least one [[policy.tier]]; the first is everyone's starting tier
settings-problem-too-many-tiers = at most { $max } tiers
settings-problem-tier-name = a tier name is 1 to { $max } characters
settings-problem-tier-named-twice = two tiers are named "{ $name }"
settings-problem-first-tier-threshold = the first tier is everyone's starting tier; remove its min_spend and min_visits
settings-problem-no-threshold = give this tier a min_spend or a min_visits (or both)
settings-problem-spend-not-above = { $spend } is not above the lower tier's { $lower }; list tiers from the lowest up
settings-problem-visits-not-above = { $visits } is not above the lower tier's { $lower }; list tiers from the lowest up
# $error is a settings-error* message.
settings-file-unreadable = The settings file { $path } could not be read ({ $cause }); the last valid settings stay in force
settings-file-invalid = The settings file { $path } is not valid: { $error }; the last valid settings stay in force

## Keymap files

# $problem is a keymap-warning-* message, $outcome a keymap-outcome-* message.
keymap-warning-user = keymap line { $line }: { $problem }; { $outcome }
keymap-warning-builtin = built-in keymap line { $line }: { $problem }; { $outcome }
keymap-warning-did-you-mean = { $warning } (did you mean "{ $name }"?)
keymap-warning-sections = { $warning } (sections: { $sections })
keymap-warning-syntax = not valid TOML: { $detail }
keymap-warning-unknown-section = unknown section [{ $section }]
keymap-warning-outside-section = "{ $key }" is outside any section; put bindings under a section such as [global]
# $error is a keyname-error-* message.
keymap-warning-bad-key = key "{ $key }" in [{ $section }]: { $error }
keymap-warning-unknown-action = unknown action "{ $action }"
keymap-warning-not-a-name = the action for "{ $key }" must be a quoted name such as "app.help"
keymap-warning-duplicate = { $key } is bound twice in [{ $section }] (first on line { $first })
keymap-outcome-default-kept = the default binding is kept
keymap-outcome-stays-unbound = the key stays unbound
keymap-outcome-line-ignored = the line is ignored
keymap-outcome-section-ignored = the section is ignored
keymap-outcome-file-ignored = the whole file is ignored and the default keys are used
keymap-outcome-later-wins = the later binding is used
keyname-error-empty = empty key name
keyname-error-missing-key = a modifier needs a key after it
keyname-error-unknown = not a key name (try F2, Ctrl-N, Alt-2, Enter, PgDn, Shift-Tab, Space or one character)
keyname-error-function-key = F{ $n } is not supported (F1 to F12)
keyname-error-unsupported = this key cannot be bound
