# Guías: la lista, la búsqueda, una sección y la pantalla para mostrar a una autoridad.
# El texto de cada sección está en guide-<sección>.ftl.

guides-lead = Lo que dice la ley y lo que pasa en la práctica, con sus fuentes.
guides-all = Todas las guías
guide-missing = Esta sección no existe en esta versión de Rumbo. Puede que su nombre haya cambiado.

## Avisos
guide-draft = Esta traducción es un borrador: ningún hablante nativo la ha revisado todavía.
guide-read-spanish = Leer esta sección en español
guide-showing-spanish = Estás leyendo el texto original en español.
guide-back-to-translation = Volver a la traducción
guide-stale = Esta información se reunió el { $date }, hace más de seis meses. Rumbo no se actualiza solo sin conexión: confirma lo importante con una organización.

## Etiquetas de los bloques
guide-kind-law = Lo que dice la ley
guide-kind-case-law = Lo que dijo un tribunal en casos concretos
guide-kind-practice = Lo que pasa en la práctica
guide-kind-unknown = Lo que todavía no se sabe
guide-kind-warning = Cuidado

## Escuchar, compartir, copiar
guide-listen = Escuchar
guide-listen-stop = Detener
guide-share = Compartir esta sección
guide-copy = Copiar esta sección
guide-shared-from = De Rumbo: información general, no asesoría legal.

## Fuentes, herramientas, relacionadas
guide-tools = Herramientas
guide-tool-deadline = Calcular mi plazo
guide-tool-directory = Buscar ayuda cerca
guide-sources = Fuentes
guide-source-date = Fecha de la fuente: { $date }.
guide-source-undated = Sin fecha.
guide-compiled = Reunido a partir de estas fuentes el { $date }.
guide-not-lawyer-reviewed = Todavía no lo ha revisado una abogada o un abogado.
guide-lawyer-reviewed = Revisado por una abogada o un abogado el { $date }.
guide-related = Relacionadas
guide-prev-next = Otras secciones
guide-previous = Anterior
guide-next = Siguiente

## Búsqueda
search-label = Buscar en las guías
search-count =
    { $count ->
        [0] Nada encontrado. Prueba con otra palabra.
        [one] Un resultado
       *[other] { $count } resultados
    }

search-more = Ver los { $count } resultados
search-fewer = Ver solo los primeros { $count }

## Mostrar a una autoridad
official-title = Mostrar a una autoridad
official-lead = Muestra esta pantalla. Es el texto de la ley mexicana, en español.
official-caution = Texto tomado de una copia del texto vigente que publica la Cámara de Diputados (una conversión automática de su PDF), todavía sin comparar con la publicación oficial. «[...]» marca las palabras que se omiten. No es asesoría legal: si una autoridad no respeta tus derechos, busca ayuda legal.
