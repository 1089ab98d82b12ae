## A janela: cabeçalho, configurações, tela de conexão.

starting-signing-in = Entrando…
settings = Configurações
settings-clear-clipboard = Limpar da área de transferência uma chave copiada
clear-after-30-seconds = Após 30 segundos
clear-after-1-minute = Após 1 minuto
clear-after-2-minutes = Após 2 minutos
clear-after-5-minutes = Após 5 minutos
clear-on-exit = Só ao fechar o aplicativo
settings-theme = Tema
theme-system = Igual ao sistema
theme-light = Claro
theme-dark = Escuro
settings-language = Idioma
language-system = Padrão do sistema

connect-title = Conecte-se ao seu portal DocSpace
connect-portal = Endereço do portal
connect-portal-hint = myportal.onlyoffice.com
connect-recent = Portais recentes
connect-recent-open = Abrir este portal com o login lembrado
connect-with-password = Email e senha
connect-with-key = Chave de API
connect-email = Email
connect-password = Senha
connect-code = Código de dois fatores
connect-key = Chave de API (sk-…)
connect-remember = Lembrar neste computador
connect-remember-hint = Guarda o login no chaveiro do sistema; assim, da próxima vez, o aplicativo abre direto nas suas chaves.
connect-no-keychain = Este computador não tem chaveiro (no Linux, um Secret Service como o GNOME Keyring ou o KWallet), então o login não pode ser lembrado: você precisará entrar de novo da próxima vez.
connect-keychain-locked = O chaveiro está bloqueado. Desbloqueie-o (por exemplo, entrando de novo na sua sessão do computador) para que o login seja lembrado.
connect-keychain-failed = Não foi possível ler ou gravar a entrada no chaveiro ({ $detail }).
connect-sign-in = Entrar
connect-signing-in = Entrando…
# Os escopos "*:write" e "*:read" são nomes técnicos da API: não traduza.
connect-key-note = Para gerenciar chaves, a chave precisa de acesso total ou do escopo "*:write" ("*:read" só para visualizá-las).
code-from-app = Digite o código do seu aplicativo autenticador.
code-setup-first = A autenticação de dois fatores ainda não está configurada nesta conta. Configure-a primeiro no DocSpace pelo navegador e depois digite o código do seu aplicativo autenticador.
code-by-sms-to = Digite o código enviado por SMS para { $phone }.
code-by-sms = Digite o código que você recebeu por SMS.

## A tela da tabela de chaves.

keys-new = Nova chave
keys-refresh = Atualizar
keys-sign-out = Sair
portal-menu-hint = Mudar para outro portal lembrado, adicionar um ou sair deste
portal-signed-in = Conectado como { $account }
portal-switch-to = Mudar para
portal-add = Adicionar portal…
portal-sign-out = Sair deste portal
portal-busy = Aguarde até que as alterações em andamento terminem.
portal-back = Voltar para { $portal }
portal-entry = { $portal } · { $account }
keys-search = Pesquisar
keys-search-hint = Nome, final da chave ou criador
keys-clear-search = Limpar pesquisa
# $when é um tempo relativo de formats.ftl, p. ex. "há 5 minutos", "agora mesmo".
keys-updated = Atualizado { $when }
keys-filter = { $filter } ({ $count })
keys-showing = Mostrando { $shown } de { $total }
keys-empty = Ainda não há chaves de API. Crie uma para cada integração que precisa de acesso a este portal.
keys-reading = Lendo a nova lista de chaves…
keys-unread = Não foi possível ler a lista de chaves. Atualize (F5) para tentar de novo.
keys-no-match = Nenhuma chave corresponde à pesquisa ou ao filtro.
keys-show-all = Mostrar todas as chaves
keys-orphan = A chave "{ $name }" (final { $postfix }) acabou de ser criada, mas a chave secreta não chegou a este aplicativo. Exclua-a e crie a chave novamente.
keys-delete-orphan = Excluir essa chave
person-role = { $name } · { $role }
role-owner = Proprietário
role-admin = Administrador do DocSpace
role-room-admin = Administrador da sala
role-user = Usuário
role-guest = Convidado

# Filtros da lista de chaves ("chave" é feminino: Ativas, Expiradas…).
filter-all = Todas
filter-active = Ativas
filter-inactive = Inativas
filter-expired = Expiradas
filter-expiring-soon = Expiram em breve
filter-never-used = Nunca usadas

column-name = Nome
column-key = Chave
column-access = Acesso
column-created = Criada
column-last-used = Último uso
column-expires = Expira
column-created-by = Criada por
column-active = Ativa
column-actions = Ações
column-sort-hint = Ordenar; clique de novo para inverter

row-edit = Editar
row-delete = Excluir
row-edit-name = Editar { $name }
row-delete-name = Excluir { $name }
row-active-name = Ativa: { $name }
row-switch-on = Ativar
row-switch-off = Desativar
row-on = Ativada
row-off = Desativada
row-never = nunca
row-expired = expirada
row-expired-on = { $date } (expirada)
row-expires-exact = { $date } ({ $when })
row-expired-no-edit = Uma chave expirada não pode ser editada. Exclua-a ou crie uma nova chave para substituí-la.

# "Restrito" é o termo do DocSpace para o acesso personalizado ("Custom" em inglês).
access-all = Todos
access-read-only = Somente leitura
access-custom = Restrito
access-nothing-ticked = Nada marcado
# Resumo na tabela: a área e o que a chave pode fazer nela.
access-summary-read = { $area }: leitura
access-summary-write = { $area }: leitura e escrita
area-all = Todas as áreas
area-files = Arquivos
area-rooms = Salas
area-profile = Perfil
area-contacts = Contatos

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = O portal enviou uma data que este aplicativo não consegue ler.

## Expiry watch and security review.

watch-expired = Expiradas: { $count }
watch-expiring = Expiram em até 7 dias: { $count }, a primeira em { $date }
watch-dismiss = Ocultar
watch-dismiss-hint = Oculto até que outra chave expire ou fique a menos de 7 dias de expirar
review-toggle = Revisão de segurança
review-title = Revisão de segurança
review-back = Voltar para todas as chaves
review-intro = Chaves que merecem atenção, e por quê. Quando uma chave conta como sem uso é definido em Configurações. O DocSpace não informa quando uma chave foi desativada, então essa regra se baseia no último uso.
review-none = Todas as chaves passam na revisão.
review-full-access = Acesso total, e nunca expira.
review-unused = Sem uso há muito tempo: último uso { $when }.
review-never-used = Nunca usada; criada { $when }.
review-expired = Expirou { $when }, mas ainda está na lista.
review-switched-off = Desativada; último uso { $when }.
review-switched-off-never = Desativada e nunca usada; criada { $when }.
review-switch-off-name = Desativar { $name }
settings-review = Limites da revisão de segurança
settings-review-unused = Uma chave conta como sem uso se não for usada por:
settings-review-never-used = Uma chave nunca usada conta como sem uso após:
