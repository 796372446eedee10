# Rumbo: textos de la interfaz, en español. El español es el texto de origen y la lengua de respaldo:
# si falta un mensaje en otra lengua, se muestra el de aquí.

## Estado de esta traducción: source (texto de origen), reviewed (revisada por un hablante nativo) o draft.
translation-status = source
translation-source = texto de origen
translation-reviewed = revisada por un hablante nativo
translation-draft = borrador: ningún hablante nativo la ha revisado todavía
copy-done = Copiado.
copy-by-hand = El navegador no deja copiar aquí: el texto está seleccionado, cópialo a mano.
missing-text = (texto no disponible)

## Idiomas
language-name = Español
language-continue = Continuar en español
first-run-title = Elige tu idioma
language-switch-label = Idioma
language-loading = Cargando…
language-unavailable = Este idioma no se pudo cargar. Conéctate a internet, o a la red wifi de la que recibiste Rumbo, y vuelve a intentarlo.

## Navegación
nav-label = Secciones
nav-home = Inicio
nav-guides = Guías
nav-deadline = Plazo
nav-directory = Directorio
nav-saved = Guardado
nav-settings = Ajustes

## Inicio
home-title = Información para buscar protección en México
home-lead = Tus derechos, cómo pedir asilo, el plazo para hacerlo y dónde encontrar ayuda.
home-offline = Funciona sin internet después de la primera visita. Lo que haces aquí se queda en este teléfono.
home-guides = Tus derechos y el trámite de asilo, paso a paso.
home-deadline = Calcula el último día para pedir asilo.
home-directory = Albergues, ayuda legal y teléfonos de emergencia.
home-saved = Lo que guardaste, siempre a mano, también sin conexión.
not-legal-advice = Esto es información general, no asesoría legal. Antes de decidir, habla con una organización o una abogada o abogado de confianza.

## Guías
guides-title = Guías
guide-title = Guía
guide-back = Ver todas las guías

## Plazo
deadline-title = Plazo de 30 días hábiles
deadline-lead = Para pedir asilo (la condición de refugiado) en México, la ley da 30 días hábiles, contados desde el día hábil siguiente a tu entrada al país.
deadline-lead-source = Fuente: Ley sobre Refugiados, Protección Complementaria y Asilo Político, artículo 18.

## Directorio
directory-title = Directorio

## Guardado
saved-title = Guardado
saved-lead = Lo que guardes se queda solo en este dispositivo.
saved-save = Guardar
saved-yes = Guardado
saved-empty = Todavía no guardaste nada. Toca «Guardar» en una guía, un lugar del directorio o el resultado de tu plazo.
saved-deadlines = Plazos
saved-guides = Guías
saved-entries = Lugares
saved-gone = Ya no está en esta versión de Rumbo.
saved-deadline = { $term }: último día seguro { $date }
saved-deadline-same = Calculado otra vez con el calendario actual: la fecha no cambió.
saved-deadline-changed = Calculado otra vez con el calendario actual: la fecha cambió desde que lo guardaste.
saved-notice-set-aside = Los datos guardados estaban dañados. Rumbo guardó una copia aparte en el almacenamiento de este navegador para este sitio, sin borrar nada, y empezó de nuevo.
saved-notice-newer = Estos datos son de una versión más nueva de Rumbo: puedes verlos, pero no cambiarlos aquí.
saved-notice-failed = Rumbo no pudo leer ni escribir lo guardado en este dispositivo. Puede que el navegador no tenga espacio o que sea una ventana privada.
saved-notice-ok = Entendido
saved-move = Llevar a otro teléfono
saved-move-help = Descarga un archivo con lo que guardaste para abrirlo en otro teléfono. Quien tenga el archivo puede ver lo que guardaste.
saved-import = Añadir desde un archivo de Rumbo
saved-imported =
    { $count ->
        [0] Nada nuevo: ya tenías todo lo del archivo.
        [one] Se añadió un elemento.
       *[other] Se añadieron { $count } elementos.
    }
saved-import-refused = Ese archivo no es un archivo de Rumbo que se pueda leer. No se cambió nada.
saved-export = Descargar lo guardado (.json)

## Ajustes
settings-title = Ajustes
settings-language = Idioma
settings-about = Acerca de Rumbo
settings-data = Tus datos
settings-data-stored = Rumbo guarda solo en este dispositivo: lo que guardaste, las fechas de Mi caso, el idioma que elegiste, la página de salida rápida y las actualizaciones de contenido que importaste. Nada sale de aquí.
about-what = Rumbo da información sin conexión para las personas que buscan protección en México: tus derechos, el asilo, los plazos y dónde encontrar ayuda.
about-version = Versión
about-privacy-title = Privacidad
about-privacy = Nada de lo que haces en Rumbo sale de este dispositivo. No hay cuentas, ni rastreo, ni publicidad.
about-licence-title = Licencia
about-licence = Código: licencia MIT. Textos escritos para Rumbo: CC BY 4.0. Las fuentes citadas conservan sus propias licencias.
about-translations = Traducciones

## Página no encontrada
not-found-title = Página no encontrada
not-found-text = Esta dirección no existe en Rumbo. Puede venir de un enlace antiguo.
not-found-home = Ir al inicio

## Fechas (los nombres se usan para escribir fechas en palabras)
date-long = { $weekday } { $day } de { $month } de { $year }
date-day = { $day } de { $month } de { $year }
date-month = { $month } de { $year }
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
weekday-short-1 = lu
weekday-short-2 = ma
weekday-short-3 = mi
weekday-short-4 = ju
weekday-short-5 = vi
weekday-short-6 = sá
weekday-short-7 = do
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-of-1 = enero
month-of-2 = febrero
month-of-3 = marzo
month-of-4 = abril
month-of-5 = mayo
month-of-6 = junio
month-of-7 = julio
month-of-8 = agosto
month-of-9 = septiembre
month-of-10 = octubre
month-of-11 = noviembre
month-of-12 = diciembre

## Calculadora de plazos
deadline-term-label = ¿Qué plazo quieres calcular?
deadline-term-asylum = Pedir asilo (30 días hábiles)
deadline-term-appeal = Recurso de revisión (15 días hábiles)
deadline-term-decision = Respuesta de la COMAR (45 días hábiles)
deadline-term-ratify = Ratificar una solicitud (3 días hábiles)
deadline-start-asylum = Día en que entraste a México
deadline-start-appeal = Día en que te notificaron la resolución
deadline-start-decision = Día en que presentaste la solicitud
deadline-start-ratify = Día en que otra persona presentó tu solicitud
deadline-help-asylum = Si no pudiste presentar la solicitud desde que entraste, la ley permite contar desde el día en que te fue materialmente posible: escribe ese día. Si el peligro viene de hechos ocurridos después de salir de tu país, cuenta desde el día en que los conociste. Una abogada o un abogado puede decirte cuál es tu caso. (LRPCAP art. 18)
deadline-help-appeal = El plazo corre «a partir de la notificación» (LRPCAP art. 25). Leído al pie de la letra, el día de la notificación ya cuenta como día 1: el último día seguro lo cuenta así. La LFPA (art. 85) lo cuenta desde el día siguiente a que la notificación surte efectos, que puede ser un día después: el último día posible lo tiene en cuenta.
deadline-help-decision = La COMAR debe resolver en 45 días hábiles desde el día siguiente a la solicitud, y puede ampliar el plazo una vez, hasta por otro tanto (LRPCAP art. 24). En la práctica suele tardar mucho más.
deadline-help-ratify = Si otra persona presentó tu solicitud, debes ratificarla en persona ante la COMAR o el INM en 3 días hábiles; si no, la solicitud se tiene por no presentada (LRPCAP art. 11; Reglamento, art. 20). Las fuentes no dicen desde qué día corren, así que el último día seguro cuenta el mismo día de la presentación como día 1. Ratifica cuanto antes y pregunta en la COMAR.
deadline-day = Día
deadline-month = Mes
deadline-year = Año
deadline-you-entered = Fecha: { $date }
deadline-calculate = Calcular
deadline-error-format = Escribe el día y el año con números.
deadline-error-impossible = Esa fecha no existe: ese mes tiene { $days } días.
deadline-error-before-law = Esa fecha es anterior a la ley sobre refugiados, publicada el 27 de enero de 2011.
deadline-error-after-today = Esa fecha es posterior a hoy.
deadline-error-beyond = Esa fecha está fuera del calendario de Rumbo.
deadline-result-title = Resultado
deadline-earliest = Último día seguro: { $date }
deadline-earliest-help = Actúa antes de este día.
deadline-latest = Último día posible: { $date }
deadline-latest-help = Solo si se declaran inhábiles los días dudosos (marcados con ?) y el plazo se cuenta de la forma más tardía.
deadline-extended = Si la COMAR amplía el plazo: { $date }
deadline-progress = Hoy es { $today }. Días hábiles que ya pasaron: { $elapsed }. Días hábiles que quedan: { $left }.
deadline-status-open = Todavía hay tiempo.
deadline-status-last-days = Quedan pocos días.
deadline-status-past-earliest = Ya pasó el último día seguro, pero no el último día posible: actúa hoy. Puede contar como fuera de plazo.
deadline-status-past-latest = Ya pasaron las dos fechas.
deadline-unbounded = En estas fechas hubo una suspensión de la COMAR sin inicio o fin conocido: tu último día real puede ser más tarde.
deadline-no-closures = No se conocen cierres declarados para estas fechas.
deadline-calendar-title = El conteo, mes por mes
deadline-legend-start = Día de inicio (no cuenta)
deadline-legend-counted = Día hábil que cuenta
deadline-legend-certain = No cuenta (lo dice la ley)
deadline-legend-uncertain = Puede no contar (si se declara inhábil)
deadline-legend-earliest = Último día seguro
deadline-legend-latest = Último día posible
deadline-next-title = Qué hacer
deadline-next-apply = Presenta tu solicitud en una oficina de la COMAR o, donde no haya, ante el INM, que la envía a la COMAR. Es gratis. Si no puedes escribirla, puedes hacerla de palabra.
deadline-next-apply-source = Fuentes: LRPCAP arts. 18 y 21; COMAR (comar.gob.mx).
deadline-next-late = Si ya pasó el plazo, todavía puedes presentar la solicitud y explicar por qué no pudiste antes: por escrito o, si no puedes escribir, de palabra, y entonces la autoridad debe anotar en un acta lo que digas (LRPCAP art. 18). En 2019, en dos casos, la Suprema Corte dijo que basta un relato coherente con tu situación y las pruebas que tengas, y que no se pueden exigir documentos que prueben el impedimento. No se sabe si la COMAR lo aplica siempre: lleva los documentos que tengas y, si la COMAR te pide por escrito que expliques el retraso, responde dentro del plazo que te dé. Según organizaciones citadas por Amnistía Internacional, en Tijuana, en febrero de 2025, la COMAR aceptaba como razón no haber conseguido cita de CBP One antes de que se cancelara CBP One. Ese criterio puede cambiar: busca ayuda legal.
deadline-next-late-source = Fuentes: LRPCAP art. 18; SCJN, amparos en revisión 353/2019 y 399/2019 (Debate, octubre de 2019); organizaciones citadas por Amnistía Internacional, «Lives in Limbo», AMR 51/9029/2025 (febrero de 2025).
deadline-art29 = Si el último día la oficina está cerrada sin aviso, el plazo pasa al siguiente día hábil (LFPA art. 29).
deadline-calendar-source = Calendario: LFPA art. 28, LFT art. 74 y cierres declarados, cada uno con su fuente. Reunido el { $date }.
deadline-keep-title = Guárdalo
deadline-ics-neutral = Usar un título neutro en el calendario («Cita»)
deadline-ics-neutral-title = Cita
deadline-ics-title = Último día seguro: { $term }
deadline-ics-warning = El evento trae un aviso { $days } días hábiles antes. Los eventos del calendario pueden verse en la pantalla bloqueada y copiarse a cuentas en internet (Google, Apple, Microsoft).
deadline-ics-download = Añadir al calendario (.ics)
deadline-text-label = El resultado en texto, para copiarlo o enviarlo
deadline-copy = Copiar el texto
deadline-copied = Texto copiado.
deadline-selected = El texto está seleccionado: cópialo con el menú de tu teléfono.
deadline-copy-failed = No se pudo copiar: selecciona el texto a mano.
deadline-next-bring = Qué llevar: Rumbo no encontró una lista oficial de documentos para pedir asilo. Pregunta en la COMAR o en una organización antes de ir.
deadline-share = Compartir el texto

## Salida rápida
exit-button = Salir rápido
exit-hint = Oculta Rumbo al instante y abre otra página. También: pulsa la tecla Mayús tres veces.
exit-reopen = Continuar
settings-exit = Salida rápida
settings-exit-help = El botón «Salir rápido», arriba en cada pantalla, o la tecla Mayús pulsada tres veces, oculta Rumbo al instante y abre otra página. Sin internet, esa página no carga, pero Rumbo ya no se ve.
settings-exit-site = A dónde ir
exit-site-weather = Una búsqueda del clima
exit-site-wikipedia = Wikipedia
exit-site-blank = Una página en blanco

## Borrar
wipe-data = Borrar mis datos
wipe-all = Quitar Rumbo de este navegador
wipe-data-confirm = Se borrarán lo que guardaste, las fechas de Mi caso, el idioma elegido, la página de salida rápida y las actualizaciones de contenido que importaste (Rumbo vuelve al contenido con el que vino). Rumbo seguirá funcionando sin internet.
wipe-all-confirm = Se borrará todo lo anterior y también la copia de Rumbo para usar sin internet. Sin conexión, Rumbo no volverá a abrir hasta que lo visites otra vez con internet.
wipe-data-yes = Sí, borrar mis datos
wipe-all-yes = Sí, quitar Rumbo
wipe-cancel = Cancelar
wipe-data-done = Tus datos se borraron de este dispositivo.
wipe-start-again = Empezar de nuevo
wipe-all-done = Rumbo se quitó de este navegador. Cierra esta pestaña.
wipe-cannot = Lo que Rumbo no puede borrar
wipe-cannot-history = El historial del navegador: bórralo en los ajustes del navegador (Historial).
wipe-cannot-files = Los archivos que descargaste (calendario .ics, páginas HTML): bórralos en la app de Archivos o Descargas.
wipe-cannot-calendar = Los eventos que añadiste a tu calendario: bórralos en la app de calendario.
wipe-cannot-icon = El icono en la pantalla de inicio: mantenlo pulsado y elige quitar.
wipe-all-desktop = Borrar todo lo de Rumbo en esta computadora
wipe-all-desktop-confirm = Se borrará todo lo anterior y también los archivos que guardó la ventana de Rumbo (caché y almacenamiento). El programa sigue instalado.
wipe-all-desktop-done = Se borró todo lo que Rumbo guardó en esta computadora. Cierra la ventana.
wipe-cannot-program = El programa Rumbo: desinstálalo con la herramienta de programas de tu sistema.
