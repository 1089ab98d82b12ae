## Ce que l’application dit à l’utilisateur : notifications, remarques et raisons d’un échec.
## $detail reprend les mots du portail (ou du système), affichés tels qu’ils sont arrivés.

msg-portal-said = { $text } (Réponse du portail : { $detail })
msg-enter-email-and-password = Saisissez votre e-mail et votre mot de passe.
msg-enter-code = Saisissez le code.
msg-paste-api-key = Collez une clé API (elle commence par « sk- »).
msg-remembered-sign-in-failed = Impossible de se connecter avec la connexion mémorisée : { $reason }
msg-signed-out = Déconnexion effectuée.
msg-keychain-not-removed = Impossible de supprimer l’entrée du trousseau : { $reason }
msg-account-not-forgotten = Déconnecté, mais la liste des connexions mémorisées ({ $path }) n’a pas pu être mise à jour : { $reason }
msg-session-ended-key = Le portail n’accepte plus la clé API utilisée pour votre connexion : elle a été supprimée ou désactivée, ou elle a expiré. Reconnectez-vous avec une autre clé.
msg-session-ended = Votre connexion à ce portail a pris fin : elle a expiré, ou la session a été fermée ailleurs. Reconnectez-vous.
msg-after-crash = L’application DocSpace API Keys s’est fermée de façon inattendue la dernière fois ; elle ne s’est donc pas connectée automatiquement. Reconnectez-vous ; si cela se reproduit, connectez-vous avec un autre compte et supprimez ou renommez la clé sur laquelle la liste s’est arrêtée.
# « *:write » et « *:read » sont des noms techniques de portée : ne pas traduire.
msg-read-only-key = Cette clé n’a que la portée « *:read » : vous pouvez voir les clés, mais pas les créer, les modifier ni les supprimer. Pour cela, connectez-vous avec une clé qui a « *:write » (ou un accès complet).
msg-refresh-failed = Impossible d’actualiser la liste. { $reason }
msg-switched-on = La clé « { $name } » est activée.
msg-switched-off = La clé « { $name } » est désactivée.
msg-saved = Clé « { $name } » enregistrée.
msg-deleted = Clé « { $name } » supprimée.
msg-shown-again = La recherche et le filtre ont été effacés pour que la nouvelle clé s’affiche.
# $reason est une phrase complète (avec son point).
msg-copy-failed = { $reason } Sélectionnez la clé ci-dessus à la main, ou enregistrez-la plutôt dans un fichier.
clipboard-unavailable = Le presse-papiers n’est pas disponible ({ $detail }).
msg-save-failed = Impossible d’enregistrer dans { $path } : { $detail }
msg-clipboard-cleared = La nouvelle clé a été effacée du presse-papiers.
msg-clipboard-replaced = Autre chose a été copié après la nouvelle clé ; le presse-papiers a donc été laissé tel quel.
msg-clipboard-clear-failed = La nouvelle clé n’a pas pu être effacée du presse-papiers : copiez autre chose pour la remplacer. { $reason }

api-offline = Impossible de joindre { $host }. Vérifiez l’adresse du portail et votre connexion Internet, puis réessayez.
api-timeout = { $host } n’a pas répondu à temps. Le portail est peut-être occupé ; réessayez dans un instant.
api-tls = La connexion sécurisée à { $host } n’a pas pu être vérifiée. Si votre portail utilise un certificat de votre organisation, assurez-vous que ce certificat est installé sur cet ordinateur.
api-unauthorized = Votre connexion n’est plus valide (la clé a été révoquée ou désactivée, elle a expiré, ou la session a pris fin). Reconnectez-vous.
api-unauthorized-said = { $detail } Reconnectez-vous.
api-forbidden = Ce compte ou cette clé ne peut pas gérer les clés API. Une clé API a besoin de la portée « *:write » (ou d’un accès complet) pour gérer les clés, et de « *:read » pour les lister.
api-forbidden-said = { $detail } (Ce compte ou cette clé ne peut pas gérer les clés API. Une clé API a besoin de la portée « *:write » (ou d’un accès complet) pour gérer les clés, et de « *:read » pour les lister.)
api-not-found = Le portail ne connaît pas cet élément (HTTP 404). Il a peut-être été supprimé ; actualisez la liste.
api-rate-limited = Le portail limite les requêtes. Attendez une minute, puis réessayez.
api-rate-limited-for = Le portail limite les requêtes. Attendez { $seconds } s, puis réessayez.
api-server = Le portail a signalé un problème (HTTP { $status }). Réessayez plus tard.
api-server-said = Le portail a signalé un problème (HTTP { $status }) : { $detail }. Réessayez plus tard.
api-not-docspace = La réponse de { $host } n’est pas une réponse DocSpace ({ $detail }). Vérifiez que l’adresse est bien celle de votre portail DocSpace.
api-validation = Le portail a refusé la requête : { $detail }
api-redirected-to = Le portail a répondu par une redirection vers { $location } (HTTP { $status }). Vérifiez l’adresse du portail (saisissez l’adresse obtenue après la redirection).
api-redirected = Le portail a répondu par une redirection (HTTP { $status }) sans indiquer vers où. Vérifiez l’adresse du portail.
# $size est une taille issue de size-mib ou size-kib.
api-answer-too-large = La réponse de { $host } dépassait { $size } et n’a pas été lue. Vérifiez que l’adresse est bien celle de votre portail DocSpace.
api-create-answer-lost = Le portail a peut-être créé la clé « { $name } », mais sa réponse a été perdue ({ $detail }) ; sa clé secrète ne peut donc pas être affichée. Ne réessayez pas simplement : actualisez la liste, supprimez toute clé nommée « { $name } » créée ces dernières minutes, puis créez-en une nouvelle.
api-unusable-credential = La clé API ou le jeton contient des caractères impossibles à envoyer (par exemple un saut de ligne ou un caractère non ASCII). Recopiez la valeur, sans rien autour.
api-request = La requête n’a pas pu être envoyée : { $detail }
# Mio / Kio : unités binaires (MiB / KiB).
size-mib = { $count } Mio
size-kib = { $count } Kio

