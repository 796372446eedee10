# Directorio: la pantalla, los filtros y las fichas. Las notas de cada lugar están en directory-entries.ftl.

directory-lead = Albergues, ayuda legal, oficinas y líneas de ayuda. Cada dato dice de qué fuente viene y de cuándo es.
directory-few-phones = Pocas organizaciones publican un teléfono. Donde no encontramos uno, lo decimos y mostramos lo que sí se sabe. En una emergencia, llama al 911.
directory-filter-city = Ciudad
directory-filter-kind = Tipo
directory-filter-serves = Para quién
directory-filter-name = Buscar por nombre
directory-back = Ver todo el directorio
entry-missing = Este lugar ya no está en esta versión de Rumbo.
directory-all = Todos
directory-count =
    { $count ->
        [0] Ningún lugar con estos filtros. Prueba a quitar alguno.
        [one] Un lugar
       *[other] { $count } lugares
    }

## Líneas de ayuda
help-lines-title = Si estás en peligro
help-lines-911 = Emergencias: policía, urgencias médicas, bomberos y protección civil.
help-lines-089 = Denuncia anónima: extorsión, secuestro, trata de personas.

## Una ficha
entry-serves = Para: { $groups }
entry-services = Qué ofrece
entry-confirmed = Confirmado por la organización el { $date }.
entry-seen = El dato más antiguo de esta ficha viene de una fuente de { $date }. Nadie lo ha confirmado con la organización.
entry-old = Información antigua: el dato más antiguo de esta ficha viene de una fuente de { $date }. Confírmalo antes de ir.
entry-undated = Un dato de esta ficha viene de una fuente sin fecha: confírmalo antes de ir.
entry-address = Dirección:
entry-copy-address = Copiar la dirección
entry-map = Abrir en el mapa
entry-no-address = No encontramos una dirección publicada.
entry-no-phone = No encontramos un teléfono publicado.
entry-copy-number = Copiar el número
entry-web = Web:
entry-email = Correo:
entry-open-now = Abierto ahora.
entry-closed-now = Cerrado ahora.
entry-hours-tijuana = { $hours } (hora de Tijuana)
entry-hours-juarez = { $hours } (hora de Ciudad Juárez)
entry-hours-cdmx = { $hours } (hora de la Ciudad de México)
entry-conflict = Otra fuente ({ $source }) dice: { $text }.
entry-sources = Fuentes de esta ficha
entry-read = Leída el { $date }.

## Tipos
dir-kind-shelter = Albergue
dir-kind-legal = Ayuda legal
dir-kind-government = Oficina de gobierno
dir-kind-health = Salud
dir-kind-helpline = Línea de ayuda
dir-kind-other = Otro

## Ciudades
dir-city-tijuana = Tijuana
dir-city-mexicali = Mexicali
dir-city-ciudad-juarez = Ciudad Juárez
dir-city-tapachula = Tapachula
dir-city-cdmx = Ciudad de México
dir-city-national = Todo el país

## Para quién
dir-serves-everyone = todas las personas
dir-serves-women = mujeres
dir-serves-children = niñas, niños y adolescentes
dir-serves-families = familias
dir-serves-men = hombres
dir-serves-lgbtiq = personas LGBTIQ+
dir-serves-deportees = personas deportadas
dir-serves-mexicans = solo personas mexicanas
dir-serves-asylum-seekers = personas solicitantes de asilo

## Qué ofrece
dir-service-shelter = alojamiento
dir-service-food = comida
dir-service-clothing = ropa
dir-service-legal = orientación legal
dir-service-medical = atención médica
dir-service-psychological = apoyo psicológico
dir-service-work = empleo
dir-service-education = escuela
dir-service-phone-internet = teléfono e internet
dir-service-interpretation = interpretación
dir-service-complaints = quejas y denuncias
dir-service-emergency = emergencias
dir-service-documents = documentos
dir-service-family-contact = contacto con la familia
dir-service-asylum-application = solicitud de asilo

## Estado de una ficha y fecha de cada dato
entry-national = Número nacional.
entry-value-date = (fuente de { $date })
entry-value-undated = (fuente sin fecha)

## Horarios: cada servicio con el suyo
entry-every-day = todos los días
entry-hours-dated = Según una fuente de { $date }, abría: { $hours }.
entry-hours-undated = Según una fuente sin fecha, abría: { $hours }.
entry-hours-non-working = Hoy es día inhábil para las oficinas de gobierno: puede estar cerrada.
entry-hours-maybe-non-working = Hoy puede ser día inhábil para esta oficina (vacaciones o un festivo que se declara): puede estar cerrada.
dir-hours-office = Oficina
dir-hours-clinic = Clínica
dir-hours-breakfast = Desayunador
dir-hours-first-applications = Primera solicitud de refugio
