## キーの作成・編集・表示・削除のダイアログ、ウィンドウ下部。

dialog-cancel = キャンセル
form-create-title = 新しいAPIキー
form-edit-title = APIキーを編集
form-name = 名前
form-name-hint = キーの用途（例：Zapier）
form-access = アクセス
form-lifetime = キーの有効期限
form-lifetime-never = 無期限
form-lifetime-days = { $days }日
form-lifetime-custom = カスタム
form-lifetime-custom-name = カスタムの有効期限
form-days = 日数
form-days-range = 1～365の日数を入力してください。
form-create = 作成
form-creating = 作成しています…
form-save = 保存
form-saving = 保存しています…
form-active = アクティブ
form-expires-on = { $date }に期限切れになります。DocSpaceでは、作成後にキーの有効期限を変更できません。
form-never-expires = 無期限です。DocSpaceでは、作成後にキーの有効期限を変更できません。
form-expired-on = { $date }に期限切れになりました。
form-area = 領域
form-read = 読む
form-write = 書く
form-area-read = { $area }：読む
form-area-write = { $area }：書く
form-also-kept = そのまま残すスコープ：{ $scopes }
form-write-includes-read = 「書く」には「読む」が含まれます。
problem-name-missing = 名前を入力してください。
problem-name-too-long = 名前が{ $length }文字あります。上限は{ $limit }文字です。
problem-nothing-ticked = 少なくとも1つ選択するか、「すべて」または「読み取り専用」を選んでください。
problem-days-out-of-range = 1～365の日数を入力してください。

reveal-title = 新しいAPIキー
reveal-warning = 今すぐキーをコピーまたは保存してください。DocSpaceでは二度と表示されません。
reveal-show = 表示
reveal-hide = 隠す
reveal-copy = コピー
reveal-save = ファイルに保存…
reveal-done = 完了
reveal-not-copied = このキーをコピーしていません。二度と表示できません。
reveal-close-anyway = それでも閉じる
reveal-go-back = 戻る
reveal-session-ended = このダイアログを閉じる前にキーをコピーまたは保存し、その後もう一度サインインしてください。
reveal-clear-now = 今すぐ消去
reveal-save-to-downloads = ダウンロードに保存
reveal-saved-private = { $path } に保存しました（あなただけが読めます）。
reveal-saved = { $path } に保存しました。
reveal-no-file-dialog = このコンピューターには保存ダイアログがありません（Linuxでは xdg-desktop-portal-gtk または zenity をインストールしてください）。
reveal-copied-clearing = コピーしました。クリップボードは{ $seconds }秒後に消去されます。
reveal-copied-clearing-on-exit = コピーしました。クリップボードはアプリを閉じるときに消去されます。
reveal-copied-cleared = コピーしました。クリップボードは消去されました。
reveal-copied-replaced = コピーしました。その後に別のものがコピーされたため、クリップボードはそのままにしました。
reveal-copied-clear-failed = コピーしましたが、クリップボードを消去できませんでした：{ $error } 別のものをコピーして、クリップボードのキーを置き換えてください。

delete-title = APIキーを削除
delete-question = 「{ $name }」を削除しますか？
delete-last-used = 最終使用：{ $when }。
delete-never-used = 一度も使用されていません。
delete-for-good = このキーを使っているものはすべて動作しなくなります。この操作は元に戻せません。
delete-confirm = 削除
delete-deleting = 削除しています…

toast-on-clipboard = 新しいキーはクリップボードにあります。{ $seconds }秒後に消去されます。
toast-on-clipboard-until-exit = 新しいキーはクリップボードにあります。アプリを閉じるときに消去されます。
toast-undo = 元に戻す

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = 最終使用日時は不明です。
form-expiry-unknown = 有効期限は不明です。ポータルから、このアプリで読み取れない日付が送られてきました。DocSpaceでは、作成後にキーの有効期間を変更できません。
