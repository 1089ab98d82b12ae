## La fenêtre : en-tête, paramètres, écran de connexion.
## Termes repris du client web DocSpace (voir TERMS.md). Vouvoiement. « clé » est féminin : accords au féminin.
## Espaces insécables (U+00A0) avant : ; ? ! et à l’intérieur des guillemets « ».

starting-signing-in = Connexion…
settings = Paramètres
settings-clear-clipboard = Effacer une clé copiée du presse-papiers
clear-after-30-seconds = Après 30 secondes
clear-after-1-minute = Après 1 minute
clear-after-2-minutes = Après 2 minutes
clear-after-5-minutes = Après 5 minutes
clear-on-exit = Seulement à la fermeture de l’application
settings-theme = Thème
theme-system = Comme le système
theme-light = Clair
theme-dark = Sombre
settings-language = Langue
language-system = Langue du système

connect-title = Connexion à votre portail DocSpace
connect-portal = Adresse du portail
connect-portal-hint = myportal.onlyoffice.com
connect-recent = Portails récents
connect-recent-open = Ouvrir ce portail avec sa connexion mémorisée
connect-with-password = E-mail et mot de passe
connect-with-key = Clé API
connect-email = E-mail
connect-password = Mot de passe
connect-code = Code de double authentification
connect-key = Clé API (sk-…)
connect-remember = Mémoriser sur cet ordinateur
connect-remember-hint = Conserve la connexion dans le trousseau du système : la prochaine fois, l’application s’ouvrira directement sur vos clés.
connect-no-keychain = Cet ordinateur n’a pas de trousseau (sous Linux, un Secret Service comme GNOME Keyring ou KWallet) ; la connexion ne peut donc pas être mémorisée et vous devrez vous reconnecter la prochaine fois.
connect-keychain-locked = Le trousseau est verrouillé. Déverrouillez-le (par exemple en vous reconnectant à votre session) pour que la connexion soit mémorisée.
connect-keychain-failed = Impossible de lire ou d’écrire l’entrée du trousseau ({ $detail }).
connect-sign-in = Se connecter
connect-signing-in = Connexion…
# « *:write » et « *:read » sont des noms techniques de portée : ne pas traduire.
connect-key-note = Pour gérer les clés, la clé doit avoir un accès complet ou la portée « *:write » (« *:read » pour seulement les consulter).
code-from-app = Saisissez le code de votre application d’authentification.
code-setup-first = La double authentification n’est pas encore configurée pour ce compte. Configurez-la d’abord dans DocSpace depuis votre navigateur, puis saisissez le code de votre application d’authentification.
code-by-sms-to = Saisissez le code envoyé par SMS au { $phone }.
code-by-sms = Saisissez le code reçu par SMS.

## L’écran de la liste des clés.

keys-new = Nouvelle clé
keys-refresh = Actualiser
keys-sign-out = Déconnexion
portal-menu-hint = Passer à un autre portail mémorisé, en ajouter un ou se déconnecter de celui-ci
portal-signed-in = Connecté en tant que { $account }
portal-switch-to = Passer à
portal-add = Ajouter un portail…
portal-sign-out = Se déconnecter de ce portail
portal-busy = Attendez la fin des modifications en cours.
portal-back = Retour à { $portal }
portal-entry = { $portal } · { $account }
keys-search = Recherche
keys-search-hint = Nom, fin de la clé ou créateur
keys-clear-search = Effacer la recherche
# $when est un temps relatif de formats.ftl, p. ex. « il y a 3 minutes » ou « à l’instant ».
keys-updated = Mis à jour { $when }
keys-filter = { $filter } ({ $count })
keys-showing = { $shown } sur { $total } affichées
keys-empty = Aucune clé API pour l’instant. Créez-en une pour chaque intégration qui doit accéder à ce portail.
keys-reading = Lecture de la nouvelle liste de clés…
keys-unread = La liste des clés n’a pas pu être lue. Actualisez (F5) pour réessayer.
keys-no-match = Aucune clé ne correspond à la recherche ou au filtre.
keys-show-all = Afficher toutes les clés
keys-orphan = La clé « { $name } » (se terminant par { $postfix }) vient d’être créée, mais sa clé secrète n’est jamais parvenue à cette application. Supprimez-la et créez-la de nouveau.
keys-delete-orphan = Supprimer cette clé
person-role = { $name } · { $role }
role-owner = Propriétaire
role-admin = Administrateur DocSpace
role-room-admin = Administrateur de salle
role-user = Utilisateur
role-guest = Invité

filter-all = Toutes
filter-active = Actives
filter-inactive = Inactives
filter-expired = Expirées
filter-expiring-soon = Expirent bientôt
filter-never-used = Jamais utilisées

column-name = Nom
column-key = Clé
column-access = Accès
column-created = Création
column-last-used = Dernier usage
column-expires = Expiration
column-created-by = Créée par
column-active = Active
column-actions = Actions
column-sort-hint = Trier ; cliquez à nouveau pour inverser l’ordre

row-edit = Modifier
row-delete = Supprimer
row-edit-name = Modifier { $name }
row-delete-name = Supprimer { $name }
row-active-name = Active : { $name }
row-switch-on = Activer
row-switch-off = Désactiver
row-on = Activée
row-off = Désactivée
# Contenu de cellule (« Dernier usage : jamais », « Expiration : jamais »), d’où la minuscule.
row-never = jamais
row-expired = expirée
row-expired-on = { $date } (expirée)
# $when est un temps relatif de formats.ftl, p. ex. « dans 3 jours ».
row-expires-exact = { $date } ({ $when })
row-expired-no-edit = Une clé expirée ne peut pas être modifiée. Supprimez-la ou créez une nouvelle clé pour la remplacer.

access-all = Tout
access-read-only = Lecture seule
# Anglais « Custom » ; DocSpace appelle ce niveau d’accès « Restreint ».
access-custom = Restreint
access-nothing-ticked = Rien de coché
access-summary-read = { $area } : lecture
access-summary-write = { $area } : lecture et écriture
area-all = Tous les domaines
area-files = Fichiers
area-rooms = Salles
area-profile = Profil
area-contacts = Contacts

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = Le portail a envoyé une date que l’application ne sait pas lire.

## Expiry watch and security review.

watch-expired = Expirées : { $count }
watch-expiring = Expirent dans les 7 jours : { $count }, la première le { $date }
watch-dismiss = Masquer
watch-dismiss-hint = Masqué jusqu'à ce qu'une autre clé expire ou arrive à moins de 7 jours de son expiration
review-toggle = Contrôle de sécurité
review-title = Contrôle de sécurité
review-back = Retour à toutes les clés
review-intro = Les clés qui méritent un coup d'œil, et pourquoi. Le délai au-delà duquel une clé est considérée comme inutilisée se règle dans les Paramètres. DocSpace n'indique pas quand une clé a été désactivée : cette règle se fonde donc sur sa dernière utilisation.
review-none = Toutes les clés passent le contrôle.
review-full-access = Accès complet, et elle n'expire jamais.
review-unused = Inutilisée depuis longtemps : dernière utilisation { $when }.
review-never-used = Jamais utilisée ; créée { $when }.
review-expired = Expirée { $when }, mais toujours dans la liste.
review-switched-off = Désactivée ; dernière utilisation { $when }.
review-switched-off-never = Désactivée et jamais utilisée ; créée { $when }.
review-switch-off-name = Désactiver { $name }
settings-review = Seuils du contrôle de sécurité
settings-review-unused = Une clé est considérée comme inutilisée sans utilisation pendant :
settings-review-never-used = Une clé jamais utilisée est considérée comme inutilisée après :
