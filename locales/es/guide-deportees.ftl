# Sección: De vuelta en México después de una deportación (para personas mexicanas)
guide-deportees-title = De vuelta en México tras una deportación
guide-deportees-summary = Para personas mexicanas deportadas: apoyos del gobierno, documentos y línea consular.
guide-deportees-program =
    ## El programa _México te abraza_
    Esta sección es para **personas mexicanas** deportadas desde Estados Unidos. Si vienes de otro país y pides asilo, lee [Cómo pedir asilo](guide:how-to-apply).

    En enero de 2025 el gobierno lanzó este programa, con 10 centros: Tijuana y Mexicali (Baja California), Nogales y San Luis Río Colorado (Sonora), Ciudad Juárez (Chihuahua), Nueva Rosita (Coahuila), El Carmen (Nuevo León), Matamoros, Reynosa y Nuevo Laredo (Tamaulipas). Ofrece:
    - Alojamiento, comida y atención de salud; afiliación al IMSS (el seguro social).
    - La _Tarjeta Bienestar Paisano_: **2,000 pesos** para el transporte.
    - Internet gratis, ayuda para sacar tus documentos mexicanos y transporte a tu lugar de origen.

    Para la tarjeta piden nombre completo, fecha de nacimiento, CURP, _carta de repatriación_, identificación y _acta de nacimiento_. Algunos no son indispensables.
guide-deportees-tijuana =
    ## En Tijuana: el centro Flamingos
    Está en el antiguo salón **Flamingos**, en el bulevar Cuauhtémoc Sur, delegación Centro. Según la prensa de enero de 2025, tiene lugar para 2,600 personas y solo recibe a personas mexicanas. A menores de edad los envían al albergue del DIF del estado.

    En febrero de 2025, organizaciones le dijeron a Amnistía Internacional que:
    - El centro parece una cárcel y lo rodea la Guardia Nacional.
    - No puedes salir, salvo para volver a tu lugar de origen.
    - Sin quedarte ahí, no recibes los apoyos, como la tarjeta.
    - Te llevan ahí, salvo que alguien te recoja en la estación de repatriación de la garita.

    Según Amnistía, el programa solo te lleva a tu lugar de origen. Si huiste de la violencia de ese lugar, **díselo a una organización**.
guide-deportees-papers =
    ## Tus documentos
    Guarda **el papel de repatriación**. No es una identificación oficial. Según Amnistía, sirve para viajar dentro de México durante un mes.
    - CURP: consúltala e imprímela en gob.mx/curp.
    - Acta de nacimiento: según la prensa, el centro Flamingos la entrega.
    - _Credencial para votar_ del INE: lleva tres documentos. Uno que pruebe tu nacionalidad (acta de nacimiento original o documento de naturalización), una identificación con foto de la lista aceptada y un comprobante de domicilio.
    - Sin identificación con foto, puedes ir con **dos testigos**: uno registrado en tu municipio y otro en tu estado.
    - Desde 2017 el INE tiene una estrategia para agilizar la credencial de las personas repatriadas.
guide-deportees-consulate =
    ## Línea consular, solo para personas mexicanas
    Si eres **mexicana o mexicano** y necesitas a los consulados de México en Estados Unidos, llama al CIAM, las 24 horas:
    - Desde Estados Unidos y Canadá: +1 520 623 7874
    - Desde México: 001 520 623 7874
guide-deportees-asylum =
    ## Si pides asilo en México
    Si eres de otro país y pides asilo en México, **esta línea no es para ti**. Después de presentar tu solicitud, ninguna autoridad puede informar ni avisar a las autoridades consulares o diplomáticas de tu país sin tu permiso expreso (Ley sobre Refugiados, art. 21). Si te reconocen como refugiado, no tienes que acudir a tu consulado (art. 57).

    Antes de contactar al consulado de tu país, **pregunta a una organización**.
guide-deportees-unknown =
    No pudimos confirmar si los centros siguen abiertos en 2026, si los apoyos aún exigen quedarte en el centro, ni el nombre y la vigencia exactos del papel de repatriación. Tampoco sabemos qué documentos acepta el INE a las personas repatriadas.

    Antes de decidir, **pregunta a una organización**. Busca una en el [directorio](screen:directory).
