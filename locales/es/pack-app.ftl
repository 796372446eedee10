# Ajustes → «Actualizaciones de contenido»: el contenido en uso, importar un paquete, aplicarlo y volver al anterior.

settings-content = Actualizaciones de contenido
content-in-use = Contenido en uso
content-version = Versión { $version }
content-compiled = Contenido compilado el
content-key = Huella de la clave
content-built-in = incluido en esta aplicación
content-extra-key = Esta aplicación se hizo para confiar también en otra clave: { $fingerprint }. Si no lo esperabas, pide la aplicación a quien publica Rumbo.
content-import-help = Un paquete de contenido es un archivo (.pack) con textos, guías, directorio y calendario más nuevos, que llega por WhatsApp, Bluetooth o una memoria USB. Rumbo revisa su firma y cada parte antes de cambiar nada.
content-import = Importar un paquete de contenido
content-offer-title = Paquete de contenido, versión { $version }
content-offer-newer = Es más nuevo que el contenido en uso (versión { $current }).
content-offer-compiled = Contenido compilado el { $date }.
content-offer-key = Firmado con la clave:
content-offer-changes = Qué cambia
content-apply = Aplicar este contenido
content-cancel = No aplicar
content-applied = Ahora está en uso la versión { $version }.
content-returned = Se volvió al contenido anterior (versión { $version }).
content-previous = Contenido anterior: versión { $version }, compilado el { $date }.
content-previous-built-in = Contenido anterior: el que viene incluido en esta aplicación.
content-return = Volver al contenido anterior
content-set-aside = El paquete de contenido guardado en este dispositivo no pasó la revisión y no se usa: Rumbo muestra el contenido incluido en la aplicación.
content-moved-title = Plazos guardados que cambiaron con el nuevo calendario:
content-moved = { $term }, desde el { $start }: ahora, último día seguro { $safe } y último día posible { $latest }; antes, { $safe-before } y { $latest-before }.
