# Section: Back in Mexico after deportation (for Mexican citizens)
guide-deportees-title = Back in Mexico after deportation
guide-deportees-summary = For deported Mexican citizens: government support, documents and the consular line.
guide-deportees-program =
    ## The _México te abraza_ programme
    This section is for **Mexican citizens** deported from the United States. If you come from another country and are seeking asylum, read [How to apply](guide:how-to-apply).

    In January 2025 the government launched the _México te abraza_ ("Mexico embraces you") programme, with 10 centres: Tijuana and Mexicali (Baja California), Nogales and San Luis Río Colorado (Sonora), Ciudad Juárez (Chihuahua), Nueva Rosita (Coahuila), El Carmen (Nuevo León), Matamoros, Reynosa and Nuevo Laredo (Tamaulipas). It offers:
    - Shelter, food and health care; enrolment in the IMSS (social security).
    - A welfare card (_Tarjeta Bienestar Paisano_): **MXN 2,000** for transport.
    - Free internet, help to get your Mexican documents, and transport to your place of origin.

    For the card they ask for your full name, date of birth, CURP, repatriation letter (_carta de repatriación_), ID and birth certificate (_acta de nacimiento_). Some of these are not essential.
guide-deportees-tijuana =
    ## In Tijuana: the Flamingos centre
    It is in the former **Flamingos** events hall, on bulevar Cuauhtémoc Sur, delegación Centro. According to press reports from January 2025, it has room for 2,600 people and only takes Mexican citizens. Children under 18 are sent to the state DIF shelter (the family and child-protection agency).

    In February 2025, organizations told Amnesty International that:
    - The centre is "prison-like" and surrounded by the National Guard.
    - You cannot leave, except to go back to your place of origin.
    - If you do not stay there, you get no support, such as the card.
    - You are taken there unless someone picks you up at the repatriation station at the border crossing.

    According to Amnesty, the programme only takes you back to your place of origin. If you fled violence in that place, **tell an organization**.
guide-deportees-papers =
    ## Your documents
    Keep **your repatriation paper**. It is not an official ID. According to Amnesty, it lets you travel within Mexico for one month.
    - CURP (your population registry code): look it up and print it at gob.mx/curp.
    - Birth certificate: according to press reports, the Flamingos centre issues it.
    - INE voter card (_credencial para votar_): bring three documents. One that proves your nationality (original birth certificate or naturalization document), a photo ID from the accepted list, and proof of address.
    - If you have no photo ID, you can bring **two witnesses**: one registered in your municipality and one in your state.
    - Since 2017 the INE has had a strategy to speed up voter cards for repatriated people.
guide-deportees-consulate =
    ## Consular line, for Mexican citizens only
    If you are a **Mexican citizen** and need Mexico's consulates in the United States, call the CIAM, 24 hours a day:
    - From the United States and Canada: +1 520 623 7874
    - From Mexico: 001 520 623 7874
guide-deportees-asylum =
    ## If you are seeking asylum in Mexico
    If you are from another country and are seeking asylum in Mexico, **this line is not for you**. Once you have applied, no authority may inform or notify your country's consular or diplomatic authorities without your express consent (Refugee Law, LRPCAP, art. 21). If you are recognized as a refugee, you do not have to go to your consulate (art. 57).

    Before you contact your country's consulate, **ask an organization**.
guide-deportees-unknown =
    We could not confirm whether the centres are still open in 2026, whether support still requires staying at the centre, or the exact name and validity of the repatriation paper. We also do not know which documents the INE accepts from repatriated people.

    Before you decide, **ask an organization**. Find one in the [directory](screen:directory).
