# Rumbo: interface text in English.

## Status of this translation: source (the team's own text), reviewed (by a native speaker) or draft.
translation-status = source
translation-source = original text
translation-reviewed = reviewed by a native speaker
translation-draft = draft: no native speaker has reviewed it yet
copy-done = Copied.
copy-by-hand = The browser does not allow copying here: the text is selected, copy it by hand.
missing-text = (text not available)

## Languages
language-name = English
language-continue = Continue in English
first-run-title = Choose your language
language-switch-label = Language
language-loading = Loading…
language-unavailable = This language could not be loaded. Connect to the internet, or to the Wi-Fi you got Rumbo from, and try again.

## Navigation
nav-label = Sections
nav-home = Home
nav-guides = Guides
nav-deadline = Deadline
nav-directory = Directory
nav-saved = Saved
nav-settings = Settings

## Home
home-title = Information for seeking protection in Mexico
home-lead = Your rights, how to ask for asylum, the deadline to do it, and where to find help.
home-offline = Works without internet after the first visit. What you do here stays on this phone.
home-guides = Your rights and the asylum procedure, step by step.
home-deadline = Work out the last day to ask for asylum.
home-directory = Shelters, legal help and emergency numbers.
home-saved = What you saved, always at hand, even offline.
not-legal-advice = This is general information, not legal advice. Before you decide, talk to an organization or a lawyer you trust.

## Guides
guides-title = Guides
guide-title = Guide
guide-back = See all guides

## Deadline
deadline-title = The 30-working-day deadline
deadline-lead = To ask Mexico for asylum (refugee status), the law gives you 30 working days (días hábiles), counted from the working day after you entered the country.
deadline-lead-source = Source: Law on Refugees, Complementary Protection and Political Asylum (Ley sobre Refugiados, Protección Complementaria y Asilo Político), article 18.

## Directory
directory-title = Directory

## Saved
saved-title = Saved
saved-lead = What you save stays on this device only.
saved-save = Save
saved-yes = Saved
saved-empty = You have not saved anything yet. Tap "Save" on a guide, a place in the directory or your deadline result.
saved-deadlines = Deadlines
saved-guides = Guides
saved-entries = Places
saved-gone = No longer in this version of Rumbo.
saved-deadline = { $term }: safe last day { $date }
saved-deadline-same = Worked out again on today's calendar: the date has not changed.
saved-deadline-changed = Worked out again on today's calendar: the date has changed since you saved it.
saved-notice-set-aside = The saved data was damaged. Rumbo kept a copy of it in this browser's storage for this site, without deleting anything, and started afresh.
saved-notice-newer = This data is from a newer version of Rumbo: you can see it, but not change it here.
saved-notice-failed = Rumbo could not read or write its saved items on this device. The browser may be out of space, or this may be a private window.
saved-notice-ok = OK
saved-move = Take it to another phone
saved-move-help = Download a file with what you saved, to open on another phone. Anyone with the file can see what you saved.
saved-import = Add from a Rumbo file
saved-imported =
    { $count ->
        [0] Nothing new: you already had everything in the file.
        [one] One item was added.
       *[other] { $count } items were added.
    }
saved-import-refused = That is not a Rumbo file that can be read. Nothing was changed.
saved-export = Download what you saved (.json)

## Settings
settings-title = Settings
settings-language = Language
settings-about = About Rumbo
settings-data = Your data
settings-data-stored = Rumbo keeps things only on this device: what you saved, the dates of My case, the language you chose, the quick-exit page and any content update you imported. Nothing leaves it.
about-what = Rumbo gives offline information to people seeking protection in Mexico: your rights, asylum, deadlines and where to find help.
about-version = Version
about-privacy-title = Privacy
about-privacy = Nothing you do in Rumbo leaves this device. There are no accounts, no tracking and no advertising.
about-licence-title = Licence
about-licence = Code: MIT licence. Texts written for Rumbo: CC BY 4.0. The sources quoted keep their own licences.
about-translations = Translations

## Page not found
not-found-title = Page not found
not-found-text = This address does not exist in Rumbo. It may come from an old link.
not-found-home = Go to the home page

