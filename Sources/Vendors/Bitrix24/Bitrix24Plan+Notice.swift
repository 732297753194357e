import CancelCore

extension Bitrix24Plan {
    /// On-premise licences are not renewed through the account manager or
    /// partner; cloud portals cancel in their subscription settings.
    public func notice(_ details: NoticeDetails) -> Notice {
        guard channel == .accountManager else { return Notice.standard(for: self, details: details) }
        let c = NoticeContext(plan: self, details: details)
        return Notice.letter(for: self, context: c, extra: [
            LocalizedText(en: "This concerns our on-premise (self-hosted) licence: please do not renew it, and tell us the notice period that applies to it if it is not met by this request.",
                          fr: "Il s’agit de notre licence sur site (auto-hébergée) : merci de ne pas la renouveler, et de nous indiquer le préavis applicable s’il n’est pas respecté par cette demande."),
        ])
    }
}
