# 下层（店铺数据、同步、合并会员、CSV 文件、设置文件、键位文件）的错误、警告和报告。
# 它们在各自的层中是类型化的数据，由 src/catalog/errors.rs 用这里的消息说出来。
# 每条消息的 id 和 $参数 与其他语言的 errors.ftl 相同。$cause、$detail 是系统或程序库
# 自己的说明（磁盘错误、解析器的细节），原样带出。

## 店铺数据

store-error-in-use = 这个店铺数据已在另一个 frontdesk 中打开；请先关闭那个，或用 --store 打开别的数据文件
store-error-newer-schema = 这个店铺数据是由更新版本的 frontdesk 写入的（数据格式 { $schema }）；请先在本前台升级 frontdesk
store-error-db = 无法使用店铺数据文件：{ $cause }；请检查磁盘和路径，或从备份恢复店铺数据
store-error-corrupt = 店铺数据中有一条记录无法读取（{ $detail }）；请从备份恢复店铺数据
store-error-folder = 无法在 { $path } 创建存放店铺数据的文件夹：{ $cause }
store-error-not-found = 未找到：{ $what }

## 同步

sync-error-folder-missing = 同步文件夹 { $folder } 不存在；请检查路径、插好移动硬盘或 U 盘，或先建好这个文件夹。
sync-error-folder-unreadable = 无法读取同步文件夹 { $folder }（{ $cause }）；请确认它能访问，并且当前用户有读取权限。
sync-error-folder-unwritable = 无法把同步包写入同步文件夹 { $folder }（{ $cause }）；请确认文件夹可以写入、磁盘没有满。已经写好的同步包是完整的，仍会被使用。
sync-error-folder-not-text = 同步文件夹的路径 { $folder } 含有无法保存的字符；请换一个路径只含普通文字的文件夹。
sync-error-no-folder = 本前台还没有设置同步文件夹；请用 `frontdesk sync --dir 文件夹` 指定（会被记住），或用 `frontdesk sync folder 文件夹`。
sync-error-passphrase-needed = 本店各前台之间设有同步口令，但这次没有提供；请设置环境变量 { $env }，或在提示时输入口令。
sync-error-no-passphrase-set = 本前台还没有设置同步口令；请用 `frontdesk sync passphrase set` 设置。
sync-error-folder-passphrase-differs = 同步文件夹 { $folder } 中的同步包是用另一个口令加密的；请输入本店其他前台正在使用的同步口令。
sync-error-store = 同步时无法使用店铺数据：{ $cause }

passphrase-error-empty = 同步口令不能为空；请设置至少一个字符的口令。
passphrase-error-wrong = 这个口令与本店设定的同步口令不一致；请重新输入，或用 `frontdesk sync passphrase set` 设置新口令。
passphrase-error-bad-verifier = 保存的口令记录无法读取（{ $detail }）；请用 `frontdesk sync passphrase set` 重新设置口令。
passphrase-error-unsupported-kdf = 本前台不支持这种密钥生成设置（{ $detail }）；请升级 frontdesk，或重新导出这个同步包。
passphrase-error-random = 系统的随机数生成器出错（{ $detail }）；请再试一次。

bundle-error-not-a-bundle = 这个文件不是 frontdesk 同步包，已忽略。同步文件夹里请只放 frontdesk 同步包。
bundle-error-truncated = 这个同步包不完整（只有 { $found } 字节，应有 { $expected } 字节），可能还在复制中。请稍后再同步，或删除它，让写出它的前台重新导出。
bundle-error-corrupt = 这个同步包已损坏（{ $detail }），其中的内容都没有使用。请删除它，让写出它的前台重新导出。
bundle-error-future-version = 这个同步包是由更新版本的 frontdesk 生成的（格式版本 { $version }）；请先在本前台升级 frontdesk 再读取。
bundle-error-no-passphrase = 这个同步包已加密，但本前台没有设置同步口令；请用 `frontdesk sync passphrase set` 设置本店的同步口令。
bundle-error-wrong-passphrase = 这个同步包是用另一个口令加密的；请确认本前台的同步口令与本店其他前台一致（`frontdesk sync passphrase set`）。
bundle-error-plaintext-refused = 这个同步包没有加密，而本店要求使用同步口令，所以已拒收；请在已设置口令的前台重新导出。
bundle-error-io = 无法读写同步包（{ $cause }）；请确认文件夹存在、能访问并且可以写入。
bundle-error-invalid = 同步包没有写出：{ $detail }。这是程序的缺陷，请报告给技术支持。

