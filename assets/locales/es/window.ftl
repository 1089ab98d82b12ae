## La ventana: encabezado, configuración, pantalla de conexión.
## Términos del cliente web de DocSpace (ver TERMS.md). Trato de «usted». «Clave» es femenino: concordancias en femenino.

starting-signing-in = Iniciando sesión…
settings = Configuración
settings-clear-clipboard = Borrar del portapapeles una clave copiada
clear-after-30-seconds = Después de 30 segundos
clear-after-1-minute = Después de 1 minuto
clear-after-2-minutes = Después de 2 minutos
clear-after-5-minutes = Después de 5 minutos
clear-on-exit = Solo al cerrar la aplicación
settings-theme = Tema
theme-system = Como el sistema
theme-light = Claro
theme-dark = Oscuro
settings-language = Idioma
language-system = Idioma del sistema

connect-title = Conectarse a su portal de DocSpace
connect-portal = Dirección del portal
connect-portal-hint = myportal.onlyoffice.com
connect-recent = Portales recientes
connect-recent-open = Abrir este portal con su inicio de sesión recordado
connect-with-password = Email y contraseña
connect-with-key = Clave de API
connect-email = Email
connect-password = Contraseña
connect-code = Código de dos factores
connect-key = Clave de API (sk-…)
connect-remember = Recordar en este equipo
connect-remember-hint = Guarda el inicio de sesión en el llavero del sistema para que la próxima vez la aplicación se abra directamente en sus claves.
connect-no-keychain = Este equipo no tiene llavero (en Linux, un Secret Service como GNOME Keyring o KWallet), así que no se puede recordar el inicio de sesión: la próxima vez tendrá que volver a iniciar sesión.
connect-keychain-locked = El llavero está bloqueado. Desbloquéelo (por ejemplo, volviendo a iniciar sesión en su escritorio) para que se recuerde el inicio de sesión.
connect-keychain-failed = No se pudo leer ni escribir la entrada del llavero ({ $detail }).
connect-sign-in = Iniciar sesión
connect-signing-in = Iniciando sesión…
# «*:write» y «*:read» son nombres técnicos de ámbito: no se traducen.
connect-key-note = Para gestionar claves, la clave necesita acceso completo o el ámbito «*:write» («*:read» solo para verlas).
code-from-app = Introduzca el código de su aplicación de autenticación.
code-setup-first = La autenticación de dos factores aún no está configurada para esta cuenta. Configúrela primero en DocSpace desde su navegador y, después, introduzca el código de su aplicación de autenticación.
code-by-sms-to = Introduzca el código enviado por SMS al { $phone }.
code-by-sms = Introduzca el código que ha recibido por SMS.

## La pantalla con la tabla de claves.

keys-new = Nueva clave
keys-refresh = Actualizar
keys-sign-out = Salir
portal-menu-hint = Cambiar a otro portal recordado, añadir uno o salir de este
portal-signed-in = Sesión iniciada como { $account }
portal-switch-to = Cambiar a
portal-add = Añadir portal…
portal-sign-out = Salir de este portal
portal-busy = Espere a que terminen los cambios en curso.
portal-back = Volver a { $portal }
portal-entry = { $portal } · { $account }
keys-search = Buscar
keys-search-hint = Nombre, final de la clave o creador
keys-clear-search = Borrar la búsqueda
# $when es un tiempo relativo de formats.ftl, p. ej. «hace 3 minutos» o «ahora mismo».
keys-updated = Actualizado { $when }
keys-filter = { $filter } ({ $count })
keys-showing = Mostrando { $shown } de { $total }
keys-empty = Aún no hay claves de API. Cree una para cada integración que necesite acceder a este portal.
keys-reading = Leyendo la nueva lista de claves…
keys-unread = No se pudo leer la lista de claves. Actualice (F5) para volver a intentarlo.
keys-no-match = Ninguna clave coincide con la búsqueda o el filtro.
keys-show-all = Mostrar todas las claves
keys-orphan = La clave «{ $name }» (terminada en { $postfix }) se acaba de crear, pero su clave secreta nunca llegó a esta aplicación. Elimínela y vuelva a crear la clave.
keys-delete-orphan = Eliminar esa clave
person-role = { $name } · { $role }
role-owner = Propietario
role-admin = Administrador de DocSpace
role-room-admin = Administrador de la sala
role-user = Usuario
role-guest = Invitado

filter-all = Todas
filter-active = Activas
filter-inactive = Inactivas
filter-expired = Caducadas
filter-expiring-soon = Caducan pronto
filter-never-used = Sin usar

column-name = Nombre
column-key = Clave
column-access = Acceso
column-created = Creada
column-last-used = Último uso
column-expires = Caduca
column-created-by = Creada por
column-active = Activa
column-actions = Acciones
column-sort-hint = Ordenar; haga clic de nuevo para invertir el orden

row-edit = Editar
row-delete = Eliminar
row-edit-name = Editar { $name }
row-delete-name = Eliminar { $name }
row-active-name = Activa: { $name }
row-switch-on = Activar
row-switch-off = Desactivar
row-on = Activada
row-off = Desactivada
# Contenido de celda («Último uso: nunca», «Caduca: nunca»), por eso en minúscula.
row-never = nunca
row-expired = caducada
row-expired-on = { $date } (caducada)
# $when es un tiempo relativo de formats.ftl, p. ej. «dentro de 3 días».
row-expires-exact = { $date } ({ $when })
row-expired-no-edit = Una clave caducada no se puede editar. Elimínela o cree una clave nueva para sustituirla.

access-all = Todos
# DocSpace escribe «Sólo lectura»; aquí «Solo», según la ortografía actual de la RAE.
access-read-only = Solo lectura
# Inglés «Custom»; DocSpace llama a este nivel de acceso «Restringido».
access-custom = Restringido
access-nothing-ticked = Nada marcado
access-summary-read = { $area }: lectura
access-summary-write = { $area }: lectura y escritura
area-all = Todas las áreas
area-files = Archivos
area-rooms = Salas
area-profile = Perfil
area-contacts = Contactos

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = El portal envió una fecha que esta aplicación no puede leer.

## Expiry watch and security review.

watch-expired = Caducadas: { $count }
watch-expiring = Caducan en 7 días: { $count }, la primera el { $date }
watch-dismiss = Ocultar
watch-dismiss-hint = Oculto hasta que otra clave caduque o le falten menos de 7 días para caducar
review-toggle = Revisión de seguridad
review-title = Revisión de seguridad
review-back = Volver a todas las claves
review-intro = Claves que merecen un vistazo, y por qué. Cuándo una clave se considera sin uso se ajusta en Configuración. DocSpace no indica cuándo se desactivó una clave, así que esa regla se basa en su último uso.
review-none = Todas las claves pasan la revisión.
review-full-access = Acceso completo y nunca caduca.
review-unused = Sin uso desde hace tiempo: último uso { $when }.
review-never-used = Nunca usada; creada { $when }.
review-expired = Caducada { $when }, pero sigue en la lista.
review-switched-off = Desactivada; último uso { $when }.
review-switched-off-never = Desactivada y nunca usada; creada { $when }.
review-switch-off-name = Desactivar { $name }
settings-review = Umbrales de la revisión de seguridad
settings-review-unused = Una clave se considera sin uso si no se usa durante:
settings-review-never-used = Una clave nunca usada se considera sin uso tras:
