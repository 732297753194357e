import CancelCore

/// The options of the output files and of the sender of a notice.
extension OptionSpec {
    static let output = OptionSpec(name: "output", valueName: "<path>",
                                   help: LocalizedText(en: "Write to this file instead of stdout, atomically: a failure leaves any previous file intact.",
                                                       fr: "Écrire dans ce fichier plutôt que sur la sortie standard, de façon atomique : un échec laisse intact le fichier précédent."))
    static let company = OptionSpec(name: "company", valueName: "<name>",
                                    help: LocalizedText(en: "Your company name, as the vendor knows it (else a placeholder).",
                                                        fr: "Le nom de votre entreprise, tel que le fournisseur le connaît (sinon un espace à remplir)."))
    static let account = OptionSpec(name: "account", valueName: "<id>",
                                    help: LocalizedText(en: "Your account or customer number at the vendor; it keeps calendar events apart per account.",
                                                        fr: "Votre numéro de compte ou de client chez le fournisseur ; il sépare les événements de calendrier par compte."))
    static let signer = OptionSpec(name: "signer", valueName: "<name>",
                                   help: LocalizedText(en: "Who signs the notice (else a placeholder).",
                                                       fr: "Qui signe la demande (sinon un espace à remplir)."))
}
