## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = { $name } を選択
bulk-select-all-shown = 表示中のキーをすべて選択
bulk-selected = { $count } 件を選択中
bulk-switch-on = 有効にする
bulk-switch-off = 無効にする…
bulk-delete = 削除…
bulk-clear = 選択を解除
bulk-delete-title = APIキーを削除
bulk-delete-question = これらの { $count } 件のキーを削除しますか？
bulk-delete-note = これらのキーをまだ使っているものはすべて動作しなくなります。この操作は元に戻せません。
bulk-delete-confirm = { $count } 件のキーを削除
bulk-switch-off-title = APIキーを無効にする
bulk-switch-off-question = これらの { $count } 件のキーを無効にしますか？
bulk-switch-off-note = これらのキーをまだ使っているものは、再び有効にするまで動作しなくなります。
bulk-switch-off-confirm = { $count } 件のキーを無効にする
bulk-skipped-expired = 有効期限切れのため { $count } 件を除外しました（DocSpace では切り替えられません）：{ $names }。
bulk-switched-on = { $count } 件のキーを有効にしました。
bulk-switched-off = { $count } 件のキーを無効にしました。
bulk-deleted = { $count } 件のキーを削除しました。
bulk-not-switched-on = 「{ $name }」を有効にできませんでした：{ $reason }
bulk-not-switched-off = 「{ $name }」を無効にできませんでした：{ $reason }
bulk-not-deleted = 「{ $name }」を削除できませんでした：{ $reason }
