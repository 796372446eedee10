# Mi caso: las fechas de la persona, los plazos que siguen de ellas, la firma semanal, los recordatorios (.ics) y el
# resumen en texto. Las fechas llegan ya escritas en palabras ($date, $safe, $latest...).

## Pasos de la línea de tiempo
case-step-entry = Entrada a México
case-step-asylum = Pedir asilo (30 días hábiles)
case-step-filing = Solicitud presentada
case-step-ratify = Ratificar la solicitud (3 días hábiles)
case-step-decision-term = Respuesta de la COMAR (45 días hábiles)
case-step-appointment = Cita o entrevista
case-step-decision = Decisión
case-step-appeal = Recurso de revisión (15 días hábiles)
case-step-tvrh = Tarjeta de Visitante por Razones Humanitarias (TVRH)

case-state-past = ya pasó
case-state-current = ahora
case-state-upcoming = próximo
case-state-unknown = no se sabe

## Entrada
case-entry-on = Entraste el { $date }.
case-entry-between = Entraste entre el { $earliest } y el { $latest }.
case-note-count-from-earliest = No diste un día exacto de entrada: Rumbo cuenta desde el primer día posible, el { $earliest }. Así todas las fechas son las más tempranas posibles. Si entraste después, tus días reales son más tarde.

## Pedir asilo (LRPCAP art. 18)
case-asylum-no-entry = Sin tu fecha de entrada, Rumbo no puede contar los 30 días hábiles.
case-asylum-filed-no-entry = Ya presentaste tu solicitud.
case-asylum-open = Te quedan { $left } días hábiles. Último día seguro: { $safe }. Último día posible: { $latest }.
case-asylum-past-safe = Pasó el último día seguro ({ $safe }), pero no el último día posible ({ $latest }). Puede que ya cuente como tarde.
case-asylum-past-latest = Pasaron los 30 días hábiles (último día posible: { $latest }). A muchas personas les pasa. Todavía puedes pedir asilo.
case-asylum-filed-in-time = Presentaste tu solicitud el { $filed }, antes del último día seguro ({ $safe }).
case-asylum-filed-between = Presentaste tu solicitud el { $filed }, entre el último día seguro ({ $safe }) y el último día posible ({ $latest }). Rumbo no puede saber si la COMAR la cuenta a tiempo.
case-asylum-filed-late = Presentaste tu solicitud el { $filed }, después del último día posible ({ $latest }). Una solicitud tardía se puede presentar. Si la COMAR te pide que expliques el retraso, responde dentro del plazo que te dé.
case-note-late-application = Explica por qué no pudiste antes, por escrito o de palabra, y lleva las pruebas que tengas, aunque no sean documentos oficiales. En 2019 la Suprema Corte dijo, en dos casos, que no se pueden exigir documentos que prueben lo que te impidió pedir asilo.

## Solicitud
case-filed-on = Presentaste tu solicitud el { $date }.
case-filed-at = Presentaste tu solicitud el { $date } en { $office } { $city }.
case-office-comar = la COMAR
case-office-inm = el INM
case-place = { $office } { $city }

## Ratificar (LRPCAP art. 11)
case-ratify-no-filing = Otra persona presentó tu solicitud: debes ratificarla en persona en 3 días hábiles. Sin la fecha de presentación, Rumbo no puede contarlos.
case-ratify-open = Ratifica en persona ante la COMAR o el INM. Último día seguro: { $safe }. Último día posible: { $latest }.
case-ratify-past-safe = Pasó el último día seguro para ratificar ({ $safe }), pero no el último día posible ({ $latest }).
case-ratify-past = Los 3 días hábiles para ratificar terminaron el { $latest }. Rumbo no sabe si ratificaste. Si no lo hiciste, la ley dice que la solicitud se tiene por no presentada (art. 11).
case-note-ratify-start = Las fuentes no dicen desde qué día corren los 3 días: Rumbo cuenta desde el mismo día de la presentación y desde el día siguiente, y muestra la fecha más temprana como segura.

## Respuesta de la COMAR (LRPCAP art. 24)
case-decision-waiting = La COMAR debe decidir en 45 días hábiles desde el día siguiente a tu solicitud: entre el { $safe } y el { $latest }, según qué días se cuenten.
case-decision-silence = Pasaron los 45 días hábiles (el { $latest }) y no anotaste ninguna decisión. Que la COMAR no responda no es una decisión: tu solicitud sigue abierta. Sigue firmando cada semana.
case-decision-term-decided = La COMAR ya te notificó su decisión.
case-note-extension-unknown = La COMAR puede alargar el plazo una vez, hasta otros 45 días hábiles (hasta el { $extended }). Rumbo no puede saber si lo hizo: pregúntalo en la oficina.
case-note-past-extension = Incluso con la ampliación más larga, el plazo terminó el { $extended }.
case-note-delays = En la práctica la COMAR tarda mucho más: en 2023 había casos de 2021 y 2022 sin resolver (Asylum Access México). Pide consejo a una organización.
case-note-interview-unknown = Rumbo no puede saber cuándo será tu entrevista: solo la COMAR te lo puede decir. Cuando te den una cita, anótala aquí.

## Citas
case-appointment-on = Cita el { $date }.
case-appointment-note = Cita el { $date }: { $note }

## Decisión
case-decision-refused = La COMAR te negó la condición de refugiado y la protección complementaria.
case-decision-complementary = La COMAR te negó la condición de refugiado y te dio protección complementaria.
case-decision-granted = La COMAR te reconoció como refugiado.
case-notified-on = Te la notificaron el { $date }.

## Recurso de revisión (LRPCAP art. 25)
case-appeal-no-date = Sin el día de la notificación, Rumbo no puede contar los 15 días hábiles. No esperes: actúa hoy.
case-appeal-open = Presenta el recurso de revisión antes del último día seguro: { $safe }. Último día posible: { $latest }.
case-appeal-past-safe = Pasó el último día seguro ({ $safe }), pero no el último día posible ({ $latest }).
case-appeal-past-latest = Los 15 días hábiles terminaron el { $latest }. Puede haber otros medios de defensa: la ley dice que puedes usar "los medios de defensa que estime pertinentes" (art. 25). Rumbo no encontró sus plazos.
case-note-appeal-start = La ley cuenta desde la notificación; la regla federal (LFPA art. 85), desde el día siguiente a que surte efectos. Guíate por el último día seguro.
case-appeal-complementary = Las fuentes no dicen si el recurso de revisión y su plazo se aplican a una decisión que te da protección complementaria. Pregunta hoy a una organización o a un abogado.
case-appeal-complementary-if = Si se aplica, los 15 días hábiles terminarían entre el { $safe } (último día seguro) y el { $latest }.

## TVRH
case-tvrh-no-expiry = Rumbo no calcula cuándo vence tu TVRH: no se encontró un texto oficial sobre su vigencia. Mira la fecha impresa en tu tarjeta o en tu oficio.
case-tvrh-issued = Te la dieron el { $date }.
case-tvrh-sources = Lo que dicen las fuentes, sin fecha: "suele ser válido por 1 año" y solo se renueva si sigues siendo solicitante al vencer (Sin Fronteras); "sólo dura un año" (oficina del INM en Morelos). Desde inicios de 2024 el INM dejó de entregar la tarjeta (Amnistía Internacional, febrero de 2025).

## Lo siguiente que hacer
case-next-apply-soon = Pide asilo cuanto antes, en la COMAR o, donde no hay COMAR, en el INM. Es gratis.
case-next-apply-before = Pide asilo antes del { $safe }.
case-next-apply-today = Pide asilo hoy.
case-next-apply-anyway = Pide asilo igual, y explica por qué no pudiste antes.
case-next-keep-constancia = Guarda tu constancia de trámite y una copia.
case-next-ratify-soon = Ratifica en persona ante la COMAR o el INM cuanto antes.
case-next-ratify = Ratifica en persona antes del { $safe }.
case-next-ratify-today = Ratifica hoy, en persona.
case-next-keep-signing-in = Sigue firmando cada semana.
case-next-appointment = Ve ese día con tu constancia.
case-next-granted = Lee tus derechos como refugiado.
case-next-appeal-now = Busca hoy un abogado o una organización.
case-next-appeal-before = Busca hoy un abogado o una organización, y presenta el recurso antes del { $safe }.
case-next-appeal-today = Presenta el recurso hoy. Busca un abogado o una organización.
case-next-see-organization = Habla con una organización o un abogado.
case-next-see-organization-now = Habla hoy con una organización o un abogado.
case-next-tvrh = Antes de que venza, pregunta en el INM o a una organización.

