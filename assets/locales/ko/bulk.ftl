## Several keys at once: the selection, its bar, the confirmation that names the keys,
## and the summary once every answer is in.

bulk-select-name = { $name } 선택
bulk-select-all-shown = 표시된 항목 모두 선택
bulk-selected = { $count }개 선택됨
bulk-switch-on = 활성화
bulk-switch-off = 비활성화…
bulk-delete = 삭제…
bulk-clear = 선택 해제
bulk-delete-title = API 키 삭제
bulk-delete-question = 이 키 { $count }개를 삭제할까요?
bulk-delete-note = 이 키를 아직 사용하는 모든 것이 작동을 멈춥니다. 이 작업은 되돌릴 수 없습니다.
bulk-delete-confirm = 키 { $count }개 삭제
bulk-switch-off-title = API 키 비활성화
bulk-switch-off-question = 이 키 { $count }개를 비활성화할까요?
bulk-switch-off-note = 이 키를 아직 사용하는 모든 것은 다시 활성화할 때까지 작동하지 않습니다.
bulk-switch-off-confirm = 키 { $count }개 비활성화
bulk-skipped-expired = 만료되어 제외된 키 { $count }개 (DocSpace에서 전환할 수 없음): { $names }.
bulk-switched-on = 키 { $count }개를 활성화했습니다.
bulk-switched-off = 키 { $count }개를 비활성화했습니다.
bulk-deleted = 키 { $count }개를 삭제했습니다.
bulk-not-switched-on = '{ $name }' 키를 활성화하지 못했습니다: { $reason }
bulk-not-switched-off = '{ $name }' 키를 비활성화하지 못했습니다: { $reason }
bulk-not-deleted = '{ $name }' 키를 삭제하지 못했습니다: { $reason }
