## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = Sélectionner { $name }
bulk-select-all-shown = Tout sélectionner (affichées)
bulk-selected = Sélection : { $count }
bulk-switch-on = Activer
bulk-switch-off = Désactiver…
bulk-delete = Supprimer…
bulk-clear = Effacer la sélection
bulk-delete-title = Supprimer les clés API
bulk-delete-question = Supprimer ces clés ? Nombre : { $count }
bulk-delete-note = Tout ce qui utilise encore ces clés cesse de fonctionner. Cette action est irréversible.
bulk-delete-confirm = Supprimer ({ $count })
bulk-switch-off-title = Désactiver les clés API
bulk-switch-off-question = Désactiver ces clés ? Nombre : { $count }
bulk-switch-off-note = Tout ce qui utilise encore ces clés cesse de fonctionner jusqu’à leur réactivation.
bulk-switch-off-confirm = Désactiver ({ $count })
bulk-skipped-expired = Laissées de côté car expirées (DocSpace ne peut pas les activer ni les désactiver), { $count } : { $names }.
bulk-switched-on = Clés activées : { $count }.
bulk-switched-off = Clés désactivées : { $count }.
bulk-deleted = Clés supprimées : { $count }.
bulk-not-switched-on = Impossible d’activer « { $name } » : { $reason }
bulk-not-switched-off = Impossible de désactiver « { $name } » : { $reason }
bulk-not-deleted = Impossible de supprimer « { $name } » : { $reason }
