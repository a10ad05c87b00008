# Keeping the store safe: a damaged or missing store, checks, rebuilds, backups and
# restores. Every id and $argument here is in every language's upkeep.ftl.

## The store file

store-error-damaged = the store file is damaged ({ $detail }); nothing was changed in it. Run `frontdesk store check` to see what is readable, then restore the newest good backup (`frontdesk restore --from FILE`) or build a fresh store from its log (`frontdesk store rebuild --to NEW`)
store-error-missing = there is no store at { $path }; check the --store path (a command that writes, such as `frontdesk member add`, makes a new store)
store-error-not-a-store = { $path } is not a frontdesk store (it is empty or holds something else); check the --store path
store-error-read-only = the store file { $path } is read-only: it can be read but nothing can be written to it; check the file's permissions and the disk
app-store-damaged-backup = { $error }. The newest good backup is { $path }
store-error-opened-for-reading = this command opened the store for reading only, so it cannot write to it
store-error-needs-recovery = the store was not closed cleanly and needs recovery, which needs permission to write the file

## Backups, restores, rebuilds

upkeep-error-not-a-backup = { $path } is not a frontdesk backup; nothing was restored, the store is as it was
upkeep-error-damaged-backup = the backup { $path } is damaged ({ $detail }); nothing was restored, the store is as it was: try an older backup
upkeep-error-passphrase-needed = the backup { $path } is encrypted with the chain passphrase; set { $env } to it and try again
upkeep-error-wrong-passphrase = the passphrase does not open the backup { $path }; nothing was restored
upkeep-error-seal-broken = the encrypted backup { $path } is damaged or cut short; nothing was restored, the store is as it was: try an older backup
upkeep-error-target-exists = { $path } already exists; rebuild into a new file, nothing is overwritten

