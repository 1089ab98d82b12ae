## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = Seleccionar { $name }
bulk-select-all-shown = Seleccionar todas las mostradas
bulk-selected = Seleccionadas: { $count }
bulk-switch-on = Activar
bulk-switch-off = Desactivar…
bulk-delete = Eliminar…
bulk-clear = Borrar la selección
bulk-delete-title = Eliminar claves de API
bulk-delete-question = ¿Eliminar estas claves? Cantidad: { $count }
bulk-delete-note = Todo lo que aún use estas claves dejará de funcionar. Esto no se puede deshacer.
bulk-delete-confirm = Eliminar ({ $count })
bulk-switch-off-title = Desactivar claves de API
bulk-switch-off-question = ¿Desactivar estas claves? Cantidad: { $count }
bulk-switch-off-note = Todo lo que aún use estas claves dejará de funcionar hasta que se vuelvan a activar.
bulk-switch-off-confirm = Desactivar ({ $count })
bulk-skipped-expired = Omitidas por estar caducadas (DocSpace no puede activarlas ni desactivarlas), { $count }: { $names }.
bulk-switched-on = Claves activadas: { $count }.
bulk-switched-off = Claves desactivadas: { $count }.
bulk-deleted = Claves eliminadas: { $count }.
bulk-not-switched-on = No se pudo activar «{ $name }»: { $reason }
bulk-not-switched-off = No se pudo desactivar «{ $name }»: { $reason }
bulk-not-deleted = No se pudo eliminar «{ $name }»: { $reason }
