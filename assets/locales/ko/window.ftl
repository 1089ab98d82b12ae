## 창: 헤더, 설정, 연결 화면.
# 용어는 DocSpace 웹 클라이언트를 따릅니다(TERMS.md): API 키, 시크릿 키, 권한, 방, 포털, 로그아웃.
# 변수 뒤에는 받침에 따라 바뀌는 조사(을/를, 이/가)를 붙이지 마세요.

starting-signing-in = 로그인 중…
settings = 설정
settings-clear-clipboard = 복사한 키를 클립보드에서 지우기
clear-after-30-seconds = 30초 후
clear-after-1-minute = 1분 후
clear-after-2-minutes = 2분 후
clear-after-5-minutes = 5분 후
clear-on-exit = 앱을 닫을 때만
settings-theme = 테마
theme-system = 시스템 기본값
theme-light = 라이트
theme-dark = 다크
settings-language = 언어
language-system = 시스템 기본값

connect-title = DocSpace 포털에 연결
connect-portal = 포털 주소
connect-portal-hint = myportal.onlyoffice.com
connect-recent = 최근 포털
connect-recent-open = 저장된 로그인으로 이 포털 열기
connect-with-password = 이메일 및 비밀번호
connect-with-key = API 키
connect-email = 이메일
connect-password = 비밀번호
connect-code = 2단계 인증 코드
connect-key = API 키(sk-…)
connect-remember = 이 컴퓨터에 로그인 정보 저장
connect-remember-hint = 로그인 정보를 시스템 키체인에 저장하므로, 다음에 앱을 열면 바로 키 목록이 표시됩니다.
connect-no-keychain = 이 컴퓨터에는 키체인(Linux의 경우 GNOME Keyring, KWallet 같은 Secret Service)이 없어 로그인 정보를 저장할 수 없습니다. 다음에 다시 로그인해야 합니다.
connect-keychain-locked = 키체인이 잠겨 있습니다. 로그인 정보를 저장하려면 잠금을 해제하세요(예: 데스크톱에 다시 로그인).
connect-keychain-failed = 키체인 항목을 읽거나 쓸 수 없습니다({ $detail }).
connect-sign-in = 로그인
connect-signing-in = 로그인 중…
connect-key-note = 키를 관리하려면 사용하는 키에 전체 액세스 권한 또는 "*:write" 범위가 필요합니다(보기만 하려면 "*:read").
code-from-app = 인증 앱에 표시된 코드를 입력하세요.
code-setup-first = 이 계정에는 아직 2단계 인증이 설정되지 않았습니다. 먼저 브라우저에서 DocSpace에 접속해 설정한 다음, 인증 앱의 코드를 입력하세요.
code-by-sms-to = 문자 메시지로 { $phone } 번호에 보낸 코드를 입력하세요.
code-by-sms = 문자 메시지로 받은 코드를 입력하세요.

## 키 목록 화면.

keys-new = 새 키
keys-refresh = 새로 고침
keys-sign-out = 로그아웃
portal-menu-hint = 저장된 다른 포털로 전환하거나, 포털을 추가하거나, 이 포털에서 로그아웃합니다
portal-signed-in = { $account }(으)로 로그인됨
portal-switch-to = 전환
portal-add = 포털 추가…
portal-sign-out = 이 포털에서 로그아웃
portal-busy = 진행 중인 변경이 끝날 때까지 기다려 주세요.
portal-back = { $portal }(으)로 돌아가기
portal-entry = { $portal } · { $account }
keys-search = 검색
keys-search-hint = 이름, 키 끝자리 또는 생성자
keys-clear-search = 검색 지우기
# $when은 "3분 전", "방금" 같은 상대 시간입니다.
keys-updated = { $when } 업데이트됨
keys-filter = { $filter } ({ $count })
keys-showing = 전체 { $total }개 중 { $shown }개 표시
keys-empty = 아직 API 키가 없습니다. 이 포털에 접근해야 하는 연동 서비스마다 키를 하나씩 만드세요.
keys-reading = 새 키 목록을 읽는 중…
keys-unread = 키 목록을 읽을 수 없습니다. 새로 고침(F5)으로 다시 시도하세요.
keys-no-match = 검색어나 필터와 일치하는 키가 없습니다.
keys-show-all = 모든 키 표시
keys-orphan = "{ $name }" 키(끝자리 { $postfix })가 방금 생성되었지만 시크릿 키가 이 앱에 전달되지 않았습니다. 이 키를 삭제하고 다시 만드세요.
keys-delete-orphan = 이 키 삭제
person-role = { $name } · { $role }
role-owner = 소유자
role-admin = DocSpace 관리자
role-room-admin = 방 관리자
role-user = 사용자
role-guest = 게스트

