# 账单如何支付：支付方式、会员价、分开支付。

settings-problem-payment-method = “{ $method }”不是支付方式的代码：请用小写字母、数字和 _，例如 wechat 或 group_buy
settings-problem-no-payment-method = money.methods 没有列出任何支付方式；至少列一种，例如 ["cash"]
payment-missing = 请说明这笔账单怎么付的，例如 --pay 微信（分开支付：--pay 现金=100 --pay 微信）
payment-unknown-method = “{ $method }”不是本会员方案收取的支付方式；请用设置文件 money.methods 中列出的方式
payment-zero-part = 分开支付时每一部分都必须大于 0
payment-does-not-add-up = 各项支付合计 { $paid }，应付 { $due }；请让各项合计为 { $due }
payment-unavailable = 本前台暂时不能用{ $method }支付账单；请换一种方式
# 按代码显示支付方式；方案自行添加的方式按原样显示。
payment-method = { $key ->
    [cash] 现金
    [wechat] 微信支付
    [alipay] 支付宝
    [card] 银行卡
    [stored_value] 储值
    [package] 次卡
    [voucher] 代金券
   *[other] { $key }
}
payment-two-rests = 分开支付时只能有一项不写金额（它支付剩下的部分）
field-paid-by-label = 支付方式
field-paid-by-hint = ← → 选择付款方式
field-paid-part-label = 部分金额
field-paid-part-hint = 留空为全额；填金额则分开支付
field-rest-by-label = 其余
field-rest-by-hint = 分开支付时其余部分的付款方式
# 消费表单的会员价：打 $percent 折扣后为 $due。
preview-member-price = 会员价 { $due }（减 { $percent }%）
# 会员档案里账单一行上的支付方式（简称）。
payment-method-short = { $key ->
    [cash] 现金
    [wechat] 微信
    [alipay] 支付宝
    [card] 刷卡
    [stored_value] 储值
    [package] 次卡
    [voucher] 券
   *[other] { $key }
}
field-package-label = 次卡
field-package-hint = 次卡的代码或名称（按会员方案所列）
sell-package-title = 为 { $name } 售卡
package-sold = 已向 { $name } 售出 { $package }，{ $price }
package-not-offered = 会员方案中没有“{ $key }”这种次卡；请输入下面列出的代码
action-package-sell = 为会员售次卡
hint-package-sell = 次卡
# 次卡表单下方：方案提供的次卡。$offers：代码 名称 价格，……
package-offers = 可售：{ $offers }
