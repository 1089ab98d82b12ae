## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = Selecionar { $name }
bulk-select-all-shown = Selecionar todas as exibidas
bulk-selected = Selecionadas: { $count }
bulk-switch-on = Ativar
bulk-switch-off = Desativar…
bulk-delete = Excluir…
bulk-clear = Limpar seleção
bulk-delete-title = Excluir chaves de API
bulk-delete-question = Excluir estas chaves? Quantidade: { $count }
bulk-delete-note = Tudo o que ainda usa estas chaves deixa de funcionar. Isso não pode ser desfeito.
bulk-delete-confirm = Excluir ({ $count })
bulk-switch-off-title = Desativar chaves de API
bulk-switch-off-question = Desativar estas chaves? Quantidade: { $count }
bulk-switch-off-note = Tudo o que ainda usa estas chaves deixa de funcionar até que sejam ativadas novamente.
bulk-switch-off-confirm = Desativar ({ $count })
bulk-skipped-expired = Deixadas de fora por estarem expiradas (o DocSpace não pode ativá-las nem desativá-las), { $count }: { $names }.
bulk-switched-on = Chaves ativadas: { $count }.
bulk-switched-off = Chaves desativadas: { $count }.
bulk-deleted = Chaves excluídas: { $count }.
bulk-not-switched-on = Não foi possível ativar "{ $name }": { $reason }
bulk-not-switched-off = Não foi possível desativar "{ $name }": { $reason }
bulk-not-deleted = Não foi possível excluir "{ $name }": { $reason }
