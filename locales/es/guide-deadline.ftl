# Sección: El plazo de 30 días hábiles
guide-deadline-title = El plazo de 30 días hábiles
guide-deadline-summary = Cuándo vence el plazo para pedir asilo y qué hacer si ya pasó.
guide-deadline-count =
    ## Pide asilo a tiempo
    Pide asilo **dentro de 30 días hábiles**. Se cuentan desde el día hábil siguiente a tu entrada a México. Los _días hábiles_ son de lunes a viernes, sin días festivos.

    Pide asilo **antes del «último día seguro»** que muestra la [calculadora del plazo](screen:deadline). El trámite es gratis.
guide-deadline-law =
    ## Ley sobre Refugiados, artículo 18
    "El extranjero que solicite ser reconocido como refugiado deberá presentar por escrito su solicitud ante la Secretaría dentro del término de 30 días hábiles contados a partir del día hábil siguiente al que haya ingresado al país o, en su caso, a aquél en que le haya sido materialmente posible presentarla en los términos que defina el reglamento."

    En palabras simples: pide asilo por escrito (o de palabra si no puedes escribir, como dice el mismo artículo) dentro de 30 días hábiles, desde el día hábil siguiente a tu entrada al país.
    - Si antes no podías pedir asilo, el plazo puede contar desde el día en que te fue _materialmente posible_. El _Reglamento_ de la ley define esos casos.
    - Si el peligro surgió después de salir de tu país, o por algo que hiciste en México, el plazo cuenta desde el día siguiente a que supiste de esos hechos (art. 13, fracción III).
guide-deadline-working-days =
    ## Qué días cuentan
    No cuentan sábados, domingos ni estos festivos: 1 de enero, 5 de febrero, 21 de marzo, 1 y 5 de mayo, 1 y 16 de septiembre, 20 de noviembre y 25 de diciembre (Ley Federal de Procedimiento Administrativo, art. 28).

    Los lunes festivos de febrero, marzo y noviembre, el Jueves y Viernes Santo y las vacaciones de las oficinas solo dejan de contar si se declaran inhábiles en el _Diario Oficial de la Federación_ (DOF). Rumbo no sabe si se declararon para la COMAR. Por eso la calculadora muestra un **último día seguro** y un **último día posible**.

    Si el último día es inhábil, o la oficina está cerrada, el plazo pasa al siguiente día hábil (art. 29).
guide-deadline-if-late =
    ## Si ya pasó tu plazo
    - **Pide asilo igual.**
    - Explica por qué no pudiste antes: por escrito o, si no puedes escribir, de palabra. Entonces la autoridad debe anotar lo que dices en un _acta_ (Ley sobre Refugiados, art. 18). Por ejemplo: esperabas una cita de CBP One.
    - Lleva las pruebas y los documentos que tengas, aunque no sean documentos oficiales.
    - Si la COMAR te pide que expliques el retraso, responde dentro del plazo que te dé.
    - Pide ayuda a una organización o a un abogado.
guide-deadline-late =
    ## Lo que dijo la Suprema Corte en dos casos
    En 2019, la Suprema Corte resolvió dos casos (_amparos en revisión_ 353/2019 y 399/2019) de personas a quienes negaron el trámite por pedirlo tarde, y les dio la razón. En esos casos, la Corte dijo que la prueba del retraso no debe ser estricta ni rigurosa, que no se pueden exigir documentos que prueben lo que impidió pedir asilo, y que basta que lo que cuenta la persona y sus pruebas sean coherentes con su situación.

    No se sabe si la COMAR aplica siempre este criterio a otras personas. Lleva los documentos que tengas.
guide-deadline-tijuana =
    ## Tijuana, febrero de 2025
    Según organizaciones citadas por Amnistía Internacional, la COMAR en Tijuana aceptaba solicitudes tardías. Aceptaba como motivo no haber conseguido cita de CBP One antes de su cancelación.

    Amnistía lo llama una buena práctica, pero teme que el criterio cambie o no se aplique igual en otros estados.
guide-deadline-unknown =
    - Rumbo no encontró el texto del Reglamento, artículo 19, sobre las solicitudes tardías.
    - No está claro si la Suprema Corte validó el plazo del artículo 18, ni si las sentencias de 2019 obligan a la COMAR en otros casos.
    - No hay una lista oficial de las pruebas que acepta la COMAR.
    - No se sabe qué días declaró inhábiles la COMAR. Cerró por vacaciones a fines de 2025 y reabrió el 5 de enero de 2026, pero Rumbo no encontró el acuerdo del DOF.

    Pregunta por tu caso a una organización o a un abogado.
