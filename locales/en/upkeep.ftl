# Keeping the store safe: a damaged or missing store, checks, rebuilds, backups and
# restores. Every id and $argument here is in every language's upkeep.ftl.

## The store file

store-error-damaged = the store file is damaged ({ $detail }); nothing was changed in it. Run `frontdesk store check` to see what is readable, then restore the newest good backup (`frontdesk restore --from FILE`) or build a fresh store from its log (`frontdesk store rebuild --to NEW`)
store-error-missing = there is no store at { $path }; check the --store path (a command that writes, such as `frontdesk member add`, makes a new store)
store-error-not-a-store = { $path } is not a frontdesk store (it is empty or holds something else); check the --store path
store-error-read-only = the store file { $path } is read-only: it can be read but nothing can be written to it; check the file's permissions and the disk
store-error-opened-for-reading = this command opened the store for reading only, so it cannot write to it
store-error-needs-recovery = the store was not closed cleanly and needs recovery, which needs permission to write the file
cli-new-store = made a new, empty store at { $path }
cli-newest-backup = the newest backup is { $path }: `frontdesk restore --from { $path }` puts it back

## Backups, restores, rebuilds

upkeep-error-not-a-backup = { $path } is not a frontdesk backup; nothing was restored, the store is as it was
upkeep-error-damaged-backup = the backup { $path } is damaged ({ $detail }); nothing was restored, the store is as it was: try an older backup
upkeep-error-passphrase-needed = the backup { $path } is encrypted with the chain passphrase; set { $env } to it and try again
upkeep-error-wrong-passphrase = the passphrase does not open the backup { $path }; nothing was restored
upkeep-error-target-exists = { $path } already exists; rebuild into a new file, nothing is overwritten

## The command line

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
