# Sección: TVRH, la tarjeta de visitante por razones humanitarias
guide-tvrh-title = TVRH: tarjeta por razones humanitarias
guide-tvrh-summary = Quién tiene derecho a la TVRH, qué te da, cómo pedirla y qué pasa desde 2024.
guide-tvrh-who =
    ## Qué es y quién tiene derecho
    La _Tarjeta de Visitante por Razones Humanitarias_ (TVRH) es un documento del Instituto Nacional de Migración (INM). Con ella tu estancia en México es regular.

    Tienen derecho, según la Ley de Migración (art. 52):
    - víctimas o testigos de un delito cometido en México;
    - niñas, niños y adolescentes migrantes;
    - personas que piden asilo, mientras se decide su caso.

    El gobierno también puede darla por una causa humanitaria o de interés público.
guide-tvrh-law =
    ## Cada caso, en detalle
    - **Víctimas y testigos:** puedes quedarte hasta que termine el proceso penal, trabajar, y salir y entrar del país. Después puedes pedir la residencia permanente.
    - **Niñas, niños y adolescentes:** se da de inmediato, sin pedir documentos y sin cobro. Si la niña o el niño está acompañado o separado de su familia, beneficia también al adulto que lo cuida.
    - **Solicitantes de asilo:** vale "hasta en tanto no se resuelva su situación migratoria". Si la respuesta es positiva, recibes la residencia permanente.
    - **Causa humanitaria:** incluye permiso para trabajar.
guide-tvrh-gives =
    ## Qué te da
    Según Amnistía Internacional, la TVRH da acceso a trabajo formal, salud, educación y servicios bancarios.

    Sobre el **permiso de trabajo**: la ley lo da de forma expresa a víctimas, testigos y casos humanitarios. Para solicitantes de asilo no lo menciona. La organización Sin Fronteras dice que la tarjeta lo incluye de forma implícita.
guide-tvrh-request =
    ## Cómo pedirla
    Primero, **pide a COMAR** que llene el formato. Llévalo a la oficina del INM más cercana con:
    - tu _constancia de trámite_, original y copia;
    - pasaporte o identificación;
    - comprobante de domicilio (si no tienes, COMAR puede darte un _oficio_);
    - una declaración firmada _bajo protesta de decir verdad_, con tu fecha de entrada y tus razones;
    - actas de nacimiento de tus hijos.

    Es **gratis**. La lista es de Sin Fronteras (un ejemplo de Ciudad de México) y puede cambiar según la oficina.
guide-tvrh-practice =
    ## Desde 2024 casi no se entregan
    - A inicios de 2024 el INM dejó de entregar TVRH. En febrero de 2025 seguía igual (Amnistía Internacional).
    - Se entregaron 618 tarjetas en 2024, frente a 94,829 en 2023 (Grupo de Trabajo sobre No Devolución).
    - A veces el INM da solo una hoja de papel (un oficio) con la vigencia, sin foto. Según organizaciones, te protege de la detención y la deportación y te permite trabajar, pero las empresas no la aceptan.
    - Sin tarjeta es difícil sacar el RFC (registro de impuestos) o el número de seguro social.
    - Entre el prerregistro en COMAR y la constancia hay una "zona gris" sin ningún documento.

    Guarda tu oficio y tu constancia. Si el INM no recibe tu trámite, busca una [organización](screen:directory).
guide-tvrh-unknown =
    - **Cuánto dura.** Sin Fronteras dice que suele durar un año; el INM en Morelos dijo lo mismo. No encontramos la norma oficial.
    - **Si se renueva.** Según Sin Fronteras, solo si al vencer sigues siendo solicitante.
    - **Si el INM volvió a entregarlas** después de febrero de 2025.
    - **Qué valor legal tiene** el oficio que la sustituye.

    Pregunta a una organización o a un abogado antes de decidir.
