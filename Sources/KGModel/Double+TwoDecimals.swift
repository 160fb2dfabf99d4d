import Foundation

extension Double {
    /// The value with two decimals, exactly as `String(format: "%.2f", value)` writes it.
    ///
    /// ```swift
    /// 0.7999999999999999.twoDecimals  // "0.80"
    /// 0.125.twoDecimals               // "0.12", as printf rounds the exact value half to even
    /// ```
    /// Foundation's formatter costs about 14,000 instructions a call (`kg extract` writes one per
    /// fact). A positive value below a million whose hundredths are not within a millionth of a
    /// half is written here: the product `self * 100` is then off by far less than that, so it
    /// rounds to the same integer the exact value does. Any other value goes to Foundation.
    public var twoDecimals: String {
        let hundredths = self * 100
        guard sign == .plus, self < 1_000_000, abs(hundredths - hundredths.rounded(.down) - 0.5) > 1e-6 else {
            return String(format: "%.2f", self)
        }
        let whole = Int(hundredths.rounded())
        let cents = whole % 100
        return "\(whole / 100)." + (cents < 10 ? "0" : "") + String(cents)
    }
}
