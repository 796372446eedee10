# Pantalla para mostrar a una autoridad: qué significa cada artículo para ti. El texto de la ley se muestra siempre en español y no se traduce.
official-cpeum-11-meaning = La Constitución de México reconoce a toda persona el derecho a buscar y recibir asilo.
official-lm-7-meaning = Solo la autoridad competente, en los casos que marca la ley, puede pedirte que pruebes tu nacionalidad o tu situación migratoria.
official-lm-8-meaning = Tengas o no papeles, tienes derecho a atención médica urgente gratis cuando tu vida está en riesgo.
official-lm-9-meaning = Sea cual sea tu situación migratoria, los jueces y el registro civil no pueden negarse a registrar nacimientos, reconocimientos de hijos, matrimonios, divorcios o muertes, ni a darte las actas.
official-lm-11-meaning = Tengas o no papeles, puedes acudir a la justicia con debido proceso y presentar quejas de derechos humanos.
official-lm-52-v-b-meaning = A una niña, niño o adolescente migrante se le debe autorizar de inmediato la estancia por razones humanitarias, sin pedir documentos ni cobrar.
official-lm-52-v-c-meaning = Si pides asilo o refugio, la ley dice que se te debe autorizar la estancia como visitante por razones humanitarias hasta que se resuelva tu situación.
official-lm-68-meaning = Solo el INM puede detenerte por tu situación migratoria, debe dejarlo por escrito y la ley fija un límite de 36 horas desde que te ponen a su disposición; pregunta a un abogado qué cubre exactamente ese límite.
official-lm-76-meaning = El INM no puede hacer visitas de verificación migratoria en los lugares donde organizaciones civiles o personas que hacen labor humanitaria dan albergue a migrantes.
official-lrpcap-7-meaning = Si había un procedimiento migratorio contra ti por tu entrada irregular, debe suspenderse hasta que se decida tu solicitud de refugio.
official-lrpcap-18-meaning = Si no puedes escribir tu solicitud, puedes hacerla de palabra y deben anotarla en un acta; el trámite es gratis.
official-lrpcap-19-meaning = Tienes derecho a información clara, a tiempo y gratis sobre el trámite, tus derechos y los recursos que puedes usar.
official-lrpcap-20-meaning = Las niñas, niños y adolescentes que piden refugio nunca pueden ser encerrados en estaciones migratorias.
official-lrpcap-21-meaning = Cualquier autoridad que sepa que quieres pedir refugio debe avisar de inmediato y por escrito a la autoridad de refugio (la COMAR), o puede ser sancionada.
official-lrpcap-22-meaning = La COMAR debe darte a ti y a tus dependientes una constancia de trámite.
official-lrpcap-24-meaning = La COMAR debe responder tu solicitud por escrito y con razones en 45 días hábiles, contados desde el día siguiente a que la presentaste; en ciertos casos la ley permite alargar ese plazo una vez, por otro periodo igual.
official-lrpcap-25-meaning = Si la respuesta es negativa, puedes presentar un recurso de revisión en 15 días hábiles desde que te notifican, y usar otros medios de defensa.
