# Saved items kept safe: what Rumbo says when it cannot save, when it set a damaged copy aside, when a file is
# refused, whether the browser keeps saved items, and when "Delete my data" could not delete everything.

storage-saved-cannot-compute = This saved deadline cannot be worked out: its date is not one Rumbo can count from. Remove it and work it out again on the Deadline screen.
storage-set-aside-file = The saved data was damaged. Rumbo kept a copy of it, without deleting anything, at { $copy }, and started afresh.
storage-off-foreign = Saving is off: the file where Rumbo keeps what you save belongs to another program, so Rumbo leaves it alone. Nothing you save now will be kept.
storage-off-permission = Saving is off: Rumbo is not allowed to write in its data folder. Nothing you save now will be kept.
storage-off-busy = Saving is off: another copy of Rumbo (or another program) is using the saved data. Close it and open Rumbo again.
storage-off-full = Saving is off: the disk is full. Free some space and open Rumbo again.
storage-off-other = Saving is off: Rumbo could not open the file where it keeps what you save. Nothing you save now will be kept.
storage-import-too-large = That file is too big for a Rumbo file (at most 1 MB). Nothing was changed.
storage-import-too-many = That file holds more items than Rumbo reads at once (at most { $max }). Nothing was changed.
storage-import-version = That file was made by a newer version of Rumbo. Update Rumbo to add it. Nothing was changed.
storage-import-bad-date = The file has a deadline with an impossible date or one outside Rumbo's calendar ({ $item }). Nothing was changed.
storage-import-bad-item = The file has an item Rumbo cannot show ({ $item }). Nothing was changed.
storage-import-not-saved = Rumbo could not save on this device right now. Nothing was changed.
storage-persist-granted = This browser has promised to keep what you save, even when space runs low.
storage-persist-refused = This browser has not promised to keep what you save: it may delete it when space runs low. Download a copy from the Saved screen to be safe.
storage-persist-not-asked = When you first save something, Rumbo asks this browser to keep it even when space runs low.
storage-persist-unavailable = At this address the browser cannot promise to keep what you save (that needs an https address or this device itself). Opened over the Wi-Fi share, the browser may delete saved items at any time: download a copy from the Saved screen.
storage-wipe-partial = Some things could not be deleted. Everything else was deleted. Try again, or delete these yourself:
