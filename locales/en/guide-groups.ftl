# Section: Groups with specific protection
guide-groups-title = Groups with specific protection
guide-groups-summary = Extra rights for children, women, LGBTIQ+ people, Afro-descendant people and other groups.
guide-groups-intro =
    ## Reinforced protection
    The law gives special care to:
    - children and adolescents;
    - women, including pregnant women;
    - older persons, persons with disabilities or with chronic illnesses;
    - survivors of torture, of sexual or gender-based violence, or of human trafficking;
    - Indigenous peoples and Afro-descendant people;
    - victims of crime.

    This is what the Refugee Law (LRPCAP, art. 20) and the Migration Law (art. 73) say. If you belong to one of these groups, **tell the Mexican Commission for Refugee Assistance (COMAR) or the National Institute of Migration (INM)**. Your interview must take account of your culture, age and gender (Refugee Law, art. 23).
guide-groups-children =
    ## Children and adolescents
    - They may never be locked up in an immigration detention centre (_estación migratoria_) or another place set up for it, whether or not they travel with an adult; see the Refugee Law, art. 20, and the Migration Law, art. 6.
    - They have a right to an immediate, free [humanitarian visitor card (TVRH)](guide:tvrh), with no documents required (Migration Law, arts. 52 and 74).
    - They may not be returned or deported "sin que antes la autoridad competente valore si su vida, libertad o seguridad se encuentra en peligro" (without the competent authority first assessing whether their life, liberty or safety is in danger) (art. 74).
    - Any procedure involving children must be reported at once to the child protection office of the DIF family agency (_Procuraduría de Protección_) (art. 11).
guide-groups-women =
    ## Women and survivors of violence
    - Persecution because of gender can be a ground for refugee status (Refugee Law, art. 13).
    - If you survived sexual or gender-based violence, or trafficking, you have a right to special care (art. 20).
    - Women and girls who are victims of violence can receive protection orders (Migration Law, art. 75).
    - Some shelters take women and their children, such as Instituto Madre Asunta, the Salvation Army women's house and Borderline.
guide-groups-lgbtiq =
    ## LGBTIQ+ people
    - The Refugee Law obliges the Ministry of the Interior (_Secretaría de Gobernación_) to take the measures within its reach so that you are not discriminated against because of your "preferencias sexuales" (sexual preferences) (art. 8).
    - Gender is one of the grounds for refugee status (art. 13).
    - Shelters for LGBTIQ+ people in Tijuana include Jardín de las Mariposas and Casa de Luz. Borderline also takes in LGBT+ people. Casa Arcoíris used to give shelter; in March 2025 it reopened as a community centre.
    - In 2025 several shelters changed, and some became community centres. Casita de Unión Trans stopped providing shelter.
guide-groups-black =
    ## Black and Afro-descendant people
    - The Migration Law lists Afro-descendant people among the groups owed reinforced protection (art. 73).
    - You have a right to free urgent medical care to protect your life, whatever your migration status (art. 8).
    - The Refugee Law obliges the Ministry of the Interior to take the measures within its reach so that you are not discriminated against because of your ethnic or national origin (art. 8).
    - Haitian Bridge Alliance supports Haitians in Tijuana and coordinates Villa Haitiana, housing for Haitian families.
guide-groups-practice =
    Amnesty International reported in February 2025:
    - LGBTIQ+ people face widespread violence and discrimination in Mexico.
    - Black people, especially Haitians, face racism. They have less access to medical care, housing, safer shelters, services, interpreters and police protection. People said employers prefer to hire Mexicans or white people.
    - Mexican women fleeing violence at home said the police did not protect them.
    - Organizations are afraid to take children travelling alone to the port of entry, because they do not know how the US border authority (CBP) will respond.
    - In early 2024, INM stopped issuing the TVRH, the card children have a right to at once. Read [TVRH](guide:tvrh).

    Find shelters and organizations in the [directory](screen:directory). Many services changed in 2025: check before you go.