sign-in-not-an-api-key = Ce n’est pas une clé API. Les clés API DocSpace commencent par « sk- ».
sign-in-key-not-valid = Le portail n’accepte pas cette clé API. Vérifiez que vous l’avez copiée en entier (elle commence par « sk- ») ; une clé supprimée, désactivée ou expirée ne fonctionne plus.
sign-in-key-cannot-list-keys = Cette clé API ne peut pas gérer les clés API : il lui manque la portée « *:read » (pour lister les clés) et « *:write » (pour les modifier). Ses portées : { $scopes }. Créez pour cette application une clé avec un accès complet ou « *:write ».
sign-in-wrong-password = L’e-mail ou le mot de passe est incorrect. Vérifiez les deux, puis reconnectez-vous.
sign-in-code-refused = Le portail n’a pas accepté le code. Réessayez.

portal-empty = Saisissez l’adresse de votre portail DocSpace, par exemple myportal.onlyoffice.com.
portal-not-an-address = « { $input } » n’est pas une adresse web. Saisissez l’adresse de votre portail DocSpace, par exemple myportal.onlyoffice.com.
portal-unsupported-scheme = Les adresses « { $scheme } » ne sont pas prises en charge. Utilisez l’adresse https:// du portail, par exemple https://myportal.onlyoffice.com.
portal-insecure-remote = Le simple http:// enverrait votre mot de passe et vos clés sans chiffrement ; il n’est donc autorisé que pour cet ordinateur (localhost). Utilisez plutôt https://{ $host }.
portal-insecure-local-name = Le simple http:// n’est autorisé que pour cet ordinateur, et « { $host } » est un nom résolu sur le réseau, qui pourrait donc mener à un autre ordinateur. Utilisez http://localhost ou http://127.0.0.1 (avec le port), ou https://{ $host }.
portal-credentials-in-address = N’incluez pas le nom d’utilisateur et le mot de passe dans l’adresse du portail ; vous les saisirez à l’étape suivante.

keychain-unavailable = Aucun trousseau n’est disponible sur cet ordinateur (sous Linux, un Secret Service comme GNOME Keyring ou KWallet). Votre connexion ne vaut que pour cette session.
keychain-locked = Le trousseau est verrouillé ou a refusé l’accès. Déverrouillez-le (par exemple en vous reconnectant à votre session) pour que la connexion soit mémorisée ; pour l’instant, votre connexion ne vaut que pour cette session.
keychain-failed = Impossible de lire ou d’écrire l’entrée du trousseau ({ $detail }).

remember-no-settings-folder = La connexion n’a pas pu être mémorisée : cet ordinateur n’a pas de dossier de paramètres pour l’application.
remember-accounts-file = La connexion n’a pas pu être mémorisée : la liste des connexions mémorisées ({ $path }) n’a pas pu être écrite ({ $detail }).
remember-keychain = La connexion n’a pas pu être conservée dans le trousseau. { $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = Le portail n’a pas modifié la clé. Une clé expirée ne peut pas être modifiée, et seul son créateur ou un administrateur DocSpace peut la modifier. Actualisez la liste pour voir son état actuel.
api-refused-not-deleted = Le portail n’a pas supprimé la clé. Seul son créateur ou un administrateur DocSpace peut la supprimer. Actualisez la liste pour voir son état actuel.
api-refused-unknown-key = Le portail n’a pas trouvé cette clé (il a répondu par une erreur). Elle a peut-être déjà été supprimée ; actualisez la liste.
