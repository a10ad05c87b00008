# Packages (次卡): N uses of a service bought in advance.

package-error-unknown = the program sells no package "{ $key }" (see `frontdesk package list`)
package-error-no-such-sale = no package was sold as { $sale }
package-error-other-member = package { $sale } belongs to another member
package-error-none-left = { $name } has no uses left
package-error-expired = { $name } expired on { $date }
package-error-refunded = { $name } was refunded and is closed
package-error-no-usable = the member holds no package that can be used now
package-error-no-usable-for = the member holds no package for "{ $service }" that can be used now
package-error-paid-not-price = the payments add up to { $paid }, but the package costs { $price }
package-error-method = a package cannot be paid by "{ $method }"; use one of { $methods }

package-state-usable = usable
package-state-used-up = used up
package-state-expired = expired
package-state-refunded = refunded


permission-refund-package = refund a package

audit-package-sale = package sold
audit-package-use = package used
audit-package-refund = package refunded

settings-problem-package-key = a package key is 1 to { $max } letters, digits, - or _
settings-problem-package-key-twice = two packages have the key "{ $key }"
settings-problem-package-name = a package's name and services are 1 to { $max } characters each

# The member card and the Lookup row.
card-packages-title = Packages ({ $count })
card-package-line = { $name }: { $remaining } of { $uses } left, until { $date } · { $state }
card-package-overused = overused by { $count }
badge-package = package
