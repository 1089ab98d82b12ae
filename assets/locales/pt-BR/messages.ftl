## O que o aplicativo diz ao usuário: avisos, notas e por que algo falhou.
## $detail são as palavras do próprio portal (ou do sistema), exibidas como chegaram.

msg-portal-said = { $text } (Resposta do portal: { $detail })
msg-enter-email-and-password = Digite seu email e sua senha.
msg-enter-code = Digite o código.
msg-paste-api-key = Cole uma chave de API (ela começa com "sk-").
msg-remembered-sign-in-failed = Não foi possível entrar com o login lembrado: { $reason }
msg-signed-out = Você saiu da sua conta.
msg-keychain-not-removed = Não foi possível remover a entrada do chaveiro: { $reason }
msg-account-not-forgotten = Você saiu, mas não foi possível atualizar a lista de logins lembrados ({ $path }): { $reason }
msg-session-ended-key = O portal não aceita mais a chave de API com que você entrou: ela foi excluída, desativada ou expirou. Entre novamente com outra chave.
msg-session-ended = Seu login neste portal terminou: ele expirou ou você saiu em outro lugar. Entre novamente.
msg-after-crash = Na última vez, o aplicativo DocSpace API Keys fechou inesperadamente, por isso não entrou automaticamente. Entre novamente; se isso se repetir, entre com outra conta e exclua ou renomeie a chave em que a lista parou.
# Os escopos "*:write" e "*:read" são nomes técnicos da API: não traduza.
msg-read-only-key = Esta chave tem só o escopo "*:read": você vê as chaves, mas não pode criá-las, alterá-las nem excluí-las. Para isso, entre com uma chave que tenha "*:write" (ou acesso total).
msg-refresh-failed = Não foi possível atualizar a lista. { $reason }
msg-switched-on = A chave "{ $name }" foi ativada.
msg-switched-off = A chave "{ $name }" foi desativada.
msg-saved = A chave "{ $name }" foi salva.
msg-deleted = A chave "{ $name }" foi excluída.
msg-shown-again = A pesquisa e o filtro foram limpos para que a nova chave apareça.
# $reason é uma frase completa, já com ponto final.
msg-copy-failed = { $reason } Selecione a chave acima manualmente ou salve-a em um arquivo.
clipboard-unavailable = A área de transferência não está disponível ({ $detail }).
msg-save-failed = Não foi possível salvar em { $path }: { $detail }
msg-clipboard-cleared = A nova chave foi removida da área de transferência.
msg-clipboard-replaced = Outra coisa foi copiada depois da nova chave, então a área de transferência não foi alterada.
msg-clipboard-clear-failed = Não foi possível remover a nova chave da área de transferência: copie outra coisa para substituí-la. { $reason }

api-offline = Não foi possível acessar { $host }. Verifique o endereço do portal e sua conexão com a internet e tente novamente.
api-timeout = { $host } não respondeu a tempo. O portal pode estar ocupado; tente novamente em instantes.
api-tls = Não foi possível verificar a conexão segura com { $host }. Se o seu portal usa um certificado da sua organização, verifique se esse certificado está instalado neste computador.
api-unauthorized = Seu login não é mais válido (a chave foi revogada, desativada ou expirou, ou a sessão terminou). Entre novamente.
api-unauthorized-said = { $detail } Entre novamente.
api-forbidden = Esta conta ou chave não pode gerenciar chaves de API. Uma chave de API precisa do escopo "*:write" (ou de acesso total) para gerenciar chaves e de "*:read" para listá-las.
api-forbidden-said = { $detail } (Esta conta ou chave não pode gerenciar chaves de API. Uma chave de API precisa do escopo "*:write" (ou de acesso total) para gerenciar chaves e de "*:read" para listá-las.)
api-not-found = O portal não conhece este item (HTTP 404). Talvez ele tenha sido excluído; atualize a lista.
api-rate-limited = O portal está limitando as solicitações. Aguarde um minuto e tente novamente.
api-rate-limited-for = O portal está limitando as solicitações. Aguarde { $seconds } s e tente novamente.
api-server = O portal relatou um problema (HTTP { $status }). Tente novamente mais tarde.
api-server-said = O portal relatou um problema (HTTP { $status }): { $detail }. Tente novamente mais tarde.
api-not-docspace = A resposta de { $host } não é uma resposta do DocSpace ({ $detail }). Verifique se o endereço é o do seu portal DocSpace.
api-validation = O portal recusou a solicitação: { $detail }
api-redirected-to = O portal respondeu com um redirecionamento para { $location } (HTTP { $status }). Verifique o endereço do portal (digite o endereço ao qual você chega após o redirecionamento).
api-redirected = O portal respondeu com um redirecionamento (HTTP { $status }) sem dizer para onde. Verifique o endereço do portal.
# $size vem de size-mib ou size-kib, p. ex. "5 MiB".
api-answer-too-large = A resposta de { $host } era maior que { $size } e não foi lida. Verifique se o endereço é o do seu portal DocSpace.
api-create-answer-lost = O portal pode ter criado a chave "{ $name }", mas a resposta se perdeu ({ $detail }), por isso a chave secreta não pode ser exibida. Não tente simplesmente de novo: atualize a lista, exclua qualquer chave chamada "{ $name }" criada nos últimos minutos e depois crie uma nova.
api-unusable-credential = A chave de API ou o token contém caracteres que não podem ser enviados (como uma quebra de linha ou um caractere não ASCII). Copie-o novamente, sem nada ao redor.
api-request = Não foi possível enviar a solicitação: { $detail }
size-mib = { $count } MiB
size-kib = { $count } KiB

