# Section: Safety and fraud
guide-safety-title = Safety and fraud
guide-safety-summary = How to avoid scams, what to do about extortion or kidnapping, and whom to call.
guide-safety-alert =
    ## Procedures are free
    - Applying for asylum at the Mexican Commission for Refugee Assistance (COMAR) or at the National Institute of Migration (INM) is **free**. The humanitarian visitor card (TVRH) is free too. Nobody can sell you an appointment.
    - CBP One ended on 20 January 2025, and all appointments were cancelled.
    - **Any offer of a "CBP One appointment" or a "new asylum app" is a scam**, unless the United States officially announces otherwise.
    - Do not give money, personal data or documents to anyone who offers you this.
    - If you are in danger, call [911](tel:911).
guide-safety-fraud =
    ## Fake lawyers and fixers (_gestores_)
    They charge for procedures that are free.
    - In Tijuana (2023) they offered faster CBP One appointments for USD 500–700 and kept people's personal data.
    - Outside COMAR and INM offices, fixers sold fake TVRH cards and fake certificates for up to MXN 25,000 (2019). People caught with them were detained.
    - The certificate of application (_constancia de trámite_) **does not allow you to travel** around Mexico: it requires you to stay in the state where you started your application.
    - In 2025 there were reports of illegal payments demanded near COMAR in Tapachula.

    If someone asks you for money for a procedure, **do not pay**. Look for a [trusted organization](screen:directory).
guide-safety-crime =
    ## Extortion and kidnapping
    Amnesty International documented extortion and kidnappings of people seeking protection, by authorities and by criminal groups: payments demanded at roadblocks and kidnappings from trains, for example in Caborca.
    - **Emergency:** call [911](tel:911).
    - **Anonymous report:** call [089](tel:089), 24 hours a day. Use it for extortion (including by phone), kidnapping, human trafficking and sexual abuse. You get a tracking number (folio).
    - **Report the crime** to the Public Prosecutor's Office (_Fiscalía_).
guide-safety-law =
    ## Your rights after a crime and before the authorities
    - You have a right to justice and to file complaints, whatever your migration status (Migration Law, art. 11).
    - As a victim or witness of a crime in Mexico, you have a right to a [TVRH](guide:tvrh) (art. 52). If the crime is serious, you also have a right to regularize your status (art. 133).
    - Only the competent authority may ask you to prove your nationality or migration status (art. 7).
    - In an INM migration procedure, you have a right to a lawyer or representative of your choice (art. 70).
    - If you do not speak Spanish, the authority must appoint an interpreter for you (_de oficio_) (art. 14).
    - The INM may not carry out migration checks in shelters run by civil society organizations or by people doing humanitarian work (art. 76).
guide-safety-practice =
    - In 2020 a police officer told a migrant that he could not report a crime. That is false: **you can report**.
    - In Caborca, the army rescued a kidnapped group and took them to report it. Afterwards they got no support and no documents.
    - Since 2024 the INM has almost stopped issuing TVRHs.
    - Now that asylum cannot be sought at the US border, organizations expect more smuggling and more violence against asylum seekers, including extortion.
guide-safety-papers =
    ## Look after your papers
    - **Keep your constancia** and a copy.
    - Go to sign in at COMAR or the INM on your assigned day (see [While you wait](guide:while-waiting)).
    - If an official asks for your papers, use the [screen to show an official](screen:official).
