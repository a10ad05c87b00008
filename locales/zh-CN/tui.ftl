# 终端界面自己的词语：选择框、语言切换、消息记录。
choice-yes = 是
choice-no = 否

# 帮助与状态栏提示：每个操作的说明和简短标签。
action-app-quit = 退出 frontdesk
hint-app-quit = 退出
action-app-help = 显示或隐藏帮助
hint-app-help = 帮助
action-app-language = 切换语言：English、简体中文
hint-app-language = EN
action-app-messages = 查看最近的完整消息
hint-app-messages = 消息
action-back = 返回、取消、关闭弹窗
hint-back = 返回
action-sync-now = 立即与其他前台同步
hint-sync-now = 同步
action-demo-load = 向空数据载入演示数据
hint-demo-load = 载入演示
action-noop = 什么也不做（用于解除按键）
action-pane-lookup = 查找：找会员
hint-pane-lookup = 查找
action-pane-checkin = 签到：今日到店
hint-pane-checkin = 签到
action-pane-service = 消费：登记服务与消费
hint-pane-service = 消费
action-pane-complaints = 投诉：新投诉与处理看板
hint-pane-complaints = 投诉
action-pane-insights = 概览：今日一览
hint-pane-insights = 概览
action-pane-care = 关怀：生日、流失预警、回访
hint-pane-care = 关怀
action-member-new = 新建会员
hint-member-new = 新建
action-member-edit = 编辑所选会员
hint-member-edit = 编辑
action-member-open = 打开所选会员的档案
hint-member-open = 打开
action-member-checkin = 为所选会员签到
hint-member-checkin = 签到
action-member-service = 为所选会员登记消费
hint-member-service = 消费
action-member-complaint = 为所选会员新建投诉
hint-member-complaint = 投诉
action-points-adjust = 调整会员积分（须写原因）
hint-points-adjust = 积分
action-data-export = 将会员、到店、消费和投诉导出为 CSV
hint-data-export = 导出
action-checkin-walkin = 为散客签到
hint-checkin-walkin = 散客
action-complaint-new = 新建投诉
hint-complaint-new = 新建
action-complaint-advance = 将所选投诉推进到下一状态
hint-complaint-advance = 推进
action-complaint-open = 打开所选投诉
hint-complaint-open = 打开
action-form-submit = 保存表单
hint-form-submit = 保存
action-form-next-field = 下一项
hint-form-next-field = 下一项
action-form-prev-field = 上一项
hint-form-prev-field = 上一项
action-list-up = 上移
hint-list-up = 上
action-list-down = 下移
hint-list-down = 下
action-list-page-up = 上一页
hint-list-page-up = 上一页
action-list-page-down = 下一页
hint-list-page-down = 下一页
action-list-home = 第一项
hint-list-home = 首项
action-list-end = 最后一项
hint-list-end = 末项
help-section-general = 通用
help-section-panes = 页面
help-section-members = 会员
help-section-check-in = 签到
help-section-complaints = 投诉
help-section-forms = 表单
help-section-lists = 列表

# 最近消息弹窗。
messages-title = 最近的消息
messages-none = 还没有消息。

# 日期与时间。$m、$d 是月、日的数字。
clock = { $m }月{ $d }日 { $weekday } { $time }
weekday = { $n ->
    [1] 周一
    [2] 周二
    [3] 周三
    [4] 周四
    [5] 周五
    [6] 周六
   *[7] 周日
}
when-this-year = { $m }月{ $d }日 { $time }
when-other-year = { $year }-{ TWO($m) }-{ TWO($d) }
when-day = { $m }月{ $d }日
age-minutes = { $n }分
age-hours = { $n }小时
age-days = { $n }天

# 各行业的名词（$trade：restaurant 餐厅、salon 美发美容、hotel 酒店）。
trade-place-label = { $trade ->
    [salon] 座位
    [hotel] 房号
   *[restaurant] 桌号
}
trade-place-hint = { $trade ->
    [salon] 座位或房间，如 C3
    [hotel] 房间号，如 1203
   *[restaurant] 桌号，如 T8
}
trade-staff-label = { $trade ->
    [salon] 发型师
    [hotel] 前台
   *[restaurant] 服务员
}
trade-staff-hint = { $trade ->
    [salon] 为客人服务的发型师/技师
    [hotel] 办理入住的前台
   *[restaurant] 负责这桌的服务员
}

# 门店自己的文案文件里的错误（$what 为解析器的原话）。
messages-file-problem = { $file } 第 { $line } 行：这条文案无法读取（{ $what }），已沿用默认说法

# 程序自己写入记录的词语，按当前语言显示。
ledger-service = 消费：{ $items }
ledger-redeemed-bill = 抵扣账单 { $amount }
ledger-redeemed = 抵扣账单
ledger-redeemed-note = 兑换：{ $note }
ledger-referred = 推荐了 { $name }
ledger-compensation = 投诉补偿
ledger-expired = { $date } 获得的 { $points } 积分中 { $remaining } 分已过期（有效期 { $months } 个月）
complaint-step-received = 已受理

# 生日日期之后的年龄："今天，满 38 岁"。
care-when-turns = ，{ $turns }
trade-person-label = { $trade ->
    [salon] 客人
    [hotel] 宾客
   *[other] 顾客
}

# 关于已打开表单的状态提示。
said-fields-fixed = 各项都已填好：按 Enter 保存
said-quit-with-form = 表单还没保存：再按一次 Ctrl-Q 不保存退出，按 Esc 回到表单
messages-file-control = { $file } 第 { $line } 行：含有控制字符（转义序列？），不予显示，已沿用默认说法
messages-file-unreadable = { $file } 无法读取（{ $why }），请另存为 UTF-8 文本；已沿用默认说法
