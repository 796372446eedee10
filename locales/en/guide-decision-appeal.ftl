# Section: Decision and appeal
guide-decision-appeal-title = Decision and appeal
guide-decision-appeal-summary = How long COMAR takes to decide, what happens if it refuses you, and how to appeal.
guide-decision-appeal-decision =
    ## When COMAR must decide
    COMAR must decide in writing "dentro de los 45 días hábiles contados a partir del día siguiente a la presentación de la solicitud" (Refugee Law, article 24): within 45 working days, counted from the day after you applied.

    It can extend this term once, by up to another 45 working days (_días hábiles_), only in these cases:
    - it lacks information about the facts of your application;
    - it lacks a translator or specialists;
    - it cannot interview you because of your health;
    - you ask to hand in more evidence;
    - an unforeseeable event or force majeure.

    You must be given the decision in writing, and COMAR must try to make sure you understand it (article 25). This is called the notification (_notificación_). The [calculator](screen:deadline) also counts these terms.
guide-decision-appeal-practice =
    ## The real wait is longer
    In practice, COMAR takes much longer. In 2023, Asylum Access México said in an interview that cases from 2021 and 2022 were still unresolved. In May 2023, COMAR itself warned that its response times had grown.

    Nobody can promise you a date. Keep signing in every week: read [While you wait](guide:while-waiting).
guide-decision-appeal-outcome =
    ## If you are not recognized as a refugee
    If COMAR refuses you refugee status, it must decide in the same decision whether to give you complementary protection (_protección complementaria_) (articles 29–31). If it does, you receive a migration document.
guide-decision-appeal-appeal =
    ## How to appeal
    If the decision is negative, **appeal within 15 working days**. You do this with a request for review (_recurso de revisión_). The law says you may file a "recurso de revisión dentro de los 15 días hábiles contados a partir de la notificación respectiva" (article 25): within 15 working days counted from the notification. You may also use other legal remedies.

    For comparison, the general federal rule (Federal Administrative Procedure Law, LFPA, article 85) counts the 15 days from the day after the notification takes effect. Under that law, the appeal is filed with the authority that decided, and its superior resolves it (article 86).

    Find a lawyer or an organization in the [directory](screen:directory) **the same day** you receive the decision. In the calculator, go by the safe last day.
guide-decision-appeal-unknown =
    - Where, and before whom, the appeal is filed in your case.
    - The exact day the 15 days start: from the notification (Refugee Law) or from the day after it takes effect (federal rule).
    - The deadlines and route of the annulment lawsuit (_juicio de nulidad_) and of an amparo lawsuit (_amparo_). Rumbo did not find them.

    A lawyer must confirm these points. So **do not wait**: act as soon as you are notified.
guide-decision-appeal-rights =
    ## If you are recognized as a refugee
    Among other rights, you have the right (article 44):
    - to support from public institutions, to health services and to education, with recognition of your studies;
    - to work in any lawful activity;
    - to an identity and travel document from the Ministry of Foreign Affairs (_Secretaría de Relaciones Exteriores_, SRE);
    - to family reunification;
    - to a permanent resident document (articles 44 and 48).

    You do not pay fees for migration services (article 50). You do not have to go to your consulate, and legalization or apostille of your documents may be waived (article 57).
