import Foundation

/// Matching a message against a template with `{0}`, `{1}`, … placeholders, so a sentence
/// written elsewhere in English can be said again in another language from a table.
enum TemplateText {
    /// The texts standing for `{0}`, `{1}`, … when `text` has the shape of `template`; nil otherwise.
    static func match(_ text: String, _ template: String) -> [String]? {
        // The literal pieces between the placeholders, in order.
        var literals: [Substring] = []
        var order: [Int] = []
        var rest = template[...]
        while let open = rest.range(of: "{"), let close = rest[open.upperBound...].range(of: "}"),
              let n = Int(rest[open.upperBound..<close.lowerBound]) {
            literals.append(rest[..<open.lowerBound])
            order.append(n)
            rest = rest[close.upperBound...]
        }
        literals.append(rest)
        var s = text[...]
        guard s.hasPrefix(literals[0]) else { return nil }
        s = s.dropFirst(literals[0].count)
        var values = [String](repeating: "", count: (order.max() ?? -1) + 1)
        for (k, n) in order.enumerated() {
            let next = literals[k + 1]
            let last = k == order.count - 1
            let value: Substring
            if next.isEmpty {
                guard last else { return nil }
                value = s
                s = s[s.endIndex...]
            } else {
                // The final placeholder takes up to the last occurrence of what ends the text.
                guard let r = last ? s.range(of: next, options: .backwards) : s.range(of: next) else { return nil }
                value = s[..<r.lowerBound]
                s = s[r.upperBound...]
            }
            guard !value.isEmpty else { return nil }
            values[n] = String(value)
        }
        return s.isEmpty ? values : nil
    }

    /// `template` with each `{n}` replaced by `values[n]`.
    static func fill(_ template: String, _ values: [String]) -> String {
        var out = template
        for (n, v) in values.enumerated() { out = out.replacingOccurrences(of: "{\(n)}", with: v) }
        return out
    }
}
