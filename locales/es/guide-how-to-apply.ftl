# Sección: Cómo pedir asilo
guide-how-to-apply-title = Cómo pedir asilo
guide-how-to-apply-summary = Dónde y cómo presentar tu solicitud, qué papel recibes y qué pasa en Tijuana.
guide-how-to-apply-steps =
    ## Dónde y cómo
    - Presenta tu solicitud en una oficina de la COMAR. Donde no hay COMAR, preséntala ante el INM (Instituto Nacional de Migración), que la envía a la COMAR.
    - Hazlo **dentro de 30 días hábiles**, contados desde el día hábil siguiente a tu entrada a México (Ley sobre Refugiados, art. 18). Usa la [calculadora del plazo](screen:deadline). Si ya pasó, pide asilo igual: lee [El plazo de 30 días hábiles](guide:deadline).
    - Preséntala por escrito. Si no puedes escribir, hazlo **de forma oral**: la autoridad anota lo que dices en un _acta_ (art. 18).
    - Pide un intérprete si no entiendes español (arts. 18 y 23).
    - No pagues a nadie: el trámite es **gratuito** (art. 18). En 2019 se reportó que "gestores" vendían constancias falsas. Lee [Seguridad y fraudes](guide:safety).
guide-how-to-apply-law =
    ## Avisos, consulado y representante
    Toda autoridad que sepa que quieres pedir refugio debe avisarlo por escrito y de inmediato. Si no lo hace, puede ser sancionada (art. 21).
    - Una vez presentada tu solicitud, nadie puede avisar a tu consulado sin tu permiso expreso (art. 21).
    - Puedes ir con un representante legal, con una _carta poder_ firmada ante dos testigos (art. 21; Reglamento, art. 20).
    - Si otra persona presenta la solicitud por ti, **ratifícala en persona** ante la COMAR o el INM en 3 días hábiles. Si no, se considera no presentada (art. 11; Reglamento, art. 20).
guide-how-to-apply-offices =
    ## Oficinas de la COMAR
    La COMAR tenía 13 oficinas en el país (2024). Rumbo no encontró la lista completa.
    - **Tijuana:** Avenida Carranza, colonia Castillo, en el Proyecto Salesiano (datos de 2021, sin verificar para 2025–2026).
    - **Ciudad de México:** Calle 10 No. 167, Col. Granjas San Antonio, Iztapalapa. Lunes a viernes, de 9:00 a 18:00 (2024).
    - **Tapachula:** Centro Multiservicios, Libramiento Sur. Para quien pide por primera vez: de 7:00 a 15:00 (septiembre de 2025).
guide-how-to-apply-constancia =
    ## La constancia de trámite
    La COMAR te da una _constancia de trámite_ a ti y a cada familiar que depende de ti (art. 22). **Guárdala y haz una copia.**
    - Te protege: no te pueden devolver a tu país (Reglamento, art. 22).
    - No prueba que tu estancia sea regular y no sirve para viajar por el país.
    - Te obliga a quedarte en el estado donde empezaste el trámite.

    Lee [Mientras esperas](guide:while-waiting): tienes que presentarte cada semana ante la COMAR o el INM (Reglamento, art. 24).
guide-how-to-apply-tijuana =
    ## En Tijuana
    - En Baja California hay **una sola oficina de la COMAR**, en Tijuana. En el resto del estado se pide ante el INM, pero a menudo el INM rechaza a las personas sin recibir su solicitud, sobre todo si van sin ayuda legal. **Ve con una organización** si puedes.
    - A inicios de 2025, la Guardia Nacional rodeaba la oficina de la COMAR en Tijuana. Eso da miedo, pero pedir asilo es tu derecho.
    - Si empezaste el trámite en otro estado, la COMAR no lo pasaba a Tijuana: pedía esperar a que se cerrara y empezar uno nuevo.

    Fuente: organizaciones entrevistadas por Amnistía Internacional, febrero de 2025.
guide-how-to-apply-unknown =
    - Rumbo no encontró una lista oficial de documentos para la solicitud. Pregunta a la COMAR o a una organización antes de ir.
    - Rumbo no encontró el teléfono ni el horario de la oficina de Tijuana, ni sabe si sigue en la misma dirección. Confírmalo con una organización del [directorio](screen:directory).
