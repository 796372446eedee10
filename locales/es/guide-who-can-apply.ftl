# Sección: Asilo en México: quién puede pedirlo
guide-who-can-apply-title = Asilo en México: quién puede pedirlo
guide-who-can-apply-summary = Quién puede pedir la condición de refugiado en México y a quién más protege.
guide-who-can-apply-what =
    ## Qué es pedir asilo en México
    En México, pedir asilo es pedir la _condición de refugiado_. La decide la COMAR (Comisión Mexicana de Ayuda a Refugiados).

    No lo confundas con el _asilo político_: es otro procedimiento, distinto. Esta guía habla del trámite ante la COMAR.

    Puedes pedirlo aunque no tengas documentos, estés en un puerto de entrada o tengas un trámite migratorio abierto (Ley sobre Refugiados, art. 21). Si había un procedimiento migratorio contra ti por haber entrado sin papeles, se suspende hasta que se decida tu solicitud; y si te reconocen como refugiado, no te sancionan por esa entrada (art. 7).

    La ley habla de personas extranjeras. Si eres mexicano y te deportaron, lee [Regreso a México](guide:deportees).
guide-who-can-apply-grounds =
    ## Motivos (art. 13)
    Puedes ser refugiado si estás en uno de estos casos:
    - **Persecución:** temes con fundamento ser perseguido por tu raza, religión, nacionalidad, género, pertenencia a un grupo social u opiniones políticas (fracción I).
    - **Violencia en tu país:** huiste porque tu vida, seguridad o libertad estaban amenazadas por violencia generalizada, agresión extranjera, conflictos internos, violación masiva de derechos humanos u otras circunstancias que alteraron gravemente el orden público (fracción II).
    - **Peligro nuevo:** el riesgo surgió después de que saliste de tu país, o por actividades que hiciste en México (fracción III).

    En el caso de la fracción III, el plazo de 30 _días hábiles_ empieza el día siguiente a que conoces los hechos (art. 18). Calcula tu fecha con la [calculadora del plazo](screen:deadline).
guide-who-can-apply-complementary =
    ## Protección complementaria
    Si la COMAR decide que no eres refugiado, **debe revisar en la misma resolución** si te da _protección complementaria_ (arts. 29 a 31). Si te la da, recibes un documento migratorio.
guide-who-can-apply-family =
    ## Tu familia
    Tus familiares que están en México y dependen de ti reciben la condición de refugiado **por derivación** si te la reconocen a ti (art. 12):
    - tu cónyuge o pareja;
    - tus hijos;
    - tus parientes de sangre hasta el cuarto grado;
    - los parientes de tu cónyuge hasta el segundo grado.

    Si faltan documentos, se aceptan otras pruebas del parentesco, incluida tu propia declaración.
guide-who-can-apply-practice =
    ## En Tijuana
    - Ya no se puede pedir asilo en la frontera con Estados Unidos. Por eso muchas personas en Tijuana deciden pedir protección en México (Amnistía Internacional, febrero de 2025).
    - Muchas ya pasaron el plazo de 30 días hábiles por esperar una cita de CBP One. En febrero de 2025, la COMAR en Tijuana aceptaba solicitudes tardías si la persona no consiguió la cita antes de su cancelación. Este criterio puede cambiar. Lee [El plazo de 30 días hábiles](guide:deadline).
guide-who-can-apply-unknown =
    - Solo la COMAR decide si eres refugiado. Nadie puede prometerte el resultado.
    - Rumbo no tiene el texto de la ley que define quién recibe protección complementaria. Pregunta a una organización o a un abogado si tu caso encaja.
    - Busca ayuda legal en el [directorio](screen:directory).