## Firma semanal (Reglamento art. 24)
case-sign-in-next = Próxima firma: { $date }. { $place }
case-sign-in-advice-constancia = Lleva tu constancia de trámite.
case-sign-in-advice-go = Ve cada semana aunque parezca que no pasa nada: si no vas, tu solicitud puede darse por abandonada.
case-sign-in-suspension-2025 = Ese día la COMAR suspendió actividades por vacaciones y reabrió el 5 de enero de 2026. Según la prensa (Cuarto Poder, 27 de diciembre de 2025), durante la suspensión no se tomó registro de asistencia.
case-sign-in-non-working = El calendario de Rumbo marca ese día como inhábil ({ $basis }). Nadie ha dicho si la firma se mueve a otro día: pregunta en tu oficina.
case-sign-in-after-decision = Ya tienes una decisión. Las fuentes no dicen si debes seguir firmando después: pregúntalo en tu oficina.

## Recordatorios (.ics)
case-ics-sign-in = Firma semanal
case-ics-sign-in-why = Reglamento de la Ley sobre Refugiados, art. 24: asistir cada semana el día que te indiquen.
case-ics-sign-in-ended = Se notificó una resolución: este archivo termina el recordatorio semanal de firma.
case-ics-term = { $title } ({ $article })
case-ics-neutral-weekly = Cita
case-ics-neutral-term = Recordatorio
case-ics-neutral-appointment = Cita

## Resumen en texto
case-summary-title = Mi caso
case-summary-today = Hoy: { $today }
case-summary-article = Ley: { $article }
case-summary-next = Qué hacer: { $next }
case-summary-footer = Calendario de días inhábiles revisado el { $reviewed }. Esto no es asesoría legal: pregunta por tu caso a una organización o a un abogado.

## Errores al anotar
case-field-entry = la fecha de entrada
case-field-filed = la fecha de la solicitud
case-field-filed-at = el lugar de la solicitud
case-field-sign-in = el lugar de la firma
case-field-appointment = una cita
case-field-notified = la fecha de la notificación
case-field-tvrh = la fecha de la TVRH
case-error-version = Estos datos son de una versión más nueva de Rumbo. Actualiza Rumbo para verlos. No se cambió nada.
case-error-unreadable = Estos datos de tu caso no se pueden leer. No se cambió nada.
case-error-impossible = Revisa { $field }: esa fecha no existe. No se guardó nada.
case-error-before-law = Revisa { $field }: es anterior a la Ley sobre Refugiados (27 de enero de 2011). No se guardó nada.
case-error-beyond-calendar = Revisa { $field }: está fuera del calendario de Rumbo. No se guardó nada.
case-error-future = Revisa { $field }: el { $date } todavía no llega (hoy es { $today }). No se guardó nada.
case-error-filed-before-entry = La solicitud ({ $filed }) no puede ser anterior a tu entrada ({ $entry }). No se guardó nada.
case-error-notified-before-filed = La notificación ({ $notified }) no puede ser anterior a tu solicitud ({ $filed }). No se guardó nada.
case-error-notified-before-entry = La notificación ({ $notified }) no puede ser anterior a tu entrada ({ $entry }). No se guardó nada.
case-error-appointment-before-entry = Una cita ({ $date }) no puede ser anterior a tu entrada ({ $entry }). No se guardó nada.
case-error-too-many-appointments = Se pueden anotar hasta { $max } citas. No se guardó nada.
case-error-text = Revisa { $field }: escribe como máximo { $max } caracteres, en una sola línea. No se guardó nada.
case-ics-warning = Los recordatorios quedan en tu calendario: borrar los datos de Rumbo no los borra. Pueden verse en la pantalla bloqueada y sincronizarse en línea con tu cuenta. El modo neutro quita el nombre de Rumbo y los detalles de tu caso.
