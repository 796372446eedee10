# Directory: the screen, the filters and the entries. Each place's notes are in directory-entries.ftl.

directory-lead = Shelters, legal help, offices and help lines. Every detail says which source it comes from and how old it is.
directory-few-phones = Few organizations publish a phone number. Where we found none, we say so and show what is known. In an emergency, call 911.
directory-filter-city = City
directory-filter-kind = Kind
directory-filter-serves = For whom
directory-filter-name = Search by name
directory-back = See the whole directory
entry-missing = This place is no longer in this version of Rumbo.
directory-all = All
directory-count =
    { $count ->
        [0] No place matches these filters. Try removing one.
        [one] One place
       *[other] { $count } places
    }

## Help lines
help-lines-title = If you are in danger
help-lines-911 = Emergencies: police, medical emergencies, fire and civil protection.
help-lines-089 = Anonymous reports: extortion, kidnapping, human trafficking.

## An entry
entry-serves = For: { $groups }
entry-services = What it offers
entry-confirmed = Confirmed by the organization on { $date }.
entry-seen = The oldest detail on this card comes from a source dated { $date }. Nobody has confirmed it with the organization.
entry-old = Old information: the oldest detail on this card comes from a source dated { $date }. Check it before you go.
entry-undated = A detail on this card comes from an undated source: check it before you go.
entry-address = Address:
entry-copy-address = Copy the address
entry-map = Open in maps
entry-no-address = We found no published address.
entry-no-phone = We found no published phone number.
entry-copy-number = Copy the number
entry-web = Web:
entry-email = Email:
entry-open-now = Open now.
entry-closed-now = Closed now.
entry-hours-tijuana = { $hours } (Tijuana time)
entry-hours-juarez = { $hours } (Ciudad Juárez time)
entry-hours-cdmx = { $hours } (Mexico City time)
entry-conflict = Another source ({ $source }) says: { $text }.
entry-sources = Sources for this entry
entry-read = Read on { $date }.

## Kinds
dir-kind-shelter = Shelter
dir-kind-legal = Legal help
dir-kind-government = Government office
dir-kind-health = Health
dir-kind-helpline = Help line
dir-kind-other = Other

## Cities
dir-city-tijuana = Tijuana
dir-city-mexicali = Mexicali
dir-city-ciudad-juarez = Ciudad Juárez
dir-city-tapachula = Tapachula
dir-city-cdmx = Mexico City
dir-city-national = Whole country

## For whom
dir-serves-everyone = everyone
dir-serves-women = women
dir-serves-children = children and adolescents
dir-serves-families = families
dir-serves-men = men
dir-serves-lgbtiq = LGBTIQ+ people
dir-serves-deportees = deported people
dir-serves-mexicans = Mexican citizens only
dir-serves-asylum-seekers = asylum seekers

## What it offers
dir-service-shelter = a place to stay
dir-service-food = food
dir-service-clothing = clothing
dir-service-legal = legal advice
dir-service-medical = medical care
dir-service-psychological = psychological support
dir-service-work = work
dir-service-education = school
dir-service-phone-internet = phone and internet
dir-service-interpretation = interpreting
dir-service-complaints = complaints and reports
dir-service-emergency = emergencies
dir-service-documents = documents
dir-service-family-contact = contact with family
dir-service-asylum-application = asylum application

## Status of an entry and the date of each detail
entry-national = National number.
entry-value-date = (source dated { $date })
entry-value-undated = (undated source)

## Hours: each service with its own
entry-every-day = every day
entry-hours-dated = According to a source dated { $date }, it opened: { $hours }.
entry-hours-undated = According to an undated source, it opened: { $hours }.
entry-hours-non-working = Today is a non-working day for government offices: it may be closed.
entry-hours-maybe-non-working = Today may be a non-working day for this office (a holiday closure or a day off that is declared): it may be closed.
dir-hours-office = Office
dir-hours-clinic = Clinic
dir-hours-breakfast = Breakfast
dir-hours-first-applications = First asylum application
