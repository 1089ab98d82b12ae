## Les boîtes de dialogue de création, de modification, d’affichage et de suppression, et le bas de la fenêtre.

dialog-cancel = Annuler
form-create-title = Nouvelle clé API
form-edit-title = Modifier la clé API
form-name = Nom
form-name-hint = À quoi sert la clé, p. ex. Zapier
form-access = Accès
form-lifetime = Durée de vie de la clé
form-lifetime-never = Illimitée
# « many » : grands nombres ronds (1 000 000 de jours) ; « one » couvre 0 et 1.
form-lifetime-days = { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
}
# « Custom » ici = nombre de jours choisi librement (pas le niveau d’accès « Restreint »).
form-lifetime-custom = Personnalisée
form-lifetime-custom-name = Durée de vie personnalisée
form-days = Jours
form-days-range = Saisissez un nombre de jours entre 1 et 365.
form-create = Créer
form-creating = Création…
form-save = Enregistrer
form-saving = Enregistrement…
form-active = Active
form-expires-on = Expire le { $date }. DocSpace ne permet pas de modifier la durée de vie d’une clé après sa création.
form-never-expires = N’expire jamais. DocSpace ne permet pas de modifier la durée de vie d’une clé après sa création.
form-expired-on = Expirée le { $date }.
form-area = Domaine
form-read = Lire
form-write = Écrire
form-area-read = { $area } : lire
form-area-write = { $area } : écrire
# $scopes : portées de la clé que ce formulaire n’affiche pas mais conserve à l’enregistrement.
form-also-kept = Également conservées : { $scopes }
form-write-includes-read = « Écrire » inclut « Lire ».
problem-name-missing = Saisissez un nom.
problem-name-too-long = Le nom compte { $length } caractères ; la limite est de { $limit }.
problem-nothing-ticked = Cochez au moins une case, ou choisissez « Tout » ou « Lecture seule ».
problem-days-out-of-range = Saisissez un nombre de jours entre 1 et 365.

reveal-title = Votre nouvelle clé API
reveal-warning = Copiez ou enregistrez la clé maintenant. DocSpace ne l’affichera plus.
reveal-show = Afficher
reveal-hide = Masquer
reveal-copy = Copier
reveal-save = Enregistrer dans un fichier…
reveal-done = Terminé
reveal-not-copied = Vous n’avez pas copié cette clé. Elle ne pourra plus être affichée.
reveal-close-anyway = Fermer quand même
reveal-go-back = Retour
reveal-session-ended = Copiez ou enregistrez la clé avant de fermer cette fenêtre, puis reconnectez-vous.
# Vide le presse-papiers immédiatement.
reveal-clear-now = Effacer maintenant
reveal-save-to-downloads = Enregistrer dans Téléchargements
reveal-saved-private = Enregistrée dans { $path } (lisible par vous uniquement).
reveal-saved = Enregistrée dans { $path }.
reveal-no-file-dialog = Cet ordinateur n’a pas de boîte de dialogue d’enregistrement (sous Linux, installez xdg-desktop-portal-gtk ou zenity pour en avoir une).
reveal-copied-clearing = Copiée. Le presse-papiers sera effacé dans { $seconds } s.
reveal-copied-clearing-on-exit = Copiée. Le presse-papiers sera effacé à la fermeture de l’application.
reveal-copied-cleared = Copiée. Le presse-papiers a été effacé.
reveal-copied-replaced = Copiée. Autre chose a été copié depuis ; le presse-papiers a donc été laissé tel quel.
# $error est une phrase complète (avec son point) ; la phrase suivante suit directement.
reveal-copied-clear-failed = Copiée, mais le presse-papiers n’a pas pu être effacé : { $error } Copiez autre chose pour remplacer la clé dans le presse-papiers.

delete-title = Supprimer la clé API
delete-question = Supprimer « { $name } » ?
# $when est un temps relatif, p. ex. « il y a 3 jours ».
delete-last-used = Dernière utilisation : { $when }.
delete-never-used = Elle n’a jamais été utilisée.
delete-for-good = Tout ce qui l’utilise cessera de fonctionner. Cette action est irréversible.
delete-confirm = Supprimer
delete-deleting = Suppression…

toast-on-clipboard = La nouvelle clé est dans le presse-papiers. Il sera effacé dans { $seconds } s.
toast-on-clipboard-until-exit = La nouvelle clé est dans le presse-papiers. Il sera effacé à la fermeture de l’application.
toast-undo = Annuler

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = La date de dernière utilisation est inconnue.
form-expiry-unknown = La date d’expiration est inconnue : le portail a envoyé une date que l’application ne sait pas lire. DocSpace ne permet pas de modifier la durée de vie d’une clé après sa création.
