# Section: How to apply
guide-how-to-apply-title = How to apply for asylum
guide-how-to-apply-summary = Where and how to file your application, what paper you get, and what happens in Tijuana.
guide-how-to-apply-steps =
    ## Where and how
    - File your application at a COMAR office. Where there is no COMAR, file it with the INM (National Institute of Migration, _Instituto Nacional de Migración_), which sends it to COMAR.
    - Do it **within 30 working days** (_días hábiles_), counted from the working day after you entered Mexico (Refugee Law, art. 18). Use the [deadline calculator](screen:deadline). If it has passed, apply anyway: read [The 30-working-day deadline](guide:deadline).
    - File it in writing. If you cannot write, apply **orally**: the official writes down what you say in a record (_acta_) (art. 18).
    - Ask for an interpreter if you do not understand Spanish (arts. 18 and 23).
    - Do not pay anyone: the procedure is **free** (art. 18). In 2019, "fixers" (_gestores_) were reported selling fake certificates. Read [Safety and fraud](guide:safety).
guide-how-to-apply-law =
    ## Notice, consulate and representative
    Any authority that knows you want to apply for refugee status must give notice in writing and immediately. If it does not, it can be sanctioned (art. 21).
    - Once your application is filed, nobody may notify your consulate without your express consent (art. 21).
    - You can go with a legal representative, who needs a simple power of attorney (_carta poder_) signed before two witnesses (art. 21; Regulation, art. 20).
    - If another person files the application for you, **confirm it in person** at COMAR or the INM within 3 working days. If you do not, it is treated as not filed (art. 11; Regulation, art. 20).
guide-how-to-apply-offices =
    ## COMAR offices
    COMAR had 13 offices in the country (2024). Rumbo did not find the full list.
    - **Tijuana:** Avenida Carranza, colonia Castillo, at Proyecto Salesiano (2021 information, not verified for 2025–2026).
    - **Mexico City:** Calle 10 No. 167, Col. Granjas San Antonio, Iztapalapa. Monday to Friday, 9:00 to 18:00 (2024).
    - **Tapachula:** Centro Multiservicios, Libramiento Sur. For first-time applicants: 7:00 to 15:00 (September 2025).
guide-how-to-apply-constancia =
    ## The certificate of application
    COMAR gives a certificate of application (_constancia de trámite_) to you and to each family member who depends on you (art. 22). **Keep it safe and make a copy.**
    - It protects you: you cannot be sent back to your country (Regulation, art. 22).
    - It does not prove that your stay is regular, and it is not a document for travelling around the country.
    - It requires you to stay in the state where you started the procedure.

    Read [While you wait](guide:while-waiting): you must report every week to COMAR or the INM (Regulation, art. 24).
guide-how-to-apply-tijuana =
    ## In Tijuana
    - Baja California has **only one COMAR office**, in Tijuana. In the rest of the state you apply with the INM, but the INM often turns people away without taking their application, especially people without legal help. **Go with an organization** if you can.
    - In early 2025, the National Guard was surrounding the COMAR office in Tijuana. That is frightening, but asking for asylum is your right.
    - If you started your procedure in another state, COMAR was not moving it to Tijuana: it told people to wait until it was closed and then start a new one.

    Source: organizations interviewed by Amnesty International, February 2025.
guide-how-to-apply-unknown =
    - Rumbo did not find an official list of documents for the application. Ask COMAR or an organization before you go.
    - Rumbo did not find the phone number or opening hours of the Tijuana office, and does not know whether it is still at the same address. Check with an organization in the [directory](screen:directory).
