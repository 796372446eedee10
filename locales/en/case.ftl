# My case: the person's dates, the terms that follow from them, the weekly sign-in, the reminders (.ics) and the
# text summary. Dates arrive already written in words ($date, $safe, $latest...).

## Timeline steps
case-step-entry = Entry into Mexico
case-step-asylum = Asking for asylum (30 working days)
case-step-filing = Application filed
case-step-ratify = Ratifying the application (3 working days)
case-step-decision-term = COMAR's answer (45 working days)
case-step-appointment = Appointment or interview
case-step-decision = Decision
case-step-appeal = Appeal: recurso de revisión (15 working days)
case-step-tvrh = Humanitarian visitor card (Tarjeta de Visitante por Razones Humanitarias, TVRH)

case-state-past = past
case-state-current = now
case-state-upcoming = coming
case-state-unknown = not known

## Entry
case-entry-on = You entered on { $date }.
case-entry-between = You entered between { $earliest } and { $latest }.
case-note-count-from-earliest = You did not give an exact day of entry: Rumbo counts from the earliest day it may have been, { $earliest }. So every date is the earliest possible. If you entered later, your real days are later.

## Asking for asylum (LRPCAP art. 18)
case-asylum-no-entry = Without your date of entry, Rumbo cannot count the 30 working days.
case-asylum-filed-no-entry = You have filed your application.
case-asylum-open = { $left } working days left. Safe last day: { $safe }. Latest possible day: { $latest }.
case-asylum-past-safe = The safe last day ({ $safe }) has passed, but not the latest possible day ({ $latest }). It may already count as late.
case-asylum-past-latest = The 30 working days have passed (latest possible day: { $latest }). This happens to many people. You can still ask for asylum.
case-asylum-filed-in-time = You filed on { $filed }, before the safe last day ({ $safe }).
case-asylum-filed-between = You filed on { $filed }, between the safe last day ({ $safe }) and the latest possible day ({ $latest }). Rumbo cannot know whether COMAR counts it as on time.
case-asylum-filed-late = You filed on { $filed }, after the latest possible day ({ $latest }). A late application can be filed. If COMAR asks you to explain the delay, answer within the time it gives you.
case-note-late-application = Explain why you could not apply earlier, in writing or out loud, and bring whatever evidence you have, even if it is not an official document. In 2019 the Supreme Court said, in two cases, that documents proving what stopped you cannot be required.

## Application
case-filed-on = You filed your application on { $date }.
case-filed-at = You filed your application on { $date } at { $office } { $city }.
case-office-comar = COMAR
case-office-inm = INM
case-place = { $office } { $city }

## Ratifying (LRPCAP art. 11)
case-ratify-no-filing = Someone else filed your application: you must ratify it in person within 3 working days. Without the filing date, Rumbo cannot count them.
case-ratify-open = Ratify in person at COMAR or INM. Safe last day: { $safe }. Latest possible day: { $latest }.
case-ratify-past-safe = The safe last day to ratify ({ $safe }) has passed, but not the latest possible day ({ $latest }).
case-ratify-past = The 3 working days to ratify ended on { $latest }. Rumbo does not know whether you ratified. If you did not, the law says the application is treated as not filed (art. 11).
case-note-ratify-start = The sources do not say from which day the 3 days run: Rumbo counts from the filing day itself and from the day after, and shows the earliest date as safe.

## COMAR's answer (LRPCAP art. 24)
case-decision-waiting = COMAR must decide within 45 working days from the day after you filed: between { $safe } and { $latest }, depending on which days count.
case-decision-silence = The 45 working days have passed ({ $latest }) and you have entered no decision. COMAR not answering is not a decision: your application is still open. Keep signing in every week.
case-decision-term-decided = COMAR has notified you of its decision.
case-note-extension-unknown = COMAR may extend the term once, by up to 45 more working days (to { $extended }). Rumbo cannot know whether it did: ask at the office.
case-note-past-extension = Even with the longest extension, the term ended on { $extended }.
case-note-delays = In practice COMAR takes much longer: in 2023 cases from 2021 and 2022 were still open (Asylum Access México). Ask an organization for advice.
case-note-interview-unknown = Rumbo cannot know when your interview will be: only COMAR can tell you. When you are given an appointment, add it here.

## Appointments
case-appointment-on = Appointment on { $date }.
case-appointment-note = Appointment on { $date }: { $note }

## Decision
case-decision-refused = COMAR refused you refugee status and complementary protection.
case-decision-complementary = COMAR refused you refugee status and gave you complementary protection (protección complementaria).
case-decision-granted = COMAR recognized you as a refugee.
case-notified-on = You were notified on { $date }.

## Appeal (LRPCAP art. 25)
case-appeal-no-date = Without the day of notification, Rumbo cannot count the 15 working days. Do not wait: act today.
case-appeal-open = File the appeal (recurso de revisión) before the safe last day: { $safe }. Latest possible day: { $latest }.
case-appeal-past-safe = The safe last day ({ $safe }) has passed, but not the latest possible day ({ $latest }).
case-appeal-past-latest = The 15 working days ended on { $latest }. Other legal remedies may exist: the law says you may use "los medios de defensa que estime pertinentes" (the remedies you consider appropriate, art. 25). Rumbo did not find their deadlines.
case-note-appeal-start = The refugee law counts from the notification; the federal rule (LFPA art. 85) from the day after it takes effect. Go by the safe last day.
case-appeal-complementary = The sources do not say whether the appeal and its term apply to a decision that gives you complementary protection. Ask an organization or a lawyer today.
case-appeal-complementary-if = If it applies, the 15 working days would end between { $safe } (safe last day) and { $latest }.

