# 终端程序的全部词语，以及各项业务规则的说法，按 `src/catalog/speak.rs` 的要求给出
# （`Catalog` trait，每个方法一条消息）。
#
# 消息 id 与 $参数 的规则（每种语言相同）：
# - 消息 id 就是方法名，`_` 写作 `-`（`checked_in` → checked-in）；
#   $参数 就是方法的参数名（$who、$party）；
# - 数字以数字传入，可以做复数选择；中文没有复数，选择可以只留默认分支，但变量必须出现；
#   也可以挑出某个确切的数：{ $months -> [0] 累计 *[other] … }；
#   金额传入时已写好（12850 分 → 128.50），不加 ¥；
# - 是/否参数以 `true` 或 `false` 传入：{ $signed -> [true] … *[false] … }；
# - 取固定几种值之一的方法（类别、状态、表单字段、错误），每种值一条消息：
#   <方法>-<值>（category-waiting、field-checkin-staff-label、desk-error-no-such-member），
#   值自带的字段作为 $参数；
# - 可能缺失的值分 <方法>-some 和 <方法>-none 两条。
# 标签要短：屏幕 80 列，一个汉字占两列。标签不带首尾空格，界面自己加。

## 前台与程序后台线程的错误

desk-error-invalid = { $errors }；没有保存
desk-error-no-such-member = 找不到编号、卡号或手机号为“{ $key }”的会员；可用 `frontdesk member find` 查找
# $members：每位写作“姓名 (编号)”，用逗号连接。
desk-error-ambiguous-member = “{ $key }”对应 { $count } 位会员：{ $members }；请改用会员编号
desk-error-no-member-key = 请用会员编号、卡号或手机号指明会员
desk-error-not-a-member-id = “{ $key }”不是会员编号；请填写 `frontdesk member merge` 输出的合并后会员编号
desk-error-not-a-complaint-id = “{ $key }”不是投诉编号；编号形如 3f9a0c2b1d4e5f60-42（见 `frontdesk complaint list`）
desk-error-no-such-complaint = 没有编号为 { $id } 的投诉；请查看 `frontdesk complaint list --all`
# $now：当前状态的名称；$next：还能改成的状态，按命令行的写法（in-progress, resolved）。
desk-error-status-backwards = 投诉 { $id } 当前为“{ $now }”，状态只能往后推进（可改为 { $next }）
# 已关闭的投诉：后面没有状态了。
desk-error-status-backwards-closed = 投诉 { $id } 当前为“{ $now }”，状态只能往后推进，而它已经关闭
desk-error-compensation-needs-member = 积分只能补偿给会员；这条投诉没有关联会员
desk-error-nothing-to-change = 没有需要修改的内容
# $error：积分变动被拒绝的原因（points-error-…）。
desk-error-points = { $error }；没有保存
desk-error-files = 无法写入 { $path }：{ $error }；请检查磁盘和文件夹
# 疑似重复，但没有给出可能重复的那位会员。
desk-error-possible-duplicates = 这位会员可能已经建过档
worker-gone = 数据存储线程已停止，无法再保存：请按 Ctrl-Q 退出，再重新启动 frontdesk
search-gone = 查找已无响应；请按 Ctrl-Q 退出，再重新启动 frontdesk（原因见日志文件）
job-panicked = 后台出错，没有保存；请重试，如果再次出现请查看日志文件

## 界面框架：标题栏、页签、状态行

app-name = frontdesk
# 标题栏时钟的 chrono 格式（%a 星期，%m 月，%d 日，%H:%M 时间）。
window-too-small = 窗口为 { $width }x{ $height }；frontdesk 至少需要 { $min_width }x{ $min_height }，请把窗口调大。
tab-lookup = 查找
tab-checkin = 签到
tab-service = 消费
tab-complaints = 投诉
tab-insights = 概览
tab-care = 关怀
progress = { $label }：{ $percent }%（{ $done }/{ $total }）
help-title = 按键（上/下滚动，Esc 关闭）

## 界面上各项业务值的名称

