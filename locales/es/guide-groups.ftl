# Sección: Grupos con protección específica
guide-groups-title = Grupos con protección específica
guide-groups-summary = Derechos extra para niñez, mujeres, personas LGBTIQ+, afrodescendientes y otros grupos.
guide-groups-intro =
    ## Protección reforzada
    La ley da atención especial a:
    - niñas, niños y adolescentes;
    - mujeres, también embarazadas;
    - personas mayores, con discapacidad o con enfermedades crónicas;
    - sobrevivientes de tortura, de violencia sexual o de género, o de trata de personas;
    - pueblos indígenas y personas afrodescendientes;
    - víctimas de delitos.

    Así lo dicen la Ley sobre Refugiados (art. 20) y la Ley de Migración (art. 73). Si estás en uno de estos grupos, **dilo en COMAR o en el INM**. Tu entrevista debe tomar en cuenta tu cultura, edad y género (Ley sobre Refugiados, art. 23).
guide-groups-children =
    ## Niñas, niños y adolescentes
    - Nunca pueden ser encerrados en una _estación migratoria_ ni en otro lugar habilitado, viajen solos o con una persona adulta (Ley sobre Refugiados, art. 20; Ley de Migración, art. 6).
    - Tienen derecho a una [TVRH](guide:tvrh) inmediata y gratis, sin que les pidan documentos (Ley de Migración, arts. 52 y 74).
    - No pueden ser devueltos ni deportados "sin que antes la autoridad competente valore si su vida, libertad o seguridad se encuentra en peligro" (art. 74).
    - Todo trámite con niñas o niños debe avisarse de inmediato a la _Procuraduría de Protección_ del DIF (art. 11).
guide-groups-women =
    ## Mujeres y sobrevivientes de violencia
    - La persecución por género puede ser motivo para reconocerte como refugiada (Ley sobre Refugiados, art. 13).
    - Si sobreviviste a violencia sexual o de género, o a trata, tienes derecho a atención especial (art. 20).
    - Las mujeres y niñas víctimas de violencia pueden recibir órdenes de protección (Ley de Migración, art. 75).
    - Hay albergues para mujeres y sus hijos, como el Instituto Madre Asunta, la casa para mujeres del Ejército de Salvación y Borderline.
guide-groups-lgbtiq =
    ## Personas LGBTIQ+
    - La Ley sobre Refugiados obliga a la Secretaría de Gobernación a tomar las medidas a su alcance para que no te discriminen por tus "preferencias sexuales" (art. 8).
    - El género es uno de los motivos para reconocer la condición de refugiado (art. 13).
    - En Tijuana hay albergues para personas LGBTIQ+, como Jardín de las Mariposas y Casa de Luz. Borderline también recibe a personas LGBT+. Casa Arcoíris daba alojamiento; en marzo de 2025 reabrió como centro comunitario.
    - En 2025 varios albergues cambiaron y algunos se volvieron centros comunitarios. Casita de Unión Trans dejó de dar alojamiento.
guide-groups-black =
    ## Personas negras y afrodescendientes
    - La Ley de Migración incluye a las personas afrodescendientes entre los grupos con protección reforzada (art. 73).
    - Tienes derecho a atención médica urgente gratis para proteger tu vida, sin importar tu situación migratoria (art. 8).
    - La Ley sobre Refugiados obliga a la Secretaría de Gobernación a tomar las medidas a su alcance para que no te discriminen por tu origen étnico o nacional (art. 8).
    - Haitian Bridge Alliance apoya a personas haitianas en Tijuana y coordina Villa Haitiana, vivienda para familias haitianas.
guide-groups-practice =
    Amnistía Internacional informó en febrero de 2025:
    - Las personas LGBTIQ+ sufren violencia y discriminación muy extendidas en México.
    - Las personas negras, sobre todo haitianas, sufren racismo. Tienen menos acceso a atención médica, vivienda, albergues seguros, servicios, intérpretes y protección policial. Según testimonios, las empresas prefieren contratar a mexicanos o a personas blancas.
    - Mujeres mexicanas que huyen de violencia en su casa contaron que la policía no las protegió.
    - Las organizaciones temen llevar al puerto de entrada a niños que viajan solos, porque no saben cómo responderá la autoridad fronteriza de Estados Unidos (CBP).
    - A inicios de 2024, el INM dejó de entregar la TVRH, la tarjeta a la que niñas y niños tienen derecho de inmediato. Lee [TVRH](guide:tvrh).

    Busca albergues y organizaciones en el [directorio](screen:directory). Muchos servicios cambiaron en 2025: confirma antes de ir.