# 一次导出、导入和同步的结果。$size 是下面 size-* 中的一条。
sync-export-nothing = 导出 0 条改动：同步文件夹里已有本前台的全部改动
sync-export-report = 导出 { $ops } 条改动，共 { $bundles } 个同步包（{ $size }）
size-bytes = { $n } 字节
# $n 保留一位小数：1.5
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB
sync-import-summary = 读取 { $bundles } 个同步包，应用 { $applied } 条改动，跳过 { $skipped } 条，{ $members } 位会员有变动，解决 { $conflicts } 处冲突
# 有同步包因本地已有而没有打开时，接在 sync-import-summary 后面。
sync-import-already-held = ，另有 { $held } 个同步包本地已有
# 有文件被拒收时，接在 sync-import-summary 后面。
sync-import-refused = ；拒收 { $refused } 个文件
# $received 是 sync-import-summary。
sync-report = 发出 { $ops } 条改动，共 { $bundles } 个同步包；收到：{ $received }。
sync-progress-export = 同步：正在导出… { $bundles } 个同步包，{ $ops } 条改动
sync-progress-import = 同步：正在导入… 第 { $done } / { $total } 个文件，已应用 { $applied } 条改动

## 合并会员

merge-error-same-member = 不能把会员合并到自己；请选择两位不同的会员
merge-error-not-found = 没有会员的 ID 是 { $id }
merge-error-into-deleted = { $name }（{ $id }）已被删除；不能把会员合并到已删除的会员
merge-error-from-deleted = { $name }（{ $id }）已被删除，无法合并
merge-error-already-merged = { $name }（{ $id }）已经合并到 { $into }；请先撤销那次合并，或改为合并 { $into }
merge-error-not-merged = { $name }（{ $id }）没有合并到其他会员，无需撤销

## 重复会员

duplicate-reason-same-phone = 手机号相同
duplicate-reason-same-card = 会员卡号相同
duplicate-reason-same-name-and-birthday = 姓名和生日相同
duplicate-reason-similar-name-same-phone-ending = 姓名相近且手机号后 4 位相同

## CSV 文件

# $cause 是 csv-export-error 或 csv-import-error 的消息，或系统的说明。
csv-error-export = { $path }：{ $cause }
csv-error-io = 无法读写文件 { $path }（{ $cause }）；请检查路径和磁盘
csv-error-import = { $path }：{ $cause }
csv-export-error = 无法写入文件：{ $cause }；请检查磁盘和文件夹
csv-import-error-read = 无法读取文件：{ $cause }
csv-import-error-empty = 文件是空的；第一行应写明各列的名称（如 name、phone…）
csv-import-error-not-utf8 = 第 { $line } 行不是 UTF-8 文本；请把文件另存为“CSV UTF-8”格式后再试
csv-import-error-missing-column = 没有 { $field } 列；请把其中一列的标题写成“{ $header }”（现有的列：{ $found }）
csv-import-error-csv = 这个文件不是有效的 CSV：{ $cause }
# $reason 是 duplicate-reason-* 中的一条。
csv-duplicate-of-member = 第 { $row } 行：与现有会员 { $id } { $reason }
csv-duplicate-of-row = 第 { $row } 行：与第 { $of } 行{ $reason }

## 会员制度设置文件