complaint-status-open = 待处理
complaint-status-in-progress = 处理中
complaint-status-resolved = 已解决
complaint-status-followed-up = 已回访
complaint-status-closed = 已关闭
category-quality = 菜品
category-service = 服务
category-waiting = 等位
category-billing = 账单
category-hygiene = 卫生
category-other = 其他
severity-low = 低
severity-medium = 中
severity-high = 高
gender-unspecified = 未填
gender-female = 女
gender-male = 男
gender-other = 其他
points-kind-earn = 获得
points-kind-redeem = 兑换
points-kind-adjust = 调整
points-kind-expire = 过期
points-kind-referral = 推荐
points-kind-compensation = 补偿
points-count = { $points } 积分

## 查找

find-label = 查找：
results-after-indexing = 正在把会员读入搜索索引；完成后马上显示结果。
indexing = 正在建立索引…
shown-of = 显示 { $shown }/{ $total } 位
found = 找到 { $total } 位
welcome-title = 欢迎
welcome-empty-store =
    当前还没有任何数据。

    按 { $demo_key } 载入演示数据：{ $members } 位会员，
    附过去一年的到店、消费和投诉记录；
    或按 { $new_key } 新建第一位会员。
lookup-start-hint =
    输入姓名、拼音首字母（zw 即张伟）、手机号或尾号 4 位、卡号，或 #标签。
    按 Enter 打开会员档案。
no-member-matches = 没有会员匹配“{ $query }”。按 { $new_key } 新建会员。
searching = 正在查找…
lookup-headers-name = 姓名
lookup-headers-phone = 手机
lookup-headers-tier = 等级
lookup-headers-points = 积分
lookup-headers-last-visit = 上次到店
lookup-headers-alerts = 提醒
badge-allergy = 过敏
badge-complaint = 投诉
badge-birthday = 生日

## 会员档案

card-visits-title = 到店（{ $count }）
card-services-title = 消费（{ $count }）
card-complaints-title = 投诉（{ $count }）
card-ledger-title = 积分明细（余额 { $balance }）
card-ledger-title-expiry = 积分 { $balance }，{ $expiring } 分 { $when } 过期
# 没有权益时只显示等级名称。
tier-benefits = { $tier }：{ $benefits }
# $tier：下一等级；$needs：达到它的条件。
standing-some = { $months ->
        [0] 累计
       *[other] 近 { $months } 个月
    }消费 { $spend }，到店 { $visits } 次；升{ $tier }需{ $needs }
# 已是最高等级。
standing-none = { $months ->
        [0] 累计
       *[other] 近 { $months } 个月
    }消费 { $spend }，到店 { $visits } 次；已是最高等级
tier-event-line = { $headline }（{ $when }，经办 { $who }）：{ $reason }
settings-reloaded = 设置文件已更改，新设置已生效
tier-headline =
    { $upgrade ->
        [true] 升级为{ $to }
       *[false] 降级为{ $to }
    }
open-card-first = 请先打开会员档案（在查找页按 Enter）
syncing = 正在与同步文件夹同步
busy-wait = 上一个操作还在进行；请等它完成
sync-state-some = 已同步 { $last } · { $unexported } 条未发
sync-state-none = 未同步过 · { $unexported } 条未发
possible-duplicate = 可能与 { $name } { $phone } 重复（{ $reason }）：按 Enter 仍然保存，按 Esc 取消
care-row-without-member = 这条投诉没有关联会员
care-loading = 正在读取生日、到店规律和回访
care-birthdays = 今天及未来 { $days_ahead } 天内的生日（{ $count }）
care-lapsing = 流失预警：超过平时间隔未到店的常客（{ $count }）
care-followups = 待回访（{ $count }）
care-when =
    { $days_until ->
        [0] 今天
        [1] 明天 { $date }
       *[other] { $days_until } 天后 { $date }
    }
care-turns = 满 { $age } 岁
# $usual_days：平时两次到店间隔的天数；$away_days：距上次到店的天数。
care-rhythm = 共 { $visits } 次，约 { $usual_days } 天一次，已 { $away_days } 天未到店
care-resolved-ago = { $days } 天前已解决
care-empty = 无
tier-reason =
    { $months ->
        [0] 累计
       *[other] 近 { $months } 个月
    }消费 { $spend }、到店 { $visits } 次
