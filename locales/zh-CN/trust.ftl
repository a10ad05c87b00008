# 不可信输入：各个入口（表单、命令行、CSV 导入、同步包）拒收的内容。

bidi-controls = 请删除会改变文字显示顺序的字符（从右到左覆盖、隔离符或方向标记）
invisible-only = 姓名需要能看见的文字；这里只有不可见字符
# $max：该栏最多可填的条数。
too-many-entries = 条目太多：最多 { $max } 条
amount-zero = 金额必须大于 0
# $max：会员制度设置里的单笔最大金额（limits.max_bill）。
amount-above-limit = 金额超过本店单笔上限（{ $max }）；请核对数字，或在设置中调高 limits.max_bill

# $fault：op-fault-* 消息或字段问题。
store-error-refused = 没有保存：{ $fault }
# $member：会员编号。
store-error-overflow = 会员 { $member } 的数字将超出可计数的范围；没有保存
# $field：字段名；$when：其中写的时间。
op-fault-time = { $field }的时间不可能（{ $when }）：早于 1970 年，或比本台时钟快一天以上
op-fault-clock-terminal = 它的时钟标明的前台与操作不符
# $amount：其中写的金额。
op-fault-amount = { $field }的金额不可能（{ $amount }）
# $value：写的积分；$max：一次操作最多可变动的积分。
op-fault-points = { $field } 变动 { $value } 积分；一次操作最多 { $max }
op-fault-id = 没有指明{ $field }
op-fault-operator = 它添加或删除的操作员名字无法在前台输入，或 PIN 没有以散列保存
# $terminal：写下该操作的前台；$seq：它在该台的编号；$fault：问题所在。
bundle-error-invalid-op = 前台 { $terminal } 的第 { $seq } 条操作不符合前台规则：{ $fault }；整个同步包已拒收，未应用其中任何内容；请让该前台检查其数据

# 不予使用的按键文件。$size：文件大小；$max：可读取的最大大小。
keymap-warning-too-large = 文件大小为 { $size }，超出按键文件的上限（最多 { $max }）
keymap-warning-no-quit = 按这些设置，将没有任何按键可以退出 frontdesk；请在 [global] 中为 "app.quit" 保留一个按键（默认 Ctrl-Q）
# 不予读取的设置文件。$path：文件；$size：大小；$max：可读取的最大大小。
settings-file-too-large = 设置文件 { $path } 大小为 { $size }，超出设置文件的上限（最多 { $max }），未读取；继续使用上一次有效的设置

# $size：同步包头声明的内容大小；$max：可读取的最大大小。
bundle-error-too-large = 包头声明的操作内容有 { $size }，超过任何同步包的大小（最多 { $max }）；未读取