## Dates (the names are used to write dates in words)
date-long = { $weekday } { $day } { $month } { $year }
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mo
weekday-short-2 = Tu
weekday-short-3 = We
weekday-short-4 = Th
weekday-short-5 = Fr
weekday-short-6 = Sa
weekday-short-7 = Su
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-of-1 = January
month-of-2 = February
month-of-3 = March
month-of-4 = April
month-of-5 = May
month-of-6 = June
month-of-7 = July
month-of-8 = August
month-of-9 = September
month-of-10 = October
month-of-11 = November
month-of-12 = December

## Deadline calculator
deadline-term-label = Which deadline do you want to work out?
deadline-term-asylum = Asking for asylum (30 working days)
deadline-term-appeal = Appeal, recurso de revisión (15 working days)
deadline-term-decision = COMAR's answer (45 working days)
deadline-term-ratify = Confirming an application (3 working days)
deadline-start-asylum = The day you entered Mexico
deadline-start-appeal = The day you were notified of the decision (notificación)
deadline-start-decision = The day you filed your application
deadline-start-ratify = The day someone else filed your application
deadline-help-asylum = If you could not apply from the day you entered, the law lets the count start on the day it became materially possible for you: enter that day. If the danger comes from events after you left your country, the count starts when you learned of them. A lawyer can tell you which applies to you. (LRPCAP art. 18)
deadline-help-appeal = The term runs "a partir de la notificación", from the notification (LRPCAP art. 25). Read to the letter, the day of the notification already counts as day 1: the safe last day counts it that way. The LFPA (art. 85) counts it from the day after the notification takes effect, which can be one day later: the latest possible day allows for that.
deadline-help-decision = COMAR must decide within 45 working days from the day after you applied, and may extend this once by up to the same again (LRPCAP art. 24). In practice it often takes much longer.
deadline-help-ratify = If someone else filed your application, you must confirm it (ratificar) in person before COMAR or the INM within 3 working days; otherwise the application counts as never filed (LRPCAP art. 11; Reglamento, art. 20). The sources do not say from which day this runs, so the safe last day counts the day of filing itself as day 1. Confirm it as soon as you can and ask COMAR.
deadline-day = Day
deadline-month = Month
deadline-year = Year
deadline-you-entered = Date: { $date }
deadline-calculate = Work it out
deadline-error-format = Write the day and the year in numbers.
deadline-error-impossible = That date does not exist: that month has { $days } days.
deadline-error-before-law = That date is before the refugee law, published on 27 January 2011.
deadline-error-after-today = That date is after today.
deadline-error-beyond = That date is beyond Rumbo's calendar.
deadline-result-title = Result
deadline-earliest = Safe last day: { $date }
deadline-earliest-help = Act before this day.
deadline-latest = Latest possible day: { $date }
deadline-latest-help = Only if the doubtful days (marked ?) are declared non-working and the term is counted in the latest way.
deadline-extended = If COMAR extends the term: { $date }
deadline-progress = Today is { $today }. Working days gone: { $elapsed }. Working days left: { $left }.
deadline-status-open = There is still time.
deadline-status-last-days = Only a few days are left.
deadline-status-past-earliest = The safe last day has passed, but not the latest possible day: act today. It may count as late.
deadline-status-past-latest = Both dates have passed.
deadline-unbounded = COMAR was closed during these dates, and its start or end is not known: your real last day may be later.
deadline-no-closures = No declared closures are known for these dates.
deadline-calendar-title = The count, month by month
deadline-legend-start = Start day (not counted)
deadline-legend-counted = Working day that counts
deadline-legend-certain = Not counted (by law)
deadline-legend-uncertain = May not count (if declared non-working)
deadline-legend-earliest = Safe last day
deadline-legend-latest = Latest possible day
deadline-next-title = What to do
deadline-next-apply = Apply at a COMAR office or, where there is none, at the INM, which sends it to COMAR. It is free. If you cannot write it, you can apply by speaking.
deadline-next-apply-source = Sources: LRPCAP arts. 18 and 21; COMAR (comar.gob.mx).
deadline-next-late = If the deadline has passed, you can still apply and explain why you could not do it earlier: in writing or, if you cannot write, by speaking, and then the authority must write down what you say in a record (acta) (LRPCAP art. 18). In 2019, in two cases, the Supreme Court said that an account consistent with your situation and whatever evidence you have is enough, and that documents proving what stopped you cannot be required. It is not known whether COMAR always applies this: bring the documents you have and, if COMAR asks you in writing to explain the delay, answer within the time it gives you. According to organizations cited by Amnesty International, in Tijuana in February 2025 COMAR accepted as a reason not getting a CBP One appointment before CBP One was cancelled. That practice may change: get legal help.
deadline-next-late-source = Sources: LRPCAP art. 18; SCJN, amparos en revisión 353/2019 and 399/2019 (Debate, October 2019); organizations cited by Amnesty International, "Lives in Limbo", AMR 51/9029/2025 (February 2025).
deadline-art29 = If the office is closed without notice on the last day, the term moves to the next working day (LFPA art. 29).
deadline-calendar-source = Calendar: LFPA art. 28, LFT art. 74 and declared closures, each with its source. Compiled on { $date }.
deadline-keep-title = Keep it
deadline-ics-neutral = Use a neutral title in the calendar ("Appointment")
deadline-ics-neutral-title = Appointment
deadline-ics-title = Safe last day: { $term }
deadline-ics-warning = The event comes with a reminder { $days } working days before. Calendar events can show on the lock screen and be copied to online accounts (Google, Apple, Microsoft).
deadline-ics-download = Add to calendar (.ics)
deadline-text-label = The result as text, to copy or send
deadline-copy = Copy the text
deadline-copied = Text copied.
deadline-selected = The text is selected: copy it with your phone's menu.
deadline-copy-failed = Could not copy: select the text by hand.
deadline-next-bring = What to bring: Rumbo found no official list of documents for an asylum application. Ask COMAR or an organization before you go.
deadline-share = Share the text

