# Sección: Mientras esperas
guide-while-waiting-title = Mientras esperas
guide-while-waiting-summary = Qué papeles cuidar, qué reglas cumplir y qué derechos tienes durante el trámite.
guide-while-waiting-constancia =
    ## Tu constancia
    Guarda tu _constancia de trámite_ y una copia. La COMAR la da a cada solicitante y a sus dependientes (Ley sobre Refugiados, art. 22).

    Según la COMAR (mayo de 2023):
    - Te protege: no te pueden devolver a tu país.
    - **No es un permiso de estancia regular** en México.
    - **No sirve para viajar** por el país.

    El trámite es gratis: no le pagues a nadie. Lee [Seguridad y fraudes](guide:safety).
guide-while-waiting-sign-in =
    ## Firma cada semana
    Cada semana, **ve a firmar** el día que te indiquen. Es la _firma semanal_. El _Reglamento_ de la ley (art. 24) dice que quien no está detenido por el INM "deberá asistir semanalmente ante la Coordinación o el Instituto, el día que le sea señalado". La Coordinación es la COMAR y el Instituto es el INM.

    Si no vas, tu solicitud puede darse por abandonada.
guide-while-waiting-stay =
    ## Quédate en tu estado
    Vive y quédate **en el estado donde pediste asilo**. La constancia te obliga a eso (COMAR, 2023).

    Para pasar tu caso a otro estado necesitas permiso de la COMAR. Se pide con un _escrito libre_: una carta donde explicas tus razones.
guide-while-waiting-move-practice =
    ## Casos de otros estados
    En febrero de 2025, la COMAR no pasaba a Tijuana casos empezados en Chiapas o en la Ciudad de México. Pedía esperar a que se cerrara el caso anterior y luego empezar uno nuevo. Las organizaciones dijeron a Amnistía Internacional que esto causa retrasos innecesarios.

    Si dejaste un caso en otro estado, pide consejo antes de empezar otro.
guide-while-waiting-curp-work =
    ## CURP y trabajo
    Con tu constancia, la COMAR te puede dar una _CURP temporal_. Dura hasta 180 días naturales y se puede prorrogar una sola vez por otro periodo igual. Se vuelve permanente si te reconocen como refugiado o te dan protección complementaria, y el INM te da tu documento.

    La CURP sirve para la salud, la escuela y el trabajo.

    Para trabajar mientras esperas, la vía que describen las fuentes es la _Tarjeta de Visitante por Razones Humanitarias_ (TVRH). Pero para quienes piden asilo, la ley no dice expresamente que dé permiso para trabajar; la organización Sin Fronteras dice que lo incluye de forma implícita. A inicios de 2024 el INM dejó de entregarla (Amnistía Internacional, febrero de 2025): en 2024 entregó 618, frente a 94,829 en 2023 (Grupo de Trabajo sobre No Devolución). Lee [TVRH](guide:tvrh).
guide-while-waiting-curp-court =
    ## Lo que dijo la Suprema Corte sobre la CURP
    En 2021, la Suprema Corte (Primera Sala) resolvió dos casos (_amparos en revisión_ 114/2020 y 665/2019). En esos casos dijo que es inconstitucional excluir de la CURP a quienes piden refugio.

    Rumbo no sabe si las oficinas lo aplican a todas las personas.
guide-while-waiting-your-case =
    ## Tu caso
    - Puedes **entregar más pruebas** hasta que la COMAR decida (art. 23).
    - La entrevista es en persona y tu representante puede estar (art. 21). Debe tomar en cuenta tu cultura, tu edad y tu género (art. 23).
    - Si hace falta, te dan un intérprete o traductor (art. 23). Pídelo.
    - Lo que cuentas es estrictamente confidencial (art. 10).
    - Ya presentada tu solicitud, ninguna autoridad puede dar información a tu consulado, ni avisarle, sin tu permiso expreso (art. 21).
guide-while-waiting-unknown =
    - El texto encontrado del Reglamento, artículo 24, está cortado. No se sabe, por ejemplo, qué pasa si faltas una semana por enfermedad. Pregunta en la COMAR qué hacer si no puedes ir.
    - Rumbo no encontró el texto oficial de la regla de la CURP temporal (DOF, 2021). Tampoco sabe si la COMAR en Tijuana la da hoy.
    - No se sabe si la COMAR pasa casos de un estado a otro después de febrero de 2025.

    Pregunta a una organización o a un abogado.
