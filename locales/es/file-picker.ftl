# La aplicación de escritorio en Linux, cuando la computadora no tiene un selector de archivos que Rumbo pueda abrir.

file-picker-missing = Esta computadora no tiene un selector de archivos que Rumbo pueda abrir: los botones que abren un archivo no abrirán nada. Instala el paquete zenity (o xdg-desktop-portal-gtk) y vuelve a abrir Rumbo.
