## Rotacionar uma chave (uma chave nova com o mesmo nome, as mesmas permissões e a mesma
## validade, depois a antiga é desativada) e exportar a lista de chaves.

row-rotate = Rotacionar…
row-rotate-name = Rotacionar { $name }
form-rotate-hint = Substitui esta chave por uma nova com o mesmo nome, as mesmas permissões e a mesma validade.
rotate-title = Rotacionar chave de API
rotate-question = Rotacionar "{ $name }"?
rotate-new-key-never = Uma nova chave chamada "{ $name }", com as mesmas permissões, é criada e mostrada uma única vez. Como a chave antiga, ela nunca expira.
rotate-new-key-days = Uma nova chave chamada "{ $name }", com as mesmas permissões, é criada e mostrada uma única vez. Como a chave antiga, ela expira { $days ->
    [one] { $days } dia
   *[other] { $days } dias
} depois de criada.
rotate-then = Depois, para a chave antiga:
rotate-choice-switch-off = Desativar a chave antiga
rotate-choice-leave-expired = Deixar a chave antiga como está
rotate-choice-delete = Excluir a chave antiga
rotate-switch-off-note = Tudo o que ainda usa a chave antiga para de funcionar quando ela é desativada. Ela pode ser ativada de novo.
rotate-expired-note = A chave antiga expirou: o DocSpace não a aceita mais e não pode desativá-la, então ela fica na lista como está.
rotate-delete-note = Tudo o que ainda usa a chave antiga vai parar de funcionar. Isso não pode ser desfeito.
rotate-confirm = Rotacionar
rotate-rotating = Rotacionando…
rotate-lifetime-unknown = A validade desta chave é desconhecida (o portal enviou uma data que este aplicativo não consegue ler), então não é possível criar uma substituta com a mesma validade. Crie uma chave nova.
rotate-switching-off-old = Desativando a chave antiga "{ $name }"…
rotate-deleting-old = Excluindo a chave antiga "{ $name }"…
rotate-old-switched-off = A chave antiga "{ $name }" foi desativada.
rotate-old-deleted = A chave antiga "{ $name }" foi excluída.
rotate-old-left-expired = A chave antiga "{ $name }" expirou e foi deixada como estava.
rotate-old-not-switched-off = Não foi possível desativar a chave antiga "{ $name }": { $reason } Agora as duas chaves existem; desative a antiga você mesmo.
rotate-old-not-deleted = Não foi possível excluir a chave antiga "{ $name }": { $reason } Agora as duas chaves existem; exclua a antiga você mesmo.

keys-export = Exportar…
keys-export-hint = As chaves mostradas (após a pesquisa e o filtro), sem nenhum segredo.
export-csv = CSV (para planilhas)…
export-json = JSON…
msg-exported = { $count ->
    [one] { $count } chave exportada para { $path }.
   *[other] { $count } chaves exportadas para { $path }.
}
msg-export-failed = Não foi possível salvar a exportação: { $detail }
