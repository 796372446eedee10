# Sección: La decisión y la apelación
guide-decision-appeal-title = La decisión y la apelación
guide-decision-appeal-summary = Cuánto tarda la COMAR en decidir, qué pasa si te niega y cómo apelar.
guide-decision-appeal-decision =
    ## Cuándo debe decidir la COMAR
    La COMAR debe decidir por escrito "dentro de los 45 días hábiles contados a partir del día siguiente a la presentación de la solicitud" (Ley sobre Refugiados, art. 24).

    Puede alargar ese plazo una vez, hasta por otros 45 _días hábiles_, solo en estos casos:
    - le falta información sobre los hechos de tu solicitud;
    - le falta un traductor o especialistas;
    - no puede entrevistarte por tu salud;
    - tú pides entregar más pruebas;
    - caso fortuito o fuerza mayor.

    Te deben dar la decisión por escrito y procurar que la entiendas (art. 25). Esto se llama _notificación_. La [calculadora](screen:deadline) también cuenta estos plazos.
guide-decision-appeal-practice =
    ## La espera real es más larga
    En la práctica, la COMAR tarda mucho más. En 2023, Asylum Access México dijo en una entrevista que había casos de 2021 y 2022 sin resolver. En mayo de 2023, la propia COMAR avisó que sus tiempos de respuesta habían crecido.

    Nadie te puede prometer una fecha. Sigue firmando cada semana: lee [Mientras esperas](guide:while-waiting).
guide-decision-appeal-outcome =
    ## Si no te reconocen como refugiado
    Si la COMAR te niega la condición de refugiado, debe revisar en la misma decisión si te da _protección complementaria_ (arts. 29–31). Si te la da, recibes un documento migratorio.
guide-decision-appeal-appeal =
    ## Cómo apelar
    Si la decisión es negativa, **apela dentro de 15 días hábiles**. Se hace con un _recurso de revisión_. La ley dice que puedes interponer "recurso de revisión dentro de los 15 días hábiles contados a partir de la notificación respectiva" (art. 25). También puedes usar otros medios de defensa.

    Para comparar: la regla federal general (Ley Federal de Procedimiento Administrativo, art. 85) cuenta los 15 días desde el día siguiente a que la notificación surte efectos. Según esa ley, el recurso se presenta ante la autoridad que decidió y lo resuelve su superior (art. 86).

    Busca un abogado o una organización en el [directorio](screen:directory) **el mismo día** que recibas la decisión. En la calculadora, guíate por el último día seguro.
guide-decision-appeal-unknown =
    - Dónde y ante quién se presenta el recurso en tu caso.
    - Desde qué día exacto corren los 15 días: desde la notificación (Ley sobre Refugiados) o desde el día siguiente a que surte efectos (regla federal).
    - Los plazos y el camino del _juicio de nulidad_ y del _amparo_. Rumbo no los encontró.

    Un abogado debe confirmarlo. Por eso, **no esperes**: actúa en cuanto te notifiquen.
guide-decision-appeal-rights =
    ## Si te reconocen como refugiado
    Entre otros derechos, tienes derecho (art. 44):
    - al apoyo de instituciones públicas, a servicios de salud y a la educación, con reconocimiento de tus estudios;
    - a trabajar en cualquier actividad lícita;
    - a un documento de identidad y de viaje de la _Secretaría de Relaciones Exteriores_ (SRE);
    - a la reunificación familiar;
    - a un documento de residente permanente (arts. 44 y 48).

    No pagas derechos por los servicios migratorios (art. 50). No tienes que acudir a tu consulado, y te pueden dispensar la legalización o apostilla de documentos (art. 57).
