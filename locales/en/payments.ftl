# How a bill is paid: payment methods, member prices, split bills.

settings-problem-payment-method = "{ $method }" is not a payment method key: use lower-case letters, digits and _, such as wechat or group_buy
settings-problem-no-payment-method = money.methods lists no payment method; list at least one, such as ["cash"]
payment-missing = Say how the bill was paid, such as --pay wechat (or --pay cash=100 --pay wechat for a split bill)
payment-unknown-method = "{ $method }" is not a payment method this program takes; use one of those in money.methods of the settings
payment-zero-part = Each part of a split bill must be more than 0
payment-does-not-add-up = The payments add up to { $paid } but { $due } is due; make the parts add up to { $due }
payment-unavailable = This desk cannot take { $method } for a bill yet; choose another method
# A payment method by its key; a method the program added shows as written.
payment-method = { $key ->
    [cash] cash
    [wechat] WeChat Pay
    [alipay] Alipay
    [card] bank card
    [stored_value] stored value
    [package] package
    [voucher] voucher
   *[other] { $key }
}
payment-two-rests = Only one part of a split bill may go without an amount (it takes the rest)
field-paid-by-label = Paid by
field-paid-by-hint = ← → to choose how the bill was paid
field-paid-part-label = Part
field-paid-part-hint = empty: all of it; an amount to split the bill
field-rest-by-label = Rest by
field-rest-by-hint = how the rest of a split bill was paid
# The service form's member price: $due after $percent off.
preview-member-price = Due { $due } (−{ $percent }%)
# A payment method in a word, on a bill's line of the member card.
payment-method-short = { $key ->
    [cash] cash
    [wechat] WeChat
    [alipay] Alipay
    [card] card
    [stored_value] balance
    [package] package
    [voucher] voucher
   *[other] { $key }
}
field-package-label = Package
field-package-hint = the package's key or name, as the program lists it
sell-package-title = Sell a package to { $name }
package-sold = Sold { $package } to { $name } for { $price }
package-not-offered = The program has no package "{ $key }"; type one of the keys listed below
action-package-sell = Sell a package (次卡) to the member
hint-package-sell = Package
# Below the package form: what the program offers. $offers: key name price, …
package-offers = On offer: { $offers }
