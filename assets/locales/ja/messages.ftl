## アプリがユーザーに伝えること：トースト、お知らせ、失敗の理由。
## $detail はポータル（またはシステム）自身の言葉で、届いたまま表示します。

msg-portal-said = { $text }（ポータルの応答：{ $detail }）
msg-enter-email-and-password = メールとパスワードを入力してください。
msg-enter-code = コードを入力してください。
msg-paste-api-key = APIキーを貼り付けてください（「sk-」で始まります）。
msg-remembered-sign-in-failed = 記憶したサインイン情報でサインインできませんでした：{ $reason }
msg-signed-out = サインアウトしました。
msg-keychain-not-removed = キーチェーンの項目を削除できませんでした：{ $reason }
msg-account-not-forgotten = サインアウトしましたが、保存済みサインインの一覧（{ $path }）を更新できませんでした：{ $reason }
msg-session-ended-key = サインインに使ったAPIキーはポータルで受け付けられなくなりました。削除されたか、オフにされたか、期限が切れています。別のキーでもう一度サインインしてください。
msg-session-ended = このポータルへのサインインは終了しました。期限が切れたか、別の場所でサインアウトされました。もう一度サインインしてください。
msg-after-crash = 前回 DocSpace API Keys が予期せず終了したため、自動ではサインインしませんでした。もう一度サインインしてください。再び起きる場合は、別のアカウントでサインインし、一覧が止まったキーを削除するか名前を変更してください。
msg-read-only-key = このキーには「*:read」スコープしかありません。キーは表示できますが、作成・変更・削除はできません。それには「*:write」（またはフルアクセス）のあるキーでサインインしてください。
msg-refresh-failed = 一覧を更新できませんでした。{ $reason }
msg-switched-on = 「{ $name }」をオンにしました。
msg-switched-off = 「{ $name }」をオフにしました。
msg-saved = 「{ $name }」を保存しました。
msg-deleted = 「{ $name }」を削除しました。
msg-shown-again = 新しいキーが表示されるように、検索とフィルターを解除しました。
msg-copy-failed = { $reason } 上のキーを手動で選択するか、ファイルに保存してください。
clipboard-unavailable = クリップボードを使用できません（{ $detail }）。
msg-save-failed = { $path } に保存できませんでした：{ $detail }
msg-clipboard-cleared = 新しいキーをクリップボードから消去しました。
msg-clipboard-replaced = 新しいキーの後に別のものがコピーされたため、クリップボードはそのままにしました。
msg-clipboard-clear-failed = 新しいキーをクリップボードから消去できませんでした。別のものをコピーして置き換えてください。{ $reason }

api-offline = { $host } に接続できませんでした。ポータルのアドレスとインターネット接続を確認してから、もう一度お試しください。
api-timeout = { $host } から時間内に応答がありませんでした。ポータルが混み合っている可能性があります。しばらくしてからもう一度お試しください。
api-tls = { $host } との安全な接続を確認できませんでした。ポータルが組織の証明書を使っている場合は、その証明書がこのコンピューターにインストールされていることを確認してください。
api-unauthorized = サインインが無効になりました（キーが取り消された、オフにされた、期限が切れた、またはセッションが終了しました）。もう一度サインインしてください。
api-unauthorized-said = { $detail } もう一度サインインしてください。
api-forbidden = このアカウントまたはキーではAPIキーを管理できません。キーを管理するには「*:write」スコープ（またはフルアクセス）が、一覧を表示するには「*:read」が必要です。
api-forbidden-said = { $detail }（このアカウントまたはキーではAPIキーを管理できません。キーを管理するには「*:write」スコープ（またはフルアクセス）が、一覧を表示するには「*:read」が必要です。）
api-not-found = ポータルはこの項目を認識していません（HTTP 404）。削除された可能性があります。一覧を更新してください。
api-rate-limited = ポータルがリクエストを制限しています。1分待ってから、もう一度お試しください。
api-rate-limited-for = ポータルがリクエストを制限しています。{ $seconds }秒待ってから、もう一度お試しください。
api-server = ポータルで問題が発生しました（HTTP { $status }）。後でもう一度お試しください。
api-server-said = ポータルで問題が発生しました（HTTP { $status }）：{ $detail }。後でもう一度お試しください。
api-not-docspace = { $host } からの応答はDocSpaceの応答ではありません（{ $detail }）。アドレスがお使いのDocSpaceポータルであることを確認してください。
api-validation = ポータルがリクエストを拒否しました：{ $detail }
api-redirected-to = ポータルは { $location } へのリダイレクトで応答しました（HTTP { $status }）。ポータルのアドレスを確認してください（リダイレクト後に開くアドレスを入力してください）。
api-redirected = ポータルは行き先のないリダイレクトで応答しました（HTTP { $status }）。ポータルのアドレスを確認してください。
api-answer-too-large = { $host } からの応答が { $size } を超えたため、読み込みませんでした。アドレスがお使いのDocSpaceポータルであることを確認してください。
api-create-answer-lost = ポータルはキー「{ $name }」を作成した可能性がありますが、応答が失われたため（{ $detail }）、シークレットキーを表示できません。そのまま再試行しないでください。一覧を更新し、ここ数分に作成された「{ $name }」という名前のキーを削除してから、新しいキーを作成してください。
api-unusable-credential = APIキーまたはトークンに送信できない文字（改行や非ASCII文字など）が含まれています。前後に何も付けずに、もう一度コピーしてください。
api-request = リクエストを送信できませんでした：{ $detail }
size-mib = { $count } MiB
size-kib = { $count } KiB

