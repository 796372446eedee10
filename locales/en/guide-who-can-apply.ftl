# Section: Asylum in Mexico: who can apply
guide-who-can-apply-title = Asylum in Mexico: who can apply
guide-who-can-apply-summary = Who can apply for refugee status in Mexico, and who else it protects.
guide-who-can-apply-what =
    ## What applying for asylum means in Mexico
    In Mexico, applying for asylum means applying for refugee status (_condición de refugiado_). COMAR (Mexican Commission for Refugee Assistance, _Comisión Mexicana de Ayuda a Refugiados_) decides.

    Do not confuse it with "political asylum" (_asilo político_): that is a different procedure. This guide is about the COMAR procedure.

    You can apply even if you have no documents, are at a port of entry or have a migration procedure open (Refugee Law, art. 21). If a migration procedure was opened against you for entering without papers, it is suspended until your application is decided; and if you are recognized as a refugee, you are not punished for that entry (art. 7).

    The law speaks of foreign nationals. If you are Mexican and were deported, read [Back in Mexico](guide:deportees).
guide-who-can-apply-grounds =
    ## Grounds (art. 13)
    You can be a refugee if one of these applies to you:
    - **Persecution:** you have a well-founded fear of being persecuted because of your race, religion, nationality, gender, membership of a social group or political opinions (section I).
    - **Violence in your country:** you fled because your life, safety or freedom were threatened by generalized violence, foreign aggression, internal conflicts, massive human rights violations or other circumstances that seriously disturbed public order (section II).
    - **New danger:** the risk arose after you left your country, or because of things you did in Mexico (section III).

    In the case of section III, the deadline of 30 working days (_días hábiles_) starts on the day after you learn of the facts (art. 18). Work out your date with the [deadline calculator](screen:deadline).
guide-who-can-apply-complementary =
    ## Complementary protection
    If COMAR decides you are not a refugee, **it must consider in the same decision** whether to give you complementary protection (_protección complementaria_) (arts. 29 to 31). If it does, you receive a migration document.
guide-who-can-apply-family =
    ## Your family
    Family members who are in Mexico and depend on you receive refugee status **by derivation** if you are recognized (art. 12):
    - your spouse or partner;
    - your children;
    - your blood relatives up to the fourth degree;
    - your spouse's relatives up to the second degree.

    If documents are missing, other proof of the relationship is accepted, including your own statement.
guide-who-can-apply-practice =
    ## In Tijuana
    - It is no longer possible to ask for asylum at the US border. So many people in Tijuana are deciding to ask for protection in Mexico (Amnesty International, February 2025).
    - Many have already passed the 30-working-day deadline because they waited for a CBP One appointment. In February 2025, COMAR in Tijuana was accepting late applications if the person could not get an appointment before they were cancelled. This criterion may change. Read [The 30-working-day deadline](guide:deadline).
guide-who-can-apply-unknown =
    - Only COMAR decides whether you are a refugee. Nobody can promise you the result.
    - Rumbo does not have the text of the law that defines who receives complementary protection. Ask an organization or a lawyer whether your case fits.
    - Find legal help in the [directory](screen:directory).
