## Os diálogos de criar, editar, exibir e excluir chaves, e a parte inferior da janela.

dialog-cancel = Cancelar
form-create-title = Nova chave de API
form-edit-title = Editar chave de API
form-name = Nome
form-name-hint = Para que serve a chave, p. ex. Zapier
form-access = Acesso
form-lifetime = Vida útil da chave
form-lifetime-never = Nunca expira
# pt-BR: "one" vale para 0 e 1; "many" só aparece em números compactos (1 mi) — mesmo texto de "other".
form-lifetime-days = { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
}
form-lifetime-custom = Personalizada
form-lifetime-custom-name = Vida útil personalizada
form-days = Dias
form-days-range = Digite um número de dias entre 1 e 365.
form-create = Criar
form-creating = Criando…
form-save = Salvar
form-saving = Salvando…
form-active = Ativa
form-expires-on = Expira em { $date }. O DocSpace não permite alterar a vida útil de uma chave depois de criada.
form-never-expires = Nunca expira. O DocSpace não permite alterar a vida útil de uma chave depois de criada.
form-expired-on = Expirou em { $date }.
# Cabeçalhos da tabela de escopos: área (Arquivos, Salas…) e as colunas Ler / Escrever.
form-area = Área
form-read = Ler
form-write = Escrever
form-area-read = { $area }: leitura
form-area-write = { $area }: escrita
# Escopos que o formulário não mostra, mas que a chave mantém ao salvar.
form-also-kept = Também mantidos: { $scopes }
form-write-includes-read = Escrita inclui leitura.
problem-name-missing = Digite um nome.
problem-name-too-long = { $length ->
    [one] O nome tem { $length } caractere; o limite é { $limit }.
   *[other] O nome tem { $length } caracteres; o limite é { $limit }.
}
problem-nothing-ticked = Marque pelo menos uma opção ou escolha Todos ou Somente leitura.
problem-days-out-of-range = Digite um número de dias entre 1 e 365.

reveal-title = Sua nova chave de API
reveal-warning = Copie ou salve a chave agora. O DocSpace não a mostrará novamente.
reveal-show = Mostrar
reveal-hide = Ocultar
reveal-copy = Copiar
reveal-save = Salvar em arquivo…
reveal-done = Concluído
reveal-not-copied = Você não copiou esta chave. Ela não poderá ser exibida novamente.
reveal-close-anyway = Fechar mesmo assim
reveal-go-back = Voltar
reveal-session-ended = Copie ou salve a chave antes de fechar este diálogo; depois, entre novamente.
reveal-clear-now = Limpar agora
reveal-save-to-downloads = Salvar em Downloads
reveal-saved-private = Salvo em { $path } (só você pode ler).
reveal-saved = Salvo em { $path }.
reveal-no-file-dialog = Este computador não tem diálogo para salvar arquivos (no Linux, instale xdg-desktop-portal-gtk ou zenity).
reveal-copied-clearing = Copiado. A área de transferência será limpa em { $seconds } s.
reveal-copied-clearing-on-exit = Copiado. A área de transferência será limpa quando o aplicativo for fechado.
reveal-copied-cleared = Copiado. A área de transferência foi limpa.
reveal-copied-replaced = Copiado. Outra coisa foi copiada depois, então a área de transferência não foi alterada.
# $error é uma frase completa, já com ponto final.
reveal-copied-clear-failed = Copiado, mas não foi possível limpar a área de transferência: { $error } Copie outra coisa para tirar a chave da área de transferência.

delete-title = Excluir chave de API
delete-question = Excluir "{ $name }"?
# $when é um tempo relativo ("há 3 dias") ou uma data.
delete-last-used = Último uso: { $when }.
delete-never-used = Ela nunca foi usada.
delete-for-good = Tudo o que a usa deixará de funcionar. Esta ação não pode ser desfeita.
delete-confirm = Excluir
delete-deleting = Excluindo…

toast-on-clipboard = A nova chave está na área de transferência. Ela será removida em { $seconds } s.
toast-on-clipboard-until-exit = A nova chave está na área de transferência. Ela será removida quando o aplicativo for fechado.
toast-undo = Desfazer

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = Não se sabe quando foi usada pela última vez.
form-expiry-unknown = A data de expiração é desconhecida: o portal enviou uma data que este aplicativo não consegue ler. O DocSpace não permite alterar a validade de uma chave depois de criada.
