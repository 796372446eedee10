# La oferta de un paquete de contenido en la página para compartir: contenido más nuevo, revisado antes de usarlo.

share-pack-title = Contenido más nuevo para Rumbo
share-pack-help = Versión { $version } de lo que dice Rumbo (guías, lugares, el calendario), compilada el { $date }.
share-pack-download = Descargar la actualización ({ $size } KB)
share-pack-how = Luego abre los Ajustes de Rumbo e importa el archivo. Rumbo revisa quién lo firmó y te muestra qué cambió antes de que lo apliques.
share-pack-key = Firmado con la clave { $fingerprint }. Compárala con la clave que se ve en la pantalla de la computadora que lo comparte.
