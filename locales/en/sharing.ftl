# What Rumbo says about itself in every copy, the one-file edition, and the page for sharing over local Wi-Fi.

edition-line = Rumbo { $version } · content compiled on { $date }
about-reviewed = Content compiled

## One-file edition (rumbo-cli export html)
export-intro = This is the one-file edition of Rumbo. It works without internet and without installing anything: keep it on your phone, send it to someone, or print it.
export-contents = Contents
export-deadline-how = The term is counted in working days from the working day after you entered. Saturdays, Sundays, the rest days set by law and the days the office declared closed do not count. With internet, Rumbo's calculator also shows the count month by month.
export-deadline-table-title = Last day by the day you entered
export-deadline-table-help = Find the day you entered Mexico. The safe last day treats every doubtful day as a working day. The calendar was compiled on { $date }: closures declared later are not included.
export-entered = Day you entered
export-non-working-title = Days that do not count
export-edition-title = This edition

## Page for sharing over local Wi-Fi (rumbo-cli share)
share-title = Rumbo over this Wi-Fi
share-open = Open Rumbo now
share-open-help = It works while your phone is connected to this Wi-Fi. Over a local Wi-Fi network the browser does not keep Rumbo for use without a connection.
share-keep = Keep Rumbo on your phone
share-keep-help = Download the one-file edition in your language. It opens without internet from your phone's Downloads or Files.
share-download = Download ({ $size } KB)
share-languages = Other languages

## Settings in the desktop app
settings-share = Share over Wi-Fi
settings-share-help = Phones on the same Wi-Fi can open Rumbo and download the one-file edition in their language, with no internet. Rumbo keeps no record of who connects.
settings-share-start = Start sharing
settings-share-stop = Stop sharing
settings-share-open = On a phone on this Wi-Fi, scan the code or open:
settings-share-no-network = This computer is not connected to a network, so phones cannot reach it yet. Connect it to the Wi-Fi the phones use, then stop and start sharing again.
settings-share-missing = The files to share were not found. Install the Rumbo package, or run make dist and start Rumbo from its folder.
settings-share-failed = Sharing could not start: another program may be using ports 8080 to 8090.
