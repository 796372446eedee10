## The pages readable without JavaScript (rumbo-cli export static) and what they say needs the full app
static-needs-app-search = La búsqueda necesita la app completa (con JavaScript). Abajo están todas las guías.
static-search-loading = Cargando la búsqueda…
static-needs-app-calculator = La calculadora necesita la app completa (con JavaScript). La tabla de abajo da los mismos últimos días.
static-needs-app-saved = Guardar guías y lugares en este teléfono necesita la app completa (con JavaScript).
static-needs-app-case = «Mi caso» necesita la app completa (con JavaScript): tus fechas se guardan solo en tu teléfono. Las guías explican cada paso.
static-needs-app-card = Hacer la tarjeta de bolsillo necesita la app completa (con JavaScript). Las guías explican cada paso.
static-settings-lead = Esta página se lee sin JavaScript. Estas protecciones necesitan la app completa (con JavaScript):
static-settings-cover = Después de salir rápido, tapar Rumbo con una página en blanco cuando alguien pulsa Atrás o lo abre de nuevo.
static-settings-shift = Salir rápido pulsando tres veces la tecla Mayús.
static-settings-discreet = El modo discreto (títulos neutros en el historial).
static-settings-wipe = Borrar mis datos y guardar el idioma en este teléfono.
static-settings-exit-link = El enlace «{ exit-button }» de arriba funciona sin JavaScript: abre un sitio neutro, pero Atrás vuelve a esta página.
static-open-app = Abrir la app completa
static-noscript = Sin JavaScript puedes leer aquí todas las guías, el directorio (toca un número para llamar) y la tabla de plazos. La calculadora, la búsqueda y guardar necesitan JavaScript.
