# Lo guardado a salvo: lo que Rumbo dice cuando no puede guardar, cuando apartó una copia dañada, cuando rechaza un
# archivo, si el navegador conserva lo guardado y cuando "Borrar mis datos" no pudo borrarlo todo.

storage-saved-cannot-compute = Este plazo guardado no se puede calcular: su fecha no es una desde la que Rumbo pueda contar. Quítalo y vuelve a calcularlo en la pantalla Plazo.
storage-set-aside-file = Los datos guardados estaban dañados. Rumbo guardó una copia, sin borrar nada, en { $copy }, y empezó de nuevo.
storage-off-foreign = No se puede guardar: el archivo donde Rumbo guarda lo tuyo es de otro programa, así que Rumbo no lo toca. Lo que guardes ahora no se conservará.
storage-off-permission = No se puede guardar: Rumbo no tiene permiso para escribir en su carpeta de datos. Lo que guardes ahora no se conservará.
storage-off-busy = No se puede guardar: otra copia de Rumbo (u otro programa) está usando los datos guardados. Ciérrala y vuelve a abrir Rumbo.
storage-off-full = No se puede guardar: el disco está lleno. Libera espacio y vuelve a abrir Rumbo.
storage-off-other = No se puede guardar: Rumbo no pudo abrir el archivo donde guarda lo tuyo. Lo que guardes ahora no se conservará.
storage-import-too-large = Ese archivo es demasiado grande para ser de Rumbo (máximo 1 MB). No se cambió nada.
storage-import-too-many = Ese archivo tiene más elementos de los que Rumbo lee de una vez (máximo { $max }). No se cambió nada.
storage-import-version = Ese archivo es de una versión más nueva de Rumbo. Actualiza Rumbo para añadirlo. No se cambió nada.
storage-import-bad-date = El archivo tiene un plazo con una fecha imposible o fuera del calendario de Rumbo ({ $item }). No se cambió nada.
storage-import-bad-item = El archivo tiene un elemento que Rumbo no puede mostrar ({ $item }). No se cambió nada.
storage-import-not-saved = Rumbo no pudo guardar en este dispositivo ahora. No se cambió nada.
storage-persist-granted = Este navegador se comprometió a conservar lo que guardas, aunque falte espacio.
storage-persist-refused = Este navegador no se comprometió a conservar lo que guardas: puede borrarlo si falta espacio. Por si acaso, descarga una copia desde la pantalla Guardado.
storage-persist-not-asked = La primera vez que guardes algo, Rumbo pedirá a este navegador que lo conserve aunque falte espacio.
storage-persist-unavailable = En esta dirección el navegador no puede comprometerse a conservar lo que guardas (hace falta una dirección https o este mismo dispositivo). Abierto por el Wi-Fi compartido, el navegador puede borrar lo guardado en cualquier momento: descarga una copia desde la pantalla Guardado.
storage-wipe-partial = No se pudo borrar todo. Lo demás sí se borró. Inténtalo otra vez o borra esto tú:
