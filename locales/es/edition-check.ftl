# ¿Este archivo es de verdad de Rumbo? Comprobar una edición de un archivo en Ajustes, y lo que dice la propia edición.

edition-check-help = ¿Te pasaron una edición de un archivo (como rumbo-es.html)? Elígela con el mismo botón: Rumbo comprueba si es suya y si nadie la cambió. No se aplica nada.
edition-check-ok-title = Este archivo es de Rumbo y nadie lo cambió
edition-check-made = Es una edición de un archivo hecha con el contenido versión { $version }, compilado el { $date }.
edition-check-key = Firmado con la clave:
edition-check-compare = Compara esta clave con la que te dio quien publica Rumbo, en papel o por un medio en el que confías. Esta comprobación no cambia nada en Rumbo.
edition-error-too-large = Este archivo es demasiado grande para ser una edición de Rumbo. No se cambió nada.
edition-error-unsigned = Este archivo no lleva firma: nadie puede saber quién lo hizo ni si alguien lo cambió. No lo compartas como si fuera de Rumbo. No se cambió nada.
edition-error-other-key = Este archivo está firmado con una clave en la que Rumbo no confía ({ $fingerprint }). Puede ser una copia falsa: no lo compartas. No se cambió nada.
edition-error-altered = Este archivo fue modificado después de firmarse, o está dañado: no confíes en lo que dice y no lo compartas. Pide otra copia. No se cambió nada.

## En la edición de un archivo
edition-file-content = contenido versión { $version }
edition-file-check = Para comprobar que este archivo es de Rumbo y que nadie lo cambió: en la aplicación Rumbo, ve a Ajustes → Actualizaciones de contenido y elige este archivo; en una computadora, usa «rumbo-cli pack check-file» con este archivo.
