## Renouveler une clé (une nouvelle clé avec le même nom, les mêmes autorisations et la même
## durée de vie, puis l'ancienne désactivée) et exporter la liste des clés.

row-rotate = Renouveler…
row-rotate-name = Renouveler { $name }
form-rotate-hint = Remplace cette clé par une nouvelle qui a le même nom, les mêmes autorisations et la même durée de vie.
rotate-title = Renouveler la clé API
rotate-question = Renouveler « { $name } » ?
rotate-new-key-never = Une nouvelle clé nommée « { $name } », avec les mêmes autorisations, est créée et affichée une seule fois. Comme l'ancienne clé, elle n'expire jamais.
rotate-new-key-days = Une nouvelle clé nommée « { $name } », avec les mêmes autorisations, est créée et affichée une seule fois. Comme l'ancienne clé, elle expire { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} après sa création.
rotate-then = Ensuite, pour l'ancienne clé :
rotate-choice-switch-off = Désactiver l'ancienne clé
rotate-choice-leave-expired = Laisser l'ancienne clé telle quelle
rotate-choice-delete = Supprimer l'ancienne clé
rotate-switch-off-note = Tout ce qui utilise encore l'ancienne clé cesse de fonctionner une fois qu'elle est désactivée. Elle peut être réactivée.
rotate-expired-note = L'ancienne clé a expiré : DocSpace ne l'accepte plus et ne peut pas la désactiver, elle reste donc telle quelle dans la liste.
rotate-delete-note = Tout ce qui utilise encore l'ancienne clé cessera de fonctionner. Cette action est irréversible.
rotate-confirm = Renouveler
rotate-rotating = Renouvellement…
rotate-lifetime-unknown = La durée de vie de cette clé est inconnue (le portail a envoyé une date que cette application ne sait pas lire) : impossible de créer une clé de remplacement de même durée. Créez plutôt une nouvelle clé.
rotate-switching-off-old = Désactivation de l'ancienne clé « { $name } »…
rotate-deleting-old = Suppression de l'ancienne clé « { $name } »…
rotate-old-switched-off = L'ancienne clé « { $name } » a été désactivée.
rotate-old-deleted = L'ancienne clé « { $name } » a été supprimée.
rotate-old-left-expired = L'ancienne clé « { $name } » a expiré et a été laissée telle quelle.
rotate-old-not-switched-off = L'ancienne clé « { $name } » n'a pas pu être désactivée : { $reason } Les deux clés existent désormais ; désactivez vous-même l'ancienne.
rotate-old-not-deleted = L'ancienne clé « { $name } » n'a pas pu être supprimée : { $reason } Les deux clés existent désormais ; supprimez vous-même l'ancienne.

keys-export = Exporter…
keys-export-hint = Les clés affichées (après recherche et filtre), sans aucun secret.
export-csv = CSV (pour les tableurs)…
export-json = JSON…
msg-exported = { $count ->
    [one] { $count } clé exportée vers { $path }.
   *[other] { $count } clés exportées vers { $path }.
}
msg-export-failed = L'export n'a pas pu être enregistré : { $detail }
