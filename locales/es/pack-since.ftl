# Ajustes → «Actualizaciones de contenido»: un paquete cuya lista de cambios se hizo contra otra versión que la de este dispositivo.

content-offer-changes-since = Esta lista compara con la versión { $since }, y este dispositivo tiene la versión { $current }: puede faltar o repetirse algún cambio.