export-no-folder = 没有可导出的文件夹：当前数据只保存在内存中
exporting = 正在导出 CSV 文件
exported = 已导出 { $files } 个 CSV 文件（{ $rows } 行）到 { $folder }
expired-points = { $points } 积分已过有效期作废（{ $entries } 条积分记录）
with-tier-change = { $done } · { $headline }
card-visit = { $when } { $party }人 { $location } { $staff }
none-yet = 暂无
card-number = 卡号 { $card }
card-contact =
    手机 { $phone }   性别 { $gender }   生日 { $birthday }   接收营销 { $marketing ->
        [true] 是
       *[false] 否
    }
card-stats = 到店 { $visits } 次   累计消费 { $spend }   标签 { $tags }
no-alerts = 无提醒
open-complaints = 有 { $count } 条投诉未结
card-notes = 备注：{ $notes }

## 签到

checkin-member-hint = 按 { $checkin_key } 为 { $name } 签到
checkin-select-hint = 先在查找页（{ $lookup_key }）选中会员，再按 { $checkin_key }
walkin-hint = 按 { $walkin_key } 为散客签到
arrivals-summary = 今日到店：{ $parties } 批，{ $guests } 人
walk-in = 散客
arrivals-headers-time = 时间
arrivals-headers-guest = 客人
arrivals-headers-party = 人数
arrivals-headers-table = 位置
arrivals-headers-staff = 员工

## 消费

service-select-hint = 先在查找页（{ $lookup_key }）选中会员，再按 { $service_key } 登记消费。
service-hint = 按 { $service_key } 登记消费 · 最近消费：
service-headers-when = 时间
service-headers-amount = 金额
service-headers-points = 积分
service-headers-staff = 员工
service-headers-items = 项目

## 投诉

no-open-complaints = 没有未结的投诉。
late-mark = 超时
complaint-headers-age = 时长
complaint-headers-status = 状态
complaint-headers-severity = 程度
complaint-headers-category = 类别
complaint-headers-member = 会员
complaint-headers-description = 投诉内容
complaint-board-title = 未关闭的投诉：{ $total } 条（{ $open } 条待处理，{ $overdue } 条超时）
# $status：状态的名称（complaint-status-…）。
complaint-detail = { $status } · 负责：{ $assignee } · 处理：{ $resolution } · 补偿：{ $compensation }
nobody-yet = 未指派
complaint-step = { $when } { $step }（{ $operator }）：{ $note }
step-note = 备注

## 概览

insights-chart-title = 今日各时段到店人数
insights-care = 关怀：本周生日 { $birthdays } 位 · 流失预警 { $lapsing } 位 · 待回访 { $followups } 条
insights-summary-title = 一览
insights-today = 今日：{ $parties } 批，{ $guests } 人，其中散客 { $walk_ins } 批
insights-complaints = 投诉：待处理 { $open } · 处理中 { $in_progress } · 待回访 { $to_follow_up } · 已回访 { $followed_up }
insights-overdue = { $overdue } 条超过首次响应时限

## 表单：每个字段的标签（最多 13 列宽）和字段为空时显示的提示

