# Sección: Tus derechos en México, con o sin papeles
guide-rights-title = Tus derechos en México, con o sin papeles
guide-rights-summary = Qué derechos tienes en México aunque no tengas documentos migratorios.
guide-rights-basics =
    ## Tus derechos no dependen de tus papeles
    Tienes derechos en México **aunque no tengas documentos**. La Constitución dice: "Toda persona tiene derecho a buscar y recibir asilo." (art. 11)

    La Ley de Migración te protege "con independencia de su situación migratoria" (art. 6). El Estado debe cuidar tu seguridad personal (art. 66) y tratarte sin discriminación (art. 67).
guide-rights-services =
    ## Salud, escuela y registro civil
    - Ve al hospital si tu vida está en riesgo. La **atención médica urgente es gratuita** (art. 8). También tienes derecho a otra atención médica.
    - Inscribe a tus hijos en la escuela, pública o privada, sin importar sus papeles (art. 8).
    - Registra nacimientos, reconocimientos de hijos, matrimonios, divorcios y muertes. El _registro civil_ no puede negarte estos actos ni sus actas (art. 9).
guide-rights-justice =
    ## Justicia, quejas e intérprete
    - Denuncia un delito aunque no tengas papeles. Tienes derecho a la justicia y a presentar quejas de derechos humanos (art. 11).
    - Presenta tu queja ante la CNDH (Comisión Nacional de los Derechos Humanos) si una autoridad federal, como el INM o la Guardia Nacional, viola tus derechos. Puedes hacerlo en línea en atencionciudadana.cndh.org.mx. No acepta quejas anónimas.
    - Pide un intérprete si no hablas español. La autoridad debe nombrarte uno _de oficio_ (art. 14).
    - Llama al [911](tel:911) en una emergencia y al [089](tel:089) para denunciar de forma anónima.
guide-rights-papers =
    ## Papeles y detención
    - Solo la autoridad competente, en los casos que marca la ley, puede pedirte que compruebes tu nacionalidad y tu situación migratoria (art. 7).
    - El INM no puede hacer revisiones migratorias en albergues de organizaciones civiles ni de personas que dan ayuda humanitaria (art. 76).
    - Solo el INM puede hacer la _presentación_ (detención migratoria) de una persona sin papeles. La ley dice que "deberá constar en actas y no podrá exceder del término de 36 horas contadas a partir de su puesta a disposición" (art. 68).
    - Pide un abogado. Durante un procedimiento migratorio del INM, tienes derecho a que te asesore o represente la persona que elijas (art. 70).

    Usa la [pantalla para autoridades](screen:official) si te piden papeles.
guide-rights-practice =
    ## Sin documentos, más riesgo
    - La mayoría de quienes piden asilo no tiene ningún documento migratorio mexicano. Así corre más riesgo de detención y deportación, y le cuesta más ejercer sus derechos (Amnistía Internacional, febrero de 2025).
    - En 2020 se reportó que un policía le dijo a un migrante, sin razón, que no podía denunciar. Sí puedes.
    - Busca apoyo en una organización del [directorio](screen:directory).
guide-rights-unknown =
    - Rumbo no sabe exactamente qué cubre el límite de 36 horas. **Pide a un abogado** que te lo explique.
    - Rumbo no pudo confirmar un teléfono de la CNDH. No uses números sin verificar.