## Quick exit
exit-button = Quick exit
exit-hint = Hides Rumbo at once and opens another page. Or press the Shift key three times.
exit-reopen = Continue
settings-exit = Quick exit
settings-exit-help = The "Quick exit" button, at the top of every screen, or the Shift key pressed three times, hides Rumbo at once and opens another page. Without internet that page does not load, but Rumbo is no longer on screen.
settings-exit-site = Where to go
exit-site-weather = A weather search
exit-site-wikipedia = Wikipedia
exit-site-blank = A blank page

## Erase
wipe-data = Delete my data
wipe-all = Remove Rumbo from this browser
wipe-data-confirm = This deletes what you saved, the dates of My case, the language you chose, the quick-exit page and any content update you imported (Rumbo goes back to the content it came with). Rumbo keeps working offline.
wipe-all-confirm = This deletes all of that and also Rumbo's offline copy. Without internet, Rumbo will not open again until you visit it online.
wipe-data-yes = Yes, delete my data
wipe-all-yes = Yes, remove Rumbo
wipe-cancel = Cancel
wipe-data-done = Your data was deleted from this device.
wipe-start-again = Start again
wipe-all-done = Rumbo was removed from this browser. Close this tab.
wipe-cannot = What Rumbo cannot erase
wipe-cannot-history = The browser's history: clear it in the browser's settings (History).
wipe-cannot-files = Files you downloaded (.ics calendar files, HTML pages): delete them in your Files or Downloads app.
wipe-cannot-calendar = Events you added to your calendar: delete them in the calendar app.
wipe-cannot-icon = The icon on the home screen: press and hold it, then remove it.
wipe-all-desktop = Delete everything Rumbo keeps on this computer
wipe-all-desktop-confirm = This deletes all of that and also the files Rumbo's window kept (its cache and storage). The program stays installed.
wipe-all-desktop-done = Everything Rumbo kept on this computer was deleted. Close the window.
wipe-cannot-program = The Rumbo program itself: uninstall it with your system's software tool.
