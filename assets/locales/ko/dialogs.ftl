## 키 만들기·편집·표시·삭제 대화 상자와 창 하단.

dialog-cancel = 취소
form-create-title = 새 API 키
form-edit-title = API 키 편집
form-name = 이름
form-name-hint = 키 용도(예: Zapier)
form-access = 권한
form-lifetime = 키 수명
form-lifetime-never = 만료 없음
# 한국어는 복수형 구분이 없습니다.
form-lifetime-days = { $days }일
form-lifetime-custom = 사용자 지정
form-lifetime-custom-name = 사용자 지정 수명
form-days = 일수
form-days-range = 1~365 사이의 일수를 입력하세요.
form-create = 만들기
form-creating = 만드는 중…
form-save = 저장
form-saving = 저장 중…
form-active = 활성
form-expires-on = { $date }에 만료됩니다. DocSpace에서는 키를 만든 후 수명을 변경할 수 없습니다.
form-never-expires = 만료되지 않습니다. DocSpace에서는 키를 만든 후 수명을 변경할 수 없습니다.
form-expired-on = { $date }에 만료되었습니다.
form-area = 영역
form-read = 읽기
form-write = 쓰기
form-area-read = { $area }: 읽기
form-area-write = { $area }: 쓰기
# $scopes: 이 양식에 표시되지 않는 키의 다른 범위로, 저장해도 그대로 유지됩니다.
form-also-kept = 그대로 유지되는 다른 범위: { $scopes }
form-write-includes-read = 쓰기 권한에는 읽기 권한이 포함됩니다.
problem-name-missing = 이름을 입력하세요.
problem-name-too-long = 이름이 { $length }자입니다. 최대 { $limit }자까지 입력할 수 있습니다.
problem-nothing-ticked = 하나 이상 선택하거나 '전체' 또는 '읽기 전용'을 고르세요.
problem-days-out-of-range = 1~365 사이의 일수를 입력하세요.

reveal-title = 새 API 키
reveal-warning = 지금 키를 복사하거나 저장하세요. DocSpace에서 다시 표시하지 않습니다.
reveal-show = 표시
reveal-hide = 숨기기
reveal-copy = 복사
reveal-save = 파일로 저장…
reveal-done = 완료
reveal-not-copied = 이 키를 아직 복사하지 않았습니다. 키는 다시 표시할 수 없습니다.
reveal-close-anyway = 그래도 닫기
reveal-go-back = 돌아가기
reveal-session-ended = 이 대화 상자를 닫기 전에 키를 복사하거나 저장한 다음, 다시 로그인하세요.
reveal-clear-now = 지금 지우기
reveal-save-to-downloads = 다운로드 폴더에 저장
reveal-saved-private = { $path }에 저장했습니다(본인만 읽을 수 있음).
reveal-saved = { $path }에 저장했습니다.
reveal-no-file-dialog = 이 컴퓨터에는 저장 대화 상자가 없습니다(Linux에서는 xdg-desktop-portal-gtk 또는 zenity를 설치하세요).
reveal-copied-clearing = 복사했습니다. { $seconds }초 후 클립보드가 지워집니다.
reveal-copied-clearing-on-exit = 복사했습니다. 앱을 닫을 때 클립보드가 지워집니다.
reveal-copied-cleared = 복사했습니다. 클립보드가 지워졌습니다.
reveal-copied-replaced = 복사했습니다. 그 후 다른 내용이 복사되어 클립보드는 그대로 두었습니다.
# $error는 마침표로 끝나는 완전한 오류 설명입니다.
reveal-copied-clear-failed = 복사했지만 클립보드를 지우지 못했습니다: { $error } 다른 내용을 복사해 클립보드의 키를 덮어쓰세요.

delete-title = API 키 삭제
delete-question = '{ $name }' 키를 삭제할까요?
# $when은 "3일 전", "어제" 같은 상대 시간입니다.
delete-last-used = 마지막 사용: { $when }.
delete-never-used = 한 번도 사용되지 않았습니다.
delete-for-good = 이 키를 사용하는 모든 항목이 작동을 멈춥니다. 이 작업은 되돌릴 수 없습니다.
delete-confirm = 삭제
delete-deleting = 삭제 중…

toast-on-clipboard = 새 키가 클립보드에 있습니다. { $seconds }초 후 지워집니다.
toast-on-clipboard-until-exit = 새 키가 클립보드에 있습니다. 앱을 닫을 때 지워집니다.
toast-undo = 실행 취소

# A key whose dates the portal sent in a form the app cannot read.
delete-last-used-unknown = 마지막 사용 시각을 알 수 없습니다.
form-expiry-unknown = 만료 날짜를 알 수 없습니다. 포털이 이 앱에서 읽을 수 없는 날짜를 보냈습니다. DocSpace에서는 키를 만든 후 유효 기간을 변경할 수 없습니다.
