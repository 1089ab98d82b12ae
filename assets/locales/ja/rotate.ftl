## キーのローテーション（名前・権限・有効期間が同じ新しいキーを作成し、古いキーを無効にする）と
## キー一覧のエクスポート。

row-rotate = ローテーション…
row-rotate-name = { $name }をローテーション
form-rotate-hint = このキーを、名前・権限・有効期間が同じ新しいキーに置き換えます。
rotate-title = APIキーのローテーション
rotate-question = 「{ $name }」をローテーションしますか？
rotate-new-key-never = 同じ権限を持つ「{ $name }」という新しいキーが作成され、一度だけ表示されます。古いキーと同じく、有効期限はありません。
rotate-new-key-days = 同じ権限を持つ「{ $name }」という新しいキーが作成され、一度だけ表示されます。古いキーと同じく、作成から{ $days }日後に期限切れになります。
rotate-then = その後、古いキーは:
rotate-choice-switch-off = 古いキーを無効にする
rotate-choice-leave-expired = 古いキーをそのままにする
rotate-choice-delete = 古いキーを削除する
rotate-switch-off-note = 古いキーを無効にすると、まだそれを使っているものはすべて動作しなくなります。後で有効に戻せます。
rotate-expired-note = 古いキーは期限切れです。DocSpaceはもう受け付けず、無効にすることもできないため、一覧にそのまま残ります。
rotate-delete-note = 古いキーをまだ使っているものはすべて動作しなくなります。この操作は元に戻せません。
rotate-confirm = ローテーション
rotate-rotating = ローテーション中…
rotate-lifetime-unknown = このキーの有効期間が不明なため（ポータルがこのアプリで読めない日付を送信しました）、同じ有効期間の代わりのキーを作成できません。代わりに新しいキーを作成してください。
rotate-switching-off-old = 古いキー「{ $name }」を無効にしています…
rotate-deleting-old = 古いキー「{ $name }」を削除しています…
rotate-old-switched-off = 古いキー「{ $name }」を無効にしました。
rotate-old-deleted = 古いキー「{ $name }」を削除しました。
rotate-old-left-expired = 古いキー「{ $name }」は期限切れのため、そのままにしました。
rotate-old-not-switched-off = 古いキー「{ $name }」を無効にできませんでした: { $reason } 現在は両方のキーが存在します。古いキーはご自身で無効にしてください。
rotate-old-not-deleted = 古いキー「{ $name }」を削除できませんでした: { $reason } 現在は両方のキーが存在します。古いキーはご自身で削除してください。

keys-export = エクスポート…
keys-export-hint = 表示中のキー（検索とフィルターの適用後）。シークレットは含みません。
export-csv = CSV（表計算ソフト用）…
export-json = JSON…
msg-exported = { $count }件のキーを{ $path }にエクスポートしました。
msg-export-failed = エクスポートを保存できませんでした: { $detail }
