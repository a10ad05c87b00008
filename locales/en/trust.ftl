# Hostile input: what the desk refuses at every boundary (forms, command line, CSV imports,
# sync bundles), in words.

bidi-controls = remove the characters that reorder text (right-to-left overrides, isolates or direction marks)
invisible-only = a name needs letters that show; this one holds only invisible characters
# $max: the most entries the field takes.
too-many-entries = too many entries: at most { $max }
amount-zero = the amount must be more than 0
# $max: the program's largest bill (limits.max_bill in the settings file).
amount-above-limit = the amount is above the largest bill this desk takes ({ $max }); check the figure, or raise limits.max_bill in the settings

# $fault: an op-fault-* message or a field's problem.
store-error-refused = the change was not saved: { $fault }
# $member: the member's id.
store-error-overflow = the figures of member { $member } would grow beyond what can be counted; nothing was saved
# $field: the field's name; $when: the time written in it.
op-fault-time = { $field } is at an impossible time ({ $when }): before 1970 or more than a day ahead of this desk's clock
op-fault-clock-terminal = its clock names another desk than the operation
# $amount: the amount written in it.
op-fault-amount = { $field } holds an impossible amount ({ $amount })
# $value: the points written; $max: the most one operation may move.
op-fault-points = { $field } moves { $value } points; one operation moves at most { $max }
op-fault-id = it names no { $field }
op-fault-operator = it adds or removes an operator whose name could not be typed at a desk or whose PIN is not kept hashed
# $terminal: the desk that wrote the operation; $seq: its number there; $fault: what is wrong.
bundle-error-invalid-op = operation { $seq } of desk { $terminal } does not pass the desk's rules: { $fault }; the whole bundle was refused and nothing from it applied; ask that desk to check its data

# A keymap file frontdesk will not use. $size: the file's size; $max: the largest read.
keymap-warning-too-large = the file is { $size }, larger than any keymap (at most { $max })
keymap-warning-no-quit = with these bindings no key would quit frontdesk; keep a key for "app.quit" in [global] (Ctrl-Q by default)
# A settings file frontdesk will not read. $path: the file; $size: its size; $max: the largest read.
settings-file-too-large = The settings file { $path } is { $size }, larger than any settings file (at most { $max }), and was not read; the last valid settings stay in force

# $size: the body the bundle's header announces; $max: the largest read.
bundle-error-too-large = its header announces { $size } of operations, more than any bundle holds (at most { $max }); it was not read
