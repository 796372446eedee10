# The desktop app on Linux, when the computer has no file chooser Rumbo can open.

file-picker-missing = This computer has no file chooser Rumbo can open: the buttons that open a file will open nothing. Install the package zenity (or xdg-desktop-portal-gtk), then open Rumbo again.
