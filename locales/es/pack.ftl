# Paquetes de contenido: por qué Rumbo rechaza un paquete (y no cambia nada) y qué cambió en uno nuevo.

pack-error-too-large = Este archivo es demasiado grande para ser un paquete de contenido de Rumbo. No se cambió nada.
pack-error-not-a-pack = Este archivo no es un paquete de contenido de Rumbo. No se cambió nada.
pack-error-too-new = Este paquete es para una versión más nueva de Rumbo. Actualiza la aplicación primero. No se cambió nada.
pack-error-damaged = Este paquete está dañado o fue modificado: no se puede confiar en él. No se cambió nada. Pide otra copia.
pack-error-bad-content = Este paquete tiene un contenido que Rumbo no puede usar. No se cambió nada.
pack-error-unsigned = Este paquete no está firmado: nadie puede saber quién lo hizo. No se cambió nada.
pack-error-other-key = Este paquete está firmado con una clave en la que Rumbo no confía ({ $fingerprint }). Puede ser una copia falsa. No se cambió nada.
pack-error-older = Este paquete es la versión { $version }, más antigua que la versión { $current } que ya usas. No se cambió nada.
pack-error-same = Este paquete es la versión { $version }, la que ya usas. No se cambió nada.

## Qué cambió
pack-change-section-added = Sección nueva: { $title }
pack-change-section-changed = Sección cambiada: { $title }
pack-change-section-removed = Sección quitada: { $title }
pack-change-entry-added = Nuevo en el directorio: { $name }
pack-change-entry-changed = Cambió en el directorio: { $name }
pack-change-entry-removed = Quitado del directorio: { $name }
pack-change-day-added = Nuevo día inhábil: { $date }
pack-change-day-removed = Ya no es día inhábil: { $date }
pack-change-messages =
    { $count ->
        [one] { $count } texto más cambió
       *[other] { $count } textos más cambiaron
    }
pack-change-none = El contenido no cambió.

## Guardar el paquete
pack-error-not-stored = No se pudo guardar el paquete en este dispositivo. No se cambió nada.
pack-error-no-previous = No hay un contenido anterior al que volver.
