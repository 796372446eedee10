# Section: The 30-working-day deadline
guide-deadline-title = The 30-working-day deadline
guide-deadline-summary = When the deadline to apply for asylum ends, and what to do if it has passed.
guide-deadline-count =
    ## Apply on time
    Apply for asylum **within 30 working days**. They are counted from the working day after you entered Mexico. Working days (_días hábiles_) are Monday to Friday, except public holidays.

    Apply **before the "safe last day"** shown by the [deadline calculator](screen:deadline). The procedure is free.
guide-deadline-law =
    ## Refugee Law (LRPCAP), article 18
    "El extranjero que solicite ser reconocido como refugiado deberá presentar por escrito su solicitud ante la Secretaría dentro del término de 30 días hábiles contados a partir del día hábil siguiente al que haya ingresado al país o, en su caso, a aquél en que le haya sido materialmente posible presentarla en los términos que defina el reglamento."

    In plain words: apply in writing (or orally if you cannot write, as the same article says) within 30 working days, counted from the working day after you entered the country.
    - If you could not apply before, the count may start on the day applying became materially possible (_materialmente posible_). The regulation of the law (_Reglamento_) defines these cases.
    - If the danger arose after you left your country, or because of something you did in Mexico, the count starts on the day after you learned of those facts (article 13, section III).
guide-deadline-working-days =
    ## Which days count
    Saturdays, Sundays and these holidays do not count: 1 January, 5 February, 21 March, 1 and 5 May, 1 and 16 September, 20 November and 25 December (Federal Administrative Procedure Law, LFPA, article 28).

    The Monday holidays in February, March and November, Holy Thursday and Good Friday, and office vacations only stop counting if they are declared non-working days in the official gazette (_Diario Oficial de la Federación_, DOF). Rumbo does not know if they were declared for COMAR. That is why the calculator shows a **safe last day** and a **latest possible day**.

    If the last day is a non-working day, or the office is closed, the deadline moves to the next working day (article 29).
guide-deadline-if-late =
    ## If your deadline has passed
    - **Apply anyway.**
    - Explain why you could not apply earlier: in writing or, if you cannot write, orally. The official must then write down what you say in a record (_acta_) (Refugee Law, article 18). For example: you were waiting for a CBP One appointment.
    - Bring whatever evidence and documents you have, even if they are not official documents.
    - If COMAR asks you to explain the delay, answer within the time it gives you.
    - Ask an organization or a lawyer for help.
guide-deadline-late =
    ## What the Supreme Court said in two cases
    In 2019, the Supreme Court decided two cases (_amparos en revisión_ 353/2019 and 399/2019) of people who had been refused because they applied late, and ruled for them. In those cases, the Court said that the proof of the reason for the delay must not be strict or rigorous, that documents proving what stopped the person from applying cannot be required, and that it is enough that the person's account and evidence fit their situation.

    It is not known whether COMAR always applies this to other people. Bring the documents you have.
guide-deadline-tijuana =
    ## Tijuana, February 2025
    According to organizations quoted by Amnesty International, COMAR in Tijuana was accepting late applications. It accepted as a reason that the person could not get a CBP One appointment before CBP One was cancelled.

    Amnesty calls this a good practice, but fears the criterion may change or not be applied the same way in other states.
guide-deadline-unknown =
    - Rumbo did not find the text of the Reglamento, article 19, on late applications.
    - It is not clear whether the Supreme Court upheld the deadline in article 18, or whether the 2019 rulings bind COMAR in other cases.
    - There is no official list of the evidence COMAR accepts.
    - It is not known which days COMAR declared non-working. COMAR closed for vacation at the end of 2025 and reopened on 5 January 2026, but Rumbo did not find the DOF notice.

    Ask an organization or a lawyer about your case.
