## Los cuadros de diálogo de crear, editar, mostrar y eliminar, y la parte inferior de la ventana.

dialog-cancel = Cancelar
form-create-title = Nueva clave de API
form-edit-title = Editar clave de API
form-name = Nombre
form-name-hint = Para qué es la clave, p. ej., Zapier
form-access = Acceso
form-lifetime = Vida útil de la clave
form-lifetime-never = Sin caducidad
form-lifetime-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
# «Custom» aquí = número de días elegido libremente (no el nivel de acceso «Restringido»).
form-lifetime-custom = Personalizada
form-lifetime-custom-name = Vida útil personalizada
form-days = Días
form-days-range = Introduzca un número de días entre 1 y 365.
form-create = Crear
form-creating = Creando…
form-save = Guardar
form-saving = Guardando…
form-active = Activa
form-expires-on = Caduca el { $date }. DocSpace no permite cambiar la vida útil de una clave después de crearla.
form-never-expires = No caduca nunca. DocSpace no permite cambiar la vida útil de una clave después de crearla.
form-expired-on = Caducó el { $date }.
form-area = Área
form-read = Leer
form-write = Escribir
form-area-read = { $area }: leer
form-area-write = { $area }: escribir
# $scopes: ámbitos de la clave que este formulario no muestra pero conserva al guardar.
form-also-kept = También se conservan: { $scopes }
form-write-includes-read = «Escribir» incluye «Leer».
problem-name-missing = Introduzca un nombre.
problem-name-too-long = El nombre tiene { $length } caracteres; el límite es { $limit }.
problem-nothing-ticked = Marque al menos una casilla o elija «Todos» o «Solo lectura».
problem-days-out-of-range = Introduzca un número de días entre 1 y 365.

reveal-title = Su nueva clave de API
reveal-warning = Copie o guarde la clave ahora. DocSpace no volverá a mostrarla.
reveal-show = Mostrar
reveal-hide = Ocultar
reveal-copy = Copiar
reveal-save = Guardar en archivo…
reveal-done = Listo
reveal-not-copied = No ha copiado esta clave. No se podrá volver a mostrar.
reveal-close-anyway = Cerrar de todos modos
reveal-go-back = Volver
reveal-session-ended = Copie o guarde la clave antes de cerrar este cuadro de diálogo; después, vuelva a iniciar sesión.
# Vacía el portapapeles en este momento.
reveal-clear-now = Borrar ahora
reveal-save-to-downloads = Guardar en Descargas
reveal-saved-private = Guardada en { $path } (solo usted puede leerla).
reveal-saved = Guardada en { $path }.
reveal-no-file-dialog = Este equipo no tiene cuadro de diálogo para guardar (en Linux, instale xdg-desktop-portal-gtk o zenity para tenerlo).
reveal-copied-clearing = Copiada. El portapapeles se borrará en { $seconds } s.
reveal-copied-clearing-on-exit = Copiada. El portapapeles se borrará al cerrar la aplicación.
reveal-copied-cleared = Copiada. Se ha borrado el portapapeles.
reveal-copied-replaced = Copiada. Desde entonces se ha copiado otra cosa, así que el portapapeles se ha dejado como estaba.
# $error es una frase completa (con su punto); la frase siguiente va a continuación.
reveal-copied-clear-failed = Copiada, pero no se pudo borrar el portapapeles: { $error } Copie otra cosa para reemplazar la clave en el portapapeles.

delete-title = Eliminar clave de API
delete-question = ¿Eliminar «{ $name }»?
# $when es un tiempo relativo, p. ej. «hace 3 días».
delete-last-used = Último uso: { $when }.
delete-never-used = Nunca se ha usado.
delete-for-good = Todo lo que la use dejará de funcionar. Esta acción no se puede deshacer.
delete-confirm = Eliminar
delete-deleting = Eliminando…

toast-on-clipboard = La nueva clave está en el portapapeles. Se borrará en { $seconds } s.
toast-on-clipboard-until-exit = La nueva clave está en el portapapeles. Se borrará al cerrar la aplicación.
toast-undo = Deshacer

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = Se desconoce cuándo se usó por última vez.
form-expiry-unknown = La fecha de caducidad es desconocida: el portal envió una fecha que esta aplicación no puede leer. DocSpace no permite cambiar la vigencia de una clave después de crearla.
