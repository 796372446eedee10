# Rumbo: textos de la interfaz, en español. El español es el texto de origen y la lengua de respaldo:
# si falta un mensaje en otra lengua, se muestra el de aquí.

## Estado de esta traducción: source (texto de origen), reviewed (revisada por un hablante nativo) o draft.
translation-status = source
translation-source = texto de origen
translation-reviewed = revisada por un hablante nativo
translation-draft = borrador: ningún hablante nativo la ha revisado todavía
missing-text = (texto no disponible)

## Idiomas
language-name = Español
language-continue = Continuar en español
first-run-title = Elige tu idioma
language-switch-label = Idioma

## Navegación
nav-label = Secciones
nav-home = Inicio
nav-guides = Guías
nav-deadline = Plazo
nav-directory = Directorio
nav-saved = Guardado
nav-settings = Ajustes
coming-title = Muy pronto

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
guides-coming = Estamos escribiendo las guías y comprobando cada dato con su fuente. Aparecerán aquí.
guide-title = Guía
guide-coming = Esta sección todavía no está lista.
guide-back = Ver todas las guías

## Plazo
deadline-title = Plazo de 30 días hábiles
deadline-lead = Para pedir asilo (la condición de refugiado) en México, la ley da 30 días hábiles, contados desde el día hábil siguiente a tu entrada al país.
deadline-lead-source = Fuente: Ley sobre Refugiados, Protección Complementaria y Asilo Político, artículo 18.
deadline-coming = Aquí podrás calcular tu último día para presentar la solicitud, con el calendario de días inhábiles.

## Directorio
directory-title = Directorio
directory-coming = Aquí estarán los albergues, la ayuda legal y las líneas de ayuda, cada uno con su fuente y la fecha en que se comprobó.

## Guardado
saved-title = Guardado
saved-lead = Lo que guardes se queda solo en este dispositivo.
saved-coming = Pronto podrás guardar guías, lugares y tu plazo para abrirlos con un toque, sin conexión.

## Ajustes
settings-title = Ajustes
settings-language = Idioma
settings-about = Acerca de Rumbo
settings-data = Tus datos
settings-data-stored = Rumbo solo guarda el idioma que elegiste, y solo en este dispositivo.
settings-data-wipe-coming = Pronto habrá un botón para borrar todo lo que Rumbo guardó. Mientras tanto, puedes borrar los datos de este sitio en los ajustes de tu navegador.
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
