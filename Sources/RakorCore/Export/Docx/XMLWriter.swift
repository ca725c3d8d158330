// A small XML writer for the parts of a .docx. Every string passes through `text` or `attr`, which
// escape markup characters and drop what XML 1.0 cannot hold, so text from a log can never close
// an element, open a field or a hyperlink, or make the document unreadable.

/// Builds an XML document as a string, escaping every text and attribute value.
struct XMLWriter {
    private(set) var xml = ""
    private var open: [String] = []

    init(declaration: Bool = true) {
        if declaration { xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" }
    }

    /// Opens `<name a="v" …>`; `attributes` are escaped.
    mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        xml += "<" + name
        for (k, v) in attributes { xml += " \(k)=\"\(Self.attr(v))\"" }
        xml += ">"
        open.append(name)
    }

    /// An empty element `<name a="v"/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        xml += "<" + name
        for (k, v) in attributes { xml += " \(k)=\"\(Self.attr(v))\"" }
        xml += "/>"
    }

    /// Closes the innermost open element.
    mutating func end() {
        xml += "</" + open.removeLast() + ">"
    }

    /// `<name>text</name>` with the text escaped.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        start(name, attributes)
        xml += Self.text(text)
        end()
    }

    /// Character data, escaped.
    mutating func characters(_ s: String) { xml += Self.text(s) }

    /// Markup this program wrote itself (never text from a log).
    mutating func raw(_ markup: String) { xml += markup }

    /// Escapes character data: `&`, `<`, `>`; characters XML cannot hold are dropped.
    static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: if allowed(u) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// Escapes an attribute value: also both quotes, and white space that a parser would fold.
    static func attr(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: if allowed(u) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// The characters XML 1.0 allows (its `Char` production), less the C1 controls Word rejects.
    static func allowed(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0x7E, 0xA0...0xD7FF: return true
        case 0xE000...0xFFFD: return true
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
