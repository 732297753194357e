import CancelCore

/// The options of the output formats and of `notice`.
extension OptionSpec {
    static let planFormat = OptionSpec(name: "format", valueName: "<text|json|markdown|ics>",
                                       help: LocalizedText(en: "Output format: text, json, markdown (checklist) or ics (calendar); default: text.",
                                                           fr: "Format de sortie : text, json, markdown (liste de contrôle) ou ics (calendrier) ; par défaut : text."))
    static let output = OptionSpec(name: "output", valueName: "<path>",
                                   help: LocalizedText(en: "Write to this file instead of stdout, atomically: a failure leaves any previous file intact.",
                                                       fr: "Écrire dans ce fichier plutôt que sur la sortie standard, de façon atomique : un échec laisse intact le fichier précédent."))
    static let company = OptionSpec(name: "company", valueName: "<name>",
                                    help: LocalizedText(en: "Your company name, as the vendor knows it (else a placeholder).",
                                                        fr: "Le nom de votre entreprise, tel que le fournisseur le connaît (sinon un espace à remplir)."))
    static let account = OptionSpec(name: "account", valueName: "<id>",
                                    help: LocalizedText(en: "Your account or customer number at the vendor (else a placeholder).",
                                                        fr: "Votre numéro de compte ou de client chez le fournisseur (sinon un espace à remplir)."))
    static let signer = OptionSpec(name: "signer", valueName: "<name>",
                                   help: LocalizedText(en: "Who signs the notice (else a placeholder).",
                                                       fr: "Qui signe la demande (sinon un espace à remplir)."))
}
