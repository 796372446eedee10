# Sección: Seguridad y fraudes
guide-safety-title = Seguridad y fraudes
guide-safety-summary = Cómo evitar estafas, qué hacer ante extorsión o secuestro y a quién llamar.
guide-safety-alert =
    ## Los trámites son gratis
    - Pedir asilo ante COMAR o ante el INM es **gratis**. La TVRH también es gratis. Nadie puede venderte una cita.
    - CBP One terminó el 20 de enero de 2025 y se cancelaron todas las citas.
    - **Cualquier oferta de "cita de CBP One" o de una "nueva app de asilo" es una estafa**, salvo que Estados Unidos anuncie oficialmente otra cosa.
    - No des dinero, datos ni documentos a quien te ofrezca eso.
    - Si estás en peligro, llama al [911](tel:911).
guide-safety-fraud =
    ## Falsos abogados y _gestores_
    Cobran por trámites que son gratis.
    - En Tijuana (2023) ofrecían citas de CBP One más rápidas por 500 a 700 dólares y se quedaban con los datos personales.
    - Afuera de COMAR y del INM se vendían TVRH y constancias falsas por hasta 25,000 pesos (2019). A personas descubiertas con ellas las detuvieron.
    - La _constancia de trámite_ **no te permite viajar** por México: te obliga a quedarte en el estado donde iniciaste el trámite.
    - En 2025 hubo denuncias de cobros ilegales cerca de COMAR en Tapachula.

    Si te piden dinero por un trámite, **no pagues**. Busca una [organización de confianza](screen:directory).
guide-safety-crime =
    ## Extorsión y secuestro
    Amnistía Internacional documentó extorsiones y secuestros de personas que buscan protección, por autoridades y por grupos criminales: cobros en retenes y secuestros en el tren, por ejemplo en Caborca.
    - **Emergencia:** llama al [911](tel:911).
    - **Denuncia anónima:** llama al [089](tel:089), las 24 horas. Sirve para extorsión (también por teléfono), secuestro, trata de personas y abuso sexual. Te dan un número de folio.
    - **Denuncia el delito** ante la _Fiscalía_.
guide-safety-law =
    ## Tus derechos ante un delito y ante la autoridad
    - Tienes derecho a la justicia y a presentar quejas, sin importar tu situación migratoria (Ley de Migración, art. 11).
    - Como víctima o testigo de un delito en México, tienes derecho a una [TVRH](guide:tvrh) (art. 52). Si el delito es grave, también a regularizar tu situación (art. 133).
    - Solo la autoridad competente puede pedirte que demuestres tu nacionalidad o tu situación migratoria (art. 7).
    - En un procedimiento migratorio del INM, tienes derecho a un abogado o representante de tu elección (art. 70).
    - Si no hablas español, la autoridad debe nombrarte un intérprete _de oficio_ (art. 14).
    - El INM no puede hacer revisiones migratorias en albergues de organizaciones civiles ni de personas que dan ayuda humanitaria (art. 76).
guide-safety-practice =
    - En 2020 un policía le dijo a un migrante que no podía denunciar. Es falso: **sí puedes denunciar**.
    - En Caborca, el ejército rescató a un grupo secuestrado y lo llevó a denunciar. Después no le dieron apoyo ni documentos.
    - Desde 2024 el INM casi no entrega TVRH.
    - Ahora que no se puede pedir asilo en la frontera de Estados Unidos, las organizaciones esperan más tráfico de personas y más violencia contra quienes buscan asilo, incluida la extorsión.
guide-safety-papers =
    ## Cuida tus papeles
    - **Guarda tu constancia** y una copia.
    - Ve a firmar a COMAR o al INM el día que te toque (ver [Mientras esperas](guide:while-waiting)).
    - Si una autoridad te pide papeles, usa la [pantalla para mostrar a una autoridad](screen:official).