field-name-label = 姓名
field-name-hint = 必填
field-phone-label = 手机
field-phone-hint = 13812345678 或 +44...
field-card-label = 卡号
field-card-hint = 选填
field-gender-label = 性别
field-gender-hint = 女、男、其他，或不填
field-birthday-label = 生日
field-birthday-hint = 年-月-日，如 1990-05-17
field-tags-label = 标签
field-tags-hint = 如 vip，常客
field-alerts-label = 提醒
field-alerts-hint = 如 花生过敏；不吃猪肉
field-notes-label = 备注
field-notes-hint = 喜好、习惯
field-consent-label = 营销
field-consent-hint = 是否接收营销消息
field-party-label = 人数
field-party-hint = 客人数，1-99
field-location-label = 位置
field-location-hint = 桌号、房号或座位
field-checkin-staff-label = 员工
field-checkin-staff-hint = 由谁接待
field-items-label = 项目
field-items-hint = 消费了什么，用逗号分隔
field-service-staff-label = 员工
field-service-staff-hint = 由谁服务
field-amount-label = 金额
field-amount-hint = 如 128.50
field-category-label = 类别
field-category-hint = 菜品 服务 等位 账单 卫生 其他
field-severity-label = 程度
field-severity-hint = 低、中、高
field-description-label = 经过
field-description-hint = 按顾客原话记录
field-assignee-label = 指派
field-assignee-hint = 负责的人员或部门
field-progress-note-label = 进展
field-progress-note-hint = 告诉了顾客什么
field-resolution-label = 处理
field-resolution-hint = 道歉、打折、退款…
field-compensation-label = 补偿
field-compensation-hint = 给了什么补偿（如有）
field-note-label = 备注
field-note-hint = 选填
field-follow-up-label = 回访
field-follow-up-hint = 顾客是否表示满意？
field-redeem-label = 抵扣
field-redeem-hint = 本单用多少积分抵扣（如有）
field-points-delta-label = 积分
field-points-delta-hint = +50 为增加，-50 为扣减
field-reason-label = 原因
field-reason-hint = 必填：为什么调整积分
field-compensation-points-label = 积分
field-compensation-points-hint = 补偿给顾客的积分（如有）
new-member-title = 新建会员
edit-member-title = 编辑 { $name }
checkin-title = 为 { $name } 签到
checkin-walkin-title = 散客签到
service-title = 为 { $name } 登记消费
complaint-title = { $name } 的投诉
complaint-no-member-title = 投诉（非会员）
# $from、$to：状态的名称（complaint-status-…）。
advance-title = 投诉：{ $from } -> { $to }
points-preview = 保存后获得积分：+{ $points }
points-preview-no-amount = 保存后获得积分：请先填金额
category-invalid = 请选择类别：菜品、服务、等位、账单、卫生或其他
severity-invalid = 请选择严重程度：低、中或高
points-invalid =
    { $signed ->
        [true] 请填整数积分，如 +50 或 -20
       *[false] 请填整数积分，如 100，或留空
    }
adjust-points-title = 调整 { $name } 的积分（余额 { $balance }）
with-balance = { $preview } · { $tier }，余额 { $balance }
redeemed-against-bill = 抵扣账单 { $amount }
with-redeemed = { $done }，已用 { $points } 积分抵扣
# $points 自带正负号：+50、-20。
points-adjusted = 已调整 { $name } 的积分：{ $points }

## 保存的结果

saved-new-member = 已保存新会员 { $name }
saved-changes = 已保存对 { $name } 的修改
walk-in-guest = 散客
checked-in = 已为 { $who } 签到，{ $party } 人
saved-service = 已保存 { $name } 的消费：{ $amount }，+{ $points } 积分
# $category：类别的名称（category-…）。
complaint-recorded = 已记录投诉（{ $category }）
# $status：状态的名称（complaint-status-…）。
complaint-now = 投诉状态已改为：{ $status }
nothing-changed = 没有改动
not-saved-fields = 未保存：有 { $count } 项需要改正

## 状态消息

cancelled = 已取消，没有保存
form-cancelled = 已取消表单，没有保存
sync-not-set-up = 本前台还没有设置多前台同步
loading-demo = 正在载入演示数据
demo-loaded = 已载入演示数据：{ $members } 位会员及其到店、消费和投诉记录
edit-needs-member = 请先在查找页选中会员，再编辑
checkin-needs-member = 请先在查找页（F2）选中会员；没有会员卡的客人请按散客键签到
service-needs-member = 请先在查找页（F2）选中会员：消费要登记在会员名下
complaint-closed = 这条投诉已关闭
no-complaint-selected = 没有选中投诉
complaint-no-member = 这条投诉没有关联会员

## 运行与启动

store-in-memory = 内存
not-saved = 未保存：{ $error }
member-gone = 该会员已不存在：已被删除或合并
demo-failed = 无法载入演示数据：{ $error }
keymap-unreadable = 无法读取按键文件 { $path }（{ $error }）；现使用默认按键
with-more =
    { $more ->
        [0] { $first }
       *[other] { $first }（另有 { $more } 条）
    }

