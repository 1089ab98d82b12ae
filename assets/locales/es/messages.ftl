## Lo que la aplicación comunica al usuario: avisos, notas y por qué algo ha fallado.
## $detail son las propias palabras del portal (o del sistema), tal como llegaron.

msg-portal-said = { $text } (Respuesta del portal: { $detail })
msg-enter-email-and-password = Introduzca su email y su contraseña.
msg-enter-code = Introduzca el código.
msg-paste-api-key = Pegue una clave de API (empieza por «sk-»).
msg-remembered-sign-in-failed = No se pudo iniciar sesión con el inicio de sesión recordado: { $reason }
msg-signed-out = Ha cerrado la sesión.
msg-keychain-not-removed = No se pudo quitar la entrada del llavero: { $reason }
msg-account-not-forgotten = Ha salido, pero no se pudo actualizar la lista de inicios de sesión recordados ({ $path }): { $reason }
msg-session-ended-key = El portal ya no acepta la clave de API con la que inició sesión: se eliminó, se desactivó o caducó. Vuelva a iniciar sesión con otra clave.
msg-session-ended = Su sesión en este portal ha terminado: caducó o se cerró desde otro lugar. Vuelva a iniciar sesión.
msg-after-crash = La última vez, DocSpace API Keys se cerró inesperadamente, así que no inició sesión automáticamente. Vuelva a iniciar sesión; si vuelve a ocurrir, inicie sesión con otra cuenta y elimine o cambie el nombre de la clave en la que se detuvo la lista.
# «*:write» y «*:read» son nombres técnicos de ámbito: no se traducen.
msg-read-only-key = Esta clave solo tiene el ámbito «*:read»: puede ver las claves, pero no crearlas, cambiarlas ni eliminarlas. Para ello, inicie sesión con una clave que tenga «*:write» (o acceso completo).
msg-refresh-failed = No se pudo actualizar la lista. { $reason }
msg-switched-on = La clave «{ $name }» está activada.
msg-switched-off = La clave «{ $name }» está desactivada.
msg-saved = Clave «{ $name }» guardada.
msg-deleted = Clave «{ $name }» eliminada.
msg-shown-again = Se han borrado la búsqueda y el filtro para que se vea la nueva clave.
# $reason es una frase completa (con su punto).
msg-copy-failed = { $reason } Seleccione a mano la clave de arriba o guárdela en un archivo.
clipboard-unavailable = El portapapeles no está disponible ({ $detail }).
msg-save-failed = No se pudo guardar en { $path }: { $detail }
msg-clipboard-cleared = La nueva clave se ha borrado del portapapeles.
msg-clipboard-replaced = Después de la nueva clave se copió otra cosa, así que el portapapeles se ha dejado como estaba.
msg-clipboard-clear-failed = No se pudo borrar la nueva clave del portapapeles: copie otra cosa para reemplazarla. { $reason }

api-offline = No se pudo conectar con { $host }. Compruebe la dirección del portal y su conexión a Internet, y vuelva a intentarlo.
api-timeout = { $host } no respondió a tiempo. Puede que el portal esté ocupado; vuelva a intentarlo en un momento.
api-tls = No se pudo verificar la conexión segura con { $host }. Si su portal usa un certificado de su organización, asegúrese de que ese certificado esté instalado en este equipo.
api-unauthorized = Su inicio de sesión ya no es válido (la clave se revocó, se desactivó o caducó, o la sesión terminó). Vuelva a iniciar sesión.
api-unauthorized-said = { $detail } Vuelva a iniciar sesión.
api-forbidden = Esta cuenta o clave no puede gestionar claves de API. Una clave de API necesita el ámbito «*:write» (o acceso completo) para gestionar claves, y «*:read» para listarlas.
api-forbidden-said = { $detail } (Esta cuenta o clave no puede gestionar claves de API. Una clave de API necesita el ámbito «*:write» (o acceso completo) para gestionar claves, y «*:read» para listarlas).
api-not-found = El portal no conoce este elemento (HTTP 404). Puede que se haya eliminado; actualice la lista.
api-rate-limited = El portal está limitando las solicitudes. Espere un minuto y vuelva a intentarlo.
api-rate-limited-for = El portal está limitando las solicitudes. Espere { $seconds } s y vuelva a intentarlo.
api-server = El portal informó de un problema (HTTP { $status }). Vuelva a intentarlo más tarde.
api-server-said = El portal informó de un problema (HTTP { $status }): { $detail }. Vuelva a intentarlo más tarde.
api-not-docspace = La respuesta de { $host } no es una respuesta de DocSpace ({ $detail }). Compruebe que la dirección sea la de su portal de DocSpace.
api-validation = El portal rechazó la solicitud: { $detail }
api-redirected-to = El portal respondió con una redirección a { $location } (HTTP { $status }). Compruebe la dirección del portal (introduzca la dirección a la que llega tras la redirección).
api-redirected = El portal respondió con una redirección (HTTP { $status }) sin indicar adónde. Compruebe la dirección del portal.
# $size es un tamaño de size-mib o size-kib.
api-answer-too-large = La respuesta de { $host } superaba { $size } y no se leyó. Compruebe que la dirección sea la de su portal de DocSpace.
api-create-answer-lost = Puede que el portal haya creado la clave «{ $name }», pero su respuesta se perdió ({ $detail }), así que no se puede mostrar su clave secreta. No vuelva a intentarlo sin más: actualice la lista, elimine cualquier clave llamada «{ $name }» creada en los últimos minutos y, después, cree una nueva.
api-unusable-credential = La clave de API o el token contiene caracteres que no se pueden enviar (como un salto de línea o un carácter no ASCII). Vuelva a copiar el valor, sin nada alrededor.
api-request = No se pudo enviar la solicitud: { $detail }
size-mib = { $count } MiB
size-kib = { $count } KiB

