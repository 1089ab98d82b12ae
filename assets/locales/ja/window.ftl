## ウィンドウ：ヘッダー、設定、接続画面。

starting-signing-in = サインインしています…
settings = 設定
settings-clear-clipboard = コピーしたキーをクリップボードから消去
clear-after-30-seconds = 30秒後
clear-after-1-minute = 1分後
clear-after-2-minutes = 2分後
clear-after-5-minutes = 5分後
clear-on-exit = アプリを閉じるときのみ
settings-theme = テーマ
theme-system = システムに合わせる
theme-light = ライト
theme-dark = ダーク
settings-language = 言語
language-system = システムの既定

connect-title = DocSpaceポータルに接続
connect-portal = ポータルのアドレス
connect-portal-hint = myportal.onlyoffice.com
connect-recent = 最近のポータル
connect-recent-open = 保存済みのサインインでこのポータルを開く
connect-with-password = メールとパスワード
connect-with-key = APIキー
connect-email = メール
connect-password = パスワード
connect-code = 2要素認証コード
connect-key = APIキー（sk-…）
connect-remember = このコンピューターに記憶する
connect-remember-hint = サインイン情報をシステムのキーチェーンに保存し、次回はすぐにキーの一覧を開きます。
connect-no-keychain = このコンピューターにはキーチェーンがありません（Linuxでは GNOME Keyring や KWallet などの Secret Service）。そのためサインイン情報を記憶できず、次回もサインインが必要です。
connect-keychain-locked = キーチェーンがロックされています。記憶させるには、ロックを解除してください（例：デスクトップにもう一度サインインする）。
connect-keychain-failed = キーチェーンの項目を読み書きできませんでした（{ $detail }）。
connect-sign-in = サインイン
connect-signing-in = サインインしています…
connect-key-note = キーを管理するには、キーにフルアクセスまたは「*:write」スコープが必要です（表示のみなら「*:read」）。
code-from-app = 認証アプリのコードを入力してください。
code-setup-first = このアカウントでは2要素認証がまだ設定されていません。先にブラウザーのDocSpaceで設定してから、認証アプリのコードを入力してください。
code-by-sms-to = { $phone } にSMSで送信されたコードを入力してください。
code-by-sms = SMSで送信されたコードを入力してください。

## キーの一覧画面。

keys-new = 新しいキー
keys-refresh = 更新
keys-sign-out = サインアウト
portal-menu-hint = 保存済みの別のポータルに切り替える、ポータルを追加する、またはこのポータルからサインアウトする
portal-signed-in = { $account } としてサインイン中
portal-switch-to = 切り替え先
portal-add = ポータルを追加…
portal-sign-out = このポータルからサインアウト
portal-busy = 処理中の変更が終わるまでお待ちください。
portal-back = { $portal } に戻る
portal-entry = { $portal } · { $account }
keys-search = 検索
keys-search-hint = 名前、キーの末尾、作成者
keys-clear-search = 検索をクリア
keys-updated = { $when }に更新
keys-filter = { $filter }（{ $count }）
keys-showing = { $total }件中 { $shown }件を表示
keys-empty = APIキーはまだありません。このポータルへのアクセスが必要な連携ごとにキーを作成してください。
keys-reading = 新しいキーの一覧を読み込んでいます…
keys-unread = キーの一覧を読み込めませんでした。更新 (F5) してもう一度お試しください。
keys-no-match = 検索またはフィルターに一致するキーはありません。
keys-show-all = すべてのキーを表示
keys-orphan = キー「{ $name }」（末尾 { $postfix }）は作成されましたが、シークレットキーがこのアプリに届きませんでした。削除してから、もう一度キーを作成してください。
keys-delete-orphan = このキーを削除
person-role = { $name } · { $role }
role-owner = 所有者
role-admin = DocSpaceの管理者
role-room-admin = ルームの管理者
role-user = ユーザー
role-guest = ゲスト

filter-all = すべて
filter-active = アクティブ
filter-inactive = 非アクティブ
filter-expired = 期限切れ
filter-expiring-soon = まもなく期限切れ
filter-never-used = 未使用

column-name = 名前
column-key = キー
column-access = アクセス
column-created = 作成日
column-last-used = 最終使用
column-expires = 有効期限
column-created-by = 作成者
column-active = アクティブ
column-actions = 操作
column-sort-hint = 並べ替え（もう一度クリックで逆順）

row-edit = 編集
row-delete = 削除
row-edit-name = { $name }を編集
row-delete-name = { $name }を削除
row-active-name = アクティブ：{ $name }
row-switch-on = 有効にする
row-switch-off = 無効にする
row-on = オン
row-off = オフ
row-never = なし
row-expired = 期限切れ
row-expired-on = { $date }（期限切れ）
row-expires-exact = { $date }（{ $when }）
row-expired-no-edit = 期限切れのキーは編集できません。削除するか、代わりの新しいキーを作成してください。

access-all = すべて
access-read-only = 読み取り専用
access-custom = 制限された
access-nothing-ticked = 何も選択されていません
access-summary-read = { $area }：読む
access-summary-write = { $area }：読む・書く
area-all = すべての領域
area-files = ファイル
area-rooms = ルーム
area-profile = プロフィール
area-contacts = 連絡先

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = ポータルから、このアプリで読み取れない日付が送られてきました。

## Expiry watch and security review.

watch-expired = 期限切れ：{ $count }
watch-expiring = 7日以内に期限切れ：{ $count }、最初は{ $date }
watch-dismiss = 閉じる
watch-dismiss-hint = 別のキーが期限切れになるか、期限まで7日を切るまで表示しません
review-toggle = セキュリティレビュー
review-title = セキュリティレビュー
review-back = すべてのキーに戻る
review-intro = 確認したほうがよいキーとその理由です。未使用とみなす期間は設定で変更できます。DocSpaceはキーが無効にされた日時を返さないため、このルールは最終使用日時に基づきます。
review-none = すべてのキーがレビューを通過しました。
review-full-access = フルアクセスで、有効期限がありません。
review-unused = 長期間未使用：最終使用は{ $when }。
review-never-used = 一度も使用されていません。作成は{ $when }。
review-expired = { $when }に期限切れですが、まだ一覧にあります。
review-switched-off = 無効。最終使用は{ $when }。
review-switched-off-never = 無効で、一度も使用されていません。作成は{ $when }。
review-switch-off-name = { $name }を無効にする
settings-review = セキュリティレビューのしきい値
settings-review-unused = 次の期間使用されないキーを未使用とみなす：
settings-review-never-used = 一度も使われていないキーを未使用とみなすまでの期間：
