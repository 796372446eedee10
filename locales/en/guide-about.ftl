# Section: About this information
guide-about-title = About this information
guide-about-summary = Where Rumbo's information comes from, its limits, and how to report an error.
guide-about-sources =
    ## Where it comes from
    The Rumbo team compiled this information from public sources. We finished compiling it on **27 November 2026**.
    - Laws, in the consolidated texts published by Mexico's Chamber of Deputies (_Cámara de Diputados_), read in a copy: an automatic conversion of its official PDFs published by someone else. The quotations were taken from that copy and have not yet been compared with the official publication.
    - The regulations of the Refugee Law (_Reglamento_), in the text quoted by UNHCR (ACNUR).
    - Amnesty International's briefing "Lives in Limbo", February 2025.
    - Press reports and organizations' web pages, read as archived copies, not live.

    Each guide shows its sources.
guide-about-review =
    ## Not yet reviewed
    - No lawyer has reviewed this information yet.
    - The Haitian Creole (Kreyòl) and Russian versions are drafts: no native speaker has reviewed them yet.
    - This is general information, **not legal advice**. For your own case, talk to an organization or a lawyer you trust.
guide-about-offline =
    ## Your copy does not update itself
    Rumbo works without internet. That is why the copy on your phone **never updates itself**. Laws, offices and programmes change.

    Before you act, **check with an organization**. Find one in the [directory](screen:directory).
guide-about-open =
    ## Open questions
    We do not yet know for sure:
    - What article 19 of the Refugee Law's regulations (_Reglamento_) says exactly: which reasons COMAR accepts if you apply after the deadline.
    - The Supreme Court's position on the [30-working-day deadline](guide:deadline): whether it has upheld it or not.
    - To whom, and where, you file the appeal (_recurso de revisión_) against a negative decision.
    - How long the [TVRH](guide:tvrh), the humanitarian visitor card (_Tarjeta de Visitante por Razones Humanitarias_), lasts, and how it is renewed.
    - The current addresses and phone numbers of COMAR offices.
    - Contact details for shelters.

    Also, the quotations from laws still have to be checked against the official PDF. These open questions can change what you should do: **ask an organization or a lawyer**.
guide-about-errors =
    ## If you find an error
    Tell **the organization or the person who gave you Rumbo**. Rumbo does not have a contact address yet.
guide-about-privacy =
    ## Privacy
    Nothing you do in Rumbo leaves this device. There are no accounts, no tracking and no advertising.

    If you copy or share a text, or add it to your calendar, that copy is outside Rumbo.
