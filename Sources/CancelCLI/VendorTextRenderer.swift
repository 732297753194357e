import CancelCore

/// `vendors` and `explain` for a terminal.
public struct VendorTextRenderer: Sendable {
    public let width: Int

    public init(width: Int = 80) {
        self.width = width
    }

    public func list(_ vendors: [VendorSummary], language l: Language) -> String {
        var out: [String] = []
        for vendor in vendors {
            let products = vendor.products.map { $0.id + ($0.id == vendor.defaultProduct && vendor.products.count > 1 ? " (" + TextLabels.defaultMark[l] + ")" : "") }
            var line = vendor.name + " — " + TextLabels.labelled(TextLabels.products, l) + products.joined(separator: ", ")
            let also = vendor.aliases + vendor.domains
            if !also.isEmpty { line += " · " + VendorTextRenderer.alsoWritten[l] + also.joined(separator: ", ") }
            out += TextWrapper.hanging(line, firstPrefix: vendor.id + String(repeating: " ", count: max(1, 10 - vendor.id.count)), width: width)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Before the aliases and domains that resolve to a vendor.
    static let alsoWritten = LocalizedText(en: "also written: ", fr: "aussi écrit : ")

    public func explain(_ vendor: VendorSummary, language l: Language) -> String {
        var out = [vendor.name + " (" + vendor.id + ")"]
        out += TextWrapper.hanging(vendor.products.map { $0.id + TextLabels.colon[l] + $0.name }.joined(separator: "; "),
                                   firstPrefix: TextLabels.products[l].capitalizedFirst + TextLabels.colon[l], width: width)
        out += ["", TextLabels.facts[l]]
        for fact in vendor.facts {
            out += TextWrapper.hanging(fact.meaning + ". " + TextLabels.labelled(TextLabels.whereToFind, l).capitalizedFirst + fact.whereToFind + ".",
                                       firstPrefix: "  --" + fact.fact.rawValue + TextLabels.colon[l], width: width)
        }
        out += ["", TextLabels.rules[l]]
        for rule in vendor.rules {
            out += TextWrapper.hanging(rule.text, firstPrefix: "  - [\(rule.id)] ", width: width)
            out += TextWrapper.hanging(SourceLines.reference(rule.source, in: vendor.sources, language: l, alwaysKind: true),
                                       firstPrefix: "    " + TextLabels.labelled(TextLabels.source, l), width: width)
        }
        out += ["", TextLabels.sources[l]]
        for source in vendor.sources {
            out += TextWrapper.hanging(SourceLines.description(source, language: l), firstPrefix: "  - ", width: width)
            out += SourceLines.urlLines(source, width: width)
        }
        return out.joined(separator: "\n") + "\n"
    }
}
