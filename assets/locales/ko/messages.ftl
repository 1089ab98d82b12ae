## 앱이 사용자에게 알리는 내용: 알림, 안내, 실패 이유.
## $detail은 포털(또는 시스템)이 보낸 원문이며, 받은 그대로 표시됩니다.
# 변수 뒤에는 받침에 따라 바뀌는 조사(을/를, 이/가, 은/는, 와/과, (으)로)를 붙이지 마세요.

msg-portal-said = { $text } (포털 응답: { $detail })
msg-enter-email-and-password = 이메일과 비밀번호를 입력하세요.
msg-enter-code = 코드를 입력하세요.
msg-paste-api-key = API 키를 붙여 넣으세요("sk-"로 시작합니다).
msg-remembered-sign-in-failed = 저장된 로그인 정보로 로그인하지 못했습니다: { $reason }
msg-signed-out = 로그아웃했습니다.
msg-keychain-not-removed = 키체인 항목을 삭제하지 못했습니다: { $reason }
msg-account-not-forgotten = 로그아웃했지만 저장된 로그인 목록({ $path })을 업데이트하지 못했습니다: { $reason }
msg-session-ended-key = 로그인에 사용한 API 키를 포털에서 더 이상 허용하지 않습니다. 키가 삭제 또는 비활성화되었거나 만료되었습니다. 다른 키로 다시 로그인하세요.
msg-session-ended = 이 포털의 로그인이 종료되었습니다. 만료되었거나 다른 곳에서 로그아웃했습니다. 다시 로그인하세요.
msg-after-crash = 지난번에 DocSpace API Keys가 예기치 않게 종료되어 자동으로 로그인하지 않았습니다. 다시 로그인하세요. 같은 문제가 또 생기면 다른 계정으로 로그인한 다음, 목록이 멈춘 곳의 키를 삭제하거나 이름을 바꾸세요.
msg-read-only-key = 이 키에는 "*:read" 범위만 있습니다. 키를 볼 수는 있지만 만들거나 변경하거나 삭제할 수는 없습니다. 그렇게 하려면 "*:write" 범위(또는 전체 액세스 권한)가 있는 키로 로그인하세요.
msg-refresh-failed = 목록을 새로 고치지 못했습니다. { $reason }
msg-switched-on = '{ $name }' 키를 활성화했습니다.
msg-switched-off = '{ $name }' 키를 비활성화했습니다.
msg-saved = '{ $name }' 키를 저장했습니다.
msg-deleted = '{ $name }' 키를 삭제했습니다.
msg-shown-again = 새 키가 보이도록 검색어와 필터를 지웠습니다.
# $reason은 마침표로 끝나는 완전한 오류 설명입니다.
msg-copy-failed = { $reason } 위의 키를 직접 선택하거나 파일로 저장하세요.
clipboard-unavailable = 클립보드를 사용할 수 없습니다({ $detail }).
msg-save-failed = { $path }에 저장하지 못했습니다: { $detail }
msg-clipboard-cleared = 새 키를 클립보드에서 지웠습니다.
msg-clipboard-replaced = 새 키 다음에 다른 내용이 복사되어 클립보드는 그대로 두었습니다.
msg-clipboard-clear-failed = 새 키를 클립보드에서 지우지 못했습니다. 다른 내용을 복사해 키를 덮어쓰세요. { $reason }

api-offline = { $host }에 연결할 수 없습니다. 포털 주소와 인터넷 연결을 확인한 후 다시 시도하세요.
api-timeout = { $host }에서 제시간에 응답하지 않았습니다. 포털이 바쁠 수 있으니 잠시 후 다시 시도하세요.
api-tls = { $host }에 대한 보안 연결을 확인할 수 없습니다. 포털에서 조직의 인증서를 사용한다면 이 컴퓨터에 해당 인증서가 설치되어 있는지 확인하세요.
api-unauthorized = 로그인이 더 이상 유효하지 않습니다(키가 취소 또는 비활성화되었거나 만료되었거나, 세션이 종료됨). 다시 로그인하세요.
api-unauthorized-said = { $detail } 다시 로그인하세요.
api-forbidden = 이 계정 또는 키로는 API 키를 관리할 수 없습니다. API 키로 키를 관리하려면 "*:write" 범위(또는 전체 액세스 권한)가, 키 목록을 보려면 "*:read" 범위가 필요합니다.
api-forbidden-said = { $detail } (이 계정 또는 키로는 API 키를 관리할 수 없습니다. API 키로 키를 관리하려면 "*:write" 범위(또는 전체 액세스 권한)가, 키 목록을 보려면 "*:read" 범위가 필요합니다.)
api-not-found = 포털에서 이 항목을 찾을 수 없습니다(HTTP 404). 삭제되었을 수 있으니 목록을 새로 고치세요.
api-rate-limited = 포털에서 요청을 제한하고 있습니다. 1분 정도 기다린 후 다시 시도하세요.
api-rate-limited-for = 포털에서 요청을 제한하고 있습니다. { $seconds }초 기다린 후 다시 시도하세요.
api-server = 포털에서 문제가 발생했습니다(HTTP { $status }). 나중에 다시 시도하세요.
api-server-said = 포털에서 문제가 발생했습니다(HTTP { $status }): { $detail }. 나중에 다시 시도하세요.
api-not-docspace = { $host }에서 받은 응답이 DocSpace 응답이 아닙니다({ $detail }). 입력한 주소가 DocSpace 포털 주소인지 확인하세요.
api-validation = 포털에서 요청을 거부했습니다: { $detail }
api-redirected-to = 포털이 { $location } 주소로 리디렉션했습니다(HTTP { $status }). 포털 주소를 확인하세요(리디렉션 후 도착하는 주소를 입력하세요).
api-redirected = 포털이 이동할 주소 없이 리디렉션으로 응답했습니다(HTTP { $status }). 포털 주소를 확인하세요.
api-answer-too-large = { $host }에서 받은 응답이 { $size }보다 커서 읽지 않았습니다. 입력한 주소가 DocSpace 포털 주소인지 확인하세요.
api-create-answer-lost = 포털에서 '{ $name }' 키를 만들었을 수 있지만 응답이 유실되어({ $detail }) 시크릿 키를 표시할 수 없습니다. 바로 다시 시도하지 마세요. 목록을 새로 고치고 최근 몇 분 사이에 만들어진 '{ $name }' 키를 모두 삭제한 다음, 새 키를 만드세요.
api-unusable-credential = API 키나 토큰에 보낼 수 없는 문자(예: 중간의 줄 바꿈이나 ASCII가 아닌 문자)가 들어 있습니다. 앞뒤에 아무것도 붙지 않게 다시 복사하세요.
api-request = 요청을 보내지 못했습니다: { $detail }
size-mib = { $count } MiB
size-kib = { $count } KiB

sign-in-not-an-api-key = API 키가 아닙니다. DocSpace API 키는 "sk-"로 시작합니다.
sign-in-key-not-valid = 포털에서 이 API 키를 허용하지 않습니다. 키 전체를 복사했는지 확인하세요("sk-"로 시작합니다). 삭제 또는 비활성화되었거나 만료된 키는 더 이상 작동하지 않습니다.
sign-in-key-cannot-list-keys = 이 API 키로는 API 키를 관리할 수 없습니다. "*:read" 범위(키 목록 보기)와 "*:write" 범위(키 변경)가 없습니다. 이 키의 범위: { $scopes }. 이 앱에서 사용할 키를 전체 액세스 권한 또는 "*:write" 범위로 만드세요.
sign-in-wrong-password = 이메일 또는 비밀번호가 올바르지 않습니다. 둘 다 확인한 후 다시 로그인하세요.
sign-in-code-refused = 포털에서 코드를 허용하지 않았습니다. 다시 시도하세요.

portal-empty = DocSpace 포털 주소를 입력하세요(예: myportal.onlyoffice.com).
portal-not-an-address = 입력한 '{ $input }' 값은 웹 주소가 아닙니다. DocSpace 포털 주소를 입력하세요(예: myportal.onlyoffice.com).
portal-unsupported-scheme = '{ $scheme }' 주소는 지원되지 않습니다. 포털의 https:// 주소를 사용하세요(예: https://myportal.onlyoffice.com).
portal-insecure-remote = 일반 http:// 연결은 비밀번호와 키를 암호화하지 않고 보내므로 이 컴퓨터(localhost)에서만 허용됩니다. 대신 https://{ $host } 주소를 사용하세요.
portal-insecure-local-name = 일반 http:// 연결은 이 컴퓨터에서만 허용됩니다. '{ $host }' 이름은 네트워크에서 조회되므로 다른 컴퓨터로 연결될 수 있습니다. http://localhost 또는 http://127.0.0.1(포트 포함)이나 https://{ $host } 주소를 사용하세요.
portal-credentials-in-address = 포털 주소에 사용자 이름과 비밀번호를 넣지 마세요. 다음 단계에서 입력합니다.

keychain-unavailable = 이 컴퓨터에서 사용할 수 있는 키체인(Linux의 경우 GNOME Keyring, KWallet 같은 Secret Service)이 없습니다. 이번 세션 동안만 로그인이 유지됩니다.
keychain-locked = 키체인이 잠겨 있거나 액세스를 거부했습니다. 로그인 정보를 저장하려면 잠금을 해제하세요(예: 데스크톱에 다시 로그인). 지금은 이번 세션 동안만 로그인이 유지됩니다.
keychain-failed = 키체인 항목을 읽거나 쓸 수 없습니다({ $detail }).

remember-no-settings-folder = 로그인 정보를 저장하지 못했습니다. 이 컴퓨터에 앱 설정 폴더가 없습니다.
remember-accounts-file = 로그인 정보를 저장하지 못했습니다. 저장된 로그인 목록({ $path })을 쓸 수 없습니다({ $detail }).
remember-keychain = 로그인 정보를 키체인에 저장하지 못했습니다. { $reason }

# The portal said no to a change, or did not know the key.
api-refused-not-changed = 포털이 키를 변경하지 않았습니다. 만료된 키는 변경할 수 없으며, 키를 만든 사람이나 DocSpace 관리자만 변경할 수 있습니다. 목록을 새로 고쳐 현재 상태를 확인하세요.
api-refused-not-deleted = 포털이 키를 삭제하지 않았습니다. 키를 만든 사람이나 DocSpace 관리자만 삭제할 수 있습니다. 목록을 새로 고쳐 현재 상태를 확인하세요.
api-refused-unknown-key = 포털에서 이 키를 찾을 수 없습니다(오류로 응답했습니다). 이미 삭제되었을 수 있습니다. 목록을 새로 고치세요.