filter-all = 전체
filter-active = 활성
filter-inactive = 비활성
filter-expired = 만료됨
filter-expiring-soon = 곧 만료
filter-never-used = 사용한 적 없음

column-name = 이름
column-key = 키
column-access = 권한
column-created = 생성일
column-last-used = 마지막 사용
column-expires = 만료일
column-created-by = 생성자
column-active = 활성
column-actions = 작업
column-sort-hint = 정렬(다시 클릭하면 역순)

row-edit = 편집
row-delete = 삭제
row-edit-name = { $name } 편집
row-delete-name = { $name } 삭제
row-active-name = 활성: { $name }
row-switch-on = 활성화
row-switch-off = 비활성화
row-on = 켜짐
row-off = 꺼짐
# "마지막 사용"과 "만료일" 열 모두에 쓰입니다.
row-never = 없음
row-expired = 만료됨
row-expired-on = { $date }(만료됨)
# $when은 "3일 후" 같은 상대 시간입니다.
row-expires-exact = { $date }({ $when })
row-expired-no-edit = 만료된 키는 편집할 수 없습니다. 키를 삭제하거나 대신할 새 키를 만드세요.

access-all = 전체
access-read-only = 읽기 전용
# 영어는 "Custom"이지만 DocSpace의 "Restricted"에 해당합니다. DocSpace의 "제한되었습니다"는 문장형이라 "제한됨"으로 줄였습니다.
access-custom = 제한됨
access-nothing-ticked = 선택한 항목 없음
access-summary-read = { $area }: 읽기
access-summary-write = { $area }: 읽기 및 쓰기
area-all = 모든 영역
area-files = 파일
area-rooms = 방
area-profile = 프로필
area-contacts = 연락처

# Tooltip of a date cell that shows "unknown".
row-date-unreadable = 포털이 이 앱에서 읽을 수 없는 날짜를 보냈습니다.

## Expiry watch and security review.

watch-expired = 만료됨: { $count }
watch-expiring = 7일 이내 만료: { $count }, 가장 빠른 날짜 { $date }
watch-dismiss = 숨기기
watch-dismiss-hint = 다른 키가 만료되거나 만료까지 7일 미만이 될 때까지 숨깁니다
review-toggle = 보안 점검
review-title = 보안 점검
review-back = 모든 키로 돌아가기
review-intro = 살펴볼 만한 키와 그 이유입니다. 키를 미사용으로 볼 기준은 설정에서 정합니다. DocSpace는 키가 비활성화된 시점을 알려 주지 않으므로 이 규칙은 마지막 사용 시점을 기준으로 합니다.
review-none = 모든 키가 점검을 통과했습니다.
review-full-access = 전체 액세스 권한이며 만료되지 않습니다.
review-unused = 오랫동안 사용되지 않음: 마지막 사용 { $when }.
review-never-used = 사용된 적 없음; { $when } 생성됨.
review-expired = { $when } 만료되었지만 아직 목록에 있습니다.
review-switched-off = 비활성화됨; 마지막 사용 { $when }.
review-switched-off-never = 비활성화되었고 사용된 적 없음; { $when } 생성됨.
review-switch-off-name = { $name } 비활성화
settings-review = 보안 점검 기준
settings-review-unused = 다음 기간 동안 사용되지 않으면 미사용으로 봅니다:
settings-review-never-used = 사용된 적 없는 키를 미사용으로 보는 기간:
