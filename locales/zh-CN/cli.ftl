## 命令行（frontdesk member …、checkin、service、complaint、care、points、export、import、
## demo、terminal、settings、sync）在标准输出和标准错误上打印的全部文字。
## 每条消息在各语言中 id 相同、$参数 相同。缩进、事实之间的“·”、注意事项前的“!”以及
## 列对齐由程序负责；一条消息是一行，或一行中的一部分。

## 框架

# 错误：标准错误上的一句话，程序以状态 1 退出。
cli-error = 错误：{ $message }
cli-warning = 警告：{ $message }
cli-note = 提示：{ $message }
# 错误及其原因。
cli-cause = { $message }：{ $cause }
cli-yes = 是
cli-no = 否
# 列表各项之间（标签、修改的项目），以及注意事项之间。
cli-list-sep = {"、"}
cli-alert-sep = {"；"}
# 会员资料的项目，按键名：name、phone、card、gender、birthday、tags、alerts、notes、consent。
cli-field =
    { $key ->
        [name] 姓名
        [phone] 手机号
        [card] 卡号
        [gender] 性别
        [birthday] 生日
        [tags] 标签
        [alerts] 注意事项
        [notes] 备注
        [consent] 接收营销信息
       *[other] { $key }
    }
cli-no-data-dir = 找不到当前用户的数据文件夹；请用 --store 指定数据文件的路径
cli-opening-store = 打开数据文件 { $path } 时出错

## member add、find、edit、duplicates、merge、unmerge、delete

cli-referral-earned = 推荐人 { $name }（{ $id }）获得 { $points } 推荐积分
cli-referral-no-bonus = 推荐人：{ $name }（{ $id }）；本会员制度没有推荐奖励
cli-maybe-same-person = { $name }（{ $id }）可能是同一个人（{ $reason }）；两位会员都已保留，可用 `frontdesk member merge` 合并
# 两位会员看起来是同一个人的原因。
cli-find-more = 显示 { $shown } 位，共 { $total } 位匹配；用 --limit 查看更多
cli-find-none = 没有与“{ $query }”匹配的会员
# 查到的会员：编号、姓名、手机号（部分隐藏）、卡号、等级、积分、上次来访。
cli-find-row = { $id }  { $name }  { $phone }  { $card }  { $tier }  { $points } 积分  上次 { $last }
cli-edit-nothing = 没有要修改的内容：请给出要改的项目，例如 --name 或 --phone
cli-member-updated = 已更新 { $name }（{ $id }）：{ $fields }
cli-member-deleted = 已删除 { $name }（{ $id }）
cli-duplicate-group = { $reason }：
cli-duplicate-row = { $id }  { $name }  { $phone }  卡号 { $card }  生日 { $born }  来访 { $visits } 次  { $points } 积分
cli-duplicates-none = 没有发现疑似重复的会员
cli-duplicates-summary = 共 { $groups } 组；用 `frontdesk member merge FROM INTO` 把 FROM 合并到 INTO
cli-merged = 已将 { $from_name }（{ $from }）合并到 { $into_name }（{ $into }）
# $points 带正负号：+120、-30。
cli-merge-moved = 转入：来访 { $visits } 次、消费 { $services } 笔、投诉 { $complaints } 件、积分记录 { $entries } 条（{ $points } 积分）
cli-merge-tags = 新增标签：{ $tags }
cli-merge-alerts = 新增注意事项：{ $alerts }
cli-merge-notes = 备注已合并
cli-merge-filled = 从 { $name } 补填：{ $fields }
cli-merge-balance = { $name } 现有积分 { $points }
cli-merge-undo = 如需撤销：frontdesk member unmerge { $id }
cli-unmerged = 已撤销 { $from_name }（{ $from }）并入 { $into_name }（{ $into }）的合并；其记录重新归到 { $from_name } 名下
cli-unmerge-restored = { $name } 已恢复：{ $fields }

## member show：会员卡

