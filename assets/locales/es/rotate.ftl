## Rotar una clave (una clave nueva con el mismo nombre, los mismos permisos y la misma
## duración, y después se desactiva la antigua) y exportar la lista de claves.

row-rotate = Rotar…
row-rotate-name = Rotar { $name }
form-rotate-hint = Sustituye esta clave por una nueva con el mismo nombre, los mismos permisos y la misma duración.
rotate-title = Rotar clave de API
rotate-question = ¿Rotar «{ $name }»?
rotate-new-key-never = Se crea una clave nueva llamada «{ $name }» con los mismos permisos y se muestra una sola vez. Como la clave antigua, nunca caduca.
rotate-new-key-days = Se crea una clave nueva llamada «{ $name }» con los mismos permisos y se muestra una sola vez. Como la clave antigua, caduca { $days ->
    [one] { $days } día
   *[other] { $days } días
} después de crearse.
rotate-then = Después, con la clave antigua:
rotate-choice-switch-off = Desactivar la clave antigua
rotate-choice-leave-expired = Dejar la clave antigua como está
rotate-choice-delete = Eliminar la clave antigua
rotate-switch-off-note = Todo lo que aún use la clave antigua deja de funcionar en cuanto se desactiva. Se puede volver a activar.
rotate-expired-note = La clave antigua ha caducado: DocSpace ya no la acepta y no puede desactivarla, así que queda en la lista tal como está.
rotate-delete-note = Todo lo que aún use la clave antigua dejará de funcionar. Esta acción no se puede deshacer.
rotate-confirm = Rotar
rotate-rotating = Rotando…
rotate-lifetime-unknown = La duración de esta clave es desconocida (el portal envió una fecha que esta aplicación no puede leer), así que no se puede crear una sustituta con la misma duración. Cree una clave nueva en su lugar.
rotate-switching-off-old = Desactivando la clave antigua «{ $name }»…
rotate-deleting-old = Eliminando la clave antigua «{ $name }»…
rotate-old-switched-off = La clave antigua «{ $name }» se ha desactivado.
rotate-old-deleted = La clave antigua «{ $name }» se ha eliminado.
rotate-old-left-expired = La clave antigua «{ $name }» ha caducado y se ha dejado como estaba.
rotate-old-not-switched-off = No se pudo desactivar la clave antigua «{ $name }»: { $reason } Ahora existen las dos claves; desactive usted la antigua.
rotate-old-not-deleted = No se pudo eliminar la clave antigua «{ $name }»: { $reason } Ahora existen las dos claves; elimine usted la antigua.

keys-export = Exportar…
keys-export-hint = Las claves mostradas (tras la búsqueda y el filtro), sin ningún secreto.
export-csv = CSV (para hojas de cálculo)…
export-json = JSON…
msg-exported = { $count ->
    [one] Se exportó { $count } clave a { $path }.
   *[other] Se exportaron { $count } claves a { $path }.
}
msg-export-failed = No se pudo guardar la exportación: { $detail }
