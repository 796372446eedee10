# Guides: the list, search, one section, and the screen to show an official.
# Each section's text is in guide-<section>.ftl.

guides-lead = What the law says and what happens in practice, with sources.
guides-all = All guides
guide-missing = This section does not exist in this version of Rumbo. Its name may have changed.

## Notices
guide-draft = This translation is a draft: no native speaker has reviewed it yet.
guide-read-spanish = Leer esta sección en español
guide-showing-spanish = You are reading the original Spanish text.
guide-back-to-translation = Back to the translation
guide-stale = This information was compiled on { $date }, more than six months ago. Rumbo does not update itself offline: check what matters with an organization.

## Block labels
guide-kind-law = What the law says
guide-kind-case-law = What a court said in particular cases
guide-kind-practice = What happens in practice
guide-kind-unknown = What is not known yet
guide-kind-warning = Be careful

## Listen, share, copy
guide-listen = Listen
guide-listen-stop = Stop
guide-share = Share this section
guide-copy = Copy this section
guide-shared-from = From Rumbo: general information, not legal advice.

## Sources, tools, related
guide-tools = Tools
guide-tool-deadline = Calculate my deadline
guide-tool-directory = Find help nearby
guide-sources = Sources
guide-source-date = Source date: { $date }.
guide-source-undated = Undated.
guide-compiled = Compiled from these sources on { $date }.
guide-not-lawyer-reviewed = Not yet reviewed by a lawyer.
guide-lawyer-reviewed = Reviewed by a lawyer on { $date }.
guide-related = Related
guide-prev-next = Other sections
guide-previous = Previous
guide-next = Next

## Search
search-label = Search the guides
search-count =
    { $count ->
        [0] Nothing found. Try another word.
        [one] One result
       *[other] { $count } results
    }

search-more =
    { $count ->
        [one] Show the result
       *[other] Show all { $count } results
    }
search-fewer = Show only the first { $count }

## Show an official
official-title = Show an official
official-lead = Show this screen. It is the text of Mexican law, in Spanish.
official-caution = Text taken from a copy of the consolidated law published by the Chamber of Deputies (an automatic conversion of its PDF), not yet compared with the official publication. "[...]" marks words left out. This is not legal advice: if an official does not respect your rights, get legal help.