## TVRH
case-tvrh-no-expiry = Rumbo does not work out when your TVRH expires: no official text on how long it is valid was found. Look at the date printed on your card or letter.
case-tvrh-issued = It was issued on { $date }.
case-tvrh-sources = What the sources say, undated: it "is usually valid for 1 year" and can only be renewed if you are still an applicant when it expires (Sin Fronteras); "that card only lasts a year" (the INM office in Morelos). Since early 2024 INM has stopped issuing the card (Amnesty International, February 2025).

## The next thing to do
case-next-apply-soon = Ask for asylum as soon as you can, at COMAR or, where there is no COMAR, at INM. It is free.
case-next-apply-before = Ask for asylum before { $safe }.
case-next-apply-today = Ask for asylum today.
case-next-apply-anyway = Apply anyway, and explain why you could not apply earlier.
case-next-keep-constancia = Keep your constancia de trámite and a copy.
case-next-ratify-soon = Ratify in person at COMAR or INM as soon as you can.
case-next-ratify = Ratify in person before { $safe }.
case-next-ratify-today = Ratify today, in person.
case-next-keep-signing-in = Keep signing in every week.
case-next-appointment = Go on that day with your constancia.
case-next-granted = Read your rights as a refugee.
case-next-appeal-now = Find a lawyer or an organization today.
case-next-appeal-before = Find a lawyer or an organization today, and file the appeal before { $safe }.
case-next-appeal-today = File the appeal today. Find a lawyer or an organization.
case-next-see-organization = Talk to an organization or a lawyer.
case-next-see-organization-now = Talk to an organization or a lawyer today.
case-next-tvrh = Before it expires, ask at INM or an organization.

## Weekly sign-in (Reglamento art. 24)
case-sign-in-next = Next sign-in: { $date }. { $place }
case-sign-in-advice-constancia = Bring your constancia de trámite.
case-sign-in-advice-go = Go every week even if nothing seems to happen: if you do not go, your application may be treated as abandoned.
case-sign-in-suspension-2025 = That day COMAR had suspended activities for the holidays; it reopened on 5 January 2026. According to the press (Cuarto Poder, 27 December 2025), no attendance was registered during the suspension.
case-sign-in-non-working = Rumbo's calendar marks that day as non-working ({ $basis }). Nobody has said whether the sign-in moves to another day: ask at your office.
case-sign-in-after-decision = You have a decision. The sources do not say whether you must keep signing in after it: ask at your office.

## Reminders (.ics)
case-ics-sign-in = Weekly sign-in
case-ics-sign-in-why = Regulation of the refugee law, art. 24: attend every week on the day you are given.
case-ics-sign-in-ended = A decision was notified: this file ends the weekly sign-in reminder.
case-ics-term = { $title } ({ $article })
case-ics-neutral-weekly = Appointment
case-ics-neutral-term = Reminder
case-ics-neutral-appointment = Appointment

## Text summary
case-summary-title = My case
case-summary-today = Today: { $today }
case-summary-article = Law: { $article }
case-summary-next = What to do: { $next }
case-summary-footer = Calendar of non-working days reviewed on { $reviewed }. This is not legal advice: ask an organization or a lawyer about your case.

## Errors when entering facts
case-field-entry = the date of entry
case-field-filed = the filing date
case-field-filed-at = the place of filing
case-field-sign-in = the place of the sign-in
case-field-appointment = an appointment
case-field-notified = the date of notification
case-field-tvrh = the TVRH's date
case-error-version = These facts come from a newer version of Rumbo. Update Rumbo to see them. Nothing was changed.
case-error-unreadable = These case facts cannot be read. Nothing was changed.
case-error-impossible = Check { $field }: that date does not exist. Nothing was saved.
case-error-before-law = Check { $field }: it is before the refugee law (27 January 2011). Nothing was saved.
case-error-beyond-calendar = Check { $field }: it is outside Rumbo's calendar. Nothing was saved.
case-error-future = Check { $field }: { $date } has not come yet (today is { $today }). Nothing was saved.
case-error-filed-before-entry = The filing ({ $filed }) cannot be before your entry ({ $entry }). Nothing was saved.
case-error-notified-before-filed = The notification ({ $notified }) cannot be before your filing ({ $filed }). Nothing was saved.
case-error-notified-before-entry = The notification ({ $notified }) cannot be before your entry ({ $entry }). Nothing was saved.
case-error-appointment-before-entry = An appointment ({ $date }) cannot be before your entry ({ $entry }). Nothing was saved.
case-error-too-many-appointments = You can add up to { $max } appointments. Nothing was saved.
case-error-text = Check { $field }: write at most { $max } characters, on one line. Nothing was saved.
case-ics-warning = The reminders stay in your calendar: deleting Rumbo's data does not delete them. They can show on the lock screen and sync online with your account. Neutral mode removes Rumbo's name and the details of your case.
