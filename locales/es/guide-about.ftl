# Sección: Sobre esta información
guide-about-title = Sobre esta información
guide-about-summary = De dónde sale lo que dice Rumbo, qué límites tiene y cómo avisar de un error.
guide-about-sources =
    ## De dónde sale
    El equipo de Rumbo reunió esta información de fuentes públicas. Terminamos de reunirla el **27 de noviembre de 2026**.
    - Las leyes, en los textos vigentes que publica la Cámara de Diputados, leídos en una copia: una conversión automática de sus PDF oficiales que publicó otra persona. Las citas se tomaron de esa copia y todavía no se han comparado con la publicación oficial.
    - El _Reglamento_ de la Ley sobre Refugiados, en el texto que cita ACNUR.
    - El informe de Amnistía Internacional «Lives in Limbo», de febrero de 2025.
    - Notas de prensa y páginas de organizaciones, leídas en copias archivadas, no en vivo.

    Cada guía muestra sus fuentes.
guide-about-review =
    ## Todavía sin revisar
    - Ninguna abogada ni ningún abogado ha revisado todavía esta información.
    - Las versiones en criollo haitiano (kreyòl) y en ruso son borradores: todavía no las revisa una persona hablante nativa.
    - Es información general, **no es asesoría legal**. Para tu caso, habla con una organización o con una abogada o un abogado de confianza.
guide-about-offline =
    ## Tu copia no se actualiza sola
    Rumbo funciona sin internet. Por eso, la copia que tienes en tu teléfono **nunca se actualiza sola**. Las leyes, las oficinas y los programas cambian.

    Antes de actuar, **confirma con una organización**. Busca una en el [directorio](screen:directory).
guide-about-open =
    ## Preguntas abiertas
    Todavía no sabemos con certeza:
    - Qué dice exactamente el artículo 19 del _Reglamento_ de la Ley sobre Refugiados: qué razones acepta la COMAR si pides asilo después del plazo.
    - Cuál es la postura de la Suprema Corte sobre el [plazo de 30 días hábiles](guide:deadline): si lo confirmó o no.
    - Ante quién y dónde se presenta el _recurso de revisión_ contra una respuesta negativa.
    - Cuánto dura la [TVRH](guide:tvrh), la _Tarjeta de Visitante por Razones Humanitarias_, y cómo se renueva.
    - Las direcciones y los teléfonos actuales de las oficinas de la COMAR.
    - Los datos de contacto de los albergues.

    Además, las citas de las leyes aún deben compararse con el PDF oficial. Estas dudas pueden cambiar lo que debes hacer: **pregunta a una organización o a una abogada o un abogado**.
guide-about-errors =
    ## Si encuentras un error
    Avisa **a la organización o a la persona que te dio Rumbo**. Rumbo todavía no tiene una dirección de contacto.
guide-about-privacy =
    ## Privacidad
    Nada de lo que haces en Rumbo sale de este dispositivo. No hay cuentas, ni rastreo, ni publicidad.

    Si copias o compartes un texto, o lo añades a tu calendario, esa copia ya está fuera de Rumbo.