# $problem 是 settings-problem-* 中的一条。
settings-error-line-key = 设置文件第 { $line } 行，`{ $key }`：{ $problem }
settings-error-line = 设置文件第 { $line } 行：{ $problem }
settings-error-key = 设置项 `{ $key }`：{ $problem }
settings-error = 设置文件：{ $problem }
settings-problem-toml = 格式有误：{ $detail }
settings-problem-out-of-range = { $value } 超出范围；请填写 { $min } 到 { $max } 之间的整数
settings-problem-amount-empty = 请填写金额，例如 128.50
settings-problem-amount-below-zero = 金额不能是负数；请填写 0 或更大的数
settings-problem-amount-decimals = 金额的小数超过 2 位；请精确到分，例如 128.50
settings-problem-amount-not-a-number = “{ $typed }”不是金额；请只用数字和一个小数点，例如 128.50
settings-problem-amount-too-big = 金额太大；请核对数字
settings-problem-amount-too-large = 金额太大
settings-problem-amount-negative = 金额不能是负数
settings-problem-amount-not-text = 请把金额写成带引号的文字（例如 "2000.00"）或整数
settings-problem-not-a-date = 请按 YYYY-MM-DD 的格式写日期，例如 "2025-01-01"
settings-problem-same-date = 另一段制度（第 { $line } 行）也是从 { $date } 开始生效
settings-problem-earn-per = 获得积分所需的消费金额必须大于 0
settings-problem-amount-not-positive = 金额必须大于 0
settings-problem-no-policy = 请至少添加一段 [[policy]]，并写上它的会员等级
settings-problem-no-tier = 请至少添加一个 [[policy.tier]]；第一个等级是所有会员的起始等级
settings-problem-too-many-tiers = 最多只能有 { $max } 个等级
settings-problem-tier-name = 等级名称须为 1 到 { $max } 个字
settings-problem-tier-named-twice = 有两个等级都叫“{ $name }”
settings-problem-first-tier-threshold = 第一个等级是所有会员的起始等级；请删去它的 min_spend 和 min_visits
settings-problem-no-threshold = 请给这个等级设置 min_spend 或 min_visits（也可以两个都设）
settings-problem-spend-not-above = { $spend } 没有高于低一级等级的 { $lower }；请从最低的等级开始往上排列
settings-problem-visits-not-above = { $visits } 次没有高于低一级等级的 { $lower } 次；请从最低的等级开始往上排列
# $error 是 settings-error* 中的一条。
settings-file-unreadable = 无法读取设置文件 { $path }（{ $cause }）；继续使用上一次有效的设置
settings-file-invalid = 设置文件 { $path } 有误：{ $error }；继续使用上一次有效的设置

## 键位文件

# $problem 是 keymap-warning-* 中的一条，$outcome 是 keymap-outcome-* 中的一条。
keymap-warning-user = 键位文件第 { $line } 行：{ $problem }；{ $outcome }
keymap-warning-builtin = 内置键位文件第 { $line } 行：{ $problem }；{ $outcome }
keymap-warning-did-you-mean = { $warning }（是不是想写 "{ $name }"？）
keymap-warning-sections = { $warning }（可用的段：{ $sections }）
keymap-warning-syntax = 不是有效的 TOML：{ $detail }
keymap-warning-unknown-section = 没有 [{ $section }] 这个段
keymap-warning-outside-section = "{ $key }" 不在任何段中；请把键位写在某个段下面，例如 [global]
# $error 是 keyname-error-* 中的一条。
keymap-warning-bad-key = [{ $section }] 中的按键 "{ $key }"：{ $error }
keymap-warning-unknown-action = 没有 "{ $action }" 这个功能
keymap-warning-not-a-name = "{ $key }" 对应的功能必须写成带引号的名称，例如 "app.help"
keymap-warning-duplicate = { $key } 在 [{ $section }] 中绑定了两次（第一次在第 { $first } 行）
keymap-outcome-default-kept = 保留默认键位
keymap-outcome-stays-unbound = 这个键保持未绑定
keymap-outcome-line-ignored = 忽略这一行
keymap-outcome-section-ignored = 忽略这一段
keymap-outcome-file-ignored = 忽略整个文件，使用默认键位
keymap-outcome-later-wins = 使用后面的那个绑定
keyname-error-empty = 按键名称是空的
keyname-error-missing-key = 修饰键后面还要写一个按键
keyname-error-unknown = 不是按键名称（可以写 F2、Ctrl-N、Alt-2、Enter、PgDn、Shift-Tab、Space 或单个字符）
keyname-error-function-key = 不支持 F{ $n }（只支持 F1 到 F12）
keyname-error-unsupported = 这个键不能绑定
