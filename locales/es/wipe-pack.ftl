# Borrar mis datos en la computadora, cuando el paquete de contenido en uso no se pudo borrar.

content-not-deleted = No se pudo borrar de esta computadora el paquete de contenido en uso: Rumbo lo sigue usando, también al volver a abrirse, hasta que se borre su archivo (aparece en «Tus datos», más abajo).
