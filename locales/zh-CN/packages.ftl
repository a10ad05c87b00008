# 次卡：预先购买的若干次服务。

package-error-unknown = 会员制度中没有次卡“{ $key }”（见 `frontdesk package list`）
package-error-no-such-sale = 没有编号为 { $sale } 的售卡记录
package-error-other-member = 次卡 { $sale } 属于另一位会员
package-error-none-left = { $name }已没有剩余次数
package-error-expired = { $name }已于 { $date } 过期
package-error-refunded = { $name }已退卡，不能再用
package-error-no-usable = 该会员没有现在可用的次卡
package-error-no-usable-for = 该会员没有可用于“{ $service }”的次卡
package-error-paid-not-price = 付款合计 { $paid }，但次卡售价为 { $price }
package-error-method = 次卡不能用“{ $method }”支付；可用：{ $methods }

package-state-usable = 可用
package-state-used-up = 已用完
package-state-expired = 已过期
package-state-refunded = 已退卡


permission-refund-package = 次卡退款

audit-package-sale = 售出次卡
audit-package-use = 使用次卡
audit-package-refund = 次卡退款

settings-problem-package-key = 次卡代号须为 1 到 { $max } 个字母、数字、- 或 _
settings-problem-package-key-twice = 有两张次卡的代号都是“{ $key }”
settings-problem-package-name = 次卡名称和服务项目各须为 1 到 { $max } 个字符

# 会员卡片和查找列表。
card-packages-title = 次卡（{ $count }）
card-package-line = { $name }：剩 { $remaining }/{ $uses } 次，有效期至 { $date } · { $state }
card-package-overused = 超用 { $count } 次
badge-package = 次卡