sign-in-not-an-api-key = Isso não é uma chave de API. As chaves de API do DocSpace começam com "sk-".
sign-in-key-not-valid = O portal não aceita esta chave de API. Verifique se você a copiou inteira (ela começa com "sk-"); uma chave excluída, desativada ou expirada não funciona mais.
sign-in-key-cannot-list-keys = Esta chave de API não pode gerenciar chaves de API: faltam o escopo "*:read" (para listar chaves) e o "*:write" (para alterá-las). Escopos da chave: { $scopes }. Crie uma chave com acesso total ou "*:write" para este aplicativo.
sign-in-wrong-password = O email ou a senha está incorreto. Verifique os dois e entre novamente.
sign-in-code-refused = O portal não aceitou o código. Tente novamente.

portal-empty = Digite o endereço do seu portal DocSpace, por exemplo myportal.onlyoffice.com.
portal-not-an-address = "{ $input }" não é um endereço da web. Digite o endereço do seu portal DocSpace, por exemplo myportal.onlyoffice.com.
portal-unsupported-scheme = Endereços "{ $scheme }" não são suportados. Use o endereço https:// do portal, por exemplo https://myportal.onlyoffice.com.
portal-insecure-remote = O http:// simples enviaria sua senha e suas chaves sem criptografia, por isso só é permitido para este computador (localhost). Use https://{ $host }.
portal-insecure-local-name = O http:// simples só é permitido para este computador, e "{ $host }" é um nome pesquisado na rede, que pode levar a outro computador. Use http://localhost ou http://127.0.0.1 (com a porta) ou https://{ $host }.
portal-credentials-in-address = Não inclua o nome de usuário e a senha no endereço do portal; você os digita na próxima etapa.

keychain-unavailable = Não há chaveiro disponível neste computador (no Linux, um Secret Service como o GNOME Keyring ou o KWallet). O login vale só para esta sessão.
keychain-locked = O chaveiro está bloqueado ou recusou o acesso. Desbloqueie-o (por exemplo, entrando de novo na sua sessão do computador) para que o login seja lembrado; por enquanto, o login vale só para esta sessão.
keychain-failed = Não foi possível ler ou gravar a entrada no chaveiro ({ $detail }).

remember-no-settings-folder = Não foi possível lembrar o login: este computador não tem uma pasta de configurações para o aplicativo.
remember-accounts-file = Não foi possível lembrar o login: não foi possível gravar a lista de logins lembrados ({ $path }) ({ $detail }).
remember-keychain = Não foi possível guardar o login no chaveiro. { $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = O portal não alterou a chave. Chaves expiradas não podem ser alteradas, e só quem criou a chave ou um administrador do DocSpace pode alterá-la. Atualize a lista para ver o estado atual.
api-refused-not-deleted = O portal não excluiu a chave. Só quem criou a chave ou um administrador do DocSpace pode excluí-la. Atualize a lista para ver o estado atual.
api-refused-unknown-key = O portal não encontrou esta chave (respondeu com um erro). Talvez ela já tenha sido excluída; atualize a lista.
