# Section: Your rights in Mexico, whatever your papers
guide-rights-title = Your rights in Mexico, whatever your papers
guide-rights-summary = The rights you have in Mexico even if you have no migration documents.
guide-rights-basics =
    ## Your rights do not depend on your papers
    You have rights in Mexico **even if you have no documents**. The Constitution says: "Toda persona tiene derecho a buscar y recibir asilo." (art. 11) This means: everyone has the right to seek and receive asylum.

    The Migration Law protects you "con independencia de su situación migratoria", that is, whatever your migration status (art. 6). The State must protect your personal safety (art. 66) and treat you without discrimination (art. 67).
guide-rights-services =
    ## Health, school and civil registry
    - Go to a hospital if your life is at risk. **Urgent medical care is free** (art. 8). You also have the right to other medical care.
    - Enrol your children in school, public or private, whatever their papers (art. 8).
    - Register births, the recognition of your children, marriages, divorces and deaths. The civil registry (_registro civil_) cannot refuse these acts or their certificates (art. 9).
guide-rights-justice =
    ## Justice, complaints and interpreters
    - Report a crime even if you have no papers. You have the right to justice and to file human rights complaints (art. 11).
    - File a complaint with the CNDH (National Human Rights Commission, _Comisión Nacional de los Derechos Humanos_) if a federal authority, such as the INM or the National Guard, violates your rights. You can do it online at atencionciudadana.cndh.org.mx. It does not accept anonymous complaints.
    - Ask for an interpreter if you do not speak Spanish. The authority must appoint one for you (_de oficio_) (art. 14).
    - Call [911](tel:911) in an emergency and [089](tel:089) to report a crime anonymously.
guide-rights-papers =
    ## Papers and detention
    - Only the competent authority, in the cases the law sets, can ask you to prove your nationality and migration status (art. 7).
    - The INM cannot carry out migration checks in shelters run by civil-society organizations or by people doing humanitarian work (art. 76).
    - Only the INM can carry out the "presentation" (_presentación_), which means migration detention, of a person without papers. The law says it "deberá constar en actas y no podrá exceder del término de 36 horas contadas a partir de su puesta a disposición" (art. 68): it must be recorded in writing and cannot exceed 36 hours from the moment the person is placed at the INM's disposal.
    - Ask for a lawyer. During an INM migration procedure, you have the right to advice or representation by a person you choose (art. 70).

    Use the [screen for officials](screen:official) if someone asks for your papers.
guide-rights-practice =
    ## No documents, more risk
    - Most asylum seekers have no Mexican migration document at all. This puts them at greater risk of detention and deportation, and makes it harder to use their rights (Amnesty International, February 2025).
    - In 2020 a police officer was reported to have wrongly told a migrant that he could not report a crime. You can.
    - Look for support from an organization in the [directory](screen:directory).
guide-rights-unknown =
    - Rumbo does not know exactly what the 36-hour limit covers. **Ask a lawyer** to explain it.
    - Rumbo could not confirm a phone number for the CNDH. Do not use numbers that have not been checked.