## 校验

field-message = { $field }：{ $message }
required = 请填写 { $field }
control-characters = 请删除控制字符（制表符、转义符、换行）
too-long = 太长：{ $chars } 个字符，最多 { $max } 个
card-invalid = 只能使用字母、数字和短横线
not-a-date = “{ $typed }”不是日期；请按 年-月-日 填写，如 1990-05-17
birthday-in-future = 生日在今天之后；请检查年份
birthday-before = 生日早于 { $year } 年；请检查年份
gender-invalid = 请填 F（女）、M（男）、O（其他），或留空
too-many-tags = 标签最多 { $max } 个
party-invalid = 人数须为 1 到 { $max } 的数字
consent-invalid = 请填 y（是）或 n（否）
amount-empty = 请填写金额，如 128.50
amount-negative = 金额不能为负；请填 0 或以上
amount-too-many-decimals = 金额超过 2 位小数；请精确到分，如 128.50
amount-not-a-number = “{ $typed }”不是金额；请只用数字和一个小数点，如 128.50
amount-too-large = 金额太大；请核对数字
phone-empty = 请填写手机号
phone-invalid = “{ $typed }”不是有效号码：请填 1 开头的 11 位大陆手机号（如 13812345678），或以 + 开头的国际号码
points-not-positive = 请填大于 0 的积分
points-short = 积分余额为 { $balance }；无法兑换 { $wanted } 积分
points-no-reason = 调整积分须写明原因，如“上菜慢，致歉补偿”
points-zero = 调整 0 积分不会有任何变化
points-below-zero = 积分余额为 { $balance }；扣除 { $wanted } 后会低于零

## 导入会员

# $problem：这一格的问题（row-problem-…、date-problem-… 或字段规则）。
row-error = 第 { $row } 行，{ $column }：{ $problem }
row-problem-email = “{ $typed }”不是电子邮箱地址，应形如 ann@example.com
date-problem-not-a-date = “{ $raw }”不是日期；请按 年-月-日 填写，如 1990-05-17
date-problem-no-four-digit-year = “{ $raw }”没有四位数的年份；请写成 1990-05-17 这样
# $day_first、$month_first：它可能表示的两个日期（date-problem-long-date）；
# $example：其中第一个的正确写法（1990-06-05）。
date-problem-ambiguous = “{ $raw }”可能是 { $day_first }，也可能是 { $month_first }；请按 年-月-日 填写，如 { $example }
# 完整写出的日期，用于 date-problem-ambiguous：1990年6月5日。
date-problem-long-date = { $year }年{ $month }月{ $day }日

# 句子里提到的字段名（按字段键）。
field-name = { $key ->
    [name] 姓名
    [phone] 手机号
    [card] 卡号
    [gender] 性别
    [birthday] 生日
    [tags] 标签
    [alerts] 提醒
    [notes] 备注
    [consent] 营销同意
    [party] 人数
    [location] 位置
    [staff] 员工
    [items] 项目
    [item] 项目
    [amount] 金额
    [category] 类别
    [severity] 严重程度
    [description] 投诉经过
    [assignee] 指派人
    [note] 备注
    [resolution] 处理结果
    [compensation] 补偿
    [redeem] 抵扣积分
    [points] 积分
    [reason] 原因
    [operator] 操作员
    [clock] 操作时钟
    [at] 时间
    [created] 创建时间
    [updated] 更新时间
    [history] 处理记录
    [member] 会员
    [visit] 来访记录
    [service] 消费记录
    [complaint] 投诉
    [tier] 等级
    [what] 导出内容
    [destination] 导出位置
    [spend] 消费金额
   *[other] { $key }
}

# What reaching a tier takes.
tier-threshold-none = 无门槛
tier-threshold-spend = 消费满 { $spend }
tier-threshold-visits = 来访 { $visits } 次
tier-threshold-both = 消费满 { $spend } 或来访 { $visits } 次

points-too-many = 一次最多 { $max } 积分，请检查数字
