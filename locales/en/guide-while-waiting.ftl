# Section: While you wait
guide-while-waiting-title = While you wait
guide-while-waiting-summary = Which papers to keep, which rules to follow and what rights you have during the process.
guide-while-waiting-constancia =
    ## Your certificate
    Keep your certificate of application (_constancia de trámite_) and a copy. COMAR gives one to each applicant and to their dependants (Refugee Law, article 22).

    According to COMAR (May 2023):
    - It protects you: you cannot be sent back to your country.
    - **It is not a permit for regular stay** in Mexico.
    - **It is not valid for travelling** around the country.

    The procedure is free: do not pay anyone. Read [Safety and fraud](guide:safety).
guide-while-waiting-sign-in =
    ## Sign in every week
    Every week, **go and sign in** on the day you are given. This is the weekly sign-in (_firma semanal_). The regulation of the law (_Reglamento_, article 24) says that an applicant who is not held by INM "deberá asistir semanalmente ante la Coordinación o el Instituto, el día que le sea señalado": must report every week to COMAR (the Coordinación) or INM (the Instituto) on the day set for them.

    If you do not go, your application can be treated as abandoned.
guide-while-waiting-stay =
    ## Stay in your state
    Live and stay **in the state where you applied**. The certificate requires it (COMAR, 2023).

    To move your case to another state, you need COMAR's permission. You ask for it with a free-form letter (_escrito libre_) explaining your reasons.
guide-while-waiting-move-practice =
    ## Cases from other states
    In February 2025, COMAR was not moving cases started in Chiapas or Mexico City to Tijuana. It told people to wait until the old case was closed and then start a new one. Organizations told Amnesty International that this causes needless delays.

    If you left a case in another state, get advice before starting a new one.
guide-while-waiting-curp-work =
    ## CURP and work
    With your certificate, COMAR can give you a temporary CURP (_CURP temporal_). It lasts up to 180 calendar days and can be extended once for the same period. It becomes permanent if you are recognized as a refugee or given complementary protection, and INM gives you your document.

    You need the CURP for health care, school and work.

    To work while you wait, the route the sources describe is the Visitor Card for Humanitarian Reasons (_Tarjeta de Visitante por Razones Humanitarias_, TVRH). But for people seeking asylum, the law does not say expressly that it gives permission to work; the organization Sin Fronteras says it includes it implicitly. In early 2024, INM stopped issuing it (Amnesty International, February 2025): it issued 618 in 2024, against 94,829 in 2023 (Working Group on Non-Refoulement, _Grupo de Trabajo sobre No Devolución_). Read [TVRH](guide:tvrh).
guide-while-waiting-curp-court =
    ## What the Supreme Court said about the CURP
    In 2021, the Supreme Court (First Chamber) decided two cases (_amparos en revisión_ 114/2020 and 665/2019). In those cases it said that it is unconstitutional to exclude people seeking refugee status from the CURP.

    Rumbo does not know whether offices apply this to everyone.
guide-while-waiting-your-case =
    ## Your case
    - You can **hand in more evidence** until COMAR decides (article 23).
    - The interview is in person, and your representative can be there (article 21). It must take your culture, age and gender into account (article 23).
    - If needed, you are given an interpreter or translator (article 23). Ask for one.
    - What you say is strictly confidential (article 10).
    - Once you have applied, no authority may give information to your consulate, or notify it, without your express consent (article 21).
guide-while-waiting-unknown =
    - The text found of the Reglamento, article 24, is cut off. For example, it is not known what happens if you miss a week because you are sick. Ask COMAR what to do if you cannot go.
    - Rumbo did not find the official text of the temporary CURP rule (DOF, 2021). It also does not know whether COMAR in Tijuana gives it now.
    - It is not known whether COMAR moves cases from one state to another after February 2025.

    Ask an organization or a lawyer.