cli-card-card = 卡号 { $card }
cli-card-phone = 手机 { $phone }
cli-card-gender = 性别 { $gender }
cli-card-born = 生日 { $date }
cli-card-stats = 等级 { $tier } · 积分 { $points } · 消费 { $spend } · 来访 { $visits } 次
cli-card-stats-last = 等级 { $tier } · 积分 { $points } · 消费 { $spend } · 来访 { $visits } 次（上次 { $last }）
cli-standing-all = 计入等级：累计消费 { $spend }，来访 { $visits } 次
cli-standing-months = 计入等级：近 { $months } 个月消费 { $spend }，来访 { $visits } 次
# 接在 cli-standing-all 或 cli-standing-months 之后，同一行。
cli-standing-next = ；下一级 { $tier }：{ $threshold }
cli-card-benefits = 权益：{ $benefits }
cli-card-next-expiry = 下次到期：{ $points } 积分于 { $date } 过期
cli-alerts = 注意事项：{ $alerts }
cli-card-tags = 标签：{ $tags }
cli-card-notes = 备注：{ $notes }
cli-card-since = 接收营销信息：{ $consent } · 入会 { $since } · 更新于 { $updated }
cli-open-complaints = 未结投诉：{ $count } 件
# 历史记录各部分的标题行。
cli-section = { $title }（{ $count }）：
cli-section-visits = 来访记录
cli-section-services = 消费记录
cli-section-complaints = 投诉记录
cli-section-ledger = 积分明细
cli-section-tiers = 等级变动
cli-section-more = … 另有 { $count } 条更早的记录（用 --json 查看全部）
cli-card-visit-row = { $time }  { $party } 位  { $location }  { $staff }
# $amount 右对齐；$points 带正负号。
cli-card-service-row = { $time }  { $amount }  { $points } 积分  { $items }  （{ $staff }）

## 达到某个等级的条件


## checkin、service

cli-checked-in = 已为 { $name }（{ $id }）签到，{ $party } 位：来访 { $visit }
cli-checked-in-walk-in = 已为散客签到，{ $party } 位：来访 { $visit }
cli-service-no-item = 消费项目：请用 --item 写明消费了什么；未保存
cli-service-logged = 已记录消费 { $service }：{ $name }（{ $id }）{ $amount }，积分 +{ $points }（{ $tier } 等级；余额 { $balance }）

## complaint add、list、show、update

cli-category-invalid = 类别：“{ $text }”不是投诉类别；请用 菜品、服务、等位、账单、卫生 或 其他
cli-severity-invalid = 严重程度：“{ $text }”无法识别；请用 低、中 或 高
cli-status-invalid = 状态：“{ $text }”无法识别；请用 处理中、已解决、已回访 或 已关闭
cli-not-a-member = （非会员）
cli-deleted-member = （会员已删除）
cli-complaints-none = 没有投诉
cli-complaints-none-open = 没有待结案的投诉
cli-complaint-title = 投诉 { $id }：{ $status }
cli-complaint-filed = { $category } · 严重程度 { $severity } · 登记于 { $time }（{ $age }前）
cli-complaint-member = 会员：{ $member }
# 会员姓名及编号。
cli-complaint-member-id = { $name }（{ $id }）
cli-complaint-assignee = 负责人：{ $assignee }
cli-complaint-description = 投诉内容：{ $description }
cli-complaint-resolution = 处理结果：{ $resolution }
cli-complaint-compensation = 补偿：{ $compensation }
cli-complaint-history = 处理经过：
# 只添加备注的一步。
cli-step-note = 备注
cli-step-with-note = { $step }：{ $note }
cli-complaint-nothing = 没有要更新的内容：请给出 --status、--resolution、--compensation、--assignee 或 --note
cli-complaint-updated = 投诉 { $id } 已更新：{ $status }
# 投诉列表中“多久以前”一栏（宽 4 列）。
cli-age-minutes = { $n }分钟
cli-age-hours = { $n }小时
cli-age-days = { $n }天

## care birthdays、lapsing、followups

cli-birthday-row = { $id }  { $name }  { $phone }  { $tier }  生日 { $when }
# 接在 cli-birthday-row 之后，同一行。
cli-birthday-turns = ，满 { $age } 岁
cli-birthday-today = 今天
cli-birthday-tomorrow = 明天
cli-birthday-in-days = { $days } 天后（{ $weekday } { $date }）
cli-weekday =
    { $day ->
        [mon] 周一
        [tue] 周二
        [wed] 周三
        [thu] 周四
        [fri] 周五
        [sat] 周六
       *[sun] 周日
    }
cli-birthdays-none = 今天及之后 { $days } 天内没有会员过生日
cli-lapsing-row = { $id }  { $name }  { $phone }  { $tier }  来访 { $visits } 次，通常每 { $gap } 天一次；上次 { $last }（{ $days } 天前）
cli-lapsing-none = 没有超出平常来店间隔的常客
cli-no-member = （无会员）
cli-followup-row = { $id }  { $member }  { $category }  解决于 { $resolved }（{ $days } 天前）  { $description }
cli-followups-none = 暂无需要回访的投诉

## export、import members

# $what：members、visits、services 或 complaints。
cli-exported =
    已导出 { $count } 条{ $what ->
        [members] 会员
        [visits] 来访
        [services] 消费
       *[complaints] 投诉
    }记录到 { $path }
cli-exported-bom =
    已导出 { $count } 条{ $what ->
        [members] 会员
        [visits] 来访
        [services] 消费
       *[complaints] 投诉
    }记录到 { $path }（UTF-8，带 BOM）
cli-import-refused = { $invalid } 行无效；未导入任何会员（请修改文件，或用 --skip-invalid 导入其中 { $valid } 位有效的新会员）
# 放在 cli-import-dry-run 或 cli-imported 中，重复数之后。
cli-import-skipped = ，跳过 { $invalid } 行无效数据
cli-import-dry-run = 试运行：将导入 { $count } 位会员（未导入重复的 { $duplicates } 位{ $skipped }）；没有写入任何数据
cli-imported = 已导入 { $count } 位会员（未导入重复的 { $duplicates } 位{ $skipped }）
cli-import-columns = 各列：{ $columns }
cli-import-column = { $header } → { $field }
cli-import-column-ignored = { $header }（忽略）
# 导入的列对应的会员资料项目。
cli-import-field =
    { $field ->
        [name] 姓名
        [firstname] 名
        [lastname] 姓
        [phone] 手机号
        [email] 邮箱
        [birthday] 生日
        [notes] 备注
        [card] 卡号
        [tags] 标签
        [gender] 性别
        [alerts] 注意事项
        [consent] 接收营销信息
       *[other] { $field }
    }
cli-import-invalid = 无效：{ $error }
cli-import-duplicate = 重复：第 { $row } 行 { $name }，与{ $of }{ $reason }；未导入
cli-import-of-member = 现有会员 { $name }（{ $id }）
cli-import-of-member-id = 现有会员 { $id }
cli-import-of-row = 第 { $row } 行

## demo、terminal、points

cli-demo-no-members = --members 至少为 1
cli-demo-adds = 此数据文件中已有记录；演示数据会加在现有记录之外
cli-demo-progress = 演示数据：{ $done } / { $total } 位会员（{ $percent }%）
cli-demo-done = 演示数据：会员 { $members } 位，来访 { $visits } 次（散客 { $walk_ins } 次），消费 { $services } 笔，积分记录 { $entries } 条，投诉 { $complaints } 件（未结 { $open } 件），共 { $ops } 项操作，用时 { $seconds } 秒
cli-not-saved = { $error }；未保存
cli-terminal-named = 本前台现名为 { $name }（终端 { $terminal }）
cli-operator-set = 此后本前台的操作记录为 { $name } 所做
cli-points-redeemed = 已为 { $name }（{ $id }）兑换 { $points } 积分；余额 { $balance }
# $points 带正负号：+50、-20。
cli-points-adjusted = 已将 { $name }（{ $id }）的积分调整 { $points }；余额 { $balance }
cli-points-none-expire = 没有到期的积分
cli-points-expired = 已过期 { $points } 积分，涉及 { $entries } 条积分记录
cli-points-not-signed = “{ $text }”不是积分数；加分写 +50，扣分写 -50
cli-points-not-whole = “{ $text }”不是积分数；请写整数，例如 100

## settings check

cli-settings-unreadable = 无法读取设置文件 { $path }：{ $error }
cli-settings-invalid = 设置文件 { $path } 有误：{ $error }
cli-settings-built-in = 内置：没有设置文件，使用餐厅示例
cli-settings-language = 语言：{ $language }
cli-settings-language-unknown = 语言：本程序不支持“{ $code }”（可用 zh 或 en）；将使用环境设置的语言，或用英文
cli-settings-care = 关怀：列出今天及之后 { $birthday_days } 天内的生日；投诉解决 { $followup_days } 天后回访；离上次来访超过常客平常间隔的 { $lapsing_percent }% 视为流失
# `frontdesk settings check`：方案的上限。$max_bill：金额；$max_points：积分。
cli-settings-limits = 上限：单笔消费最多 { $max_bill }；手动调整积分每次最多 { $max_points }
cli-policy-from = 自 { $date } 起执行的规则：
cli-policy-earn = 每消费 { $per } 积 { $points } 分，再乘以等级倍数
cli-policy-never-expire = 积分永不过期
cli-policy-expire = 积分在获得 { $months } 个月后过期，先得先过期
cli-policy-referral = 推荐奖励：{ $points } 积分
cli-policy-birthday = 生日权益：{ $benefit }
cli-policy-tiers-all = 等级（按累计消费或来访次数）：
cli-policy-tiers-months = 等级（按近 { $months } 个月的消费或来访次数）：

## sync

# 谁在同步：前台名称和终端编号。
cli-sync-who = { $name }（终端 { $terminal }）
cli-sync-exporting = { $who } 正在导出到 { $dir }
cli-sync-importing = { $who } 正在从 { $dir } 导入
cli-sync-syncing = { $who } 正在与 { $dir } 同步
cli-sync-folder-now = 本前台的同步文件夹现为 { $dir }
cli-sync-folder-cleared = 本前台现在没有同步文件夹
cli-sync-folder-missing = { $dir } 还不存在；同步前请先创建它，或插上存储设备
# 被拒收的数据包文件及原因。
cli-sync-refused = { $file }：{ $reason }
cli-sync-status-desk = 前台：{ $who }
cli-sync-status-folder = 同步文件夹：{ $dir }
cli-sync-status-no-folder = 同步文件夹：未设置（用 `frontdesk sync --dir 文件夹` 设置）
cli-sync-status-last = 上次同步：{ $time }
cli-sync-status-never = 上次同步：从未同步
cli-sync-status-unexported = 尚未导出：{ $count } 项操作
cli-sync-status-encrypted = 同步口令：已设置（数据包加密）
cli-sync-status-plaintext = 同步口令：未设置（数据包不加密）
# 终端上的提示；输入内容跟在一个空格之后。
cli-sync-prompt = 同步口令：
cli-sync-prompt-new = 新的同步口令：
cli-sync-prompt-again = 请再输入一次：
cli-sync-try-again = 该口令与本连锁设置的口令不符，请重试。
cli-sync-prompt-cancelled = 已在输入口令时取消；未做任何更改
cli-sync-passphrases-differ = 两次输入的口令不一致；未做任何更改
cli-sync-no-passphrase = 没有提供口令：请把 { $env } 设为本连锁的口令，或在终端中运行以输入口令；未做任何更改
cli-sync-passphrase-set = 已设置同步口令：本前台此后写出加密的数据包，并拒收未加密的数据包
cli-sync-passphrase-cleared = 已清除同步口令：本前台重新写出未加密的数据包，并拒收加密的数据包

## 操作员、清除个人信息和操作记录

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
# `frontdesk settings check`：自动锁定。$minutes 为 0 表示不锁定。
cli-settings-lock = 前台：{ $minutes ->
    [0] 不自动锁定
   *[other] 设有操作员时，闲置 { $minutes } 分钟后锁定
}

## 备份、恢复、检查与重建