sign-in-not-an-api-key = これはAPIキーではありません。DocSpaceのAPIキーは「sk-」で始まります。
sign-in-key-not-valid = ポータルはこのAPIキーを受け付けません。キー全体をコピーしたか確認してください（「sk-」で始まります）。削除された、オフにされた、または期限切れのキーは使えません。
sign-in-key-cannot-list-keys = このAPIキーではAPIキーを管理できません。「*:read」スコープ（一覧の表示）と「*:write」（変更）がありません。このキーのスコープ：{ $scopes }。このアプリ用に、フルアクセスまたは「*:write」のあるキーを作成してください。
sign-in-wrong-password = メールまたはパスワードが正しくありません。両方を確認して、もう一度サインインしてください。
sign-in-code-refused = ポータルはコードを受け付けませんでした。もう一度お試しください。

portal-empty = DocSpaceポータルのアドレスを入力してください（例：myportal.onlyoffice.com）。
portal-not-an-address = 「{ $input }」はWebアドレスではありません。DocSpaceポータルのアドレスを入力してください（例：myportal.onlyoffice.com）。
portal-unsupported-scheme = 「{ $scheme }」のアドレスには対応していません。ポータルの https:// アドレスを使ってください（例：https://myportal.onlyoffice.com）。
portal-insecure-remote = 暗号化されていない http:// ではパスワードとキーがそのまま送られるため、このコンピューター（localhost）でのみ使えます。代わりに https://{ $host } を使ってください。
portal-insecure-local-name = 暗号化されていない http:// はこのコンピューターでのみ使えます。「{ $host }」はネットワークで検索される名前のため、別のコンピューターにつながるおそれがあります。http://localhost か http://127.0.0.1（ポート付き）、または https://{ $host } を使ってください。
portal-credentials-in-address = ポータルのアドレスにはユーザー名とパスワードを含めないでください。次の手順で入力します。

keychain-unavailable = このコンピューターにはキーチェーンがありません（Linuxでは GNOME Keyring や KWallet などの Secret Service）。サインインはこのセッションの間だけ有効です。
keychain-locked = キーチェーンがロックされているか、アクセスを拒否しました。記憶させるにはロックを解除してください（例：デスクトップにもう一度サインインする）。今はこのセッションの間だけサインインしたままになります。
keychain-failed = キーチェーンの項目を読み書きできませんでした（{ $detail }）。

remember-no-settings-folder = サインイン情報を記憶できませんでした：このコンピューターにはアプリの設定フォルダーがありません。
remember-accounts-file = サインイン情報を記憶できませんでした：記憶したサインインの一覧（{ $path }）に書き込めませんでした（{ $detail }）。
remember-keychain = サインイン情報をキーチェーンに保存できませんでした。{ $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = ポータルはキーを変更しませんでした。有効期限が切れたキーは変更できず、キーを変更できるのは作成者またはDocSpaceの管理者だけです。一覧を更新して現在の状態を確認してください。
api-refused-not-deleted = ポータルはキーを削除しませんでした。キーを削除できるのは作成者またはDocSpaceの管理者だけです。一覧を更新して現在の状態を確認してください。
api-refused-unknown-key = ポータルはこのキーを見つけられませんでした（エラーが返されました）。既に削除されている可能性があります。一覧を更新してください。
