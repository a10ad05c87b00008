# 操作员、角色、权限、隐私和操作记录（审计）。

## 谁可以做什么

desk-error-sign-in-needed = 这个店铺设有操作员：请先登录（在前台按 F11，或用 --operator 姓名，PIN 在终端输入或用 FRONTDESK_PIN）
desk-error-not-allowed = 只有经理可以{ $action }；请经理登录后操作
desk-error-wrong-pin = 姓名和 PIN 与任何操作员都不匹配；请检查后重试
desk-error-operator-exists = 已有名为 { $name } 的操作员；请换一个名字，或先删除那位
desk-error-no-such-operator = 没有名为 { $name } 的操作员；请看 `frontdesk operator list`
desk-error-first-operator-manager = 第一位操作员必须是经理（--role manager），这样才有人能管理其他操作员
desk-error-last-manager = 这是最后一位经理；请先添加另一位经理再删除
desk-error-pin-hash = 无法安全保存 PIN（系统没有提供随机数）；请重试
permission-delete-member = 删除会员
permission-merge-members = 合并或撤销合并会员
permission-adjust-points = 手动调整积分
permission-export-personal-data = 导出会员个人信息
permission-erase-member = 清除会员个人信息
permission-manage-operators = 添加或删除操作员
permission-read-audit = 查看操作记录
permission-restore = 从备份恢复店铺数据
permission-desk-work = 在前台操作
permission-reveal-phone = 查看完整手机号
role-manager = 经理
role-receptionist = 前台
operator-label = { $name }（{ $role }）
operator-name-empty = 操作员需要一个名字
operator-name-too-long = 操作员的名字最多 { $max } 个字
operator-name-control = 操作员的名字不能含控制字符或不可见字符
operator-pin-shape = PIN 为 { $min } 到 { $max } 位数字

## 操作记录

audit-member-upsert = 保存会员
audit-member-delete = 删除会员
audit-member-merge = 合并会员
audit-member-unmerge = 撤销合并
audit-visit = 到店签到
audit-service = 记录消费
audit-points = 积分变动
audit-complaint-add = 受理投诉
audit-complaint-update = 更新投诉
audit-tier-changed = 等级变化
audit-data-exported = 导出数据
audit-operator-set = 添加操作员
audit-operator-remove = 删除操作员
audit-member-erase = 清除个人信息
audit-phone-revealed = 查看完整手机号

## 命令行

cli-confirm-delete = 要在所有前台删除 { $name }（{ $id }）吗？
cli-confirm-erase = 要在所有前台清除 { $name }（{ $id }）的个人信息吗？清除后无法恢复。
cli-confirm-ask = { $question } 输入 是 继续：
cli-confirm-needs-yes = 此操作无法撤销，且没有终端可以询问；确认要做请加 --yes
cli-cancelled = 没有做任何更改
cli-member-erased = 已清除会员 { $id } 的个人信息；其 { $visits } 次到店和消费 { $spend } 作为匿名数据保留
cli-operator-role = “{ $role }”不是角色；请用 manager（经理）或 receptionist（前台）
cli-operator-added = 已添加 { $who }
cli-operator-removed = 已删除 { $who }；此人不能再登录
cli-pin-prompt = { $name } 的 PIN：
cli-new-pin-prompt = { $name } 的新 PIN（4 到 12 位数字）：
cli-new-pin-again = 再输入一次同样的 PIN：
cli-pin-mismatch = 两次输入的 PIN 不同；没有做任何更改，请重试
cli-pin-needs-terminal = 需要 PIN，但没有终端可以输入；请设置 FRONTDESK_PIN（新操作员的 PIN 用 FRONTDESK_NEW_PIN）
cli-audit-row = { $at }  前台 { $desk }  { $operator }  { $action }
cli-audit-none = 没有符合条件的记录
cli-audit-bad-date = “{ $date }”不是日期；请写成 YYYY-MM-DD，例如 2026-12-01
