## 키 교체(이름, 권한, 유효 기간이 같은 새 키를 만든 뒤 이전 키를 비활성화)와 키 목록 내보내기.

row-rotate = 교체…
row-rotate-name = { $name } 교체
form-rotate-hint = 이 키를 이름, 권한, 유효 기간이 같은 새 키로 바꿉니다.
rotate-title = API 키 교체
rotate-question = '{ $name }' 키를 교체할까요?
rotate-new-key-never = 권한이 같은 '{ $name }'(이)라는 새 키가 만들어지고 한 번만 표시됩니다. 이전 키처럼 만료되지 않습니다.
rotate-new-key-days = 권한이 같은 '{ $name }'(이)라는 새 키가 만들어지고 한 번만 표시됩니다. 이전 키처럼 만든 지 { $days }일 후에 만료됩니다.
rotate-then = 그다음 이전 키는:
rotate-choice-switch-off = 이전 키 비활성화
rotate-choice-leave-expired = 이전 키를 그대로 두기
rotate-choice-delete = 이전 키 삭제
rotate-switch-off-note = 이전 키를 비활성화하면 아직 그 키를 쓰는 모든 것이 작동을 멈춥니다. 나중에 다시 활성화할 수 있습니다.
rotate-expired-note = 이전 키는 만료되었습니다. DocSpace는 더 이상 이 키를 받지 않으며 비활성화할 수도 없으므로 목록에 그대로 남습니다.
rotate-delete-note = 아직 이전 키를 쓰는 모든 것이 작동을 멈춥니다. 이 작업은 되돌릴 수 없습니다.
rotate-confirm = 교체
rotate-rotating = 교체하는 중…
rotate-lifetime-unknown = 이 키의 유효 기간을 알 수 없으므로(포털이 이 앱에서 읽을 수 없는 날짜를 보냈습니다) 유효 기간이 같은 대체 키를 만들 수 없습니다. 대신 새 키를 만드세요.
rotate-switching-off-old = 이전 키 '{ $name }'을(를) 비활성화하는 중…
rotate-deleting-old = 이전 키 '{ $name }'을(를) 삭제하는 중…
rotate-old-switched-off = 이전 키 '{ $name }'을(를) 비활성화했습니다.
rotate-old-deleted = 이전 키 '{ $name }'을(를) 삭제했습니다.
rotate-old-left-expired = 이전 키 '{ $name }'은(는) 만료되어 그대로 두었습니다.
rotate-old-not-switched-off = 이전 키 '{ $name }'을(를) 비활성화하지 못했습니다: { $reason } 지금은 두 키가 모두 있습니다. 이전 키를 직접 비활성화하세요.
rotate-old-not-deleted = 이전 키 '{ $name }'을(를) 삭제하지 못했습니다: { $reason } 지금은 두 키가 모두 있습니다. 이전 키를 직접 삭제하세요.

keys-export = 내보내기…
keys-export-hint = 표시된 키(검색과 필터 적용 후), 비밀 정보는 포함하지 않습니다.
export-csv = CSV(스프레드시트용)…
export-json = JSON…
msg-exported = 키 { $count }개를 { $path }(으)로 내보냈습니다.
msg-export-failed = 내보내기를 저장하지 못했습니다: { $detail }
