# Lo que Rumbo dice de sí mismo en cada copia, la edición de un solo archivo y la página para compartir
# por wifi local.

edition-line = Rumbo { $version } · contenido compilado el { $date }
about-reviewed = Contenido compilado

## Edición de un solo archivo (rumbo-cli export html)
export-intro = Esta es la edición de un solo archivo de Rumbo. Funciona sin internet y sin instalar nada: guárdala en tu teléfono, envíala a otra persona o imprímela.
export-contents = Contenido
export-deadline-how = El plazo se cuenta en días hábiles a partir del día hábil siguiente a tu entrada. No cuentan los sábados, los domingos, los días de descanso que fija la ley ni los días en que la oficina declaró cierre. Con internet, la calculadora de Rumbo también muestra el conteo mes por mes.
export-deadline-table-title = Último día según el día de entrada
export-deadline-table-help = Busca el día en que entraste a México. El último día seguro trata como hábil cada día dudoso. El calendario se compiló el { $date }: no incluye cierres declarados después.
export-entered = Día en que entraste
export-non-working-title = Días que no cuentan
export-edition-title = Esta edición

## Página para compartir por wifi local (rumbo-cli share)
share-title = Rumbo por esta red wifi
share-open = Abrir Rumbo ahora
share-open-help = Funciona mientras tu teléfono esté conectado a esta red wifi. Por una red wifi local el navegador no guarda Rumbo para usarlo sin conexión.
share-keep = Guardar Rumbo en tu teléfono
share-keep-help = Descarga la edición de un solo archivo en tu idioma. Se abre sin internet desde Descargas o Archivos de tu teléfono.
share-download = Descargar ({ $size } KB)
share-languages = Otros idiomas

## Ajustes de la app de escritorio
settings-share = Compartir por wifi
settings-share-help = Los teléfonos conectados a la misma red wifi pueden abrir Rumbo y descargar la edición de un solo archivo en su idioma, sin internet. Rumbo no guarda quién se conecta.
settings-share-start = Empezar a compartir
settings-share-stop = Dejar de compartir
settings-share-open = En un teléfono conectado a esta red wifi, escanea el código o abre:
settings-share-no-network = Esta computadora no está conectada a una red, así que los teléfonos todavía no pueden llegar a ella. Conéctala a la red wifi que usan los teléfonos y vuelve a empezar a compartir.
settings-share-missing = No se encontraron los archivos para compartir. Instala el paquete de Rumbo, o ejecuta make dist y abre Rumbo desde su carpeta.
settings-share-failed = No se pudo empezar a compartir: puede que otro programa esté usando los puertos 8080 a 8090.