sign-in-not-an-api-key = Eso no es una clave de API. Las claves de API de DocSpace empiezan por «sk-».
sign-in-key-not-valid = El portal no acepta esta clave de API. Compruebe que la copió completa (empieza por «sk-»); una clave eliminada, desactivada o caducada ya no funciona.
sign-in-key-cannot-list-keys = Esta clave de API no puede gestionar claves de API: le faltan el ámbito «*:read» (para listar claves) y «*:write» (para cambiarlas). Sus ámbitos son: { $scopes }. Cree una clave con acceso completo o con «*:write» para esta aplicación.
sign-in-wrong-password = El email o la contraseña no son correctos. Compruebe ambos y vuelva a iniciar sesión.
sign-in-code-refused = El portal no aceptó el código. Vuelva a intentarlo.

portal-empty = Introduzca la dirección de su portal de DocSpace, por ejemplo, myportal.onlyoffice.com.
portal-not-an-address = «{ $input }» no es una dirección web. Introduzca la dirección de su portal de DocSpace, por ejemplo, myportal.onlyoffice.com.
portal-unsupported-scheme = Las direcciones «{ $scheme }» no son compatibles. Use la dirección https:// del portal, por ejemplo, https://myportal.onlyoffice.com.
portal-insecure-remote = El http:// simple enviaría su contraseña y sus claves sin cifrar, por eso solo se permite para este equipo (localhost). Use https://{ $host } en su lugar.
portal-insecure-local-name = El http:// simple solo se permite para este equipo, y «{ $host }» es un nombre que se busca en la red, así que podría llevar a otro equipo. Use http://localhost o http://127.0.0.1 (con el puerto), o https://{ $host }.
portal-credentials-in-address = No incluya el nombre de usuario ni la contraseña en la dirección del portal; los introducirá en el siguiente paso.

keychain-unavailable = No hay ningún llavero disponible en este equipo (en Linux, un Secret Service como GNOME Keyring o KWallet). El inicio de sesión solo se mantendrá durante esta sesión.
keychain-locked = El llavero está bloqueado o denegó el acceso. Desbloquéelo (por ejemplo, volviendo a iniciar sesión en su escritorio) para que se recuerde el inicio de sesión; por ahora, el inicio de sesión solo se mantendrá durante esta sesión.
keychain-failed = No se pudo leer ni escribir la entrada del llavero ({ $detail }).

remember-no-settings-folder = No se pudo recordar el inicio de sesión: este equipo no tiene una carpeta de configuración para la aplicación.
remember-accounts-file = No se pudo recordar el inicio de sesión: no se pudo escribir la lista de inicios de sesión recordados ({ $path }) ({ $detail }).
remember-keychain = No se pudo guardar el inicio de sesión en el llavero. { $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = El portal no modificó la clave. Las claves caducadas no se pueden modificar, y solo su creador o un administrador de DocSpace puede modificarla. Actualice la lista para ver su estado actual.
api-refused-not-deleted = El portal no eliminó la clave. Solo su creador o un administrador de DocSpace puede eliminarla. Actualice la lista para ver su estado actual.
api-refused-unknown-key = El portal no encontró esta clave (respondió con un error). Puede que ya se haya eliminado; actualice la lista.
