# The terminal app's own words beyond the catalog's: pickers, the language switch, messages.
choice-yes = yes
choice-no = no
