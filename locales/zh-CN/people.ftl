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

## 前台界面

field-operator-label = 操作员
field-operator-hint = 你的名字（经理设置的）
field-pin-label = PIN
field-pin-hint = 4 到 12 位数字
sign-in-title = 登录前台
signed-in = 已登录：{ $who }
signed-out = 前台已锁定；请登录后继续
no-operators = 这个店铺没有设操作员，无需登录；经理可用 `frontdesk operator add` 添加
locked-after-idle = 闲置 { $minutes } 分钟后已锁定；请登录后继续
phone-revealed = 正在显示 { $name } 的完整手机号（已记录）
audit-title = 操作记录（最新在下）
audit-title-member = 会员 { $member } 的操作记录（最新在下）
audit-empty = 还没有任何记录
audit-row = { $at }  { $desk }  { $operator }  { $action }
locked-operator = 已锁定
action-member-reveal = 显示完整手机号（记入操作记录）
action-operator-sign-in = 锁定前台并登录，或换操作员
action-app-audit = 操作记录：谁在何时、在哪个前台做了什么（经理）
hint-member-reveal = 手机号
hint-operator-sign-in = 登录
hint-app-audit = 记录
desk-error-sign-in-locked = 这个名字的 PIN 错误次数太多：{ $minutes } 分钟内不能登录；经理可以在操作记录中看到这些尝试
audit-sign-in-refused = 登录被拒绝
desk-unnamed = 前台 { $id }