cli-new-store = 已在 { $path } 新建了一个空的店铺数据
cli-newest-backup = 最新的备份是 { $path }：运行 `frontdesk restore --from { $path }` 即可恢复
cli-rebuilt = 已将店铺数据重建到 { $path }：恢复 { $recovered } 条操作，跳过 { $skipped } 条无法读取的操作，越过日志中 { $damaged } 处损坏；下次同步会补回其他前台保存的内容
cli-backup-made = 备份已写入并校验：{ $path }（{ $ops } 条操作，{ $bytes } 字节）
cli-backup-made-encrypted = 加密备份已写入并校验：{ $path }（{ $ops } 条操作，{ $bytes } 字节）；恢复时需要同步链口令
cli-restored = 已将 { $from } 恢复到 { $path }（{ $ops } 条操作）
cli-restored-aside = 被替换的店铺数据保存在 { $path }
cli-check-table = { $table }：{ $rows } 行，{ $undecodable } 行无法读取
cli-check-undecodable =   无法读取的记录：{ $ids }
cli-check-table-damage =   读到损坏处停止：{ $detail }
cli-check-phone-not-indexed = 会员 { $id }：电话索引中没有其电话
cli-check-phone-stale = 会员 { $id }：电话索引中的电话与其不符
cli-check-points = 会员 { $id }：积分余额为 { $held }，但积分流水合计为 { $ledger }
cli-check-verify-damage = 索引未能全部检查：{ $detail }
cli-check-pages-ok = 数据页：全部校验通过
cli-check-pages-damaged = 数据页：已损坏（{ $detail }）
cli-check-sound = 店铺数据完好
cli-check-damaged = 店铺数据已损坏：请恢复最新的完好备份（`frontdesk restore --from 文件`），或从操作日志重建新的店铺数据（`frontdesk store rebuild --to 新文件`）

## 账单如何支付
# $list、$due：金额；$percent：等级折扣。
cli-service-member-price = 会员价：{ $list } 减 { $percent }% = { $due }
# 一项支付：$method 支付方式，$amount 金额。
cli-service-part = { $method } { $amount }
# $parts：各项支付的列表。
cli-service-paid = 支付：{ $parts }

## 交班

cli-shift-opened = 已开班 { $name }，备用金 { $float }
cli-shift-accepted = 已接班 { $name }
cli-shift-written = 交班单已写入 { $text } 和 { $csv }

## 储值

cli-wallet-recorded = 已为 { $name }（{ $id }）记录{ $kind }：本金 { $principal }，赠送 { $bonus }；储值余额 { $balance }
cli-wallet-summary = { $name }（{ $id }）：储值 { $balance }（本金 { $principal }，赠送 { $bonus }）
cli-wallet-summary-overdrawn = { $name }（{ $id }）：储值 { $balance }（本金 { $principal }，赠送 { $bonus }），已透支：两台前台在同步前都用了这笔余额
cli-wallet-entry = { $at }  { $kind }  本金 { $principal }  赠送 { $bonus }  余额 { $balance }  { $method }  { $operator }  { $reason }
cli-wallet-none-overdrawn = 没有低于零的储值余额
cli-check-stored-value = 会员 { $id }：储值余额（本金/赠送）为 { $held }，但明细合计为 { $ledger }

## 次卡

cli-package-sold = 已向{ $member }售出{ $name }，收款 { $price }（售卡编号 { $sale }），有效期至 { $date }
cli-package-pay-amount = 分开付款时“--pay { $pay }”须写明金额（方式=金额）
cli-package-used = 已使用{ $member }的{ $name }一次：剩 { $remaining }/{ $uses } 次
cli-package-refunded = 已通过{ $method }退还{ $member } { $amount }（{ $name }，已用 { $used }/{ $uses } 次）；此卡已关闭
cli-package-none = { $name }没有次卡
cli-package-program-none = 会员制度中没有次卡（请在设置文件中添加 [[package]]）
cli-package-program-line = { $key }  { $name }：{ $uses } 次，售价 { $price }，有效 { $months } 个月；适用于 { $services }
