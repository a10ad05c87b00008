## 交班与日结

shift-error-already-open = 本台第 { $number } 班尚未交班；请先交班（`frontdesk shift close --counted 金额`）
shift-error-not-open = 本台没有进行中的班次；请先开班（`frontdesk shift open --float 金额`）
shift-error-nothing-to-accept = 本台没有待接班的交班单
shift-error-own-shift = 此班由 { $who } 交班，须由下一位操作员接班，而非 { $who } 本人
shift-error-no-such-shift = 本台没有第 { $number } 班
shift-error-no-shifts = 本台尚未开过班
shift-error-overflow = 本班合计过大，无法相加

shift-method-not-recorded = 未记录

shift-slip-name = { $desk } 第 { $number } 班
shift-owner = { $who } 当班（第 { $number } 班）
shift-slip-title = 交班单 { $name }
shift-slip-opened = 开班  { $at }  { $who }
shift-slip-closed = 交班  { $at }  { $who }
shift-slip-still-open = 尚未交班：截至目前的数字
shift-slip-accepted = 接班  { $at }  { $who }
shift-col-method = 支付方式
shift-col-sales = 销售
shift-col-top-ups = 充值
shift-col-refunds = 退款
shift-total = 合计
shift-float = 备用金
shift-cash-in = 现金收入
shift-cash-out = 现金支出
shift-expected-cash = 应有现金
shift-counted-cash = 实点现金
shift-difference = 差额
shift-counts = 到店 { $check_ins } · 服务 { $services } · 投诉 { $complaints }
shift-day-title = 日结 { $date }：共 { $count } 班
shift-day-row = { $name }  交班人 { $who }  销售 { $sales }  差额 { $difference }

audit-shift-open = 开班
audit-shift-close = 交班
audit-shift-accept = 接班

## 终端界面
action-shift-toggle = 开班（输入备用金）或交班（输入实点现金）
hint-shift-toggle = 交班
shift-open-title = 开班：钱箱里的备用金
shift-close-title = 交班：钱箱里实点的现金
shift-opened = 已开班 { $name }，备用金 { $float }
shift-opened-accepting = 已接班 { $accepted }，并开班 { $name }，备用金 { $float }
shift-closed = 已交班 { $name }：实点 { $counted }，差额 { $difference }
shift-slip-hint = 按 Esc 关闭交班单
