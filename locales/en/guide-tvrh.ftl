# Section: TVRH, the humanitarian visitor card
guide-tvrh-title = TVRH: the humanitarian visitor card
guide-tvrh-summary = Who has a right to a TVRH, what it gives you, how to ask for it, and what has changed since 2024.
guide-tvrh-who =
    ## What it is and who has a right to it
    The Visitor Card for Humanitarian Reasons (_Tarjeta de Visitante por Razones Humanitarias_, TVRH) is a document from the National Institute of Migration (INM). With it, your stay in Mexico is regular.

    Under the Migration Law (art. 52), these people have a right to it:
    - victims or witnesses of a crime committed in Mexico;
    - migrant children and adolescents;
    - people who apply for asylum, while their case is decided.

    The government may also give it for a humanitarian reason or in the public interest.
guide-tvrh-law =
    ## Each case in detail
    - **Victims and witnesses:** you may stay until the criminal case ends, work, and leave and re-enter the country. Later you may apply for permanent residence.
    - **Children and adolescents:** the card is given at once, with no documents required and no fee. If the child is accompanied or separated from their family, it also covers the adult who cares for the child.
    - **Asylum seekers:** it is valid "hasta en tanto no se resuelva su situación migratoria" (until their migration situation is resolved). If the answer is positive, you receive permanent residence.
    - **Humanitarian cases:** it includes a work permit.
guide-tvrh-gives =
    ## What it gives you
    According to Amnesty International, the TVRH gives access to formal work, health care, education and banking.

    About the **work permit**: the law gives it expressly to victims, witnesses and humanitarian cases. For asylum seekers it does not mention it. The organization Sin Fronteras says the card includes it implicitly.
guide-tvrh-request =
    ## How to ask for it
    First, **ask the Mexican Commission for Refugee Assistance (COMAR)** to fill in the form. Take it to the nearest INM office with:
    - your certificate of application (_constancia de trámite_), original and a copy;
    - a passport or ID;
    - proof of address (if you have none, COMAR can give you an official letter, an _oficio_);
    - a signed statement declaring that it is true (_bajo protesta de decir verdad_), with your date of entry and your reasons;
    - your children's birth certificates.

    It is **free**. The list comes from Sin Fronteras (an example from Mexico City) and may differ from office to office.
guide-tvrh-practice =
    ## Since 2024, cards are almost never issued
    - In early 2024 the INM stopped issuing TVRHs. In February 2025 this was still the case (Amnesty International).
    - 618 cards were issued in 2024, against 94,829 in 2023 (Working Group on Non-Refoulement, _Grupo de Trabajo sobre No Devolución_).
    - Sometimes the INM gives only a sheet of paper (an oficio) with the validity dates and no photo. Organizations say it protects you from detention and deportation and lets you work, but employers do not accept it.
    - Without the card it is hard to get an RFC (tax ID) or a social security number.
    - Between pre-registration at COMAR and the constancia there is a "grey zone" with no document at all.

    Keep your oficio and your constancia safe. If the INM will not take your request, look for an [organization](screen:directory).
guide-tvrh-unknown =
    - **How long it lasts.** Sin Fronteras says it is usually valid for one year; the INM in Morelos said the same. We did not find the official rule.
    - **Whether it can be renewed.** According to Sin Fronteras, only if you are still an applicant when it expires.
    - **Whether the INM started issuing cards again** after February 2025.
    - **What legal value** the replacement oficio has.

    Ask an organization or a lawyer before you decide.
