# Rumbo: interface text in English.

## Status of this translation: source (the team's own text), reviewed (by a native speaker) or draft.
translation-status = source
translation-source = original text
translation-reviewed = reviewed by a native speaker
translation-draft = draft: no native speaker has reviewed it yet
missing-text = (text not available)

## Languages
language-name = English
language-continue = Continue in English
first-run-title = Choose your language
language-switch-label = Language

## Navigation
nav-label = Sections
nav-home = Home
nav-guides = Guides
nav-deadline = Deadline
nav-directory = Directory
nav-saved = Saved
nav-settings = Settings
coming-title = Coming soon

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
guides-coming = We are writing the guides and checking every fact against its source. They will appear here.
guide-title = Guide
guide-coming = This section is not ready yet.
guide-back = See all guides

## Deadline
deadline-title = The 30-working-day deadline
deadline-lead = To ask Mexico for asylum (refugee status), the law gives you 30 working days (días hábiles), counted from the working day after you entered the country.
deadline-lead-source = Source: Law on Refugees, Complementary Protection and Political Asylum (Ley sobre Refugiados, Protección Complementaria y Asilo Político), article 18.
deadline-coming = Here you will be able to work out your last day to apply, on the calendar of non-working days.

## Directory
directory-title = Directory
directory-coming = Shelters, legal help and help lines will be listed here, each with its source and the date it was checked.

## Saved
saved-title = Saved
saved-lead = What you save stays on this device only.
saved-coming = Soon you will be able to save guides, places and your deadline, and open them with one tap, offline.

## Settings
settings-title = Settings
settings-language = Language
settings-about = About Rumbo
settings-data = Your data
settings-data-stored = Rumbo keeps only the language you chose, and only on this device.
settings-data-wipe-coming = A button to delete everything Rumbo saved is coming. Until then, you can clear this site's data in your browser settings.
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
